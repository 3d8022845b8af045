// Drafts are for `npm run dev` only: a production build must not show them anywhere.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePosts } from '../support/built-site.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist-fixtures');

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|xsl|json|txt)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const posts = fixturePosts();
const drafts = posts.filter((post) => post.draft);
const published = posts.filter((post) => !post.draft);

test('the fixture build holds the published fixture posts', () => {
  assert.ok(published.length > 0);
  for (const post of published) assert.ok(existsSync(join(dist, 'posts', `${post.slug}.html`)), `${post.slug} was not built`);
});

test('no draft has a page, and no page, feed or sitemap names it', () => {
  assert.ok(drafts.length > 0);
  const files = builtFiles(dist);
  for (const draft of drafts) {
    assert.equal(existsSync(join(dist, 'posts', `${draft.slug}.html`)), false, `${draft.slug} has a page`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!text.includes(draft.title), `${file} names the draft "${draft.title}"`);
      assert.ok(!text.includes(`/posts/${draft.slug}`), `${file} links to the draft ${draft.slug}`);
    }
  }
});
