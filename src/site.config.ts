// Every fact about the site lives here so pages, feeds and meta tags agree.
import type { GiscusConfig } from './lib/giscus.ts';

export interface Social {
  name: string;
  url: string;
}

export const site = {
  title: 'shipit',
  description: "Max Brenner's blog on DevOps, Kubernetes, AWS, Python and indie hacking.",
  url: 'https://shipit.dev',
  locale: 'en',
  author: {
    name: 'Max Brenner',
    url: 'https://github.com/brennerm',
  },
  // How many of the newest posts each feed carries, in full: enough for a reader who was
  // away for months, small enough that a feed stays quick to fetch with a thousand posts.
  feedItems: 50,
  // Home lists the latest posts and links the archive, which lists them all, a page at a
  // time, as tag pages do: pages stay light on a phone however many posts there are.
  postsOnHome: 10,
  postsPerPage: 20,
  // Named in Twitter cards as the author's account.
  twitterHandle: '@__brennerm',
  socials: [
    { name: 'GitHub', url: 'https://github.com/brennerm' },
    // The old posts point readers to this account ("on my Twitter").
    { name: 'Twitter', url: 'https://twitter.com/__brennerm' },
  ] satisfies Social[],
  // Comments and reactions through giscus, with the settings the old site used (see the
  // post "Moving from utterances to giscus"), so its threads stay attached. A new owner
  // puts their own repository here; `giscus: undefined` turns comments off everywhere.
  giscus: {
    host: 'https://giscus.app',
    repo: 'brennerm/brennerm.github.io-comments',
    repoId: 'MDEwOlJlcG9zaXRvcnkzMTg1MTk0ODQ=',
    category: 'Announcements',
    categoryId: 'DIC_kwDOEvw4vM4CAcbV',
    reactions: true,
    lang: 'en',
    inputPosition: 'bottom',
    lazy: true,
    themes: { light: 'light', dark: 'dark' },
  } satisfies GiscusConfig as GiscusConfig | undefined,
} as const;

export default site;
