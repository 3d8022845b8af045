import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Heading, Root } from 'mdast';
import remarkHeadingIds, { splitHeadingId } from '../../src/markdown/remark-heading-ids.ts';

function heading(children: Heading['children']): Heading {
  return { type: 'heading', depth: 2, children };
}

function run(tree: Root): Root {
  remarkHeadingIds()(tree);
  return tree;
}

describe('splitHeadingId', () => {
  it('splits a trailing {#id}', () => {
    assert.deepEqual(splitHeadingId('Why migrate {#why-migrate}'), { text: 'Why migrate', id: 'why-migrate' });
  });

  it('accepts ids starting with a digit, as the old site used them', () => {
    assert.deepEqual(splitHeadingId('1. The problem {#1-the-problem}'), { text: '1. The problem', id: '1-the-problem' });
  });

  it('tolerates trailing whitespace', () => {
    assert.deepEqual(splitHeadingId('A {#a}  '), { text: 'A', id: 'a' });
  });

  it('ignores headings without a suffix or with {#id} in the middle', () => {
    assert.equal(splitHeadingId('Plain heading'), null);
    assert.equal(splitHeadingId('Use {#id} syntax here'), null);
    assert.equal(splitHeadingId('Glued{#id}'), null);
    assert.equal(splitHeadingId('Empty {#}'), null);
  });
});

describe('remarkHeadingIds on an mdast', () => {
  it('sets hProperties.id and strips the suffix', () => {
    const node = heading([{ type: 'text', value: 'Why migrate {#why-migrate}' }]);
    run({ type: 'root', children: [node] });
    assert.deepEqual(node.children, [{ type: 'text', value: 'Why migrate' }]);
    assert.equal(node.data?.hProperties?.id, 'why-migrate');
  });

  it('drops the text node that only held the suffix', () => {
    const node = heading([
      { type: 'strong', children: [{ type: 'text', value: 'Bold' }] },
      { type: 'text', value: ' {#bold}' },
    ]);
    run({ type: 'root', children: [node] });
    assert.equal(node.children.length, 1);
    assert.equal(node.children[0].type, 'strong');
    assert.equal(node.data?.hProperties?.id, 'bold');
  });

  it('leaves other headings alone', () => {
    const node = heading([{ type: 'text', value: 'No id here' }]);
    run({ type: 'root', children: [node] });
    assert.deepEqual(node.children, [{ type: 'text', value: 'No id here' }]);
    assert.equal(node.data, undefined);
  });

  it('does not look inside inline code', () => {
    const node = heading([{ type: 'inlineCode', value: 'x {#y}' }]);
    run({ type: 'root', children: [node] });
    assert.equal(node.data, undefined);
  });
});

// Runs the same unified pipeline Astro uses for .md, so this also proves that
// Astro's rehypeHeadingIds keeps our id and reports it in `headings`.
describe('remarkHeadingIds in the Astro markdown pipeline', () => {
  it('renders the custom ids and reports them as heading slugs', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkHeadingIds],
      smartypants: false,
      syntaxHighlight: false,
    });
    const { code, metadata } = await processor.render(
      ['## Why migrate {#why-migrate}', '', '### 1. The `problem` {#1-the-problem}', '', '## Auto slug'].join('\n'),
    );
    assert.match(code, /<h2 id="why-migrate">Why migrate<\/h2>/);
    assert.match(code, /<h3 id="1-the-problem">1\. The <code>problem<\/code><\/h3>/);
    assert.match(code, /<h2 id="auto-slug">Auto slug<\/h2>/);
    assert.deepEqual(metadata.headings, [
      { depth: 2, slug: 'why-migrate', text: 'Why migrate' },
      { depth: 3, slug: '1-the-problem', text: '1. The problem' },
      { depth: 2, slug: 'auto-slug', text: 'Auto slug' },
    ]);
  });
});
