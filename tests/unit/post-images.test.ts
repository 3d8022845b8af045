import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import sharp from 'sharp';
import { imagePathOnDisk, isImageFileName, postImages } from '../../src/markdown/post-images.ts';
import { type PostRendering, postRenderer } from '../support/post-renderer.ts';

// A site in a temporary folder: public/ with one image, a post folder with another.
const site = mkdtempSync(join(tmpdir(), 'post-images-'));
const publicDir = join(site, 'public');
const postsDir = join(site, 'posts');
const post = join(postsDir, 'a-post.md');

async function png(path: string, width: number, height: number): Promise<void> {
  const image = sharp({ create: { width, height, channels: 3, background: '#3451b2' } });
  writeFileSync(path, await image.png().toBuffer());
}

before(async () => {
  mkdirSync(join(publicDir, 'static/images'), { recursive: true });
  mkdirSync(postsDir);
  await png(join(publicDir, 'static/images/chart.png'), 64, 32);
  await png(join(postsDir, 'beside.png'), 40, 20);
});

after(() => rmSync(site, { recursive: true, force: true }));

async function render(markdown: string): Promise<{ tree: Root; warnings: string[]; result: PostRendering }> {
  const warnings: string[] = [];
  const renderer = await postRenderer({ hastPlugins: [postImages({ publicDir, warn: (message) => warnings.push(message) })] });
  const result = await renderer.render(markdown, { fileURL: pathToFileURL(post) });
  return { tree: fromHtml(result.code, { fragment: true }), warnings, result };
}

const figure = (src: string, alt: string, caption?: string) =>
  `<figure>\n  <img src="${src}" alt="${alt}" />\n${caption === undefined ? '' : `  <figcaption>${caption}</figcaption>\n`}</figure>`;

describe('a missing image', () => {
  it('becomes a box named by its alt text that keeps the path, and one warning naming post and path', async () => {
    const { tree, warnings } = await render(
      figure('/static/images/gone.png', 'A chart of costs', 'Costs / <a href="https://example.com">image source</a>'),
    );
    const box = select('figure > .missing-image', tree)!;
    assert.equal(box.properties.role, 'img');
    assert.equal(box.properties.ariaLabel, 'A chart of costs');
    assert.equal(box.properties.dataSrc, '/static/images/gone.png');
    // Feed readers show this HTML without the site's CSS: the box must read as a sentence.
    assert.equal(toText(box), 'Image not available: A chart of costs');
    assert.equal(selectAll('img', tree).length, 0);
    assert.equal(toText(select('figcaption', tree)!), 'Costs / image source');
    assert.equal(select('figcaption a', tree)?.properties.href, 'https://example.com');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /a-post\.md/);
    assert.match(warnings[0]!, /\/static\/images\/gone\.png/);
  });

  it('without alt text is decorative: hidden from assistive technology, never named by its file name, keeping its path', async () => {
    for (const caption of ['The bill at the end of the month', undefined]) {
      const { tree } = await render(figure('/static/images/k8s-money%20burn.jpg', '', caption));
      const box = select('.missing-image', tree)!;
      assert.equal(box.properties.ariaHidden, 'true');
      assert.equal(box.properties.role, undefined);
      assert.equal(box.properties.ariaLabel, undefined);
      assert.equal(box.properties.dataSrc, '/static/images/k8s-money%20burn.jpg');
      assert.doesNotMatch(toText(box), /k8s|\.jpg/);
    }
  });

  it('whose alt text is only a file name is named "Image not available" and its caption instead', async () => {
    const captioned = await render(figure('/static/images/diagram.png', 'diagram.png', 'How tenants share a cluster'));
    const box = select('.missing-image', captioned.tree)!;
    assert.equal(box.properties.role, 'img');
    assert.equal(box.properties.ariaLabel, 'Image not available: How tenants share a cluster');
    assert.doesNotMatch(toText(box), /diagram/);
    const bare = await render(figure('/static/images/diagram.png', ' Diagram.PNG '));
    assert.equal(select('.missing-image', bare.tree)!.properties.ariaLabel, 'Image not available');
  });

  it('drops leftover HTML tags from its alt text', async () => {
    const alt = "Credits: &lt;a href='https://xkcd.com/2265/'&gt;xkcd.com&lt;/a&gt;";
    const { tree } = await render(figure('/static/images/gone.png', alt, 'Credits'));
    assert.equal(select('.missing-image', tree)!.properties.ariaLabel, 'Credits: xkcd.com');
  });

  it('is reported once per post however often it appears', async () => {
    const { tree, warnings } = await render(`${figure('/static/images/gone.png', 'One')}\n\n${figure('/static/images/gone.png', 'Two')}`);
    assert.equal(selectAll('.missing-image', tree).length, 2);
    assert.equal(warnings.length, 1);
  });

  it('beside the post, written as Markdown, is kept away from astro:assets so the build does not fail', async () => {
    const { tree, warnings, result } = await render('![A diagram](./never-there.png "Its caption")');
    assert.equal(select('figure > .missing-image', tree)!.properties.dataSrc, './never-there.png');
    assert.equal(toText(select('figcaption', tree)!), 'Its caption');
    assert.deepEqual(result.metadata.localImagePaths, []);
    assert.match(warnings[0]!, /never-there\.png/);
  });
});

