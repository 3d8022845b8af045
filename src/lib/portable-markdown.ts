// A post as plain Markdown that works away from the site (/posts/<slug>.md): what a reader saves,
// or a tool reads. The author's own text is kept byte for byte; only what needs the site changes.
import { markdownToMdast, mdxToMdast } from 'satteri';
import { stringify } from 'yaml';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface PortablePost {
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  tags: readonly string[];
  /** The post's Markdown or MDX, without front matter. */
  body: string;
  isMdx: boolean;
}

export interface PortableContext {
  /** The post page's absolute URL: the canonical URL, and where islands can be used. */
  pageUrl: string;
  /** A site path (`/posts/x.html`) as an absolute URL. */
  absolute: (path: string) => string;
}

/** A URL as the post's page resolves it: site paths under the site's URL, the rest against the page. */
function resolve(url: string, { pageUrl, absolute }: PortableContext): string {
  try {
    return url.startsWith('/') ? absolute(url) : new URL(url, pageUrl).href;
  } catch {
    return url;
  }
}

/** A URL with a scheme (https:, mailto:) or a host (`//cdn…`) works anywhere as it is. */
const worksAnywhere = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
const isComponent = (name: string | null | undefined) => !name || /^[A-Z]|\./.test(name);
const day = (date: Date) => date.toISOString().slice(0, 10);
/** Plain text as Markdown shows it: `<tag>`, `*`, `[` and the like escaped, so a title reads as written. */
const markdownText = (text: string) => text.replace(/[\\`*_[\]<>&~]/g, '\\$&');

function islandSentence(node: Node, pageUrl: string): string {
  const what = node.name ? ` (${node.name})` : '';
  return node.type === 'mdxJsxFlowElement'
    ? `*An interactive part of this post${what} works on its web page: <${pageUrl}>.*`
    : `*(interactive${what}: <${pageUrl}>)*`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Edits making the URLs of a node absolute, as they work away from the page: `](x)` of links
 * and images, `]: x` of definitions, href and src in HTML. `#section` then leads to the page's section.
 */
function absoluteUrlEdits(node: Node, source: string, start: number, context: PortableContext): Edit[] {
  if (node.type === 'html' || node.type.startsWith('mdxJsx')) {
    return [...source.matchAll(/\b(?:href|src)=["']([^"']*)/g)]
      .filter((match) => !worksAnywhere(match[1]!))
      .map((match) => {
        const at = start + match.index + match[0].length - match[1]!.length;
        return { start: at, end: at + match[1]!.length, text: resolve(match[1]!, context) };
      });
  }
  const url = node.url;
  if (!url || worksAnywhere(url)) return [];
  const marker = node.type === 'definition' ? '\\]:[ \\t]*<?' : '\\]\\(\\s*<?';
  const match = new RegExp(`${marker}(${escapeRegExp(url)})`).exec(source);
  if (!match) return [];
  const at = start + match.index + match[0].length - url.length;
  return [{ start: at, end: at + url.length, text: resolve(url, context) }];
}

function editsFor(tree: Node, body: string, context: PortableContext): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: Node): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      node.children?.forEach(visit);
      return;
    }
    const source = body.slice(start, end);
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        edits.push({ start, end, text: '' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (isComponent(node.name)) {
          edits.push({ start, end, text: islandSentence(node, context.pageUrl) });
          return;
        }
        // An HTML element in MDX: its own tag's attributes here, its children as they are visited.
        edits.push(...absoluteUrlEdits(node, source.slice(0, source.indexOf('>') + 1), start, context));
        break;
      case 'heading': {
        // kramdown's `{#id}` is the site's; other Markdown readers would show it as text.
        const id = /[ \t]*\{[^{}\n]*\}[ \t]*$/.exec(source.split('\n')[0]!);
        if (id) edits.push({ start: start + id.index, end: start + id.index + id[0].length, text: '' });
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
      case 'html':
        edits.push(...absoluteUrlEdits(node, source, start, context));
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return edits;
}

/** The post's body with `edits` applied, from the last so earlier offsets stay right. */
function applyEdits(body: string, edits: readonly Edit[]): string {
  let text = body;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

/**
 * The Markdown copy of a post: front matter (title, date, tags, canonical URL), the title as a
 * heading, then the body with MDX imports and expressions gone, each island replaced by a
 * sentence linking the page, kramdown heading ids dropped and every URL made absolute.
 */
export function portableMarkdown(post: PortablePost, context: PortableContext): string {
  const parse = post.isMdx ? mdxToMdast : markdownToMdast;
  const tree = parse(post.body, { features: { headingAttributes: true } }) as Node;
  const body = applyEdits(post.body, editsFor(tree, post.body, context))
    .replace(/^\s*\n/, '')
    .trimEnd();
  const frontMatter = stringify(
    {
      title: post.title,
      description: post.description,
      date: day(post.pubDate),
      ...(post.updatedDate && { updated: day(post.updatedDate) }),
      tags: [...post.tags],
      canonical: context.pageUrl,
    },
    { lineWidth: 0 },
  );
  return `---\n${frontMatter}---\n\n# ${markdownText(post.title)}\n\n${body}\n`;
}
