// Tags are URL segments (/tags/<tag>/, and /tag/<tag> on the old site), so they
// are restricted to what can go into a URL unchanged.
export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TAG_RULE = 'tags are lowercase letters and digits, words joined by hyphens (e.g. indie-hacking)';

export function tagUrl(tag: string): string {
  return `/tags/${tag}/`;
}
