import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeTables, { alignToClass } from '../../src/markdown/rehype-tables.ts';

function cell(properties: Element['properties']): Element {
  return { type: 'element', tagName: 'td', properties, children: [] };
}

describe('alignToClass', () => {
  it('turns align into a class, keeping existing classes', () => {
    const td = cell({ align: 'center', className: ['note'] });
    alignToClass(td);
    assert.deepEqual(td.properties, { className: ['note', 'align-center'] });
  });

  it('drops an alignment that is not one', () => {
    const td = cell({ align: 'justify; color: red' });
    alignToClass(td);
    assert.deepEqual(td.properties, {});
  });

  it('leaves cells without alignment alone', () => {
    const td = cell({});
    alignToClass(td);
    assert.deepEqual(td.properties, {});
  });
});

describe('rehypeTables in the Markdown pipeline', () => {
  it('renders aligned GFM columns with neither the deprecated attribute nor a style attribute', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeTables], syntaxHighlight: false });
    const { code } = await processor.render('| a | b | c |\n| :-- | :-: | --- |\n| 1 | 2 | 3 |\n');
    assert.doesNotMatch(code, /align=|style=/);
    assert.match(code, /<th class="align-left" scope="col">a<\/th>/);
    assert.match(code, /<td class="align-center">2<\/td>/);
    assert.match(code, /<td>3<\/td>/);
  });
});
