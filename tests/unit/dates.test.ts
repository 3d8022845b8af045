import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayDate, isoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  // What YAML makes of `pubDate: 2021-01-18`.
  const date = new Date('2021-01-18T00:00:00Z');

  it('formats the datetime attribute as YYYY-MM-DD', () => {
    assert.equal(isoDate(date), '2021-01-18');
  });

  it('shows the calendar day regardless of the local time zone', () => {
    assert.equal(displayDate(date), 'January 18, 2021');
  });
});
