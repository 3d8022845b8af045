import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Code, Html, Nodes as MdastNodes, PhrasingContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { defaultHandlers } from 'hast-util-to-mdast';
import type { Handle } from 'hast-util-to-mdast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { replaceEmbeds } from './embeds.ts';
import { keepFragmentTargets, rewriteLinks, type EntryAddresses } from './entry-links.ts';
import { details, htmlBlock, inlineKept, isComplexTable, media } from './kept-html.ts';
import { sanitizeHtml } from './sanitize.ts';

/** The meta flag a fenced code block carries when the old site showed line numbers for it. */
export const LINE_NUMBERS_FLAG = 'showLineNumbers';

export interface ConvertedBody {
  markdown: string;
  /** The path on the old site of every image of that site the body references, each once, in order. */
  imagePaths: string[];
  /** What the post could not keep (scripts, styles, unknown embeds), each described once. */
  removed: string[];
}

/**
 * Turns an old post's HTML (Jekyll/kramdown with rouge highlighting) into Markdown, keeping
 * only what the sanitiser allows. `pageUrl` is the post's own old address and `addresses`
 * the other entries of its feed: see rewriteLinks.
 */
export function htmlToMarkdown(
  html: string,
  pageUrl: string | undefined,
  addresses: EntryAddresses = new Map(),
  /** Images brought beside the posts: their old path → the path the post links them by (`./images/…`). */
  keptImages: ReadonlyMap<string, string> = new Map(),
): ConvertedBody {
  const parsed = fromHtml(html, { fragment: true });
  const removed = replaceEmbeds(parsed);
  alignmentFromStyles(parsed);
  const before = { images: selectAll('img', parsed).length, links: selectAll('a[href]', parsed).length };
  const tree = sanitizeHtml(parsed);
  const lostImages = before.images - selectAll('img', tree).length;
  const lostLinks = before.links - selectAll('a[href]', tree).length;
  if (lostImages > 0) removed.push(`${lostImages} image(s) whose address a post cannot load (data: or script)`);
  if (lostLinks > 0) removed.push(`the address of ${lostLinks} link(s) a post cannot carry (javascript: or data:), keeping their text`);
  keepFragmentTargets(tree);
  removed.push(...rewriteLinks(tree, pageUrl, addresses));
  const imagePaths = useKeptImages(tree, pageUrl, keptImages);
  const processor = unified()
    .use(rehypeRemark, {
      handlers: {
        div: codeBlockOrDiv,
        figure: figureHandler,
        pre: preformatted,
        table: tableOrRougeCode,
        a: anchorOrLink,
        ...headingHandlers(),
        ...Object.fromEntries(['sup', 'sub', 'kbd', 'mark', 'abbr'].map((name) => [name, inlineKept])),
        details,
        dl: htmlBlock,
        video: media,
        audio: media,
      },
    })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });
  const mdast = processor.runSync(tree as HastRoot);
  const markdown = processor.stringify(mdast as Parameters<typeof processor.stringify>[0]);
  return { markdown: `${markdown.trimEnd()}\n`, imagePaths, removed };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function languageOf(node: Element): string | undefined {
  const language = classes(node).find((name) => name.startsWith('language-'));
  return language?.slice('language-'.length);
}

function codeNode(text: string, lang: string | undefined, lineNumbers: boolean): Code {
  return {
    type: 'code',
    // A fence without a language cannot carry the numbering flag; rouge calls such code plaintext.
    lang: lang ?? (lineNumbers ? 'plaintext' : null),
    meta: lineNumbers ? LINE_NUMBERS_FLAG : null,
    value: text.replace(/\n$/, ''),
  };
}

/**
 * Rouge wraps a block as div.language-X > div.highlight > pre > code; with line numbers the
 * code sits in a table whose first cell (td.rouge-gutter) holds the numbers. Only the
 * td.rouge-code cell is code.
 */
const codeBlockOrDiv: Handle = (state, node) => {
  if (!classes(node).includes('highlighter-rouge')) return state.all(node) as MdastNodes[];
  const codeCell = select('td.rouge-code pre', node);
  const pre = codeCell ?? select('pre', node);
  return codeNode(pre ? toText(pre, { whitespace: 'pre' }) : '', languageOf(node), codeCell !== undefined);
};

/** A `pre` (with or without rouge's wrapper) is code; a line-number gutter inside it is not. */
const preformatted: Handle = (_state, node) => {
  const codeCell = select('td.rouge-code pre', node);
  const code = select('code', node);
  const text = toText(codeCell ?? node, { whitespace: 'pre' });
  return codeNode(text, languageOf(node) ?? (code ? languageOf(code) : undefined), codeCell !== undefined);
};

/** A bare `table.rouge-table` is a numbered code block; any other table stays a table. */
const tableOrRougeCode: Handle = (state, node) => {
  const codeCell = select('td.rouge-code pre', node);
  if (classes(node).includes('rouge-table') && codeCell) return codeNode(toText(codeCell, { whitespace: 'pre' }), undefined, true);
  return isComplexTable(node) ? htmlBlock(state, node, undefined) : defaultHandlers.table(state, node);
};

