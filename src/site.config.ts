// Every fact about the site lives here so pages, feeds, cards and tests agree. It is checked
// when first imported (astro.config.mjs does, before the build starts): a mistake stops the
// build with a message naming the field (src/lib/site-config-schema.ts holds the rules).
import { parseSiteConfig } from './lib/site-config-schema.ts';

export const site = parseSiteConfig({
  title: 'shipit',
  description: "Max Brenner's blog on DevOps, Kubernetes, AWS, Python and indie hacking.",
  url: 'https://shipit.dev',
  locale: 'en',
  author: {
    name: 'Max Brenner',
    url: 'https://github.com/brennerm',
    // Who the author is, in a few words: the about page's description.
    bio: 'DevOps freelancer, indie hacker and open source maintainer',
  },
  // What the blog is about, named on the 404 page.
  topics: 'DevOps, Kubernetes, AWS and Python',
  // The header's links, in order; paths from the site root (the base path is added).
  nav: [
    { href: '/', label: 'Posts' },
    { href: '/tags/', label: 'Tags' },
    { href: '/series/', label: 'Series' },
    { href: '/about/', label: 'About' },
    { href: '/rss.xml', label: 'RSS' },
  ],
  // How many of the newest posts each feed carries, in full: enough for a reader who was
  // away for months, small enough that a feed stays quick to fetch with a thousand posts.
  feedItems: 50,
  // The old site's Atom feed had the bare site URL as its id; keeping it keeps /atom.xml the
  // same feed for its subscribers. Leave it out on a new site: the feed's id is then its URL.
  oldFeedId: 'https://shipit.dev',
  // Home lists the latest posts and links the archive, which lists them all, a page at a
  // time, as tag pages do: pages stay light on a phone however many posts there are.
  postsOnHome: 10,
  postsPerPage: 20,
  // Search engines show 50–160 characters of a meta description: shorter says too little,
  // longer gets cut off mid-sentence. Every page and post description is held to this.
  descriptionLength: { min: 50, max: 160 },
  // Named in Twitter cards as the author's account.
  twitterHandle: '@__brennerm',
  socials: [
    { name: 'GitHub', url: 'https://github.com/brennerm' },
    // The old posts point readers to this account ("on my Twitter").
    { name: 'Twitter', url: 'https://twitter.com/__brennerm' },
  ],
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
  },
  // The GitHub repository holding this blog's source: each post then links to GitHub's editor
  // for its file ("Edit this post"), so readers can suggest a fix. Left out, no such link shows.
  // repository: { url: 'https://github.com/owner/name', branch: 'main' },
});

export default site;
