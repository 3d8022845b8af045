// The Content-Security-Policy a finished build's pages carry, read back from their <head>:
// Astro writes it (with the hashes of the inline scripts and styles it emitted), so the
// `_headers` file sends what the pages say rather than a second copy that could drift.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface PageHead {
  /** The content of each Content-Security-Policy meta tag. */
  policies: string[];
  /** A redirect stub (a meta refresh): it shows nothing and runs nothing, so needs no policy. */
  redirects: boolean;
}

function httpEquiv(meta: Element): string {
  return String(meta.properties.httpEquiv ?? '').toLowerCase();
}

export function readPageHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  // Only the <meta> tags are parsed: a head also holds the page's whole stylesheet, and a build
  // reads every page. Astro escapes `<` in the head's scripts, so no tag hides in one.
  const metaTags = (end === -1 ? html : html.slice(0, end)).match(/<meta\b[^>]*>/gi) ?? [];
  const withHttpEquiv = metaTags.filter((tag) => /http-equiv/i.test(tag));
  const metas = selectAll('meta[http-equiv]', fromHtml(withHttpEquiv.join(''), { fragment: true }));
  return {
    policies: metas.filter((meta) => httpEquiv(meta) === 'content-security-policy').map((meta) => String(meta.properties.content ?? '')),
    redirects: metas.some((meta) => httpEquiv(meta) === 'refresh'),
  };
}

const CHUNK = 32 * 1024;
const HEAD_END = '</head>';

/**
 * A built page's text up to the end of its <head>, or all of it when it has none: what
 * readPageHead needs, without reading the article of every page of a large site.
 */
export function readHeadOfFile(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let previous = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      const current = chunk.subarray(0, read);
      chunks.push(current);
      // Searched as bytes, with the end of the chunk before: the tag may straddle two chunks.
      if (Buffer.concat([previous.subarray(-HEAD_END.length), current]).includes(HEAD_END)) break;
      previous = current;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

// A build reads each page's head twice, for the sitemap (is it a redirect stub?) and for
// `_headers`; the second time comes from here. A page written again reads anew.
const headsRead = new Map<string, { stamp: string; head: PageHead }>();

/** The <head> facts of a built page file, read once while the file stays the same. */
export function pageHeadOfFile(file: string): PageHead {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const known = headsRead.get(file);
  if (known?.stamp === stamp) return known.head;
  const head = readPageHead(readHeadOfFile(file));
  headsRead.set(file, { stamp, head });
  return head;
}

const NAMED_PAGES = 5;

function listed(pages: readonly string[]): string {
  const named = pages.slice(0, NAMED_PAGES).join(', ');
  return pages.length > NAMED_PAGES ? `${named} and ${pages.length - NAMED_PAGES} more` : named;
}

/**
 * The one policy every page carries (pages keyed by their site path). A page with none, or
 * with two, or pages that disagree, stop the build: a header sending one page's policy would
 * then be wrong for the others.
 */
export function sharedPolicy(pages: ReadonlyMap<string, PageHead>): string {
  const without: string[] = [];
  const several: string[] = [];
  const pagesByPolicy = new Map<string, string[]>();
  for (const [page, head] of pages) {
    if (head.policies.length === 0 && !head.redirects) without.push(page);
    if (head.policies.length > 1) several.push(page);
    if (head.policies.length !== 1) continue;
    const onPages = pagesByPolicy.get(head.policies[0]!) ?? [];
    pagesByPolicy.set(head.policies[0]!, [...onPages, page]);
  }
  const problems: string[] = [];
  if (without.length > 0) problems.push(`these pages carry no Content-Security-Policy meta tag: ${listed(without)}`);
  if (several.length > 0) problems.push(`these pages carry more than one: ${listed(several)}`);
  if (pagesByPolicy.size > 1) {
    const groups = [...pagesByPolicy].map(([policy, onPages]) => `  ${listed(onPages)}:\n    ${policy}`);
    problems.push(`pages carry different policies:\n${groups.join('\n')}`);
  }
  if (problems.length > 0) throw new Error(`The pages' Content-Security-Policy cannot be sent as a header: ${problems.join('; ')}`);
  const [policy] = pagesByPolicy.keys();
  if (policy === undefined) throw new Error('No page of the build carries a Content-Security-Policy meta tag');
  return policy;
}
