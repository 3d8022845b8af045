import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileSignature, imagesNamedIn, postsWithChangedImages } from '../../src/lib/content-cache.ts';

describe('imagesNamedIn', () => {
  it("finds images, missing-image boxes and astro:assets placeholders, taking the site's base path off", () => {
    const html =
      '<p><img src="/blog/static/a.png" alt="a" width="2"></p>' +
      '<span class="missing-image" role="img" aria-label="b" data-src="/static/b%20c.png"></span>' +
      '<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./ship.png&quot;,&quot;alt&quot;:&quot;x&quot;}">';
    assert.deepEqual(imagesNamedIn(html, '/blog/'), ['/static/a.png', '/static/b%20c.png', './ship.png']);
  });

  it('leaves out images of other hosts, data: URLs and built assets', () => {
    const html =
      '<img src="https://cdn.example.com/x.png"><img src="data:image/png;base64,AA"><img src="//cdn.example.com/y.png">' +
      '<span class="missing-image" data-src="https://cdn.example.com/z.svg"></span><img src="/_astro/ship.hash.webp">';
    assert.deepEqual(imagesNamedIn(html), []);
  });
});

describe('postsWithChangedImages', () => {
  it('names the posts one of whose images was added, removed or replaced since it was rendered', () => {
    const now: Record<string, string> = { 'a.png': 'h1', 'b.png': 'missing', 'c.png': 'h3' };
    const record = {
      unchanged: { 'a.png': 'h1' },
      'image-added': { 'b.png': 'h0' },
      'image-removed': { 'a.png': 'h1', 'd.png': 'h4' },
      'image-replaced': { 'c.png': 'h2' },
    };
    const changed = postsWithChangedImages(record, (path) => now[path] ?? 'missing');
    assert.deepEqual(changed.sort(), ['image-added', 'image-removed', 'image-replaced']);
  });
});

describe('fileSignature', () => {
  it('tells a missing file, and a file replaced by other bytes, from the file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
    try {
      const file = join(dir, 'pic.png');
      assert.equal(fileSignature(file), 'missing');
      writeFileSync(file, 'one');
      const first = fileSignature(file);
      writeFileSync(file, 'one');
      assert.equal(fileSignature(file), first);
      writeFileSync(file, 'two');
      assert.notEqual(fileSignature(file), first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
