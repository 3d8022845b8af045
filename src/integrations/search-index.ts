// Builds the site's Pagefind index. A build that replaces an earlier site gives Pagefind a head
// start: it reads the earlier site's pages while Astro renders, on a core the render leaves idle,
// and at the end only the pages whose bytes changed are read again. Pagefind replaces a page it
// is given twice under one path, so the result is the index a fresh run would write, byte for
// byte (tests/unit/search-index.test.ts).
import { existsSync, globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind is given. Only post pages carry `data-pagefind-body` (PostLayout.astro), and
 * Pagefind reads every page it is given in full: the other pages made a warm build's last step
 * about a twentieth longer. tests/site/search-index.test.ts checks that no other page asks to be indexed.
 */
export const INDEXED_PAGES = 'posts/**/*.html';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface ReadSite {
  index: Index;
  /** How many pages Pagefind read. */
  pageCount: number;
}

/** Pagefind reading an earlier site; `writeSearchIndex` finishes it against the new one. */
export interface HeadStart {
  site: string;
  /** Pagefind's index of the site, and the pages it read, by path within the site. */
  reading: Promise<ReadSite & { pages: string[] }>;
}

export interface WrittenIndex {
  pages: number;
  /** How many of them Pagefind read once the new site was written: the changed ones, or all. */
  readAtTheEnd: number;
  outputPath: string;
}

function pagesOf(site: string): string[] {
  return globSync(INDEXED_PAGES, { cwd: site }).sort();
}

async function readSite(site: string): Promise<ReadSite> {
  // Pagefind's process starts a thread per core; the build's main thread needs one of them, and a
  // head start that took it made the build slower. Read when the process starts, unless set already.
  process.env.TOKIO_WORKER_THREADS ??= String(Math.max(1, availableParallelism() - 1));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  return { index, pageCount: added.page_count };
}

async function readEarlierSite(site: string): Promise<ReadSite & { pages: string[] }> {
  const pages = pagesOf(site);
  const read = await readSite(site);
  // Pagefind globs on its own; a page it read that this list lacks could never be brought up to date.
  if (read.pageCount !== pages.length) {
    await read.index.deleteIndex();
    throw new Error(`Pagefind read ${read.pageCount} pages of ${site}, where ${INDEXED_PAGES} matches ${pages.length}`);
  }
  return { ...read, pages };
}

/** Starts reading `previousSite`'s pages, when there is one; undefined otherwise. */
export function startFrom(previousSite: string): HeadStart | undefined {
  if (!existsSync(previousSite)) return undefined;
  const reading = readEarlierSite(previousSite);
  // A head start that failed only costs the head start: writeSearchIndex reads the new site whole.
  reading.catch(() => {});
  return { site: previousSite, reading };
}

const samePages = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((page, i) => page === b[i]);

// Pagefind takes a page given alone about three times as long as one of a folder it reads whole,
// so past this share of changed pages a fresh read is sooner.
const MOST_CHANGED = 1 / 3;

/**
 * The head start's index with `site`'s changed pages read again, or undefined when a fresh read
 * serves better: the head start failed, most pages changed, or pages came or went (Pagefind
 * can replace a page, not remove one, and a new page would sit at another place in the index
 * than in a fresh run).
 */
async function caughtUp(headStart: HeadStart, site: string): Promise<(ReadSite & { readAgain: number }) | undefined> {
  const read = await headStart.reading.catch(() => undefined);
  if (!read) return undefined;
  const changed = samePages(read.pages, pagesOf(site))
    ? read.pages.filter((page) => !readFileSync(join(site, page)).equals(readFileSync(join(headStart.site, page))))
    : undefined;
  if (!changed || changed.length > read.pages.length * MOST_CHANGED) {
    await read.index.deleteIndex();
    return undefined;
  }
  await Promise.all(
    changed.map(async (page) => {
      const added = await read.index.addHTMLFile({ sourcePath: page, content: readFileSync(join(site, page), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${join(site, page)}: ${added.errors.join('; ')}`);
    }),
  );
  return { ...read, readAgain: changed.length };
}

/** Writes `<site>/pagefind/`, the index of `site`'s `INDEXED_PAGES`, finishing `headStart` when given one. */
export async function writeSearchIndex(site: string, headStart?: HeadStart): Promise<WrittenIndex> {
  try {
    const caught = headStart && (await caughtUp(headStart, site));
    const read = caught ?? (await readSite(site));
    const written = await read.index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: read.pageCount, readAtTheEnd: caught ? caught.readAgain : read.pageCount, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
