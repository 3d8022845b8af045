import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opensSearch } from '../../src/client/search-shortcut.ts';

describe('opensSearch', () => {
  const slash = { key: '/', ctrlKey: false, metaKey: false, altKey: false, typing: false };

  it('opens on a bare slash', () => {
    assert.equal(opensSearch(slash), true);
  });

  it('lets a slash typed into a field through', () => {
    assert.equal(opensSearch({ ...slash, typing: true }), false);
  });

  it('leaves other shortcuts and keys alone', () => {
    assert.equal(opensSearch({ ...slash, ctrlKey: true }), false);
    assert.equal(opensSearch({ ...slash, metaKey: true }), false);
    assert.equal(opensSearch({ ...slash, altKey: true }), false);
    assert.equal(opensSearch({ ...slash, key: 's' }), false);
  });
});
