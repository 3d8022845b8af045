import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pagedTitle, pageOfLabel, withTrailingSlash } from '../../src/lib/pagination.ts';

describe('pageOfLabel', () => {
  it('says where the reader is and how far it goes', () => {
    assert.equal(pageOfLabel(2, 5), 'Page 2 of 5');
  });
});

describe('pagedTitle', () => {
  it('keeps the plain title on the first page', () => {
    assert.equal(pagedTitle('Archive', 1), 'Archive');
  });

  it('numbers later pages so no two share a title', () => {
    assert.equal(pagedTitle('Archive', 2), 'Archive, page 2');
    assert.equal(pagedTitle('Posts tagged aws', 12), 'Posts tagged aws, page 12');
  });
});

describe('withTrailingSlash', () => {
  it('points at the folder a page is built as', () => {
    assert.equal(withTrailingSlash('/archive/2'), '/archive/2/');
    assert.equal(withTrailingSlash('/tags/aws'), '/tags/aws/');
  });

  it('leaves an address that already ends in a slash alone', () => {
    assert.equal(withTrailingSlash('/archive/'), '/archive/');
    assert.equal(withTrailingSlash('/'), '/');
  });
});
