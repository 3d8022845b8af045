// Every fact about the site lives here so pages, feeds and meta tags agree.

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
  // Named in Twitter cards as the author's account.
  twitterHandle: '@__brennerm',
  socials: [
    { name: 'GitHub', url: 'https://github.com/brennerm' },
    // The old posts point readers to this account ("on my Twitter").
    { name: 'Twitter', url: 'https://twitter.com/__brennerm' },
  ] satisfies Social[],
} as const;

export default site;
