// Renders Markdown through the site's own pipeline (src/markdown/pipeline.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { createHighlighter, type ThemeRegistrationResolved } from 'shiki';
import { CODE_COLOURS_CSS_PATH } from '../../tools/code-colours/code-colours-css.ts';
import { headingLinkLabel, languageLabel, tableLabel } from '../../src/lib/post-furniture.ts';
import { wantsLineNumbers } from '../../src/markdown/shiki-line-numbers.ts';
import { stylesheetColours } from '../support/code-colours.ts';
import { type PostRenderer, postRenderer } from '../support/post-renderer.ts';
import { codeHighlighting } from '../../src/markdown/pipeline.ts';

let renderer: PostRenderer;
before(async () => {
  renderer = await postRenderer();
});

async function render(markdown: string): Promise<Root> {
  const { code } = await renderer.render(markdown, { fileURL: new URL('../../content/posts/example.md', import.meta.url) });
  return fromHtml(code, { fragment: true });
}

const fence = (meta: string, code: string) => [`\`\`\`${meta}`, code, '```'].join('\n');

describe('code blocks', () => {
  it('is a bare <pre> with its language, keyboard-scrollable, without page furniture for feeds to undo', async () => {
    const tree = await render(fence('python', 'print("hi")'));
    assert.equal(tree.children.filter((node) => node.type === 'element').length, 1);
    const pre = select('pre', tree)!;
    assert.equal(pre.properties.dataLanguage, 'python');
    assert.equal(pre.properties.tabIndex, 0);
    assert.equal(select('button, .code-header, .code-block', tree), undefined);
  });

  it('keeps exactly the code as the text of the block', async () => {
    const code = 'def f(x):\n    return x  # with "quotes" & <angle>\n\nprint(f(1))';
    const tree = await render(fence('python showLineNumbers', code));
    assert.equal(toText(select('pre', tree)!, { whitespace: 'pre' }), code);
  });

  it('keeps a blank line the author left at the end of a block', async () => {
    const tree = await render(fence('python', 'x = 1\n'));
    assert.equal(toText(select('pre', tree)!, { whitespace: 'pre' }), 'x = 1\n');
  });

  it('numbers the lines only of blocks marked showLineNumbers', async () => {
    const numbered = await render(fence('bash showLineNumbers', 'echo 1\necho 2'));
    const plain = await render(fence('bash', 'echo 1'));
    assert.ok((select('pre', numbered)!.properties.className as string[]).includes('line-numbers'));
    assert.ok(!(select('pre', plain)!.properties.className as string[]).includes('line-numbers'));
    assert.equal(selectAll('pre .line', numbered).length, 2);
  });

  it('marks a fence without a language so its header says text', async () => {
    const tree = await render(fence('', 'just text'));
    assert.equal(languageLabel(String(select('pre', tree)!.properties.dataLanguage)), 'Text');
  });
});

