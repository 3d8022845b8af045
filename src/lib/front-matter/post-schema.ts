import { z } from 'astro/zod';
import { closestMatch } from './did-you-mean.ts';
import { parseCalendarDate } from './strict-dates.ts';
import { descriptionProblem } from '../seo.ts';
import { seriesSlug } from '../series.ts';
import { TAG_PATTERN, TAG_RULE } from '../tags.ts';

// YAML usually hands over a Date already (it reads `2021-01-18` as one). Strings,
// quoted dates or the text the loader passes on for impossible dates, must name a day that exists.
const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseCalendarDate(value) ?? value) : value),
  z.date({ error: 'expected a real date written as YYYY-MM-DD' }),
);

const fields = {
  title: z.string().trim().min(1),
  // Its length rule depends on `draft`, so it is checked on the whole post below.
  description: z.string().trim(),
  pubDate: calendarDate,
  updatedDate: calendarDate.optional(),
  tags: z.array(z.string().regex(TAG_PATTERN, TAG_RULE)).default([]),
  draft: z.boolean().default(false),
  comments: z.boolean().default(true),
  // The series this post is part of, by name; parts with the same name read in order.
  series: z
    .string()
    .trim()
    .min(1)
    .refine((name) => seriesSlug(name) !== '', 'a series name needs a letter or a digit')
    .optional(),
  // Its place in the series, where publishing dates do not give the reading order.
  seriesOrder: z.number().int().positive().optional(),
  legacyId: z.url().optional(),
  legacyUrl: z.url().optional(),
};

/** Every front matter field a post may have. */
export const POST_FIELDS: readonly string[] = Object.keys(fields);

/** Fields holding dates, which js-yaml would roll over when impossible (see strict-dates.ts). */
export const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;

/** Why a front matter key is refused, pointing at the field the author probably meant. */
export function unknownFieldMessage(key: string): string {
  const meant = closestMatch(key, POST_FIELDS);
  return meant ? `unknown field; did you mean ${meant}?` : `unknown field; a post's fields are ${POST_FIELDS.join(', ')}`;
}

/**
 * The front matter contract shared with the feed importer and `npm run new`. Strict, so a
 * typo such as `draf: true` stops the build instead of publishing a draft.
 */
export const postSchema = z.strictObject(fields).check(
  z.superRefine(
    (post, context) => {
      if (post.seriesOrder !== undefined && post.series === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['seriesOrder'],
          message: 'gives a place in a series: name the series too (series: …)',
          input: post.seriesOrder,
        });
      }
      if (typeof post.description !== 'string') return;
      const problem = descriptionProblem(post.description, { draft: post.draft === true });
      if (problem) context.addIssue({ code: 'custom', path: ['description'], message: problem, input: post.description });
    },
    {
      // Run even when other fields failed, so one build reports every problem of a post.
      when: () => true,
    },
  ),
);
