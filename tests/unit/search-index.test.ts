import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startFrom, writeSearchIndex } from '../../src/integrations/search-index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'search-index-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const POSTS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];

function postPage(slug: string, text: string): string {
  return `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><header>Menu</header><article data-pagefind-body><h1>Post ${slug}</h1><p>${text}</p></article></body></html>`;
}

let sites = 0;
/** A built site of post pages (slug → text), plus a page Pagefind is not given. */
function site(posts: Record<string, string>): string {
  const dir = join(scratch, `site-${++sites}`);
  mkdirSync(join(dir, 'posts'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), postPage('home', 'every post'));
  for (const [slug, text] of Object.entries(posts)) writeFileSync(join(dir, 'posts', `${slug}.html`), postPage(slug, text));
  return dir;
}

const posts = Object.fromEntries(POSTS.map((slug) => [slug, `The ${slug} post talks about kubernetes and ${slug} clusters.`]));

/** Every file of a site's index, by path, as bytes. */
function indexFiles(dir: string): Map<string, Buffer> {
  const root = join(dir, 'pagefind');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]),
  );
}

/** The text Pagefind holds for each page, by URL. */
function indexedText(dir: string): Map<string, string> {
  const fragments = join(dir, 'pagefind', 'fragment');
  return new Map(
    readdirSync(fragments).map((file) => {
      const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      return [fragment.url, fragment.content];
    }),
  );
}

/** Indexes `next` with a head start from `earlier`, and a copy of it from scratch; gives both. */
async function bothWays(earlier: string, next: string) {
  const fresh = join(scratch, `fresh-${++sites}`);
  cpSync(next, fresh, { recursive: true });
  const freshRun = await writeSearchIndex(fresh);
  const headStart = startFrom(earlier);
  assert.ok(headStart, 'an earlier site that exists gives a head start');
  const run = await writeSearchIndex(next, headStart);
  return { run, freshRun, files: indexFiles(next), freshFiles: indexFiles(fresh) };
}

describe('the search index with a head start from the earlier site', () => {
  it('reads again only the edited page, and writes the index a fresh run writes', async () => {
    const earlier = site(posts);
    const next = site({ ...posts, charlie: 'Rewritten: the charlie post now covers terraform drift.' });
    const { run, freshRun, files, freshFiles } = await bothWays(earlier, next);

    assert.equal(run.pages, POSTS.length);
    assert.equal(run.readAtTheEnd, 1);
    assert.equal(freshRun.readAtTheEnd, POSTS.length);
    assert.deepEqual(files, freshFiles);
    assert.match(indexedText(next).get('/posts/charlie.html') ?? '', /terraform drift/);
    assert.ok(
      ![...indexedText(next).values()].some((text) => text.includes('charlie clusters')),
      'the old text of the edited post is gone',
    );
  });

  it('indexes a site with a new post, or without a removed one, as a fresh run does', async () => {
    const earlier = site(posts);
    const withoutGolf = Object.fromEntries(Object.entries(posts).filter(([slug]) => slug !== 'golf'));
    for (const next of [site({ ...posts, hotel: 'The hotel post is new.' }), site(withoutGolf)]) {
      const { run, files, freshFiles } = await bothWays(earlier, next);
      assert.equal(run.readAtTheEnd, run.pages, 'pages came or went, so every page is read anew');
      assert.deepEqual(files, freshFiles);
    }
  });

  it('reads the site afresh when most pages changed', async () => {
    const earlier = site(posts);
    const next = site(Object.fromEntries(POSTS.map((slug) => [slug, `A new layout around the ${slug} post.`])));
    const { run, files, freshFiles } = await bothWays(earlier, next);
    assert.equal(run.readAtTheEnd, POSTS.length);
    assert.deepEqual(files, freshFiles);
  });

  it('has no head start without an earlier site', () => {
    assert.equal(startFrom(join(scratch, 'never-built')), undefined);
  });
});
