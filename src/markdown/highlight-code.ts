import type { ShikiConfig } from 'astro';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';

// Sätteri's raw HTML pass (features.rawHtml) parses the rendered tree again and drops the
// `meta` of code blocks (`showLineNumbers` after the language), so Astro's own highlight step
// never sees it. The meta travels as an attribute of the <pre> instead, and this file's
// highlight step reads it from there.

const META_PROPERTY = 'dataMeta';

/** mdast plugin: writes a fence's meta onto its <pre> as `data-meta`. */
export const codeMetaOnPre: MdastPluginDefinition = {
  name: 'shipit:code-meta-on-pre',
  code(node, ctx) {
    if (!node.meta) return;
    ctx.setProperty(node, 'data', { ...node.data, hProperties: { [META_PROPERTY]: node.meta } });
  },
};

// Astro leaves these to other tools (KaTeX), as its own highlight step does.
const NOT_HIGHLIGHTED = new Set(['math']);

function languageOf(code: Element): string {
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  return classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'plaintext';
}

/** hast plugin: highlights every code block with Shiki, as Astro's step does, with its meta. */
export function highlightCode(shikiConfig: ShikiConfig): HastPluginDefinition {
  let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  return {
    name: 'shipit:highlight-code',
    element: {
      filter: ['pre'],
      async visit(pre, ctx) {
        const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        const meta = pre.properties[META_PROPERTY];
        if (!code) return;
        const lang = languageOf(code);
        if (NOT_HIGHLIGHTED.has(lang)) {
          if (meta !== undefined) ctx.setProperty(pre, META_PROPERTY, null);
          return;
        }
        highlighter ??= satteriCreateHighlightFn('shiki', shikiConfig);
        const highlight = await highlighter;
        // The highlighter drops the one newline every block ends with; blank lines the author left stay.
        return highlight?.(ctx.textContent(code), lang, typeof meta === 'string' ? meta : undefined);
      },
    },
  };
}
