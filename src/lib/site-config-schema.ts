// The shape of src/site.config.ts. The config is checked once, when it is first imported
// (by astro.config.mjs, so before the build starts), and every mistake is reported at once.
import { z } from 'astro/zod';
import { lengthProblem } from './text.ts';

const SITE_CONFIG_FILE = 'src/site.config.ts';

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const flag = z.boolean({ error: 'must be true or false' });
const count = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be 1 or more');

function parsesAsUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const httpsUrl = (rule: (url: URL) => boolean, expected: string) =>
  z.string({ error: expected }).refine((value) => {
    const url = parsesAsUrl(value);
    return url !== undefined && url.protocol === 'https:' && rule(url);
  }, expected);

/** A link to a page of this site, written from its root (the base path is added when rendered). */
const sitePath = z.string({ error: 'must be a path like /about' }).regex(/^\/(?!\/)\S*$/, 'must be a path like /about');

const giscusSchema = z.strictObject({
  /** Where the giscus app runs: https://giscus.app unless you host giscus yourself. */
  host: httpsUrl((url) => url.pathname === '/' && !url.search && !url.hash, 'must be an https:// origin without a path'),
  /** `owner/name` of the public repository whose Discussions hold the comments. */
  repo: z.string({ error: 'must be "owner/name"' }).regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"'),
  repoId: text,
  category: text,
  categoryId: text,
  /** Reactions on the post itself, not only on comments. */
  reactions: flag,
  lang: text,
  /** Where the comment box sits: above or below the comments. */
  inputPosition: z.enum(['top', 'bottom'], { error: 'must be "top" or "bottom"' }),
  /** Let the browser defer the giscus frame until it is close to the viewport. */
  lazy: flag,
  /** The giscus theme to use for each site theme. */
  themes: z.strictObject({ light: text, dark: text }, { error: 'must name a giscus theme for light and dark' }),
});

const descriptionLengthSchema = z
  .strictObject({ min: count, max: count })
  .refine(({ min, max }) => min < max, { message: 'min must be below max', path: ['max'] });

export const siteConfigSchema = z
  .strictObject({
    /** Where the site is served, with its path for a project page: https://user.github.io/blog. */
    url: httpsUrl((url) => !url.search && !url.hash, 'must be an absolute https URL without query or fragment'),
    title: text,
    description: text,
    locale: text,
    author: z.strictObject({ name: text, url: httpsUrl(() => true, 'must be an absolute https URL'), bio: text }),
    /** The topics the 404 page names, as a phrase: "DevOps, Kubernetes, AWS and Python". */
    topics: text,
    nav: z.array(z.strictObject({ href: sitePath, label: text })).min(1, 'must list at least one link'),
    socials: z.array(z.strictObject({ name: text, url: httpsUrl(() => true, 'must be an absolute https URL') })),
    twitterHandle: z.string({ error: 'must be a handle like @name' }).regex(/^@\w{1,15}$/, 'must be a handle like @name'),
    feedItems: count,
    /** The id of the old site's Atom feed, kept so readers see the same feed; the site URL when absent. */
    oldFeedId: z.url({ error: 'must be a URL' }).optional(),
    postsOnHome: count,
    postsPerPage: count,
    descriptionLength: descriptionLengthSchema,
    giscus: giscusSchema.optional(),
    /** The GitHub repository of the blog's source, for each post's "Edit this post" link. */
    repository: z
      .strictObject({
        url: httpsUrl(
          (url) => !url.search && !url.hash && url.pathname.split('/').filter(Boolean).length === 2,
          'must be a repository URL like https://github.com/owner/name',
        ),
        branch: text,
      })
      .optional(),
  })
  .superRefine((config, context) => {
    // The site description is the meta description of most pages, so it obeys their rule.
    if (typeof config.description !== 'string' || !config.descriptionLength) return;
    const problem = lengthProblem(config.description.trim(), config.descriptionLength);
    if (problem) context.addIssue({ code: 'custom', path: ['description'], message: problem, input: config.description });
  });

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type GiscusConfig = z.infer<typeof giscusSchema>;

/** A config mistake: the message names the file and each bad field; a stack would say nothing more. */
export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
    this.stack = '';
  }
}

/** The config, checked: throws a SiteConfigError naming every bad field. */
export function parseSiteConfig(input: unknown, file = SITE_CONFIG_FILE): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(the config)';
    const message =
      issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message;
    return `${file}: ${field}: ${message}`;
  });
  throw new SiteConfigError(lines.join('\n'));
}
