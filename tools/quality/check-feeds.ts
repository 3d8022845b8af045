// Usage: npm run check:feeds [-- <built site folder>]   (default dist/)
// Every RSS and Atom feed of a build (an XML file rooted in <rss> or <feed>), and every other XML
// file, must be well-formed; a feed must have a title, and items each with a title and an absolute
// link. Prints each feed's item count; fails naming the file.
// Own code because no maintained feed validator runs offline; the parsing is saxes' (strict XML,
// which refuses a bare &) and @rowanmanning/feed-parser's (as lenient as feed readers).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SaxesParser } from 'saxes';
import { listSiteFiles } from './site-files.ts';

const FEED_ROOTS = new Set(['rss', 'feed']);

interface FeedCheck {
  /** False for well-formed XML that is no feed: a sitemap, or data the author serves. */
  isFeed: boolean;
  problem?: string;
  items: number;
}

/** What is wrong with an XML file of the site, if a feed reader would not show it whole. */
function checkFeed(text: string): FeedCheck {
  let root: string | undefined;
  try {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      root ??= tag.local;
    });
    parser.write(text).close();
  } catch (error) {
    return { isFeed: true, problem: `not well-formed XML: ${(error as Error).message}`, items: 0 };
  }
  if (!root || !FEED_ROOTS.has(root)) return { isFeed: false, items: 0 };
  const feed = parseFeed(text);
  const items = feed.items.length;
  if (!feed.title) return { isFeed: true, problem: 'the feed has no title', items };
  for (const [index, item] of feed.items.entries()) {
    const name = `item ${index + 1}${item.title ? ` (“${item.title}”)` : ''}`;
    if (!item.title) return { isFeed: true, problem: `${name} has no title`, items };
    if (!item.url || !/^https?:\/\//.test(item.url)) return { isFeed: true, problem: `${name} has no absolute link`, items };
  }
  return { isFeed: true, items };
}

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist'));
const shown = relative(process.cwd(), dir) || '.';
const xmlFiles = existsSync(dir) ? listSiteFiles(dir).filter((path) => path.endsWith('.xml')) : [];
let feeds = 0;
let failed = 0;
for (const path of xmlFiles) {
  const { isFeed, problem, items } = checkFeed(readFileSync(join(dir, path), 'utf8'));
  if (!isFeed) continue;
  feeds++;
  if (problem) {
    failed++;
    console.error(`${shown}${path}: ${problem}`);
  } else console.log(`${path}: ${items} items`);
}
if (feeds === 0) {
  console.error(`error: ${shown} has no feeds; run \`npm run build\` first`);
  process.exit(1);
}
console.log(`${feeds - failed} of ${feeds} feeds parse`);
process.exitCode = failed > 0 ? 1 : 0;