describe('code colours', () => {
  const drawn = stylesheetColours(readFileSync(new URL(`../../${CODE_COLOURS_CSS_PATH}`, import.meta.url), 'utf8'));
  const samples: [string, string][] = [
    ['python', 'import os  # the "os" module\n\ndef f(x: int) -> str:\n    return f"{x!r}" if x else None'],
    ['yaml', 'kind: Deployment # app\nspec:\n  replicas: 3\n  image: "nginx:1.27"'],
    ['bash', 'for f in *.log; do\n  echo "$f" | grep -c ERROR > /dev/null\ndone'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation, not a JavaScript template
    ['hcl', 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs-${var.env}"\n  count  = 2\n}'],
    ['markdown', '# A *heading*\n\nSome **bold**, some _italic_ and `code`.'],
  ];

  it('leaves no style attribute in a code block, for a Content-Security-Policy without inline styles', async () => {
    const markdown = [
      ...samples.map(([language, code]) => fence(`${language} showLineNumbers`, code)),
      fence('diff', '-old line\n+new line\n same line'),
      // Terminal colours come from escape codes, not from the theme's token rules.
      fence('ansi', '\u001b[31mred\u001b[0m, \u001b[1;4mbold underlined\u001b[0m and \u001b[38;2;1;2;3mtrue colour\u001b[0m'),
      fence('', 'plain text'),
    ].join('\n\n');
    const tree = await render(markdown);
    assert.equal(selectAll('pre', tree).length, samples.length + 3);
    assert.deepEqual(
      selectAll('pre [style], pre[style]', tree).map((element) => String(element.properties.style)),
      [],
    );
  });

  it('keeps each <pre> focusable for keyboard scrolling and names its language', async () => {
    const pre = select('pre', await render(fence('yaml', 'a: 1')))!;
    assert.equal(pre.properties.tabIndex, 0);
    assert.equal(pre.properties.dataLanguage, 'yaml');
  });

  it("gives every token, through its classes and code-colours.css, Shiki's colours and font style in each theme", async () => {
    const themes = codeHighlighting.themes as Record<'light' | 'dark', ThemeRegistrationResolved>;
    const shiki = await createHighlighter({ themes: Object.values(themes), langs: samples.map(([language]) => language) });
    const seen = { light: new Set<string>(), dark: new Set<string>(), fontStyles: new Set<string>() };
    for (const [language, code] of samples) {
      const ours = selectAll('pre .line > span', await render(fence(language, code)));
      const theirs = selectAll(
        'pre .line > span',
        fromHtml(shiki.codeToHtml(code, { lang: language, themes, defaultColor: false, tokenizeTimeLimit: 0 })),
      );
      assert.deepEqual(
        ours.map((span) => toText(span)),
        theirs.map((span) => toText(span)),
      );
      for (const [index, span] of ours.entries()) {
        const classes = (span.properties.className ?? []) as string[];
        const shikiStyle = new Map(
          String(theirs[index]!.properties.style ?? '')
            .split(';')
            .filter(Boolean)
            .map((declaration) => declaration.split(':') as [string, string]),
        );
        const where = `${language} token "${toText(span)}"`;
        for (const theme of ['light', 'dark'] as const) {
          const fromClasses = classes.flatMap((name) => drawn[theme].classes.get(name) ?? []);
          assert.ok(fromClasses.length <= 1, `${where} has two ${theme} colours`);
          const shown = fromClasses[0] ?? drawn[theme].foreground;
          const wanted = shikiStyle.get(`--shiki-${theme}`)?.toLowerCase();
          assert.equal(shown, wanted === undefined || wanted === 'inherit' ? drawn[theme].foreground : wanted, `${where}, ${theme}`);
          seen[theme].add(shown);
        }
        const fontStyles = classes.flatMap((name) => drawn.fontStyles.get(name) ?? []).sort();
        const wantedFontStyles = [...shikiStyle]
          .filter(([name, value]) => name.startsWith('--shiki-light-') && value !== 'inherit')
          .map(([name, value]) => `${name.slice('--shiki-light-'.length)}: ${value}`)
          .sort();
        assert.deepEqual(fontStyles, wantedFontStyles, where);
        for (const style of fontStyles) seen.fontStyles.add(style);
        assert.deepEqual(
          classes.filter((name) => !drawn.light.classes.has(name) && !drawn.dark.classes.has(name) && !drawn.fontStyles.has(name)),
          [],
          `${where} has a class code-colours.css lacks`,
        );
      }
    }
    // The samples are varied enough for the comparison to mean something.
    assert.ok(seen.light.size >= 5 && seen.dark.size >= 5, `${seen.light.size} light and ${seen.dark.size} dark colours`);
    assert.deepEqual([...seen.fontStyles].sort(), ['font-style: italic', 'font-weight: bold']);
  });
});

describe('wantsLineNumbers', () => {
  it('looks for the showLineNumbers word in the fence meta', () => {
    assert.equal(wantsLineNumbers('showLineNumbers'), true);
    assert.equal(wantsLineNumbers('title="x" showLineNumbers'), true);
    assert.equal(wantsLineNumbers('showLineNumbersX'), false);
    assert.equal(wantsLineNumbers(undefined), false);
  });
});

describe('headings', () => {
  it('keep the old {#id} and get ids, with no link inside or beside them for feeds to undo', async () => {
    const tree = await render('## Why *migrate* {#why-migrate}\n\n### Details\n\n#### Small print');
    assert.deepEqual(
      selectAll('h2, h3, h4', tree).map((heading) => heading.properties.id),
      ['why-migrate', 'details', 'small-print'],
    );
    assert.equal(toText(select('h2', tree)!), 'Why migrate');
    assert.equal(select('a, .heading', tree), undefined);
  });
});

describe('tables', () => {
  const table = '|  | minikube | kind |\n| - | - | - |\n| runtime | VM | container |';

  it('are bare tables: the scrolling box is page furniture', async () => {
    const tree = await render(table);
    assert.equal(select('section, .table-scroll', tree), undefined);
    assert.ok(select('table > thead', tree));
  });

  it('turn an empty corner header into a plain cell and keep every other cell', async () => {
    const tree = await render(table);
    assert.deepEqual(
      selectAll('thead th', tree).map((th) => toText(th)),
      ['minikube', 'kind'],
    );
    assert.deepEqual(
      selectAll('thead th', tree).map((th) => th.properties.scope),
      ['col', 'col'],
    );
    assert.equal(selectAll('thead td', tree).length, 1);
    assert.deepEqual(
      selectAll('tbody td', tree).map((td) => toText(td)),
      ['runtime', 'VM', 'container'],
    );
  });
});

describe('links that open a new tab', () => {
  it('get rel="noopener", keeping their other rel values', async () => {
    const tree = await render(
      'See <a href="https://example.com/a" target="_blank" rel="nofollow">a</a>, <a href="https://example.com/b" target="_BLANK">b</a> and [c](https://example.com/c).',
    );
    const rels = selectAll('a', tree).map((link) => link.properties.rel);
    assert.deepEqual(rels, [['nofollow', 'noopener'], ['noopener'], undefined]);
  });
});

describe('the words of the page furniture', () => {
  it('name languages as people write them and keep unknown ones', () => {
    assert.equal(languageLabel('yaml'), 'YAML');
    assert.equal(languageLabel('docker'), 'Dockerfile');
    assert.equal(languageLabel('plaintext'), 'Text');
    assert.equal(languageLabel('zig'), 'zig');
    assert.equal(languageLabel(undefined), 'Text');
  });

  it('name a table box after its column headers', () => {
    assert.equal(tableLabel(['minikube', ' kind\n ']), 'Table: minikube, kind');
    assert.equal(tableLabel(['', ' ']), 'Table');
  });

  it('name a heading link after its section', () => {
    assert.equal(headingLinkLabel('Why\n  migrate'), 'Link to the section “Why migrate”');
  });
});

describe('HTML written in a post', () => {
  it('becomes elements the other plugins see', async () => {
    const tree = await render('<figure><img src="data:image/png;base64,AA" alt="A dot"><figcaption>A dot</figcaption></figure>');
    assert.equal(toText(select('figure > figcaption', tree)!), 'A dot');
    const links = await render('<p><a href="https://example.com" target="_blank">x</a></p>');
    assert.deepEqual(select('a', links)!.properties.rel, ['noopener']);
  });

  it('leaves the meta of code blocks in the same post intact', async () => {
    const tree = await render(`<div class="note">A note</div>\n\n${fence('bash showLineNumbers', 'echo 1')}`);
    assert.ok((select('pre', tree)!.properties.className as string[]).includes('line-numbers'));
    assert.equal(select('pre', tree)!.properties.dataMeta, undefined);
  });
});

describe('math blocks', () => {
  it('are left to a math renderer, not coloured as code, and keep no trace of their meta', async () => {
    const tree = await render(fence('math showLineNumbers', 'x^2'));
    const pre = select('pre', tree)!;
    assert.equal(select('code', pre)!.properties.className?.toString(), 'language-math');
    assert.equal(pre.properties.dataMeta, undefined);
    assert.equal(selectAll('pre .line', tree).length, 0);
  });
});
