// The "minimal static theme" page `npm run bench -- --lighthouse` holds a post page against: the
// same post's article in bare HTML with a few lines of inline CSS and no script.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

const MINIMAL_STYLE =
  'body{max-width:42rem;margin:0 auto;padding:1rem;font:1.0625rem/1.6 system-ui,sans-serif}' +
  'pre{overflow-x:auto;padding:.75rem}img{max-width:100%;height:auto}table{border-collapse:collapse}';

function withoutScripts(article: Element): Element {
  const strip = (element: Element): Element => ({
    ...element,
    children: element.children
      .filter((child) => !(child.type === 'element' && child.tagName === 'script'))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  });
  return strip(article);
}

/**
 * The minimal page of a built post page: its `<article>` as it is, scripts taken out, under the
 * page's own title and language. `source` names the page in the error when it has no article.
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
    `<style>${MINIMAL_STYLE}</style>`,
    '</head>',
    `<body><main>${toHtml(withoutScripts(article))}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Where the minimal page of a post page is served: beside it, so the article's relative links still resolve. */
export function minimalPagePath(pagePath: string): string {
  return pagePath.replace(/\.html$/, '.minimal.html');
}
