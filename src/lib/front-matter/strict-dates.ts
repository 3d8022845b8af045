// Astro parses front matter with js-yaml, which rolls impossible dates over instead
// of rejecting them: `pubDate: 2021-02-30` silently becomes March 2. The schema only
// ever sees the rolled-over Date, so these helpers recover what the author wrote.
import { splitFrontMatter } from './parse.ts';

const DATE_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ][\d:.]+(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Strict date parsing for strings: `YYYY-MM-DD` (optionally with a time) naming a day that exists. */
export function parseCalendarDate(text: string): Date | null {
  const trimmed = text.trim();
  const parts = DATE_PREFIX.exec(trimmed);
  if (!parts || !ISO_DATE.test(trimmed)) return null;
  if (!isRealDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The unquoted text of a top-level `field: value` line in a file's front matter. */
export function rawFrontMatterValue(source: string, field: string): string | undefined {
  const block = splitFrontMatter(source)?.yaml;
  if (block === undefined) return undefined;
  const line = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, 'm').exec(block);
  return line?.[1];
}

/**
 * The fields whose value js-yaml would have rolled over, mapped to the text as written.
 * Quoted values are left out: js-yaml keeps those as strings and the schema checks them.
 */
export function impossibleDates(source: string, fields: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of fields) {
    const raw = rawFrontMatterValue(source, field);
    const parts = raw === undefined ? null : DATE_PREFIX.exec(raw);
    if (raw !== undefined && parts && !isRealDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
      found[field] = raw;
    }
  }
  return found;
}
