// The Markdown pipeline of posts, shared by astro.config.mjs and the unit tests,
// so the tests render Markdown exactly as the site does.
import { fileURLToPath } from 'node:url';
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins, type ShikiConfig } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import { codeThemes } from './code-themes.ts';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeBlankLinkRel from './rehype-blank-link-rel.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypePostImages from './rehype-post-images.ts';
import rehypeTables from './rehype-tables.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import { colourClasses } from './shiki-colour-classes.ts';
import { lineNumbers } from './shiki-line-numbers.ts';
import { basePath } from '../lib/urls.ts';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

// Tokens get a class per theme naming their colour (no style attributes, for the
// Content-Security-Policy); src/styles/code-colours.css gives the colours, AA in both themes.
export const shikiConfig: ShikiConfig = {
  themes: codeThemes,
  defaultColor: false,
  transformers: [colourClasses, lineNumbers],
};

export const remarkPlugins: RemarkPlugins = [remarkHeadingIds];

// MDX nodes are compiled later by @astrojs/mdx; rehype-raw must leave them alone.
const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

export const rehypePlugins: RehypePlugins = [
  // The imported figures are raw HTML: parse them so the image plugin sees them.
  [rehypeRaw, { passThrough: MDX_NODES }],
  rehypeBlankLinkRel,
  [rehypePostImages, { publicDir }],
  // After the image plugin, which finds `/…` images in public/ by their root-relative path.
  [rehypeBasePath, { base: basePath }],
  // Astro sets heading ids only after our plugins; the anchors need them now.
  rehypeHeadingIds,
  rehypeHeadingAnchors,
  rehypeCodeBlocks,
  rehypeTables,
];
