// No post can stop the build: text that the Markdown autolinker turns into an address no feed
// can carry (as an imported post's escaped HTML did) is a warning naming the post, and the feeds
// carry the text without that link. Built as a tiny site in a temporary folder (the bench mechanism).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { contentByLink } from '../support/feeds.ts';
import { STACK_FRAME } from '../support/importer-feeds.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'odd-post-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ODD = 'http://vonwong.com%22%3Ehttp://vonwong.com%3C/a%3E%3C/p';

test('a post whose text makes an address feeds cannot carry is a warning, and the build goes on', () => {
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'posts', 'odd-address.md'),
    `---\ntitle: An odd address\ndescription: A post whose text the autolinker turns into an address that no feed can carry.\npubDate: 2024-01-18\n---\n\nPhotos by ${ODD} and friends.\n`,
  );
  const result = spawnSync(process.execPath, [join(root, 'tools/build/safe-build.ts')], {
    cwd: root,
    env: { ...process.env, SHIPIT_BENCH_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, output);
  assert.doesNotMatch(output, STACK_FRAME);
  assert.match(output, /warning: post odd-address: <a href> ".*vonwong.*" is not a valid URL; the feeds carry its text without it/);
  const content = contentByLink(readFileSync(join(dir, 'dist', 'rss.xml'), 'utf8')).get('https://shipit.dev/posts/odd-address.html');
  assert.match(content!, /Photos by http:\/\/vonwong\.com%22%3Ehttp:\/\/vonwong\.com%3C\/a%3E%3C\/p and friends\./);
  assert.doesNotMatch(content!, /href="http:\/\/vonwong/);
});
