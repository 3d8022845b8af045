import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostLike } from '../../src/lib/posts.ts';
import { neighbours, relatedPosts } from '../../src/lib/related-posts.ts';

function post(id: string, pubDate: string, tags: string[] = []): PostLike {
  return { id, data: { pubDate: new Date(pubDate), draft: false, tags } };
}

describe('neighbours', () => {
  const newestFirst = [post('c', '2023-01-01'), post('b', '2022-01-01'), post('a', '2021-01-01')];

  it('gives the older post as previous and the newer one as next', () => {
    const { previous, next } = neighbours(newestFirst, 'b');
    assert.equal(previous?.id, 'a');
    assert.equal(next?.id, 'c');
  });

  it('has no next for the newest post and no previous for the oldest', () => {
    assert.equal(neighbours(newestFirst, 'c').next, undefined);
    assert.equal(neighbours(newestFirst, 'c').previous?.id, 'b');
    assert.equal(neighbours(newestFirst, 'a').previous, undefined);
    assert.equal(neighbours(newestFirst, 'a').next?.id, 'b');
  });

  it('has neither for a post that is not in the list', () => {
    assert.deepEqual(neighbours(newestFirst, 'draft'), {});
  });
});

describe('relatedPosts', () => {
  const current = post('current', '2022-01-01', ['kubernetes', 'python', 'aws']);
  const all = [
    current,
    post('one-tag-new', '2023-01-01', ['kubernetes']),
    post('two-tags', '2020-01-01', ['kubernetes', 'python']),
    post('one-tag-old', '2019-01-01', ['aws']),
    post('unrelated', '2024-01-01', ['blogging']),
    post('three-tags', '2018-01-01', ['aws', 'python', 'kubernetes']),
  ];

  it('puts the posts sharing most tags first, newer first among equals, at most three', () => {
    assert.deepEqual(
      relatedPosts(current, all).map((p) => p.id),
      ['three-tags', 'two-tags', 'one-tag-new'],
    );
  });

  it('never lists the post itself or posts sharing no tag', () => {
    const ids = relatedPosts(current, all, 10).map((p) => p.id);
    assert.ok(!ids.includes('current'));
    assert.ok(!ids.includes('unrelated'));
    assert.equal(ids.length, 4);
  });

  it('is empty for a post without tags', () => {
    assert.deepEqual(relatedPosts(post('bare', '2022-01-01'), all), []);
  });
});

describe('relatedPosts over many posts', () => {
  // Many ties on shared tags and on dates, so the order rests on every rule at once.
  const tagPool = ['a', 'b', 'c', 'd', 'e'];
  const many = Array.from({ length: 120 }, (_, n) =>
    post(
      `post-${String(n).padStart(3, '0')}`,
      `20${10 + (n % 7)}-0${1 + (n % 3)}-01`,
      tagPool.filter((_, t) => (n >> t) & 1),
    ),
  );
  const shared = (a: PostLike, b: PostLike) => a.data.tags.filter((tag) => b.data.tags.includes(tag)).length;

  it('picks what sorting every candidate by the rules would, for every post and limit', () => {
    for (const current of many) {
      const sorted = many
        .filter((other) => other.id !== current.id && shared(current, other) > 0)
        .sort(
          (a, b) =>
            shared(current, b) - shared(current, a) || b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
        );
      for (const limit of [0, 1, 3, 10]) {
        assert.deepEqual(
          relatedPosts(current, many, limit).map((other) => other.id),
          sorted.slice(0, limit).map((other) => other.id),
          `${current.id}, limit ${limit}`,
        );
      }
    }
  });
});
