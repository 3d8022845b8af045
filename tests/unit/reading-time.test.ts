import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, readingTime, readingTimeLabel } from '../../src/lib/reading-time.ts';

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
}

describe('countWords', () => {
  it('counts plain words', () => {
    assert.equal(countWords('Hey, thanks for stopping by.'), 5);
  });

  it('ignores markdown markup that is not a word', () => {
    assert.equal(countWords('## Heading\n\n* one\n* two\n\n---\n\n> quoted **bold**'), 5);
  });

  it('strips heading {#id} suffixes', () => {
    assert.equal(countWords('## Why migrate {#why-migrate}'), 2);
  });

  it('keeps link text but not the URL', () => {
    assert.equal(countWords('See [the docs](https://example.com/a-b-c "Title here") now'), 4);
    assert.equal(countWords('See [the docs][docs].\n\n[docs]: https://example.com/x'), 3);
    assert.equal(countWords('Visit <https://example.com> today'), 2);
  });

  it('drops images', () => {
    assert.equal(countWords('![a photo of a cat](/static/cat.jpg) Nice'), 1);
  });

  it('strips HTML tags and comments but keeps their text', () => {
    assert.equal(countWords('<figure class="image"><img src="/a.jpg" alt="x y z"><figcaption>Photo by Jake</figcaption></figure>'), 3);
    assert.equal(countWords('<!-- hidden words here --> shown'), 1);
  });

  it('drops fence markers but counts the code inside', () => {
    assert.equal(countWords('```python\nprint("hi")\n```\n\n~~~\nls -la\n~~~'), 3);
  });

  it('is zero for an empty body', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords('  \n\n '), 0);
  });
});

describe('readingTimeLabel', () => {
  it('says 1 min below 360 words', () => {
    assert.equal(readingTimeLabel(0), '1 min read');
    assert.equal(readingTimeLabel(359), '1 min read');
  });

  it('divides by 180 words per minute, rounding down, from 360 on', () => {
    assert.equal(readingTimeLabel(360), '2 min read');
    assert.equal(readingTimeLabel(539), '2 min read');
    assert.equal(readingTimeLabel(540), '3 min read');
    assert.equal(readingTimeLabel(1800), '10 min read');
  });
});

describe('readingTime', () => {
  it('combines both', () => {
    assert.equal(readingTime(words(359)), '1 min read');
    assert.equal(readingTime(`# Title {#title}\n\n${words(720)}`), '4 min read');
  });
});
