import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePathList } from '../../src/lib/known-missing.ts';

describe('parsePathList', () => {
  it('reads one path a line, skipping blanks and comments', () => {
    assert.deepEqual([...parsePathList('# why\n/static/a.png\n\n  /static/b.svg  \n', 'list.txt')], ['/static/a.png', '/static/b.svg']);
  });

  it('names the file and line of an entry that is not a path', () => {
    assert.throws(() => parsePathList('/a.png\nstatic/b.png\n', 'content/missing-images.txt'), {
      message: 'content/missing-images.txt:2: "static/b.png" must be a path starting with /',
    });
  });
});
