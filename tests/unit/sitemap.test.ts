import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isRedirectStub, servedPageUrl } from '../../src/lib/sitemap.ts';

describe('servedPageUrl', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  after(() => rmSync(outDir, { recursive: true }));
  for (const file of ['index.html', 'posts/ansible-top-5.html', 'tags/aws/index.html', 'tags/index.html']) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), '<!doctype html>');
  }

  it('adds .html to pages built as a file', () => {
    assert.equal(servedPageUrl('https://shipit.dev/posts/ansible-top-5', outDir), 'https://shipit.dev/posts/ansible-top-5.html');
  });

  it('adds a slash to pages built as a folder', () => {
    assert.equal(servedPageUrl('https://shipit.dev/tags/aws', outDir), 'https://shipit.dev/tags/aws/');
    assert.equal(servedPageUrl('https://shipit.dev/tags', outDir), 'https://shipit.dev/tags/');
  });

  it('leaves addresses that already name their page alone', () => {
    for (const url of ['https://shipit.dev/', 'https://shipit.dev/tags/aws/', 'https://shipit.dev/posts/ansible-top-5.html']) {
      assert.equal(servedPageUrl(url, outDir), url);
    }
  });
});

describe('isRedirectStub', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  after(() => rmSync(outDir, { recursive: true }));
  mkdirSync(join(outDir, 'tag'), { recursive: true });
  mkdirSync(join(outDir, 'tags/aws'), { recursive: true });
  writeFileSync(
    join(outDir, 'tag/aws.html'),
    '<!doctype html><title>Redirecting to: /tags/aws/</title><meta http-equiv="refresh" content="0;url=/tags/aws/">',
  );
  writeFileSync(join(outDir, 'tags/aws/index.html'), '<!doctype html><title>Posts tagged aws</title>');

  it('tells a redirect stub from a page', () => {
    assert.equal(isRedirectStub('https://shipit.dev/tag/aws', outDir), true);
    assert.equal(isRedirectStub('https://shipit.dev/tags/aws', outDir), false);
  });

  it('finds the pages of a site served under a path in the output folder', () => {
    assert.equal(isRedirectStub('https://user.github.io/blog/tag/aws', outDir, '/blog/'), true);
    assert.equal(isRedirectStub('https://user.github.io/blog/tags/aws', outDir, '/blog/'), false);
    assert.equal(servedPageUrl('https://user.github.io/blog/tags/aws', outDir, '/blog/'), 'https://user.github.io/blog/tags/aws/');
  });
});
