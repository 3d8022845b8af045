// The built pages: every post offers its comments (or, opted out, none), and every page
// carries a Content-Security-Policy that lets in giscus and no other third party.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { site } from '../../src/site.config.ts';
import { builtHtmlPages, postsIn } from '../support/built-site.ts';

const root = join(import.meta.dirname, '../..');
const giscus = site.giscus;
if (!giscus) throw new Error('these tests need the giscus block of src/site.config.ts');
const GISCUS = new URL(giscus.host).origin;

/** The published posts of a content folder. */
function sourcePosts(dir: string) {
  return postsIn(dir)
    .filter((post) => post.published)
    .map((post) => ({ id: post.slug, comments: post.comments }));
}

function page(dist: string, id: string): Root {
  const file = join(root, dist, 'posts', `${id}.html`);
  assert.ok(existsSync(file), `${file} was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
}

function discussionUrl(id: string): string {
  return `https://github.com/${giscus!.repo}/discussions?discussions_q=%22posts%2F${id}%22`;
}

function checkComments(tree: Root, id: string) {
  const section = select('section#comments', tree);
  assert.ok(section, `${id} has no comments section`);
  assert.equal(toText(select('h2', section)!), 'Comments', `${id}: comments heading`);
  assert.equal(section.properties.ariaLabelledBy?.toString(), select('h2', section)!.properties.id, `${id}: labelled by its heading`);
  // The note, there with or without JavaScript, leads to the thread on GitHub.
  const link = select(`p a[href="${discussionUrl(id)}"]`, section);
  assert.ok(link, `${id}: the note does not link to the discussion of posts/${id}`);
  const mountPoint = select('.giscus-comments', section);
  assert.ok(mountPoint, `${id}: nowhere for the comments to load into`);
  assert.equal(mountPoint.properties.dataTerm, `posts/${id}`, `${id}: giscus opens another thread`);
}

test('every published post has a comments section for its own discussion', () => {
  const posts = sourcePosts('content/posts');
  assert.ok(posts.length > 0);
  for (const post of posts.filter((p) => p.comments)) checkComments(page('dist', post.id), post.id);
});

test('the fixture build leaves the comments out of `comments: false` posts only', () => {
  const posts = sourcePosts('tests/fixtures/posts');
  const off = posts.filter((post) => !post.comments);
  assert.ok(off.length > 0, 'a fixture post turns comments off');
  for (const post of off) {
    const tree = page('dist-fixtures', post.id);
    assert.ok(select('article h1', tree), `${post.id} was built without its article`);
    assert.equal(select('#comments', tree), undefined, `${post.id} has a comments section`);
    assert.equal(select('.giscus-comments', tree), undefined, `${post.id} loads comments`);
  }
  for (const post of posts.filter((p) => p.comments)) checkComments(page('dist-fixtures', post.id), post.id);
});

test('every page has a Content-Security-Policy allowing giscus and no other third party', () => {
  const files = builtHtmlPages(join(root, 'dist')).map((page) => page.file);
  assert.ok(files.length > 0);
  for (const file of files) {
    const metas = selectAll('head meta', fromHtml(readFileSync(file, 'utf8'))).filter(
      (meta: Element) => String(meta.properties.httpEquiv).toLowerCase() === 'content-security-policy',
    );
    assert.equal(metas.length, 1, `${file}: one CSP meta tag`);
    const directives = new Map(
      String(metas[0]!.properties.content)
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources]),
    );
    assert.deepEqual(directives.get('frame-src'), [GISCUS], `${file}: frames`);
    assert.ok(directives.get('script-src')?.includes(GISCUS), `${file}: scripts`);
    assert.deepEqual(directives.get('default-src'), ["'self'"], `${file}: default`);
    for (const [name, sources] of directives) {
      for (const source of sources.filter((s) => s.includes('.') || s.includes('//'))) {
        assert.equal(source, GISCUS, `${file}: ${name} allows ${source}`);
      }
    }
  }
});
