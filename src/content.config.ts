import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import { postSource } from './fixtures.ts';
import { z } from 'astro/zod';
import { parseCalendarDate, withStrictDates } from './lib/front-matter-dates.ts';
import { TAG_PATTERN, TAG_RULE } from './lib/tags.ts';

// YAML usually hands over a Date already (it reads `2021-01-18` as one). Strings,
// quoted dates or the text withStrictDates passes on, must name a day that exists.
const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseCalendarDate(value) ?? value) : value),
  z.date({
    error: (issue) =>
      issue.input === undefined ? 'Required' : 'expected a real date written as YYYY-MM-DD',
  }),
);

// The front matter contract shared with the feed importer and `npm run new`.
const posts = defineCollection({
  loader: withStrictDates(
    glob({
      // content/posts, plus or instead of other folders for the fixture and bench builds.
      ...postSource,
      // A post's id is its file name, which is also its old URL's last segment.
      generateId: ({ entry }) => basename(entry).replace(/\.mdx?$/, ''),
    }),
    [
    'pubDate',
    'updatedDate',
  ]),
  schema: z.object({
    title: z.string().trim().min(1),
    // Search engines cut descriptions off around 160 characters.
    description: z.string().max(160),
    pubDate: calendarDate,
    updatedDate: calendarDate.optional(),
    tags: z.array(z.string().regex(TAG_PATTERN, TAG_RULE)).default([]),
    draft: z.boolean().default(false),
    comments: z.boolean().default(true),
    legacyId: z.url().optional(),
    legacyUrl: z.url().optional(),
  }),
});

export const collections = { posts };
