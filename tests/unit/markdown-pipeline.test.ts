// Renders Markdown through the site's own pipeline (src/markdown/pipeline.ts).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { rehypePlugins, remarkPlugins, shikiConfig } from '../../src/markdown/pipeline.ts';
import { languageLabel } from '../../src/markdown/rehype-code-blocks.ts';
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
  it('frames each block with its language and a copy button, outside the <pre>', async () => {
    const tree = await render(fence('python', 'print("hi")'));
    const block = select('.code-block', tree)!;
    assert.equal(toText(select('.code-language', block)!), 'Python');
    assert.equal(select('button.copy-code', block)?.properties.type, 'button');
    assert.ok(select('.copy-status[role="status"]', block));
    assert.equal(select('pre .code-header, pre button', tree), undefined);
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

  it('labels a fence without a language as text', async () => {
    const tree = await render(fence('', 'just text'));
    assert.equal(toText(select('.code-language', tree)!), 'Text');
  });
});

describe('languageLabel', () => {
  it('names known languages as people write them and keeps unknown ones', () => {
    assert.equal(languageLabel('yaml'), 'YAML');
    assert.equal(languageLabel('docker'), 'Dockerfile');
    assert.equal(languageLabel('plaintext'), 'Text');
    assert.equal(languageLabel('zig'), 'zig');
    assert.equal(languageLabel(undefined), 'Text');
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

describe('heading anchors', () => {
  it('follows h2-h4 with a link to their id, keeping the old {#id}', async () => {
    const tree = await render('## Why migrate {#why-migrate}\n\n### Details\n\n#### Small print\n\n##### Deeper');
    const anchors = selectAll('a.heading-anchor', tree);
    assert.deepEqual(
      anchors.map((a) => a.properties.href),
      ['#why-migrate', '#details', '#small-print'],
    );
    for (const anchor of anchors) {
      const heading = selectAll('h2, h3, h4', tree).find((h: Element) => `#${h.properties.id}` === anchor.properties.href);
      assert.ok(heading, `${anchor.properties.href} points at a heading`);
    }
  });

  it('names each link after its section and leaves the heading text alone', async () => {
    const tree = await render('## Why *migrate*');
    assert.equal(select('a.heading-anchor', tree)!.properties.ariaLabel, 'Link to the section “Why migrate”');
    assert.equal(toText(select('h2', tree)!), 'Why migrate');
    assert.equal(select('h2 a', tree), undefined);
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

  it('sit in a focusable box named after their columns, which scrolls instead of the page', async () => {
    const tree = await render(table);
    const box = select('section.table-scroll', tree)!;
    assert.equal(box.properties.tabIndex, 0);
    assert.equal(box.properties.ariaLabel, 'Table: minikube, kind');
    assert.ok(select('section.table-scroll > table', tree));
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
