import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeTables, { alignToStyle } from '../../src/markdown/rehype-tables.ts';

function cell(properties: Element['properties']): Element {
  return { type: 'element', tagName: 'td', properties, children: [] };
}

describe('alignToStyle', () => {
  it('turns align into text-align', () => {
    const td = cell({ align: 'center' });
    alignToStyle(td);
    assert.deepEqual(td.properties, { style: 'text-align: center' });
  });

  it('keeps an existing style', () => {
    const td = cell({ align: 'right', style: 'color: red;' });
    alignToStyle(td);
    assert.deepEqual(td.properties, { style: 'color: red; text-align: right' });
  });

  it('leaves cells without alignment alone', () => {
    const td = cell({});
    alignToStyle(td);
    assert.deepEqual(td.properties, {});
  });
});

describe('rehypeTables in the Markdown pipeline', () => {
  it('renders aligned GFM columns without the deprecated attribute', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeTables], syntaxHighlight: false });
    const { code } = await processor.render('| a | b | c |\n| :-- | :-: | --- |\n| 1 | 2 | 3 |\n');
    assert.doesNotMatch(code, /align=/);
    assert.match(code, /<th style="text-align: left" scope="col">a<\/th>/);
    assert.match(code, /<td style="text-align: center">2<\/td>/);
    assert.match(code, /<td>3<\/td>/);
  });
});
