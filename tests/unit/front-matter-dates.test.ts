import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  impossibleDates,
  parseCalendarDate,
  rawFrontMatterValue,
  withStrictDates,
} from '../../src/lib/front-matter-dates.ts';

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

describe('withStrictDates', () => {
  it('hands the schema the written text for impossible dates and leaves the rest alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'strict-dates-'));
    try {
      const filePath = join(dir, 'post.md');
      await writeFile(filePath, source);
      const rolledOver = new Date('2021-03-02T00:00:00Z');
      const updated = new Date('2021-03-01T00:00:00Z');
      const seen: Record<string, unknown>[] = [];
      const inner: Loader = {
        name: 'fake',
        load: async (context) => {
          await context.parseData({ id: 'post', data: { pubDate: rolledOver, updatedDate: updated }, filePath });
          await context.parseData({ id: 'no-file', data: { pubDate: rolledOver } });
        },
      };
      const context = {
        parseData: async ({ data }: { data: Record<string, unknown> }) => {
          seen.push(data);
          return data;
        },
      } as unknown as LoaderContext;

      await withStrictDates(inner, ['pubDate', 'updatedDate']).load(context);

      assert.deepEqual(seen, [{ pubDate: '2021-02-30', updatedDate: updated }, { pubDate: rolledOver }]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
