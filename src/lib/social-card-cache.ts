import { createHash, randomUUID } from 'node:crypto';
import { access, copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SOCIAL_CARD } from './seo.ts';
import { socialCardDependencyFiles, type SocialCard } from './social-card.ts';

// Drawing a card takes tens of milliseconds, so a thousand posts would spend half a minute of
// every build on pictures that rarely change. Cards are kept in the project's cache folder
// instead, one folder per template version and one file per card named by a hash of what it
// shows, and a card is drawn again only when what it shows or the code drawing it changes.

/** The folder, inside Astro's cacheDir, that keeps the cards. */
export const CARD_CACHE_FOLDER = 'social-cards';

/** The code files of the template: every src/lib/social-card*.ts, so a template split into more files stays covered. */
const TEMPLATE_FILE = /^social-card.*\.ts$/;

function sha256(): ReturnType<typeof createHash> {
  return createHash('sha256');
}

/**
 * Which template drew a card: a hash of the template's code (`lib/social-card*.ts` under
 * `srcDir`), its fonts and its libraries' versions. Any change to them names a new version, so a
 * card drawn by older code is never served. It depends on the files' names and contents, not on
 * where the project lives, so a cache restored on another machine still counts.
 */
export async function templateVersion(srcDir: URL, dependencyFiles = socialCardDependencyFiles()): Promise<string> {
  const libDir = new URL('lib/', srcDir);
  const codeFiles = (await readdir(libDir)).filter((name) => TEMPLATE_FILE.test(name)).sort();
  const hash = sha256();
  for (const [name, path] of [
    ...codeFiles.map((name) => [name, new URL(name, libDir)] as const),
    ...dependencyFiles.map((path) => [basename(path), path] as const),
  ]) {
    const content = await readFile(path);
    // Lengths keep the boundaries between files unambiguous.
    hash.update(`${name}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Names a card by what it shows, at the size cards are drawn. */
export function cardKey(card: SocialCard): string {
  const shown = [SOCIAL_CARD.width, SOCIAL_CARD.height, card.siteName, card.title, card.subtitle];
  return sha256().update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

/**
 * Writes under a temporary name and renames it into place, so a build that stops midway, or a
 * second one reading at the same time, never finds half a PNG under a card's name.
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export type CardDrawer = (card: SocialCard) => Promise<Uint8Array<ArrayBuffer>>;

/** A card still to be drawn, and the file it belongs in. */
export interface CardJob {
  card: SocialCard;
  file: string;
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export class SocialCardCache {
  /** The folder of every template version's cards. */
  readonly folder: string;
  readonly version: string;
  readonly #draw: CardDrawer;

  constructor({ folder, version, draw }: { folder: string; version: string; draw: CardDrawer }) {
    this.folder = folder;
    this.version = version;
    this.#draw = draw;
  }

  fileFor(card: SocialCard): string {
    return join(this.folder, this.version, `${cardKey(card)}.png`);
  }

  /** The card's PNG: the kept one, or else drawn now and kept. */
  async png(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
    const file = this.fileFor(card);
    try {
      return await readFile(file);
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    const png = await this.#draw(card);
    await writeFileAtomically(file, png);
    return png;
  }

  /** Puts the card's PNG at `target`: a copy of the kept one, or else one drawn now and kept. */
  async placeAt(card: SocialCard, target: string): Promise<void> {
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(this.fileFor(card), target);
    } catch (error) {
      if (!isMissingFile(error)) throw error;
      await writeFile(target, await this.png(card));
    }
  }

  /** The cards not kept yet, each once however often it is asked for. */
  async missing(cards: SocialCard[]): Promise<CardJob[]> {
    const jobs = new Map(cards.map((card) => [this.fileFor(card), card]));
    const kept = await Promise.all(
      [...jobs.keys()].map((file) =>
        access(file).then(
          () => true,
          () => false,
        ),
      ),
    );
    return [...jobs].filter((_, index) => !kept[index]).map(([file, card]) => ({ card, file }));
  }

  /**
   * Deletes the cards of other template versions: once the template changed, none of them can be
   * served again. Cards of this version are kept even when no post shows them any more, since the
   * site build, the fixture build and `npm run dev` share the cache folder with different posts.
   */
  async pruneOtherVersions(): Promise<void> {
    const versions = await readdir(this.folder).catch((error: unknown) => {
      if (isMissingFile(error)) return [];
      throw error;
    });
    await Promise.all(
      versions.filter((name) => name !== this.version).map((name) => rm(join(this.folder, name), { recursive: true, force: true })),
    );
  }
}
