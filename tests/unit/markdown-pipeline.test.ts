// Renders Markdown through the site's own pipeline (src/markdown/pipeline.ts).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { rehypePlugins, remarkPlugins, shikiConfig } from '../../src/markdown/pipeline.ts';
import { headingLinkLabel, languageLabel, tableLabel } from '../../src/lib/post-furniture.ts';
import { hasRawHtml } from '../../src/markdown/rehype-raw-when-needed.ts';
import { wantsLineNumbers } from '../../src/markdown/shiki-line-numbers.ts';

let renderer: MarkdownRenderer;
before(async () => {
  renderer = await createMarkdownProcessor({ shikiConfig, remarkPlugins, rehypePlugins, smartypants: false });
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

  it('numbers the lines only of blocks marked showLineNumbers', async () => {
    const numbered = await render(fence('bash showLineNumbers', 'echo 1\necho 2'));
    const plain = await render(fence('bash', 'echo 1'));
    assert.ok((select('pre', numbered)!.properties.className as string[]).includes('line-numbers'));
    assert.ok(!(select('pre', plain)!.properties.className as string[]).includes('line-numbers'));
    assert.equal(selectAll('pre .line', numbered).length, 2);
  });

  it('colours tokens for both themes through CSS variables', async () => {
    const tree = await render(fence('python', 'import os'));
    const style = String(select('pre span span', tree)!.properties.style);
    assert.match(style, /--shiki-light:#[0-9a-f]{6}/i);
    assert.match(style, /--shiki-dark:#[0-9a-f]{6}/i);
  });

  it('marks a fence without a language so its header says text', async () => {
    const tree = await render(fence('', 'just text'));
    assert.equal(languageLabel(String(select('pre', tree)!.properties.dataLanguage)), 'Text');
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

  it('reports the headings for the table of contents with their text only', async () => {
    const { metadata } = await renderer.render('## One {#one}\n\n## Two', {
      fileURL: new URL('../../content/posts/example.md', import.meta.url),
    });
    assert.deepEqual(metadata.headings, [
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
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
  it('becomes elements the other plugins see, and plain Markdown skips that pass', async () => {
    const tree = await render('<figure><img src="data:image/png;base64,AA" alt="A dot"><figcaption>A dot</figcaption></figure>');
    assert.equal(toText(select('figure > figcaption', tree)!), 'A dot');
    const mdast = { type: 'root' as const, children: [{ type: 'raw' as const, value: '<b>x</b>' }] };
    assert.equal(hasRawHtml(mdast), true);
    assert.equal(hasRawHtml({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }] }), false);
  });
});
