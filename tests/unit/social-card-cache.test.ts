import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cardKey, SocialCardCache, templateVersion } from '../../src/lib/social-card-cache.ts';
import type { SocialCard } from '../../src/lib/social-card.ts';

const SRC_DIR = new URL('../../src/', import.meta.url);
const card: SocialCard = { title: 'Kubernetes multi-tenancy', siteName: 'shipit', subtitle: 'June 1, 2024 · Max Brenner' };

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'social-card-cache-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('cardKey', () => {
  it('is the same for a card that shows the same words', () => {
    assert.equal(cardKey({ ...card }), cardKey(card));
  });

  it('changes when the title, the date line or the site name changes', () => {
    const keys = [
      card,
      { ...card, title: 'Kubernetes multi-tenancy, part 2' },
      { ...card, subtitle: 'June 2, 2024 · Max Brenner' },
      { ...card, siteName: 'shipit.dev' },
    ].map(cardKey);
    assert.equal(new Set(keys).size, keys.length, String(keys));
  });

  it('keeps apart words that only run together differently', () => {
    assert.notEqual(cardKey({ ...card, title: 'ab', subtitle: 'c' }), cardKey({ ...card, title: 'a', subtitle: 'bc' }));
  });
});

describe('templateVersion', () => {
  /** A copy of src/lib's card modules and of some dependency files, to change one at a time. */
  function copyTemplate(): { srcDir: URL; lib: string; fonts: string[] } {
    const lib = join(scratch, 'src', 'lib');
    mkdirSync(lib, { recursive: true });
    for (const name of readdirSync(new URL('lib/', SRC_DIR)).filter((file) => file.startsWith('social-card'))) {
      cpSync(new URL(`lib/${name}`, SRC_DIR), join(lib, name));
    }
    const fonts = ['a.woff', 'b.woff'].map((name) => join(scratch, name));
    for (const font of fonts) writeFileSync(font, `glyphs of ${font}`);
    return { srcDir: pathToFileURL(join(scratch, 'src/')), lib, fonts };
  }

  it('depends on what the files hold, not on where the project is', async () => {
    const { srcDir } = copyTemplate();
    assert.equal(await templateVersion(srcDir), await templateVersion(SRC_DIR));
  });

  it('changes when the card layout changes', async () => {
    const { srcDir, lib } = copyTemplate();
    const before = await templateVersion(srcDir);
    const layout = join(lib, 'social-card.ts');
    writeFileSync(layout, readFileSync(layout, 'utf8').replace("backgroundColor: '#0f172a'", "backgroundColor: '#000000'"));
    assert.notEqual(await templateVersion(srcDir), before);
  });

  it('changes when the template gains a module', async () => {
    const { srcDir, lib } = copyTemplate();
    const before = await templateVersion(srcDir);
    writeFileSync(join(lib, 'social-card-layout.ts'), 'export const ACCENT = "#38bdf8";\n');
    assert.notEqual(await templateVersion(srcDir), before);
  });

  it('changes when a font or library version changes', async () => {
    const { srcDir, fonts } = copyTemplate();
    const before = await templateVersion(srcDir, fonts);
    writeFileSync(fonts[1]!, 'glyphs of a newer release');
    assert.notEqual(await templateVersion(srcDir, fonts), before);
  });
});

describe('SocialCardCache', () => {
  /** A cache whose drawer counts its calls and draws each card as its own title. */
  function countingCache(version = 'v1') {
    const drawn: string[] = [];
    const cache = new SocialCardCache({
      folder: join(scratch, 'social-cards'),
      version,
      draw: async ({ title }) => {
        drawn.push(title);
        return Buffer.from(`picture of ${title}`);
      },
    });
    return { cache, drawn };
  }

  it('draws a card once, then serves the kept file, also to the next build', async () => {
    const { cache, drawn } = countingCache();
    const first = Buffer.from(await cache.png(card));
    assert.deepEqual(Buffer.from(await cache.png(card)), first);
    const nextBuild = countingCache();
    assert.deepEqual(Buffer.from(await nextBuild.cache.png(card)), first);
    assert.deepEqual(drawn, [card.title]);
    assert.deepEqual(nextBuild.drawn, []);
  });

  it('places a card into a site folder: the kept file copied, or a missing one drawn and kept', async () => {
    const { cache, drawn } = countingCache();
    const site = join(scratch, 'site');
    await cache.placeAt(card, join(site, 'social-cards', 'posts', 'a.png'));
    await cache.placeAt(card, join(site, 'social-cards', 'posts', 'b.png'));
    for (const name of ['a.png', 'b.png']) {
      assert.equal(readFileSync(join(site, 'social-cards', 'posts', name), 'utf8'), `picture of ${card.title}`);
    }
    assert.deepEqual(drawn, [card.title]);
    assert.ok(existsSync(cache.fileFor(card)));
  });

  it('draws again when the title changes or the template has a new version', async () => {
    const { cache, drawn } = countingCache();
    await cache.png(card);
    await cache.png({ ...card, title: 'Renamed' });
    const newTemplate = countingCache('v2');
    await newTemplate.cache.png(card);
    assert.deepEqual(drawn, [card.title, 'Renamed']);
    assert.deepEqual(newTemplate.drawn, [card.title]);
  });

  it('leaves only finished PNGs in the cache folder, no temporary files', async () => {
    const { cache } = countingCache();
    await Promise.all([card, { ...card, title: 'Another' }, card].map((each) => cache.png(each)));
    assert.deepEqual(
      readdirSync(join(scratch, 'social-cards', 'v1')).sort(),
      [cardKey({ ...card, title: 'Another' }), cardKey(card)].map((key) => `${key}.png`).sort(),
    );
  });

  it('lists the cards still to draw, each once, with the file each goes in', async () => {
    const { cache } = countingCache();
    const other = { ...card, title: 'Not drawn yet' };
    await cache.png(card);
    const jobs = await cache.missing([card, other, { ...other }]);
    assert.deepEqual(jobs, [{ card: other, file: cache.fileFor(other) }]);
  });

  it('deletes the cards of other template versions and keeps its own', async () => {
    const old = countingCache('v1');
    await old.cache.png(card);
    const current = countingCache('v2');
    await current.cache.png(card);
    await current.cache.pruneOtherVersions();
    assert.ok(!existsSync(old.cache.fileFor(card)), 'the old version is gone');
    assert.ok(existsSync(current.cache.fileFor(card)));
  });

  it('has nothing to prune before its first card', async () => {
    await countingCache().cache.pruneOtherVersions();
    assert.ok(!existsSync(join(scratch, 'social-cards')));
  });
});
