import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SOCIAL_CARD } from '../../src/lib/seo.ts';
import { cardFonts, renderSocialCard, socialCardSvg, titleFontSize } from '../../src/lib/social-card.ts';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { pngSize } from '../support/png.ts';

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG, also for titles with emoji and markup characters', async () => {
    const png = await renderSocialCard({ title: AWKWARD_TITLE, siteName: 'shipit', subtitle: 'June 1, 2024 · Max Brenner' });
    assert.deepEqual(pngSize(png), { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height });
    assert.deepEqual(SOCIAL_CARD, { width: 1200, height: 630 });
  });

  it('draws different pictures for different titles', async () => {
    const card = (title: string) => renderSocialCard({ title, siteName: 'shipit', subtitle: 'Max Brenner' });
    const [a, b] = await Promise.all([card('Ansible top 5'), card('Kubernetes multi-tenancy')]);
    assert.notDeepEqual(Buffer.from(a), Buffer.from(b));
  });
});

describe('cardFonts', () => {
  const families = async (title: string) =>
    new Set((await cardFonts({ title, siteName: 'shipit', subtitle: 'June 1, 2024 · Max Brenner' })).map((font) => font.name));

  it('gives a card in Latin script Inter alone', async () => {
    assert.deepEqual(await families('Émigré café: naïve “quotes” – and ſ'), new Set(['Inter']));
  });

  it('adds the emoji fonts when a character may be missing from Inter', async () => {
    for (const title of ['Rocket 🚀 launch', '5 ★ tips', 'Ελληνικά']) {
      const names = await families(title);
      assert.ok(names.has('Inter') && names.size > 1, `${title}: ${[...names]}`);
    }
  });
});

describe('titleFontSize', () => {
  it('shrinks as titles grow so long ones still fit', () => {
    const sizes = [10, 50, 100].map((length) => titleFontSize('x'.repeat(length)));
    assert.ok(sizes[0]! > sizes[1]! && sizes[1]! > sizes[2]!, String(sizes));
  });
});

/** The words of a card as drawn, each with the baseline it sits on. */
async function drawnWords(title: string, subtitle: string): Promise<{ text: string; y: number }[]> {
  const svg = await socialCardSvg({ title, siteName: 'shipit', subtitle }, { embedFont: false });
  return [...svg.matchAll(/<text\b[^>]*?\by="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, y, text]) => ({
    y: Number(y),
    text: text!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  }));
}

describe('a card for a very long title', () => {
  const subtitle = 'June 1, 2024 · Max Brenner';
  const title = Array.from({ length: 30 }, (_, i) => `word${i}`)
    .join(' ')
    .padEnd(300, ' tail');

  it('cuts the title with "…" and still shows the date and author, below the title and on the card', async () => {
    assert.equal(title.length, 300);
    const words = await drawnWords(title, subtitle);
    const text = words.map((word) => word.text).join('');
    assert.ok(text.startsWith(`shipit${title.slice(0, 40)}`), text);
    const ellipsis = words.findIndex((word) => word.text.includes('…'));
    assert.ok(ellipsis > 0, `no ellipsis in ${text}`);
    const drawnTitle = words
      .slice(1, ellipsis + 1)
      .map((word) => word.text)
      .join('');
    assert.ok(drawnTitle.length < title.length, drawnTitle);
    assert.ok(text.endsWith(subtitle), text);
    const subtitleTop = words.at(-1)!.y;
    assert.ok(
      words.every((word) => word.y <= SOCIAL_CARD.height),
      'every word is on the card',
    );
    assert.ok(words[ellipsis]!.y < subtitleTop, 'the title ends above the date');
  });

  it('leaves a title that fits whole, without "…"', async () => {
    const text = (await drawnWords('Kubernetes multi-tenancy', subtitle)).map((word) => word.text).join('');
    assert.equal(text, `shipitKubernetes multi-tenancy${subtitle}`);
  });
});
