import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSiteConfig, SiteConfigError } from '../../src/lib/site-config-schema.ts';

const valid = {
  url: 'https://user.github.io/blog',
  title: 'A blog',
  description: 'Notes on running services, written down so that I find them again later.',
  locale: 'en',
  author: { name: 'Ada Example', url: 'https://example.com/ada', bio: 'engineer and writer' },
  topics: 'operations and Python',
  nav: [
    { href: '/', label: 'Posts' },
    { href: '/about', label: 'About' },
  ],
  socials: [{ name: 'GitHub', url: 'https://github.com/ada' }],
  twitterHandle: '@ada',
  feedItems: 50,
  postsOnHome: 10,
  postsPerPage: 20,
  descriptionLength: { min: 50, max: 160 },
  giscus: {
    host: 'https://giscus.app',
    repo: 'ada/comments',
    repoId: 'R_1',
    category: 'Announcements',
    categoryId: 'DIC_1',
    reactions: true,
    lang: 'en',
    inputPosition: 'bottom',
    lazy: true,
    themes: { light: 'light', dark: 'dark' },
  },
};

/** The message parseSiteConfig throws for `config`. */
function errorFor(config: unknown): string {
  try {
    parseSiteConfig(config);
  } catch (error) {
    assert.ok(error instanceof SiteConfigError, 'a SiteConfigError');
    assert.equal(error.stack, '', 'no stack trace under the message');
    return error.message;
  }
  assert.fail('the config was accepted');
}

describe('parseSiteConfig', () => {
  it('accepts a complete config and hands it back', () => {
    assert.deepEqual(parseSiteConfig(valid), valid);
  });

  it('accepts a config without comments or an old feed id', () => {
    const { giscus: _giscus, ...withoutComments } = valid;
    assert.equal(parseSiteConfig(withoutComments).giscus, undefined);
    assert.equal(parseSiteConfig({ ...valid, giscus: undefined }).oldFeedId, undefined);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    [
      'a URL without a scheme',
      { url: 'user.github.io/blog' },
      'src/site.config.ts: url: must be an absolute https URL without query or fragment',
    ],
    [
      'a URL with a query',
      { url: 'https://user.github.io/blog?x=1' },
      'src/site.config.ts: url: must be an absolute https URL without query or fragment',
    ],
    ['an empty title', { title: ' ' }, 'src/site.config.ts: title: must not be empty'],
    [
      'a description too short for search engines',
      { description: 'A blog.' },
      'src/site.config.ts: description: must be 50–160 characters, not 7',
    ],
    ['an author without a bio', { author: { name: 'Ada', url: 'https://example.com' } }, 'src/site.config.ts: author.bio: must be text'],
    [
      'a nav link that is not a site path',
      { nav: [{ href: 'about', label: 'About' }] },
      'src/site.config.ts: nav.0.href: must be a path like /about',
    ],
    ['a handle without @', { twitterHandle: 'ada' }, 'src/site.config.ts: twitterHandle: must be a handle like @name'],
    ['a fractional page size', { postsPerPage: 2.5 }, 'src/site.config.ts: postsPerPage: must be a whole number'],
    [
      'limits the wrong way round',
      { descriptionLength: { min: 160, max: 50 } },
      'src/site.config.ts: descriptionLength.max: min must be below max',
    ],
    ['a misspelt field', { titel: 'A blog' }, 'src/site.config.ts: (the config): unknown field titel'],
    [
      'a giscus repo without owner',
      { giscus: { ...valid.giscus, repo: 'comments' } },
      'src/site.config.ts: giscus.repo: must be "owner/name"',
    ],
    [
      'a giscus host with a path',
      { giscus: { ...valid.giscus, host: 'https://example.com/giscus' } },
      'src/site.config.ts: giscus.host: must be an https:// origin without a path',
    ],
    [
      'a plain http giscus host',
      { giscus: { ...valid.giscus, host: 'http://giscus.app' } },
      'src/site.config.ts: giscus.host: must be an https:// origin without a path',
    ],
    [
      'an unknown input position',
      { giscus: { ...valid.giscus, inputPosition: 'middle' } },
      'src/site.config.ts: giscus.inputPosition: must be "top" or "bottom"',
    ],
    [
      'reactions given as text',
      { giscus: { ...valid.giscus, reactions: '1' } },
      'src/site.config.ts: giscus.reactions: must be true or false',
    ],
    [
      'a missing dark theme',
      { giscus: { ...valid.giscus, themes: { light: 'light' } } },
      'src/site.config.ts: giscus.themes.dark: must be text',
    ],
  ];
  for (const [name, change, message] of invalid) {
    it(`refuses ${name}, naming the field`, () => {
      assert.ok(
        errorFor({ ...valid, ...change })
          .split('\n')
          .includes(message),
        errorFor({ ...valid, ...change }),
      );
    });
  }

  it('names every bad field at once, one per line', () => {
    assert.deepEqual(errorFor({ ...valid, title: '', feedItems: 0 }).split('\n'), [
      'src/site.config.ts: title: must not be empty',
      'src/site.config.ts: feedItems: must be 1 or more',
    ]);
  });
});
