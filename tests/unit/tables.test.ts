import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignToClass, tables } from '../../src/markdown/tables.ts';
import { postRenderer } from '../support/post-renderer.ts';

describe('alignToClass', () => {
  it('turns a GFM text-align style or an align attribute into a class, keeping existing classes', () => {
    assert.deepEqual(alignToClass({ style: 'text-align: center', className: ['note'] }), { className: ['note', 'align-center'] });
    assert.deepEqual(alignToClass({ align: 'Right' }), { className: ['align-right'] });
  });

  it('drops an alignment that is not one, and keeps any other style for the HTML checks to report', () => {
    assert.deepEqual(alignToClass({ align: 'justify; color: red' }), {});
    assert.deepEqual(alignToClass({ style: 'color: red' }), { style: 'color: red' });
  });

  it('leaves cells without alignment alone', () => {
    assert.deepEqual(alignToClass({ colSpan: 2 }), { colSpan: 2 });
  });
});

describe('the tables plugin in the Markdown pipeline', () => {
  it('renders aligned GFM columns with neither the deprecated attribute nor a style attribute', async () => {
    const processor = await postRenderer({ hastPlugins: [tables] });
    const { code } = await processor.render('| a | b | c |\n| :-- | :-: | --- |\n| 1 | 2 | 3 |\n');
    assert.doesNotMatch(code, /align=|style=/);
    assert.match(code, /<th class="align-left" scope="col">a<\/th>/);
    assert.match(code, /<td class="align-center">2<\/td>/);
    assert.match(code, /<td>3<\/td>/);
  });

  it('treats tables written as HTML the same way', async () => {
    const processor = await postRenderer({ hastPlugins: [tables] });
    const { code } = await processor.render('<table><tr><th></th><th align="center">b</th></tr><tr><td>1</td><td>2</td></tr></table>');
    assert.match(code, /<tr><td><\/td><th class="align-center" scope="col">b<\/th><\/tr>/);
  });
});
