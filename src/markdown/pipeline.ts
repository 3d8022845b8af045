// The Markdown pipeline of posts, shared by astro.config.mjs and the unit tests,
// so the tests render Markdown exactly as the site does. Its HTML is the one rendering
// of a post: pages show it and feeds carry it, so it holds no page furniture (copy
// buttons, heading links, scroll boxes); src/client/ adds those on the page.
import { fileURLToPath } from 'node:url';
import type { RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import { codeThemes } from './code-themes.ts';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeBlankLinkRel from './rehype-blank-link-rel.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypePostImages from './rehype-post-images.ts';
import rehypeTables from './rehype-tables.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import { colourClasses } from './shiki-colour-classes.ts';
import { lineNumbers } from './shiki-line-numbers.ts';
import { basePath } from '../lib/urls.ts';

export const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

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
  [rehypeRawWhenNeeded, { passThrough: MDX_NODES }],
  rehypeBlankLinkRel,
  [rehypePostImages, { publicDir }],
  // After the image plugin, which finds `/…` images in public/ by their root-relative path.
  [rehypeBasePath, { base: basePath }],
  rehypeTables,
];
