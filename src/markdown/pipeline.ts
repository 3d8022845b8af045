// The Markdown pipeline of posts, shared by astro.config.mjs and the unit tests,
// so the tests render Markdown exactly as the site does. Its HTML is the one rendering
// of a post: pages show it and feeds carry it, so it holds no page furniture (copy
// buttons, heading links, scroll boxes); src/client/ adds those on the page.
//
// Posts render with Sätteri, Astro's Markdown processor written in Rust, through the
// Sätteri mdast and hast plugins below.
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { basePathUrls } from './base-path.ts';
import { callouts } from './callouts.ts';
import { codeThemes } from './code-themes.ts';
import { type CodeHighlighting, codeMetaOnPre, highlightCode } from './highlight-code.ts';
import { newTabLinks } from './new-tab-links.ts';
import { postImages } from './post-images.ts';
import { colourClasses } from './shiki-colour-classes.ts';
import { lineNumbers } from './shiki-line-numbers.ts';
import { tables } from './tables.ts';
import { basePath } from '../lib/urls.ts';

export const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

// Tokens get a class per theme naming their colour (no style attributes, for the
// Content-Security-Policy); src/styles/code-colours.css gives the colours, AA in both themes.
export const codeHighlighting: CodeHighlighting = {
  themes: codeThemes,
  defaultColor: false,
  transformers: [colourClasses, lineNumbers],
};

export const postMarkdown = {
  features: {
    // Keep the imported posts' punctuation exactly as the old site rendered it.
    smartPunctuation: false,
    // kramdown's explicit header ids, `## Why migrate {#why-migrate}`: imported posts keep the
    // old site's ids, so existing deep links still land on the right heading.
    headingAttributes: true,
    // The imported figures are raw HTML: parse it so the image plugin sees them.
    rawHtml: true,
  },
  mdastPlugins: [codeMetaOnPre],
  hastPlugins: [
    // In place of Astro's own highlight step (markdown.syntaxHighlight: false): see highlight-code.ts.
    highlightCode(codeHighlighting),
    newTabLinks,
    postImages({ publicDir }),
    // After the image plugin, which finds `/…` images in public/ by their root-relative path.
    basePathUrls(basePath),
    tables,
    callouts,
  ],
} satisfies SatteriProcessorOptions;
