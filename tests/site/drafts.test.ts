// Drafts, and posts dated after the build, are for `npm run dev` only: a production build
// must not show them anywhere.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fixturePosts } from '../support/built-site.ts';
import { listSiteFiles } from '../../tools/quality/site-files.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist-fixtures');

function builtFiles(dir: string): string[] {
  return listSiteFiles(dir).map((path) => join(dir, path));
}

const posts = fixturePosts();
const published = posts.filter((post) => post.published);
const unpublished = posts.filter((post) => !post.published);

test('the fixture build holds the published fixture posts', () => {
  assert.ok(published.length > 0);
  for (const post of published) assert.ok(existsSync(join(dist, 'posts', `${post.slug}.html`)), `${post.slug} was not built`);
});

test('the fixtures include a draft and a post dated after any build', () => {
  assert.ok(
    unpublished.some((post) => post.draft),
    'no draft fixture',
  );
  assert.ok(
    unpublished.some((post) => post.scheduled),
    'no scheduled fixture',
  );
});

test('no draft or scheduled post has a page or a card, and no page, feed or sitemap names it', () => {
  const files = builtFiles(dist);
  const textFiles = files.filter((file) => /\.(html|xml|xsl|json|txt)$/.test(file));
  for (const post of unpublished) {
    const named = files.filter((file) => relative(dist, file).includes(post.slug));
    assert.deepEqual(named, [], `${post.slug} has files of its own`);
    for (const file of textFiles) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!text.includes(post.title), `${file} names "${post.title}"`);
      assert.ok(!text.includes(`/posts/${post.slug}`), `${file} links to ${post.slug}`);
    }
  }
});
