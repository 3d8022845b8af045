import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';

describe('parseFrontMatter', () => {
  it('reads the fields and the body after the closing line', () => {
    assert.deepEqual(parseFrontMatter('---\ntitle: A post\ntags: [aws]\n---\n\nHello\n'), {
      data: { title: 'A post', tags: ['aws'] },
      body: '\nHello\n',
    });
  });

  it('reads a file saved with Windows line endings', () => {
    assert.deepEqual(parseFrontMatter('---\r\ntitle: A post\r\n---\r\nHello'), { data: { title: 'A post' }, body: 'Hello' });
  });

  it('does not end the front matter at a --- inside a value', () => {
    assert.equal(parseFrontMatter('---\ntitle: a --- b\n---\nBody')?.data.title, 'a --- b');
  });

  it('is undefined for a file without front matter, with broken YAML, or with a list instead of fields', () => {
    assert.equal(parseFrontMatter('Hello\n---\ntitle: x\n---\n'), undefined);
    assert.equal(parseFrontMatter('---\ntitle: [unclosed\n---\n'), undefined);
    assert.equal(parseFrontMatter('---\n- a\n- b\n---\n'), undefined);
  });
});
