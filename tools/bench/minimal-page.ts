// The "minimal static theme" page `npm run bench -- --lighthouse` holds a post page against, modelled
// on the small Hugo and Jekyll themes: the site's name and menu, the same post's article, a footer
// line, one short inline stylesheet with the code colours, and no script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import { CODE_COLOURS_CSS_PATH } from '../code-colours/code-colours-css.ts';

const THEME_STYLE =
  ':root{color-scheme:light dark}body{max-width:42rem;margin:0 auto;padding:1rem;font:1.0625rem/1.6 system-ui,sans-serif}' +
  'header nav a,footer{margin-right:1rem;color:GrayText}h1,h2,h3{line-height:1.25}a{color:LinkText}' +
  'pre{overflow-x:auto;padding:.75rem;background:Canvas;border:1px solid GrayText}code{font:.875em ui-monospace,monospace}' +
  'img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{padding:.25rem .5rem;border-bottom:1px solid GrayText}' +
  'blockquote{margin-left:0;padding-left:1rem;border-left:3px solid GrayText}figcaption{text-align:center}';

// The site's code colour classes, minified, since the article's code carries those classes.
const codeColours = readFileSync(join(import.meta.dirname, '..', '..', CODE_COLOURS_CSS_PATH), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*([{};:,])\s*/g, '$1')
  .trim();

function withoutScripts(article: Element): Element {
  const strip = (element: Element): Element => ({
    ...element,
    children: element.children
      .filter((child) => !(child.type === 'element' && child.tagName === 'script'))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  });
  return strip(article);
}

/** A minimal theme's header: the site's name (from the page title's last part) and the post page's menu links. */
function siteHeader(tree: Root): Element {
  const siteName =
    toText(select('title', tree) ?? tree)
      .split(' | ')
      .at(-1)
      ?.trim() ?? '';
  const links = selectAll('header nav a', tree).map((link) => h('a', { href: link.properties.href }, link.children));
  return h('header', h('nav', [h('a', { href: '/' }, h('strong', siteName)), ...links]));
}

/**
 * The minimal-theme page of a built post page: its site name and menu, its `<article>` as it is (scripts taken
 * out), a footer line, under the page's own title and language. `source` names the page in the
 * error when it has no article.
 */
export function minimalPage(pageHtml: string, source: string): string {
  const tree: Root = fromHtml(pageHtml);
  const article = select('article', tree);
  if (!article) throw new Error(`${source} has no <article> to put in a minimal page`);
  const title = select('title', tree);
  const lang = select('html', tree)?.properties.lang ?? 'en';
  return [
    '<!doctype html>',
    `<html lang="${String(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title ? toHtml(title.children) : ''}</title>`,
    `<style>${THEME_STYLE}${codeColours}</style>`,
    '</head>',
    `<body>${toHtml(siteHeader(tree))}<main>${toHtml(withoutScripts(article))}</main><footer>A minimal theme</footer></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Where the minimal page of a post page is served: beside it, so the article's relative links still resolve. */
export function minimalPagePath(pagePath: string): string {
  return pagePath.replace(/\.html$/, '.minimal.html');
}
