import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postCopyCacheKey, postPageCacheKey } from '../../src/lib/page-cache-key.ts';

const post = (id: string, title: string, tags: string[] = ['aws'], digest = `${id}-1`) => ({
  id,
  digest,
  data: { title, description: `About ${title}`, pubDate: new Date('2024-01-18'), draft: false, tags },
});

const a = post('a', 'A');
const b = post('b', 'B');
const c = post('c', 'C', ['aws', 'python']);
const SITE_CODE = 'hash of the site code';
const keyOfB = (over: Partial<{ previous: typeof a; next: typeof a; related: (typeof a)[]; siteCode: string }> = {}) =>
  postPageCacheKey(b, { previous: over.previous ?? a, next: over.next ?? c, related: over.related ?? [c] }, over.siteCode ?? SITE_CODE);

describe("a post page's cache key", () => {
  it('is the same for the same page, built again', () => {
    assert.equal(keyOfB(), keyOfB());
  });

  it('changes with what the page shows of other posts: neighbours, related posts, their reading time', () => {
    const before = keyOfB();
    assert.notEqual(keyOfB({ previous: post('a', 'A renamed') }), before);
    assert.notEqual(keyOfB({ next: post('c', 'C', ['aws', 'python'], 'c-2') }), before, 'a neighbour whose body changed');
    assert.notEqual(keyOfB({ related: [] }), before);
  });

  it("changes with the post's own front matter", () => {
    const renamed = { ...b, data: { ...b.data, title: 'B renamed' } };
    assert.notEqual(postPageCacheKey(renamed, { previous: a, next: c, related: [c] }, SITE_CODE), keyOfB());
  });

  it("changes with the site's code, whose scripts and styles the page's Content-Security-Policy lists", () => {
    assert.notEqual(keyOfB({ siteCode: 'hash after a stylesheet changed' }), keyOfB());
  });
});

describe("a series part's cache key", () => {
  const shown = (seriesParts: (typeof a)[]) => ({ previous: a, next: c, related: [c], seriesParts });

  it('changes when a part joins the series or one is renamed, since every part lists them all', () => {
    const before = postPageCacheKey(b, shown([a, b]), SITE_CODE);
    assert.equal(postPageCacheKey(b, shown([a, b]), SITE_CODE), before);
    assert.notEqual(postPageCacheKey(b, shown([a, b, c]), SITE_CODE), before);
    assert.notEqual(postPageCacheKey(b, shown([post('a', 'A renamed'), b]), SITE_CODE), before);
  });
});

describe("a post's Markdown copy's cache key", () => {
  it("changes with the post and the site's code only", () => {
    const key = postCopyCacheKey(b, SITE_CODE);
    assert.equal(postCopyCacheKey(b, SITE_CODE), key);
    assert.notEqual(postCopyCacheKey(post('b', 'B', ['aws'], 'b-2'), SITE_CODE), key, 'its body changed');
    assert.notEqual(postCopyCacheKey({ ...b, data: { ...b.data, tags: ['python'] } }, SITE_CODE), key);
    assert.notEqual(postCopyCacheKey(b, 'hash after the copy code changed'), key);
  });
});
