import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import sharp from 'sharp';
import { site } from '../site.config.ts';
import { displayDate } from './dates.ts';
import { SOCIAL_CARD } from './seo.ts';

// The picture link previews show for a page (OpenGraph and Twitter cards), drawn at
// build time: satori lays the text out as SVG, sharp (librsvg, faster than resvg at this size)
// turns that into a PNG.

const { width: CARD_WIDTH, height: CARD_HEIGHT } = SOCIAL_CARD;

export interface SocialCard {
  title: string;
  siteName: string;
  /** Shown under the title: a post's date, or the site's tagline. */
  subtitle: string;
}

/** A post's card: its title, and its date and author below. */
export function postSocialCard(title: string, pubDate: Date): SocialCard {
  return { title, siteName: site.title, subtitle: `${displayDate(pubDate)} · ${site.author.name}` };
}

/** The card of every page that is not a post. */
export function siteSocialCard(): SocialCard {
  return { title: site.description, siteName: site.title, subtitle: site.author.name };
}

const require = createRequire(import.meta.url);

const EMOJI_SUBSETS = 11;

interface FontFace {
  name: string;
  weight: Font['weight'];
  /** The woff file, as a package path. */
  file: string;
}

// satori reads woff and ttf, not woff2. Inter draws the text; for glyphs it lacks satori
// falls back to the other fonts, but only to the first of several sharing a name, so each
// unicode-range file of Noto Emoji gets its own.
const FONT_FACES: FontFace[] = [
  ...([400, 700] as const).flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Inter',
      weight,
      file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`,
    })),
  ),
  ...Array.from({ length: EMOJI_SUBSETS }, (_, subset) => ({
    name: `Noto Emoji ${subset}`,
    weight: 700 as const,
    file: `@fontsource/noto-emoji/files/noto-emoji-${subset}-700-normal.woff`,
  })),
];

/**
 * The files besides the card's code that its pixels depend on: the fonts, and the manifests that
 * name the versions of satori and sharp. A new version of any of them may change every card.
 */
export function socialCardDependencyFiles(): string[] {
  return [...FONT_FACES.map((face) => require.resolve(face.file)), ...['satori', 'sharp'].map(packageManifest)];
}

/** A package's package.json, found from its entry point: not every package exports it. */
function packageManifest(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${name}`);
    dir = parent;
  }
  return join(dir, 'package.json');
}

let fonts: Promise<{ all: Font[]; inter: Font[] }> | undefined;

// Each array is kept so satori can reuse its parsed fonts for every card.
function loadFonts(): Promise<{ all: Font[]; inter: Font[] }> {
  fonts ??= Promise.all(
    FONT_FACES.map(
      async ({ name, weight, file }): Promise<Font> => ({ name, weight, style: 'normal', data: await readFile(require.resolve(file)) }),
    ),
  ).then((all) => ({ all, inter: all.filter((font) => font.name === 'Inter') }));
  return fonts;
}

// The printable characters Inter's latin and latin-ext files cover whole. A card within them is laid out with Inter
// alone: satori takes about a millisecond longer a card when it has the emoji fonts too.
const INTER_ONLY = /^[\u0020-\u024F\u2000-\u206F]*$/;

/** The fonts a card's text needs: Inter, and the emoji fonts only when a character may be outside Inter. */
export async function cardFonts(card: SocialCard): Promise<Font[]> {
  const { all, inter } = await loadFonts();
  return INTER_ONLY.test(card.title + card.siteName + card.subtitle) ? inter : all;
}

/** The most lines a title takes; a longer one ends in "…", so the date and author below always show. */
export const TITLE_MAX_LINES = 4;

/** Long titles get a smaller size so more of them fits in `TITLE_MAX_LINES` lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  return 52;
}

/** A React-element-shaped node; satori takes these instead of JSX. */
interface CardNode {
  type: string;
  key: null;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

function node(type: string, style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode {
  return { type, key: null, props: { style, children } };
}

/** The card's layout. */
export function cardLayout(card: SocialCard): CardNode {
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#0f172a',
      color: '#f8fafc',
      fontFamily: 'Inter',
    },
    [
      // The accent line along the top is an element, not a border: satori draws a border through
      // clip paths, which cost sharp more than the line's pixels.
      node('div', { height: 16, flexShrink: 0, backgroundColor: '#38bdf8' }, []),
      node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '72px 80px' }, [
        node('div', { fontSize: 36, fontWeight: 700, color: '#38bdf8', flexShrink: 0 }, card.siteName),
        node(
          'div',
          { display: 'block', lineClamp: TITLE_MAX_LINES, fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.15 },
          card.title,
        ),
        node('div', { fontSize: 32, fontWeight: 400, color: '#cbd5e1', flexShrink: 0 }, card.subtitle),
      ]),
    ],
  );
}

/**
 * The card as SVG. With `embedFont: false` the words stay `<text>` elements, which can be
 * read back; by default they are drawn as paths, so the PNG step needs no fonts.
 */
export async function socialCardSvg(card: SocialCard, { embedFont = true } = {}): Promise<string> {
  // Loaded on first use: most builds draw no card, and every build loads this module.
  const { default: satori } = await import('satori');
  return satori(cardLayout(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await cardFonts(card), embedFont });
}

/** The card as a PNG of `SOCIAL_CARD` size. */
export async function renderSocialCard(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await socialCardSvg(card);
  // A copy on a plain ArrayBuffer, the kind a Response body takes.
  // zlib level 3 rather than the default 6: a quarter less time per card for about a tenth more bytes,
  // and a cold build of a large blog spends a whole core on its cards.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  return new Uint8Array(png);
}
