// `npm run import -- FEED --images SOURCE` against a server on the loopback address standing in
// for the old site, and against a folder holding its files: no test needs the internet.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { imageType, keptImagePath } from '../../tools/importer/images.ts';
import { atomEntry, atomFeed, importerCli, OPENING, STACK_FRAME } from '../support/importer-feeds.ts';

const PNG = readFileSync(join(import.meta.dirname, '../fixtures/posts/colour-bars.png'));
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2"/></svg>';

// One post with a captioned figure, an inline image and three images that cannot be brought.
const FEED = atomFeed(
  atomEntry({
    title: 'Pictured',
    slug: 'pictured',
    html: `<p>${OPENING}</p>
<figure class="image"><img src="/static/chart.png" alt="A chart"><figcaption>Source: <a href="https://data.example/">data</a></figcaption></figure>
<p>Inline <img src="../static/logo.svg" alt="Logo"> and <img src="/static/gone.png" alt="Gone"> and <img src="/static/page.png" alt="Page"> and <img src="https://cdn.example/x.png" alt="Elsewhere">.</p>`,
  }),
);

let dir: string;
let server: Server;
let origin: string;
const requested: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'import-images-'));
  writeFileSync(join(dir, 'feed.xml'), FEED);
  server = createServer((request, response) => {
    requested.push(request.url!);
    if (request.url === '/static/chart.png') return response.end(PNG);
    if (request.url === '/static/logo.svg') return response.end(SVG);
    if (request.url === '/static/page.png') return response.end('<!doctype html><title>Not found</title>');
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the import without blocking this process, whose server answers it. */
function runImport(args: string[]): Promise<{ status: number; stdout: string; stderr: string; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [importerCli, ...args], { cwd: dir, env: { ...process.env, INIT_CWD: '' } }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr, output: `${stdout}${stderr}` });
    });
  });
}

const importInto = (out: string, source: string) => runImport(['feed.xml', '--out', out, '--images', source]);

describe('bringing the old site’s images', () => {
  test('knows an image by its bytes, whatever its name says', () => {
    assert.equal(imageType(PNG), 'png');
    assert.equal(imageType(new TextEncoder().encode(SVG)), 'svg');
    assert.equal(imageType(new TextEncoder().encode('<!doctype html><p>404</p>')), undefined);
    assert.equal(keptImagePath('/static/a b.png', 'png'), 'images/static/a-b.png');
    assert.equal(keptImagePath('/img/photo', 'jpg'), 'images/img/photo.jpg');
  });

  test('from the old site’s address: only its images, named failures, the labelled box kept, and a second run changes nothing', async () => {
    const out = join(dir, 'from-url');
    const result = await importInto(out, `${origin}/`);
    assert.equal(result.status, 0, result.output);
    assert.doesNotMatch(result.output, STACK_FRAME);
    const post = readFileSync(join(out, 'pictured.md'), 'utf8');
    assert.match(
      post,
      /<figure>\n\n!\[A chart\]\(\.\/images\/static\/chart\.png\)\n\n<figcaption>Source: <a href="https:\/\/data\.example\/">data<\/a><\/figcaption>\n<\/figure>/,
    );
    assert.match(post, /!\[Logo\]\(\.\/images\/static\/logo\.svg\)/);
    assert.match(post, /<img src="\/static\/gone\.png" alt="Gone"|!\[Gone\]\(\/static\/gone\.png\)/);
    assert.deepEqual(readFileSync(join(out, 'images/static/chart.png')), PNG);
    assert.equal(readFileSync(join(out, 'images/static/logo.svg'), 'utf8'), SVG);
    assert.equal(existsSync(join(out, 'images/static/page.png')), false);
    assert.match(
      result.stderr,
      new RegExp(`warning: image ${origin}/static/gone\\.png answered 404; entry 1 \\("Pictured", [^)]*\\) keep its labelled box`),
    );
    assert.match(result.stderr, /static\/page\.png is not an image/);
    assert.ok(!requested.some((path) => path.includes('x.png')), 'nothing is fetched from another host');

    const again = await importInto(out, `${origin}/`);
    assert.match(again.stdout, /^0 written, 1 unchanged/m);
    assert.match(again.stdout, /^0 image\(s\) brought/m);
    const without = await runImport(['feed.xml', '--out', out]);
    assert.match(without.stdout, /^0 written, 1 unchanged/m, 'an import without --images keeps linking the brought images');
  });

  test('from a folder holding the old site: the same, with too large a file refused', async () => {
    const site = join(dir, 'old-site');
    const file = (path: string, bytes: string | Uint8Array) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), bytes);
    };
    file('static/chart.png', PNG);
    file('static/logo.svg', SVG);
    file('static/page.png', PNG);
    truncateSync(join(site, 'static/page.png'), 21 * 1024 * 1024);
    const out = join(dir, 'from-folder');
    const result = await importInto(out, site);
    assert.equal(result.status, 0, result.output);
    assert.deepEqual(readFileSync(join(out, 'images/static/chart.png')), PNG);
    assert.match(readFileSync(join(out, 'pictured.md'), 'utf8'), /!\[Logo\]\(\.\/images\/static\/logo\.svg\)/);
    assert.match(result.stderr, /static\/gone\.png is not in the folder/);
    assert.match(result.stderr, /static\/page\.png is larger than 20 MB/);
  });

  test('from a folder holding the images without the folders above them', async () => {
    const flat = join(dir, 'flat');
    mkdirSync(flat);
    writeFileSync(join(flat, 'chart.png'), PNG);
    const out = join(dir, 'from-flat');
    const result = await importInto(out, flat);
    assert.equal(result.status, 0, result.output);
    assert.deepEqual(readFileSync(join(out, 'images/static/chart.png')), PNG);
  });

  test('a source that is neither an address nor a folder is refused before anything is written', async () => {
    const out = join(dir, 'refused');
    const result = await importInto(out, join(dir, 'no-such-folder'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--images .*no-such-folder: neither an http\(s\) address nor a folder that exists/);
    assert.equal(existsSync(out), false);
  });
});
