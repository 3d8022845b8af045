import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectTags, isPublished, postsWithTag, previewLabel, postUrl, sortNewestFirst, type PostLike } from '../../src/lib/posts.ts';

function post(id: string, pubDate: string, extra: Partial<PostLike['data']> = {}): PostLike {
  return { id, data: { pubDate: new Date(pubDate), draft: false, tags: [], ...extra } };
}

describe('isPublished', () => {
  const now = new Date('2024-06-15T08:00:00Z');
  const build = { preview: false, now };
  const preview = { preview: true, now };

  it('shows published posts always', () => {
    const p = post('a', '2021-01-01');
    assert.equal(isPublished(p, build), true);
    assert.equal(isPublished(p, preview), true);
  });

  it('shows drafts only in a preview', () => {
    const p = post('a', '2021-01-01', { draft: true });
    assert.equal(isPublished(p, build), false);
    assert.equal(isPublished(p, preview), true);
  });

  it('holds back a post dated after the build until a build on or after its day', () => {
    const p = post('a', '2024-06-16');
    assert.equal(isPublished(p, build), false);
    assert.equal(isPublished(p, preview), true);
    assert.equal(isPublished(p, { preview: false, now: new Date('2024-06-16T00:00:00Z') }), true);
  });

  it('publishes a post dated today', () => {
    assert.equal(isPublished(post('a', '2024-06-15'), build), true);
  });
});

describe('previewLabel', () => {
  const now = new Date('2024-06-15T08:00:00Z');

  it('labels drafts and scheduled posts, and nothing else', () => {
    assert.equal(previewLabel(post('a', '2021-01-01', { draft: true }), now), 'Draft');
    assert.equal(previewLabel(post('a', '2999-01-01'), now), 'Scheduled');
    assert.equal(previewLabel(post('a', '2024-06-15'), now), undefined);
  });

  it('calls a dated-ahead draft a draft: it needs more than waiting', () => {
    assert.equal(previewLabel(post('a', '2999-01-01', { draft: true }), now), 'Draft');
  });
});

describe('sortNewestFirst', () => {
  it('orders by pubDate, newest first', () => {
    const posts = [post('old', '2019-05-01'), post('new', '2024-03-04'), post('mid', '2021-01-18')];
    assert.deepEqual(
      sortNewestFirst(posts).map((p) => p.id),
      ['new', 'mid', 'old'],
    );
  });

  it('breaks ties by id so builds are reproducible', () => {
    const posts = [post('b', '2021-01-18'), post('a', '2021-01-18')];
    assert.deepEqual(
      sortNewestFirst(posts).map((p) => p.id),
      ['a', 'b'],
    );
  });

  it('does not mutate its input', () => {
    const posts = [post('old', '2019-05-01'), post('new', '2024-03-04')];
    sortNewestFirst(posts);
    assert.deepEqual(
      posts.map((p) => p.id),
      ['old', 'new'],
    );
  });
});

describe('postUrl', () => {
  it('keeps the old site’s .html URLs', () => {
    assert.equal(postUrl('capnproto-with-python'), '/posts/capnproto-with-python.html');
  });
});

describe('tags', () => {
  const posts = [
    post('a', '2021-01-01', { tags: ['python', 'kubernetes'] }),
    post('b', '2021-01-02', { tags: ['kubernetes', 'kubernetes'] }),
    post('c', '2021-01-03', { tags: ['aws', 'kubernetes', 'python'] }),
  ];

  it('counts each tag once per post, most used first, then alphabetical', () => {
    assert.deepEqual(collectTags(posts), [
      { tag: 'kubernetes', count: 3 },
      { tag: 'python', count: 2 },
      { tag: 'aws', count: 1 },
    ]);
  });

  it('returns nothing for posts without tags', () => {
    assert.deepEqual(collectTags([post('a', '2021-01-01')]), []);
  });

  it('finds the posts with a tag', () => {
    assert.deepEqual(
      postsWithTag(posts, 'python').map((p) => p.id),
      ['a', 'c'],
    );
  });
});
