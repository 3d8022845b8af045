// The pipeline's own highlight step (src/markdown/highlight-code.ts), in place of Astro's.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { bundledLanguages, createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { highlightCode } from '../../src/markdown/highlight-code.ts';
import { codeHighlighting } from '../../src/markdown/pipeline.ts';
import { type PostRenderer, postRenderer } from '../support/post-renderer.ts';

const warnings: string[] = [];
let renderer: PostRenderer;
before(async () => {
  renderer = await postRenderer({ hastPlugins: [highlightCode(codeHighlighting, (message) => warnings.push(message))] });
});

async function render(markdown: string): Promise<Root> {
  const { code } = await renderer.render(markdown, { fileURL: new URL('../../content/posts/example.md', import.meta.url) });
  return fromHtml(code, { fragment: true });
}

describe('highlighting code blocks', () => {
  it("sets a diff line's +/- apart, so copying the block leaves it out", async () => {
    const tree = await render('```diff\n+added\n-removed\n kept\n```');
    assert.deepEqual(
      selectAll('.line', tree).map((line) => select('.diff-sign', line) && toText(select('.diff-sign', line)!)),
      ['+', '-', undefined],
    );
    assert.equal(toText(selectAll('.line', tree)[0]!), '+added');
    assert.equal(select('[style]', tree), undefined);
  });

  it('shows a block in a language Shiki does not know as plain text, naming the post', async () => {
    const tree = await render('```klingon\nqapla\n```');
    const pre = select('pre', tree)!;
    assert.equal(pre.properties.dataLanguage, 'plaintext');
    assert.ok((pre.properties.className as string[]).includes('astro-code'));
    assert.equal(toText(pre), 'qapla');
    assert.match(warnings.at(-1)!, /content\/posts\/example\.md: code block language "klingon"/);
  });

  it('colours code the same on a machine so busy that every line takes seconds', async (t) => {
    const block = '```python\ndef greet(name: str) -> str:\n    return f"hello {name}"  # a comment\n```';
    const quiet = await render(block);
    assert.ok(selectAll('.line span[class]', quiet).length > 5, 'the quiet render is coloured');
    // Shiki times each line with Date.now(); a clock that leaps ten seconds a call stands in for load.
    let now = Date.now();
    t.mock.method(Date, 'now', () => (now += 10_000));
    assert.deepEqual(await render(block), quiet);
  });

  it("colours the imported posts' code as Shiki's Oniguruma engine, which Astro uses, does", async () => {
    // The imported posts, by their legacy ids: a new post's code is the author's, whatever it is.
    const postsDir = new URL('../../content/posts/', import.meta.url);
    const imported = readdirSync(postsDir)
      .map((file) => readFileSync(new URL(file, postsDir), 'utf8'))
      .filter((source) => /^legacyId:/m.test(source));
    const blocks = imported.flatMap((source) =>
      [...source.matchAll(/```([\w+-]*)[^\n]*\n([\s\S]*?)```/g)].map(([, lang, code]) => ({
        lang: lang && lang in bundledLanguages ? lang : 'plaintext',
        code: code!,
      })),
    );
    assert.ok(blocks.length > 0);
    const langs = [...new Set(blocks.map((block) => block.lang))];
    const themes = Object.values(codeHighlighting.themes);
    const [javascript, oniguruma] = await Promise.all([
      createHighlighter({ themes, langs, engine: createJavaScriptRegexEngine() }),
      createHighlighter({ themes, langs, engine: createOnigurumaEngine(import('shiki/wasm')) }),
    ]);
    for (const { lang, code } of blocks) {
      // Without a time limit, so a busy machine cannot leave a line uncoloured in one engine only.
      const options = { lang, themes: codeHighlighting.themes, defaultColor: false as const, tokenizeTimeLimit: 0 };
      assert.equal(javascript.codeToHtml(code, options), oniguruma.codeToHtml(code, options), `${lang}: ${code.slice(0, 60)}`);
    }
  });
});