/** `figure.highlight` holds a Jekyll {% highlight %} block; `figure.image` a captioned picture. */
const figureHandler: Handle = (state, node) => {
  if (classes(node).includes('highlight')) {
    const code = select('pre code', node);
    const pre = select('pre', node);
    const lineNumbers = select('td.rouge-gutter', node) !== undefined;
    const codeText = select('td.rouge-code pre', node) ?? code ?? pre;
    return codeNode(codeText ? toText(codeText, { whitespace: 'pre' }) : '', code ? languageOf(code) : undefined, lineNumbers);
  }
  const img = select('img', node);
  if (!img) return state.all(node) as MdastNodes[];
  if (img.properties.dataKept !== undefined) return keptImageFigure(img, select('figcaption', node));
  return figureHtml(img, select('figcaption', node));
};

/**
 * A figure whose image was brought beside the post: the image in Markdown, which Astro
 * optimises (it leaves an HTML <img> alone), between the figure's HTML tags and its caption.
 */
function keptImageFigure(img: Element, caption: Element | undefined): MdastNodes[] {
  const image: MdastNodes = { type: 'image', url: String(img.properties.src), alt: String(img.properties.alt ?? ''), title: null };
  const inner = caption ? collapseWhitespace(toHtml(caption.children as ElementContent[])) : '';
  return [
    { type: 'html', value: '<figure>' },
    { type: 'paragraph', children: [image] },
    { type: 'html', value: inner ? `<figcaption>${inner}</figcaption>\n</figure>` : '</figure>' },
  ];
}

/**
 * A figure stays HTML in the Markdown: Markdown has no caption syntax, and the site's figure
 * plugin finds the image, its alt text and its caption there. Presentation attributes of the
 * old theme (height="300px", class="img-zoomable") are dropped: the site decides those.
 */
function figureHtml(img: Element, caption: Element | undefined): Html {
  const image: Element = {
    type: 'element',
    tagName: 'img',
    properties: { src: img.properties.src, alt: img.properties.alt ?? '' },
    children: [],
  };
  const lines = ['<figure>', `  ${toHtml(image, { closeSelfClosing: true })}`];
  if (caption) {
    const inner = collapseWhitespace(toHtml(caption.children as ElementContent[]));
    if (inner) lines.push(`  <figcaption>${inner}</figcaption>`);
  }
  lines.push('</figure>');
  return { type: 'html', value: lines.join('\n') };
}

/**
 * Kramdown's `{#id}` keeps each heading's exact old id, so old deep links still land.
 * A heading never sits more than one level below the one before it (the old posts jump
 * from h2 to h4 in places): screen readers navigate by that outline. The post's title is
 * the page's h1, so the body starts at h2.
 */
function headingHandlers(): Record<string, Handle> {
  // The open sections: each heading's level in the old HTML and the level it gets here.
  const open: { old: number; depth: number }[] = [];
  const heading: Handle = (state, node) => {
    const old = Math.max(2, Number(node.tagName.charAt(1)));
    while (open.length > 0 && open.at(-1)!.old >= old) open.pop();
    const depth = (open.length > 0 ? open.at(-1)!.depth + 1 : 2) as 2 | 3 | 4 | 5 | 6;
    open.push({ old, depth });
    const children = state.all(node) as PhrasingContent[];
    const id = node.properties.id;
    if (typeof id === 'string' && id) children.push({ type: 'text', value: ` {#${id}}` });
    return { type: 'heading', depth, children };
  };
  return { h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading };
}

/** `<a name="x">` targets of old deep links survive as `<a id="x"></a>`. */
const anchorOrLink: Handle = (state, node) => {
  if (node.properties.href === undefined) {
    const target = node.properties.name ?? node.properties.id;
    const anchor: MdastNodes[] = typeof target === 'string' ? [{ type: 'html', value: `<a id="${target}"></a>` }] : [];
    return [...anchor, ...(state.all(node) as MdastNodes[])];
  }
  return defaultHandlers.a(state, { ...node, properties: { href: node.properties.href, title: node.properties.title } });
};

/** Kramdown aligns table columns with inline styles; Markdown tables say it in their delimiter row. */
function alignmentFromStyles(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'td' && node.tagName !== 'th') return;
    const align = /text-align:\s*(left|center|right)/.exec(String(node.properties.style ?? ''))?.[1];
    if (align) node.properties.align = align;
  });
}

/** An image's path on the old site, when it is one of that site's images: relative, or absolute on its host. */
export function imageSitePath(src: string, pageUrl: string | undefined): string | undefined {
  const page = pageUrl && URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    const url = URL.canParse(src, page) ? new URL(src, page) : undefined;
    return url && page && url.origin === page.origin && /^https?:$/.test(url.protocol) ? url.pathname : undefined;
  }
  if (src.startsWith('/')) return src.split(/[?#]/)[0];
  return page && URL.canParse(src, page) ? new URL(src, page).pathname : undefined;
}

/** The old site's image paths, each once; images brought beside the posts are linked there instead. */
function useKeptImages(tree: HastRoot, pageUrl: string | undefined, keptImages: ReadonlyMap<string, string>): string[] {
  const paths = new Set<string>();
  for (const img of selectAll('img', tree)) {
    const path = typeof img.properties.src === 'string' ? imageSitePath(img.properties.src, pageUrl) : undefined;
    if (path === undefined) continue;
    paths.add(path);
    const kept = keptImages.get(path);
    if (kept) Object.assign(img.properties, { src: kept, dataKept: '' });
  }
  return [...paths];
}
