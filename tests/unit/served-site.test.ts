import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { basePath, serveUnderBase } from '../../src/lib/served-site.ts';

const sound = join(import.meta.dirname, '../fixtures/sites/sound');

describe('basePath', () => {
  it('is the path of the site URL, ending in a slash', () => {
    assert.equal(basePath('https://shipit.dev'), '/');
    assert.equal(basePath('https://shipit.dev/'), '/');
    assert.equal(basePath('https://example.github.io/blog'), '/blog/');
    assert.equal(basePath('https://example.com/a/b/'), '/a/b/');
  });
});

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
