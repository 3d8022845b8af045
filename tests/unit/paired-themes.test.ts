// One Shiki run with the paired theme must write what a run per theme writes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { bundledLanguages, createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { codeThemes } from '../../src/markdown/code-themes.ts';
import { type PairedThemes, pairThemes } from '../../src/markdown/paired-themes.ts';
import { colourClasses } from '../../src/markdown/shiki-colour-classes.ts';

/** Every fenced block of the Markdown files in `dir`. */
function blocksIn(dir: URL): { lang: string; code: string }[] {
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .flatMap((file) =>
      [...readFileSync(new URL(file, dir), 'utf8').matchAll(/```([\w+-]*)[^\n]*\n([\s\S]*?)```/g)].map(([, lang, code]) => ({
        lang: lang && lang in bundledLanguages ? lang : 'plaintext',
        code: code!,
      })),
    );
}

// Tokens whose rules bold, underline or strike through, and runs of spaces before and inside them.
const STYLED_SAMPLES = [
  {
    lang: 'markdown',
    code: '# Title  with  spaces\n\n**bold**  and  _italic_ and [a   link](https://example.org/a  b)\n\n~~gone~~   <u>under</u>\n',
  },
  { lang: 'diff', code: '@@ -1,2 +1,2 @@\n-  old line\n+  new  line\n   kept\n' },
  { lang: 'regex', code: '^\\d+\\s+(?<name>[a-z]+)\\.\\w*$' },
  { lang: 'python', code: 'def  f(x):\n    """Doc  string."""\n    return  re.compile(r"\\d+\\s")  # note\n' },
];

const dropRootStyle: ShikiTransformer = {
  name: 'test:drop-root-style',
  pre(node) {
    delete node.properties.style;
  },
};

let shiki: Highlighter;
let paired: PairedThemes;
const blocks = [
  ...blocksIn(new URL('../../content/posts/', import.meta.url)),
  ...blocksIn(new URL('../fixtures/posts/', import.meta.url)),
  ...STYLED_SAMPLES,
];

before(async () => {
  paired = pairThemes(codeThemes)!;
  assert.ok(paired, 'the code themes differ only in colours, so they pair');
  const langs = [...new Set(blocks.map((block) => block.lang))];
  shiki = await createHighlighter({ themes: [...Object.values(codeThemes), paired.theme], langs, engine: createJavaScriptRegexEngine() });
});

describe('the paired code theme', () => {
  it('writes every block of the posts as one run per theme writes it, token styles and classes alike', () => {
    assert.ok(blocks.length > 20);
    for (const transformers of [[dropRootStyle], [colourClasses]]) {
      for (const { lang, code } of blocks) {
        const perTheme = shiki.codeToHtml(code, { lang, themes: codeThemes, defaultColor: false, transformers, tokenizeTimeLimit: 0 });
        const once = shiki.codeToHtml(code, {
          lang,
          theme: paired.theme,
          mergeWhitespaces: false,
          transformers: [paired.transformer, ...transformers],
          tokenizeTimeLimit: 0,
        });
        assert.equal(once, perTheme, `${lang}: ${code.slice(0, 60)}`);
      }
    }
  });

  it('is not made for themes whose rules differ in more than colour', () => {
    const { light, dark } = codeThemes;
    const italicComments = {
      ...dark,
      settings: dark.settings.map((rule, i) => (i === 1 ? { ...rule, settings: { ...rule.settings, fontStyle: 'italic' } } : rule)),
    };
    assert.equal(pairThemes({ light, dark: italicComments }), undefined);
    assert.equal(pairThemes({ light, dark: { ...dark, settings: dark.settings.slice(1) } }), undefined);
    assert.equal(pairThemes({ light }), undefined);
  });
});
