import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrowTarget, excerptParts, resultSummary, searchRequest, toSearchHit } from '../../src/lib/search.ts';

describe('excerptParts', () => {
  it('separates highlighted matches from the text around them', () => {
    assert.deepEqual(excerptParts('moving to <mark>giscus.</mark> github'), [
      { text: 'moving to ', highlighted: false },
      { text: 'giscus.', highlighted: true },
      { text: ' github', highlighted: false },
    ]);
  });

  it('keeps several matches apart, even side by side', () => {
    assert.deepEqual(excerptParts('<mark>kopf</mark> <mark>kopf</mark>'), [
      { text: 'kopf', highlighted: true },
      { text: ' ', highlighted: false },
      { text: 'kopf', highlighted: true },
    ]);
  });

  it('turns escaped code back into the characters the post shows, as text', () => {
    assert.deepEqual(excerptParts('&lt;script src=&quot;x&quot;&gt; a &amp;&amp; <mark>b&#39;s</mark>'), [
      { text: '<script src="x"> a && ', highlighted: false },
      { text: "b's", highlighted: true },
    ]);
  });

  it('decodes each entity once, so escaped entities in a post stay as written', () => {
    assert.deepEqual(excerptParts('&amp;lt;'), [{ text: '&lt;', highlighted: false }]);
  });

  it('gives nothing for an empty excerpt', () => {
    assert.deepEqual(excerptParts(''), []);
  });
});

describe('toSearchHit', () => {
  const data = {
    url: '/posts/from-utterances-to-giscus.html',
    excerpt: 'to <mark>giscus</mark>',
    meta: { title: 'Moving from utterances to giscus', date: '2021-12-27' },
  };

  it('shows the title, the readable date and the excerpt', () => {
    assert.deepEqual(toSearchHit(data), {
      url: '/posts/from-utterances-to-giscus.html',
      title: 'Moving from utterances to giscus',
      date: { iso: '2021-12-27', text: 'December 27, 2021' },
      excerpt: [
        { text: 'to ', highlighted: false },
        { text: 'giscus', highlighted: true },
      ],
    });
  });

  it('leaves the date out when the page has none', () => {
    assert.equal(toSearchHit({ ...data, meta: { title: 'About' } }).date, undefined);
  });

  it('names the page whose title is missing', () => {
    assert.throws(() => toSearchHit({ ...data, meta: {} }), /\/posts\/from-utterances-to-giscus\.html has no title/);
  });

  it('names the page and the value of a date that is not a date', () => {
    assert.throws(
      () => toSearchHit({ ...data, meta: { title: 'x', date: 'soon' } }),
      /from-utterances-to-giscus\.html has date meta "soon"/,
    );
  });
});

describe('searchRequest', () => {
  it('searches the trimmed words', () => {
    assert.deepEqual(searchRequest('  irsa ', ''), { term: 'irsa', filters: {} });
  });

  it('narrows to a tag when one is picked', () => {
    assert.deepEqual(searchRequest('kopf', 'python'), { term: 'kopf', filters: { tag: 'python' } });
  });

  it('lists every post of a tag when no words are given', () => {
    assert.deepEqual(searchRequest(' ', 'aws'), { term: null, filters: { tag: 'aws' } });
  });

  it('asks nothing of an empty form', () => {
    assert.equal(searchRequest('   ', ''), null);
  });
});

describe('resultSummary', () => {
  it('counts the posts found', () => {
    assert.equal(resultSummary(3, 'kopf', ''), '3 posts match “kopf”.');
    assert.equal(resultSummary(1, 'irsa', ''), '1 post matches “irsa”.');
  });

  it('names the tag', () => {
    assert.equal(resultSummary(4, '', 'aws'), '4 posts tagged “aws”.');
    assert.equal(resultSummary(2, 'eks', 'aws'), '2 posts tagged “aws” match “eks”.');
  });

  it('suggests what to try when nothing matches', () => {
    assert.equal(resultSummary(0, 'zzqqj', ''), 'No posts match “zzqqj”. Try another word.');
    assert.equal(resultSummary(0, 'zzqqj', 'aws'), 'No posts tagged “aws” match “zzqqj”. Try another word or all tags.');
  });
});

describe('arrowTarget', () => {
  it('goes from the search field to the first result', () => {
    assert.equal(arrowTarget('ArrowDown', -1, 3), 0);
  });

  it('walks the results and back up to the field', () => {
    assert.equal(arrowTarget('ArrowDown', 0, 3), 1);
    assert.equal(arrowTarget('ArrowUp', 1, 3), 0);
    assert.equal(arrowTarget('ArrowUp', 0, 3), -1);
  });

  it('stops at both ends', () => {
    assert.equal(arrowTarget('ArrowDown', 2, 3), 2);
    assert.equal(arrowTarget('ArrowUp', -1, 3), -1);
  });

  it('does nothing without results or for other keys', () => {
    assert.equal(arrowTarget('ArrowDown', -1, 0), null);
    assert.equal(arrowTarget('Enter', 0, 3), null);
  });
});
