import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { serveUnderBase, siteUrlOfBuild } from '../../tools/quality/served-site.ts';

const sound = join(import.meta.dirname, '../fixtures/sites/sound');

describe('serveUnderBase', () => {
  it('serves the build itself when the site lives at the root', () => {
    const served = serveUnderBase(sound, 'https://shipit.dev');
    assert.deepEqual({ root: served.root, prefix: served.prefix }, { root: resolve(sound), prefix: '' });
    served.remove();
    assert.ok(existsSync(join(sound, 'index.html')), 'the build must survive remove()');
  });

  it('puts the build under the site URL’s path, where its links point, and nothing at the root', () => {
    const served = serveUnderBase(sound, 'https://example.github.io/blog/docs');
    assert.equal(served.prefix, 'blog/docs/');
    const page = (path: string) => join(served.root, path);
    assert.equal(readFileSync(page('blog/docs/posts/first.html'), 'utf8'), readFileSync(join(sound, 'posts/first.html'), 'utf8'));
    assert.equal(existsSync(page('posts/first.html')), false);
    served.remove();
    assert.equal(existsSync(served.root), false);
    assert.ok(existsSync(join(sound, 'posts/first.html')), 'the build must survive remove()');
  });
});

describe('siteUrlOfBuild', () => {
  it("reads the URL a build was made for from its home page's canonical link", () => {
    const dir = mkdtempSync(join(tmpdir(), 'built-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><link rel="canonical" href="https://example.github.io/blog/">');
    assert.equal(siteUrlOfBuild(dir, 'https://shipit.dev'), 'https://example.github.io/blog/');
    rmSync(dir, { recursive: true });
  });

  it('falls back to the configured URL when the build has no home page', () => {
    assert.equal(siteUrlOfBuild(join(tmpdir(), 'no-such-build'), 'https://shipit.dev'), 'https://shipit.dev');
  });
});
