import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionBeingRead, tableOfContents, type HeadingLike } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string): HeadingLike => ({ depth, slug, text: slug.toUpperCase() });

describe('tableOfContents', () => {
  it('lists the h2 sections with their h3 subsections, in order', () => {
    const toc = tableOfContents([h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b'), h(2, 'c'), h(3, 'c1')]);
    assert.deepEqual(toc, [
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [{ slug: 'c1', text: 'C1', children: [] }] },
    ]);
  });

  it('is empty for posts with fewer than three h2 sections', () => {
    assert.deepEqual(tableOfContents([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]), []);
    assert.deepEqual(tableOfContents([]), []);
  });

  it('leaves out the title and subsections that come before any section', () => {
    const toc = tableOfContents([h(1, 'title'), h(3, 'orphan'), h(2, 'a'), h(2, 'b'), h(2, 'c')]);
    assert.deepEqual(
      toc.map((entry) => entry.slug),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(toc[0]!.children, []);
  });
});

describe('sectionBeingRead', () => {
  it('is the last section whose heading has passed the line, none above the first', () => {
    assert.equal(sectionBeingRead([300, 900, 1500], 200), -1);
    assert.equal(sectionBeingRead([150, 900, 1500], 200), 0);
    assert.equal(sectionBeingRead([-800, -100, 1500], 200), 1);
    assert.equal(sectionBeingRead([-3000, -2000, -1000], 200), 2);
  });

  it('treats a heading it could not find (a top of Infinity) as below the window', () => {
    assert.equal(sectionBeingRead([-500, Number.POSITIVE_INFINITY, 900], 200), 0);
  });
});
