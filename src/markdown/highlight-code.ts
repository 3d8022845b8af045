import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { createHighlighter, type Highlighter, isSpecialLang, type ShikiTransformer, type ThemeRegistrationResolved } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { pairThemes } from './paired-themes.ts';

// Code blocks are highlighted here rather than by Astro's own step, for two reasons:
// - Sätteri's raw HTML pass (features.rawHtml) parses the rendered tree again and drops the
//   `meta` of code blocks (`showLineNumbers` after the language), so Astro's step never sees
//   it. The meta travels as an attribute of the <pre> instead, and this step reads it there.
// - Shiki's JavaScript regex engine colours the blog's code a quarter faster than the
//   Oniguruma engine Astro loads, with the same result.
// The blocks come out as Astro's step writes them: the `astro-code` class, `data-language`,
// and a `diff` line's +/- in a span of its own that copying skips (code.css).

const META_PROPERTY = 'dataMeta';

/** mdast plugin: writes a fence's meta onto its <pre> as `data-meta`. */
export const codeMetaOnPre: MdastPluginDefinition = {
  name: 'shipit:code-meta-on-pre',
  code(node, ctx) {
    if (!node.meta) return;
    ctx.setProperty(node, 'data', { ...node.data, hProperties: { [META_PROPERTY]: node.meta } });
  },
};

export interface CodeHighlighting {
  themes: Record<string, ThemeRegistrationResolved>;
  defaultColor: false;
  transformers: ShikiTransformer[];
}

// Shiki stops colouring a line after 500 ms by default, so a busy machine would colour the same
// post differently; 0 lifts the limit, and the same code always gives the same page.
const UNLIMITED = 0;

// Left to other tools (KaTeX), as Astro's own step leaves them.
const NOT_HIGHLIGHTED = new Set(['math']);
// Coloured from the themes' terminal colours, which a paired theme does not pair.
const TERMINAL_OUTPUT = 'ansi';

function languageOf(code: Element): string {
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  return classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'plaintext';
}

function astroCode(lang: string): ShikiTransformer {
  return {
    name: 'shipit:astro-code',
    pre(node) {
      node.properties.class = String(node.properties.class ?? '').replace(/shiki/g, 'astro-code');
      node.properties.dataLanguage = lang;
    },
    line(node) {
      if (lang !== 'diff') return;
      const token = node.children[0];
      const text = token?.type === 'element' ? token.children[0] : undefined;
      const sign = text?.type === 'text' ? text.value[0] : undefined;
      if (token?.type !== 'element' || text?.type !== 'text' || (sign !== '+' && sign !== '-')) return;
      text.value = text.value.slice(1);
      const signSpan: ElementContent = {
        type: 'element',
        tagName: 'span',
        properties: { class: 'diff-sign' },
        children: [{ type: 'text', value: sign }],
      };
      token.children.unshift(signSpan);
    },
  };
}

/** Whether Shiki knows `lang`, loading its grammar on first use. */
async function knows(highlighter: Highlighter, lang: string): Promise<boolean> {
  if (isSpecialLang(lang) || highlighter.getLoadedLanguages().includes(lang)) return true;
  try {
    await highlighter.loadLanguage(lang as Parameters<Highlighter['loadLanguage']>[0]);
    return true;
  } catch {
    return false;
  }
}

/** hast plugin: highlights every code block with Shiki, with its meta. */
export function highlightCode({ themes, defaultColor, transformers }: CodeHighlighting, warn = console.warn): HastPluginDefinition {
  let highlighter: Promise<Highlighter> | undefined;
  const paired = pairThemes(themes);
  return {
    name: 'shipit:highlight-code',
    element: {
      filter: ['pre'],
      async visit(pre, ctx) {
        const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        const meta = pre.properties[META_PROPERTY];
        if (!code) return;
        let lang = languageOf(code);
        if (NOT_HIGHLIGHTED.has(lang)) {
          if (meta !== undefined) ctx.setProperty(pre, META_PROPERTY, null);
          return;
        }
        highlighter ??= createHighlighter({
          langs: ['plaintext'],
          themes: [...Object.values(themes), ...(paired ? [paired.theme] : [])],
          engine: createJavaScriptRegexEngine(),
        });
        const shiki = await highlighter;
        if (!(await knows(shiki, lang))) {
          const post = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a post';
          warn(`${post}: code block language "${lang}" is unknown to Shiki; shown as plain text`);
          lang = 'plaintext';
        }
        // Every block ends with a newline that is not a line of its own; blank lines the author left stay.
        const text = ctx.textContent(code).replace(/(?:\r\n|\r|\n)$/, '');
        const common = { lang, meta: typeof meta === 'string' ? { __raw: meta } : undefined, tokenizeTimeLimit: UNLIMITED };
        const root =
          paired && lang !== TERMINAL_OUTPUT
            ? shiki.codeToHast(text, {
                ...common,
                theme: paired.theme,
                mergeWhitespaces: false,
                transformers: [paired.transformer, astroCode(lang), ...transformers],
              })
            : shiki.codeToHast(text, { ...common, themes, defaultColor, transformers: [astroCode(lang), ...transformers] });
        return root.children[0];
      },
    },
  };
}
