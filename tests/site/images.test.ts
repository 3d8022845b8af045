// Images as built: every one resolves to a file, and Markdown images beside a post
// come out optimised, sized and captioned, and nothing is named by a file name. Runs against
// dist/ and dist-fixtures/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import sharp from 'sharp';
import { fileForUrl, hrefIn } from '../support/built-site.ts';
import { listSiteFiles } from '../../tools/quality/site-files.ts';

const root = join(import.meta.dirname, '../..');

function pages(dir: string): string[] {
  return listSiteFiles(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(dir, path));
}

function imageUrls(image: Element): string[] {
  const srcset = String(image.properties.srcSet ?? '');
  const candidates = srcset ? srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [];
  return [...(image.properties.src ? [String(image.properties.src)] : []), ...candidates];
}

for (const build of ['dist', 'dist-fixtures']) {
  test(`every image in ${build}/ points at a file that was built`, () => {
    const dir = join(root, build);
    let images = 0;
    for (const page of pages(dir)) {
      for (const image of selectAll('img, source', fromHtml(readFileSync(page, 'utf8')))) {
        for (const url of imageUrls(image)) {
          assert.ok(url.startsWith(hrefIn(dir, '/')), `${page}: ${url} is not served by the site`);
          assert.ok(existsSync(fileForUrl(dir, url)), `${page}: ${url} was not built`);
          images++;
        }
      }
    }
    assert.ok(images > 0, 'the about page at least has an image');
  });

  test(`no element in ${build}/ is announced by an image's file name`, () => {
    const fileName = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;
    let named = 0;
    for (const page of pages(join(root, build))) {
      for (const element of selectAll('[aria-label], [alt]', fromHtml(readFileSync(page, 'utf8')))) {
        const name = String(element.properties.ariaLabel ?? element.properties.alt).trim();
        assert.doesNotMatch(name, fileName, `${page}: <${element.tagName}> is named "${name}"`);
        named++;
      }
    }
    assert.ok(named > 0);
  });
}

describe('the figure fixture post', () => {
  const source = readFileSync(join(root, 'tests/fixtures/posts/figure-fixture.md'), 'utf8');
  const markdownImages = [...source.matchAll(/!\[([^\]]*)\]\((\S+)(?: "([^"]*)")?\)/g)].map(([, alt, src, title]) => ({
    alt: alt!,
    src: src!,
    title,
  }));
  const page = fromHtml(readFileSync(join(root, 'dist-fixtures/posts/figure-fixture.html'), 'utf8'));
  const body = select('.post-body', page)!;

  test('an image beside the post is optimised into a sized, lazy srcset with its title as caption', async () => {
    const size = await sharp(join(root, 'tests/fixtures/posts/colour-bars.png')).metadata();
    const { alt, title } = markdownImages.find((image) => image.src === './colour-bars.png' && image.title)!;
    const figure = selectAll('figure', body).find((f) => select(`img[alt="${alt}"]`, f))!;
    assert.ok(figure, 'the titled image is a figure');
    const image = select('img', figure)!;
    const assets = RegExp.escape(hrefIn(join(root, 'dist-fixtures'), '/_astro/'));
    assert.match(String(image.properties.src), new RegExp(`^${assets}colour-bars\\.[^/]+\\.webp$`));
    assert.ok(String(image.properties.srcSet).split(',').length > 1, 'several widths to pick from');
    assert.equal(image.properties.width, size.width);
    assert.equal(image.properties.height, size.height);
    assert.equal(image.properties.loading, 'lazy');
    assert.equal(toText(select('figcaption', figure)!), title);
  });

  test("an imported figure whose image was brought beside the post serves it optimised, keeping the caption's link", () => {
    const figure = selectAll('figure', body).find((f) => select('img[alt="The colour bars again, brought by the importer"]', f))!;
    assert.ok(figure, 'the image stays in its figure');
    const image = select('img', figure)!;
    assert.match(String(image.properties.src), /\/_astro\/colour-bars\.[^/]+\.webp$/);
    assert.ok(String(image.properties.srcSet).split(',').length > 1);
    assert.equal(image.properties.loading, 'lazy');
    assert.ok(image.properties.width && image.properties.height);
    assert.equal(select('figcaption a', figure)?.properties.href, 'https://example.org/colour-bars');
  });

  test('an image beside the post without a title stays in its sentence', () => {
    const image = selectAll('img', body).find((img) => img.properties.alt === 'Colour bars')!;
    assert.ok(image);
    assert.equal(selectAll('p img', body).includes(image), true);
  });

  test('an image that was never committed is a labelled box keeping its path and caption', () => {
    const missing = markdownImages.find((image) => image.src === './never-committed.png')!;
    const box = select(`[data-src="${missing.src}"]`, body)!;
    assert.equal(box.properties.role, 'img');
    assert.equal(box.properties.ariaLabel, missing.alt);
    assert.equal(box.tagName, 'span');
    assert.equal(toText(select('figcaption', selectAll('figure', body).find((f) => select('[data-src]', f))!)!), missing.title);
  });
});
