import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByYear } from '../../src/lib/archive.ts';
import type { PostLike } from '../../src/lib/posts.ts';

function post(id: string, pubDate: string): PostLike {
  return { id, data: { pubDate: new Date(pubDate), draft: false, tags: [] } };
}

describe('groupByYear', () => {
  it('groups posts by publication year, keeping their order', () => {
    const groups = groupByYear([post('c', '2024-03-04'), post('b', '2021-12-27'), post('a', '2021-01-13')]);
    assert.deepEqual(
      groups.map(({ year, posts }) => [year, posts.map((p) => p.id)]),
      [
        [2024, ['c']],
        [2021, ['b', 'a']],
      ],
    );
  });

  it('counts a New Year post in the year its date says, whatever the time zone', () => {
    assert.deepEqual(
      groupByYear([post('new-year', '2021-01-01')]).map((g) => g.year),
      [2021],
    );
  });

  it('gives no groups for no posts', () => {
    assert.deepEqual(groupByYear([]), []);
  });
});
