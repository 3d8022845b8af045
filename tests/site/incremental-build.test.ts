// `npm run build` reuses what it rendered before, on a tiny site in a temporary folder (the bench
// mechanism of src/build-variants.ts): Astro's content cache keeps each post's HTML, and its
// incremental build keeps each page. To see what was rendered again, the test writes markers into
// those caches: what came from a cache shows the marker, what was rendered again its own words.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const description = 'A description long enough for search engines to show it whole, and short enough too.';

let dir: string;
const posts = () => join(dir, 'posts');
const store = () => join(dir, 'cache', 'data-store.json');

function writePost(name: string, body: string, frontMatter = 'pubDate: 2024-01-18'): void {
  writeFileSync(join(posts(), `${name}.md`), `---\ntitle: Post ${name}\ndescription: ${description}\n${frontMatter}\n---\n\n${body}\n`);
}

function build(): void {
  const result = spawnSync(process.execPath, [join(root, 'tools/build/safe-build.ts')], {
    cwd: root,
    env: { ...process.env, SHIPIT_BENCH_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `the build failed:\n${result.stdout}\n${result.stderr}`);
}

const page = (name: string) => readFileSync(join(dir, 'dist', 'posts', `${name}.html`), 'utf8');

/** Replaces words in a cached file, as if it had been made long ago. */
function mark(file: string, words: string, marker: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(words), `${file} holds "${words}"`);
  writeFileSync(file, text.replaceAll(words, marker));
}

/** The copy of a built post page Astro's incremental build keeps in the cache. */
const keptPage = (name: string) => join(dir, 'cache', 'dist', 'posts', `${name}.html`);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'incremental-build-'));
  mkdirSync(posts());
  writePost('edited', 'Words of the edited post: wombat-original.');
  writePost('pictured', 'Words of the pictured post: numbat.\n\n![A container ship](./ship.png "The ship")');
  writePost('untouched', 'Words of the untouched post: quokka.');
  build();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('a second build', () => {
  it('renders again only the edited post and the post whose image appeared', () => {
    assert.match(page('pictured'), /class="missing-image"/);
    mark(keptPage('untouched'), 'quokka', 'kept-quokka');
    mark(store(), 'numbat', 'cached-numbat');
    writePost('edited', 'Words of the edited post: wombat-edited.');
    copyFileSync(join(root, 'tests/fixtures/posts/colour-bars.png'), join(posts(), 'ship.png'));
    build();

    assert.match(page('edited'), /wombat-edited/);
    assert.match(page('untouched'), /kept-quokka/, "the untouched post's page was kept from the last build");
    assert.doesNotMatch(page('pictured'), /cached-numbat|class="missing-image"/, 'the pictured post was rendered with its image');
    assert.match(page('pictured'), /<img [^>]*src="\/_astro\/ship\./);
  });

  it('renders every post again when the code that renders posts changed', () => {
    // The safe build compares a hash of that code (tools/build/render-inputs.ts, unit-tested)
    // with the one of the last build; a different hash is what an edit to the code gives.
    const stamp = join(dir, 'cache', 'shipit-render-inputs');
    assert.ok(existsSync(stamp));
    writeFileSync(stamp, 'the hash of older code');
    build();
    assert.match(page('untouched'), /quokka/);
    assert.doesNotMatch(page('untouched'), /kept-quokka/);
  });

  it('renders again every part of a series a new part joins, and no other post', () => {
    // The parts are older than the other posts, and the new one the oldest: it becomes the
    // date-ordered neighbour of no post outside the series. seriesOrder makes it the last part.
    writePost('part-a', 'Words of part a: dingo.', 'pubDate: 2023-02-01\nseries: Fixture walk\nseriesOrder: 1');
    writePost('part-b', 'Words of part b: emu.', 'pubDate: 2023-03-01\nseries: Fixture walk\nseriesOrder: 2');
    build();
    assert.match(page('part-b'), /Part 2 of 2 in/);
    mark(keptPage('part-a'), 'dingo', 'kept-dingo');
    mark(keptPage('part-b'), 'emu', 'kept-emu');
    mark(keptPage('untouched'), 'quokka', 'kept-quokka');
    writePost('part-c', 'Words of part c: koala.', 'pubDate: 2022-01-01\nseries: Fixture walk\nseriesOrder: 3');
    build();

    for (const part of ['part-a', 'part-b']) {
      assert.doesNotMatch(page(part), /kept-/, `${part} was rendered again`);
      assert.match(page(part), /of 3 in <a [^>]*>Fixture walk<\/a>/);
    }
    assert.match(page('untouched'), /kept-quokka/, 'a post outside the series was kept');
    assert.match(page('part-c'), /Part 3 of 3 in/);
  });
});
