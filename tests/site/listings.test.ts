// The pages that list posts (tags, tag pages, archive), read from dist/ page by page through their
// "Older posts" links and checked against the posts of content/posts/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { site } from '../../src/site.config.ts';
import { DIST, fileForUrl, htmlTree, urlIn } from '../support/built-site.ts';
import { postPath, publishedPosts, tagCounts } from '../support/content.ts';
import { expectedTitle } from '../support/titles.ts';

const posts = publishedPosts();
const pageAt = (href: string) => htmlTree(fileForUrl(DIST, urlIn(DIST, href)));

interface ListingPage {
  path: string;
  tree: Root;
  links: string[];
}

/**
 * A paginated listing from its first page on, following "Older posts": checks on the way that each
 * page has a title of its own, says which page it is and links back to the one before.
 */
function readListing(firstPath: string, title: string, postLinks: string): ListingPage[] {
  const pages: ListingPage[] = [];
  let path: string | undefined = firstPath;
  while (path) {
    const tree = pageAt(path);
    const number = pages.length + 1;
    assert.equal(toText(select('title', tree)!), expectedTitle(number === 1 ? title : `${title}, page ${number}`), path);
    const nav = select('nav.pagination', tree);
    const links = selectAll(postLinks, tree).map((a) => String(a.properties.href));
    assert.ok(links.length <= site.postsPerPage, `${path} lists at most ${site.postsPerPage} posts`);
    pages.push({ path, tree, links });
    if (!nav) {
      assert.equal(number, 1, `${path}: a later page has its navigation`);
      break;
    }
    assert.match(String(nav.properties.ariaLabel), /.+/);
    assert.match(toText(nav), new RegExp(`Page ${number} of \\d+`));
    const previous = select('a[rel="prev"]', nav);
    assert.equal(previous?.properties.href, pages.at(-2)?.path, `${path} links back to the page before`);
    path = select('a[rel="next"]', nav)?.properties.href as string | undefined;
    if (!path) assert.match(toText(nav), new RegExp(`Page ${number} of ${number}`), 'the last page counts the pages');
  }
  return pages;
}

describe('tags', () => {
  test('/tags/ lists every tag with its number of posts', () => {
    const tree = pageAt('/tags/');
    const listed = selectAll('main li a', tree).map((a) => [toText(select('.tag-name', a)!), a.properties.href, toText(a)]);
    assert.deepEqual(listed.map(([tag]) => tag).sort(), [...tagCounts().keys()].sort());
    for (const [tag, href, label] of listed) {
      const count = tagCounts().get(String(tag))!;
      assert.equal(href, `/tags/${tag}/`);
      assert.match(String(label), new RegExp(`\\b${count === 1 ? '1 post' : `${count} posts`}$`));
    }
  });

  for (const tag of tagCounts().keys()) {
    test(`the pages of ${tag} list exactly its posts, newest first`, () => {
      const listed = readListing(`/tags/${tag}/`, `Posts tagged ${tag}`, 'main ol > li h2 a');
      assert.match(toText(select('h1', listed[0]!.tree)!), new RegExp(tag));
      assert.deepEqual(
        listed.flatMap(({ links }) => links),
        posts.filter((post) => post.tags.includes(tag)).map((post) => postPath(post.id)),
      );
    });
  }

  test("the old site's tags all still have pages", () => {
    const oldTags = ['ansible', 'argocd', 'aws', 'capnproto', 'cdk8s', 'flux', 'gitops', 'kubernetes', 'openwrt', 'python', 'terraform'];
    for (const tag of oldTags) assert.ok(tagCounts().has(tag), tag);
  });
});

describe('archive', () => {
  const listed = readListing('/archive/', 'Archive', 'main section h3 a');

  test('its pages together list every post once, newest first', () => {
    assert.deepEqual(
      listed.flatMap(({ links }) => links),
      posts.map((post) => postPath(post.id)),
    );
  });

  test('groups the posts of each page by year, under their titles', () => {
    for (const { path, tree } of listed) {
      for (const section of selectAll('main section', tree)) {
        const year = toText(select('h2', section)!).trim();
        for (const link of selectAll('h3 a', section)) {
          const post = posts.find((candidate) => postPath(candidate.id) === link.properties.href)!;
          assert.equal(post.pubDate.slice(0, 4), year, `${path}: ${post.id}`);
          assert.equal(toText(link).trim(), post.title);
        }
      }
    }
  });
});