describe('an image on another host', () => {
  it('is not loaded: it becomes a labelled box and a warning', async () => {
    const src = 'https://cdn.example.com/diagram.svg';
    const { tree, warnings } = await render(figure(src, 'vCluster architecture', 'vCluster architecture'));
    assert.equal(selectAll('img', tree).length, 0);
    assert.equal(select('.missing-image', tree)!.properties.dataSrc, src);
    assert.match(warnings[0]!, /another host/);
  });
});

describe('an image embedded as a data: URL', () => {
  it('is shown as it is, with no warning', async () => {
    const src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const { tree, warnings } = await render(figure(src, 'A dot'));
    assert.equal(select('img', tree)!.properties.src, src);
    assert.deepEqual(warnings, []);
  });
});

describe('an image in public/', () => {
  it('gets its size and loads lazily', async () => {
    const { tree, warnings } = await render(figure('/static/images/chart.png', 'A chart', 'A chart'));
    const image = select('figure > img', tree)!;
    assert.equal(image.properties.width, 64);
    assert.equal(image.properties.height, 32);
    assert.equal(image.properties.loading, 'lazy');
    assert.equal(image.properties.decoding, 'async');
    assert.deepEqual(warnings, []);
  });
});

describe('a Markdown image beside the post', () => {
  it('is left to astro:assets, and its title becomes a figure caption', async () => {
    const { tree, result } = await render('![Blue bars](./beside.png "Drawn for the test")');
    assert.equal(select('p', tree), undefined);
    const image = select('figure > img', tree)!;
    assert.equal(image.properties.title, undefined);
    // Astro's own image step marks the images it will optimise.
    assert.match(String(image.properties.__astro_image_), /"src":"\.\/beside\.png"/);
    assert.equal(toText(select('figure > figcaption', tree)!), 'Drawn for the test');
    assert.deepEqual(result.metadata.localImagePaths, ['./beside.png']);
  });

  it('without a title, or inside a sentence, stays a plain image', async () => {
    const { tree } = await render('![Blue bars](./beside.png)\n\nSee ![inline](./beside.png "title") here.');
    assert.equal(selectAll('figure', tree).length, 0);
  });

  it('written as HTML is refused with an error naming the post, since Astro would not copy it', async () => {
    await assert.rejects(render('<img src="./beside.png" alt="Blue bars">'), /a-post\.md.*\.\/beside\.png.*!\[alt\]/s);
  });
});

describe('path helpers', () => {
  it('looks for /… under public/ and anything else beside the post', () => {
    assert.equal(imagePathOnDisk('/static/images/a%20b.png', '/site/posts/p.md', '/site/public'), '/site/public/static/images/a b.png');
    assert.equal(imagePathOnDisk('./pic.png?v=2', '/site/posts/p.md', '/site/public'), '/site/posts/pic.png');
    assert.equal(imagePathOnDisk('../shared/pic.png', '/site/posts/p.md', '/site/public'), '/site/shared/pic.png');
  });

  it('tells a file name from a description', () => {
    assert.equal(isImageFileName('multi-tenancy.png'), true);
    assert.equal(isImageFileName('k8s money burn.JPEG'), true);
    assert.equal(isImageFileName('A chart of costs'), false);
    assert.equal(isImageFileName('The .png format explained'), false);
  });
});
