import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { postSchema } from '../../src/lib/front-matter/post-schema.ts';
import { runImport, STACK_FRAME } from '../support/importer-feeds.ts';

const feeds = join(import.meta.dirname, '../fixtures/feeds');

/** Imports one of the fixture feeds into a fresh folder: its output and the posts by file name. */
function importFixture(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'import-rss-'));
  const result = runImport(dir, [join(feeds, file), '--out', 'posts']);
  const posts = new Map(readdirSync(join(dir, 'posts')).map((name) => [name, readFileSync(join(dir, 'posts', name), 'utf8')]));
  return { result, posts };
}

describe("another blog's RSS feed (BOM, guid strings, dateless items, div bodies, date-like titles)", () => {
  const { result, posts } = importFixture('another-blog.rss.xml');

  test('imports without a stack trace, warning about each entry that needs the author', () => {
    assert.equal(result.status, 0, result.output);
    assert.doesNotMatch(result.output, STACK_FRAME);
    assert.match(
      result.stderr,
      /entry 1 \("Docker tips I wish I had known earlier", https:\/\/lena\.example\.net\/2020\/02\/docker-tips\/\): feed readers knew it by the id "lena-blog-post-17"/,
    );
    assert.match(result.stderr, /entry 4 \("Yes", .*\): it has no date/);
    assert.match(result.stderr, /entry 5 \("Café crème & containers", .*\): its text is too short/);
  });

  test('every post it writes passes the post schema', () => {
    assert.ok(posts.size > 0);
    for (const [name, text] of posts) {
      const data = parseFrontMatter(text)?.data;
      const parsed = postSchema.safeParse(data);
      assert.ok(parsed.success, `${name}: ${parsed.error?.message}`);
    }
  });

  test('links between its entries point at the imported posts; the javascript: link is gone', () => {
    assert.match(posts.get('docker-tips.md')!, /\[my one-liners\]\(\/posts\/shell-one-liners\.html#xargs\)/);
    assert.match(
      posts.get('shell-one-liners.md')!,
      /\[the Docker tips\]\(\/posts\/docker-tips\.html\) and \[the new year note\]\(\/posts\/2024-01-01\.html\)/,
    );
    for (const text of posts.values()) assert.doesNotMatch(text, /javascript:|onerror/i);
  });

  test('a date-like title stays a title', () => {
    assert.equal(parseFrontMatter(posts.get('2024-01-01.md')!)?.data.title, '2024-01-01');
    assert.match(posts.get('2024-01-01.md')!, /^title: "2024-01-01"$/m);
  });

  test('its ISO-8859-1 twin imports to the very same posts', () => {
    const latin1 = importFixture('another-blog.latin1.rss.xml');
    assert.equal(latin1.result.status, 0, latin1.result.output);
    assert.deepEqual(latin1.posts, posts);
  });
});
