import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { urlIn } from './built-site.ts';
import { listSiteFiles } from '../../tools/quality/site-files.ts';

// The addresses a build's own pages send readers to: links, form submissions, redirects and
// the canonical URL. A plain static host (nginx, S3, `python3 -m http.server`) answers them
// only when each names a file as built, or a folder holding index.html.

export interface InternalLink {
  /** The built file the link was found in, relative to the build folder. */
  page: string;
  /** Where it was found, e.g. `<a href>`, `<form action>`. */
  source: string;
  /** The absolute URL it leads to, with the query a form would send. */
  url: URL;
}

/** Every HTML file of a build, redirect stubs included, relative to the build folder. */
export function htmlFiles(dir: string): string[] {
  return listSiteFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(1));
}

/** The query a GET form sends when a reader fills its text fields with `words` and picks each first option. */
function formQuery(form: Element, words: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of selectAll('input[name], select[name], textarea[name]', form)) {
    const name = String(field.properties.name);
    if (field.tagName === 'select') {
      const first = selectAll('option', field)[0];
      query.append(name, String(first?.properties.value ?? ''));
    } else if (field.properties.type !== 'submit' && field.properties.type !== 'button') {
      query.append(name, String(field.properties.value ?? words));
    }
  }
  return query;
}

/** Every link, form action, redirect and canonical URL of one built page that stays on the build's site. */
export function internalLinksOf(dir: string, page: string, words = 'kubernetes'): InternalLink[] {
  const pageUrl = urlIn(dir, `/${page}`);
  const site = new URL(urlIn(dir, '/'));
  const tree = fromHtml(readFileSync(join(dir, page), 'utf8'));
  const found: InternalLink[] = [];
  const add = (source: string, address: string, query?: URLSearchParams) => {
    const url = new URL(address, pageUrl);
    if (url.origin !== site.origin) return;
    url.hash = '';
    if (query) url.search = query.toString();
    found.push({ page, source, url });
  };

  for (const element of selectAll('[href]', tree)) add(`<${element.tagName} href>`, String(element.properties.href));
  for (const form of selectAll('form', tree)) {
    const method = String(form.properties.method ?? 'get').toLowerCase();
    add('<form action>', String(form.properties.action ?? ''), method === 'get' ? formQuery(form, words) : undefined);
  }
  for (const meta of selectAll('meta[http-equiv="refresh"]', tree)) {
    const target = /url=(.+)$/i.exec(String(meta.properties.content))?.[1];
    if (target) add('<meta http-equiv="refresh">', target);
  }
  for (const meta of selectAll('meta[property="og:url"]', tree)) add('<meta property="og:url">', String(meta.properties.content));
  return found;
}

/** Every internal link of every page of a build. */
export function internalLinks(dir: string): InternalLink[] {
  return htmlFiles(dir).flatMap((page) => internalLinksOf(dir, page));
}
