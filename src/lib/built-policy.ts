// The Content-Security-Policy a finished build's pages carry, read back from their <head>:
// Astro writes it (with the hashes of the inline scripts and styles it emitted), so the
// `_headers` file sends what the pages say rather than a second copy that could drift.
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
  const metas = selectAll('meta[http-equiv]', fromHtml(metaTags.join(''), { fragment: true }));
  return {
    policies: metas.filter((meta) => httpEquiv(meta) === 'content-security-policy').map((meta) => String(meta.properties.content ?? '')),
    redirects: metas.some((meta) => httpEquiv(meta) === 'refresh'),
  };
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
