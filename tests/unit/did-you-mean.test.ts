import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestMatch, editDistance } from '../../src/lib/front-matter/did-you-mean.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('draf', 'draft'), 1);
    assert.equal(editDistance('tags', 'tag'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });
});

describe('closestMatch', () => {
  const fields = ['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft', 'comments'];

  it('suggests the field a typo was meant to be', () => {
    assert.equal(closestMatch('draf', fields), 'draft');
    assert.equal(closestMatch('tag', fields), 'tags');
    assert.equal(closestMatch('descripton', fields), 'description');
    assert.equal(closestMatch('comment', fields), 'comments');
  });

  it('ignores case', () => {
    assert.equal(closestMatch('pubdate', fields), 'pubDate');
    assert.equal(closestMatch('Title', fields), 'title');
  });

  it('prefers the closest of several candidates', () => {
    assert.equal(closestMatch('updateDate', fields), 'updatedDate');
  });

  it('suggests nothing for words unlike any candidate', () => {
    assert.equal(closestMatch('author', fields), undefined);
    assert.equal(closestMatch('x', fields), undefined);
    assert.equal(closestMatch('layout', fields), undefined);
  });
});
