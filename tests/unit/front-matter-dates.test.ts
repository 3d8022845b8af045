import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { impossibleDates, parseCalendarDate, rawFrontMatterValue } from '../../src/lib/front-matter/strict-dates.ts';

const source = [
  '---',
  'title: "A post"',
  'pubDate: 2021-02-30',
  'updatedDate: 2021-03-01 # fixed typos',
  'quoted: "2021-02-30"',
  '---',
  '',
  'pubDate: 2021-13-45 is body text, not front matter',
].join('\n');

describe('parseCalendarDate', () => {
  it('parses real days as UTC midnight', () => {
    assert.equal(parseCalendarDate('2021-01-18')?.toISOString(), '2021-01-18T00:00:00.000Z');
    assert.equal(parseCalendarDate('2020-02-29')?.toISOString(), '2020-02-29T00:00:00.000Z');
  });

  it('accepts a full timestamp', () => {
    assert.equal(parseCalendarDate('2021-01-18T10:30:00Z')?.toISOString(), '2021-01-18T10:30:00.000Z');
  });

  it('rejects days that do not exist instead of rolling them over', () => {
    assert.equal(parseCalendarDate('2021-02-29'), null);
    assert.equal(parseCalendarDate('2021-02-30'), null);
    assert.equal(parseCalendarDate('2021-13-01'), null);
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    assert.equal(parseCalendarDate('not a date'), null);
    assert.equal(parseCalendarDate('January 18, 2021'), null);
    assert.equal(parseCalendarDate('2021-1-18'), null);
    assert.equal(parseCalendarDate(''), null);
  });
});

describe('rawFrontMatterValue', () => {
  it('reads a top-level value as written, without a trailing comment', () => {
    assert.equal(rawFrontMatterValue(source, 'pubDate'), '2021-02-30');
    assert.equal(rawFrontMatterValue(source, 'updatedDate'), '2021-03-01');
    assert.equal(rawFrontMatterValue(source, 'quoted'), '"2021-02-30"');
  });

  it('ignores the body and files without front matter', () => {
    assert.equal(rawFrontMatterValue(source, 'missing'), undefined);
    assert.equal(rawFrontMatterValue('pubDate: 2021-01-01', 'pubDate'), undefined);
  });
});

describe('impossibleDates', () => {
  it('reports only unquoted dates that js-yaml would roll over', () => {
    assert.deepEqual(impossibleDates(source, ['pubDate', 'updatedDate', 'quoted', 'missing']), {
      pubDate: '2021-02-30',
    });
  });
});
