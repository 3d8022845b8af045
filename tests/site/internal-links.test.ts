// Plain static hosts (nginx defaults, S3, `python3 -m http.server`) add no .html to an address:
// every internal link, form action and redirect of the site has to name a built file exactly,
// or a folder holding index.html. Runs against dist/ and dist-fixtures/ (served under /blog/).
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { DIST, DIST_FIXTURES, fileForUrl, hrefIn } from '../support/built-site.ts';
import { internalLinks } from '../support/internal-links.ts';

/** What a static host without clean-URL rules finds at an address, or why it finds nothing. */
function problemServing(dir: string, url: URL): string | undefined {
  if (!url.pathname.startsWith(hrefIn(dir, '/'))) return `lies outside the site's path ${hrefIn(dir, '/')}`;
  const file = fileForUrl(dir, url.href);
  if (!existsSync(file)) return url.pathname.endsWith('/') ? 'is a folder without index.html' : 'names no built file';
  if (statSync(file).isDirectory()) return 'is a folder: a static host answers it with a redirect to the address with a slash';
  return undefined;
}

for (const dir of [DIST, DIST_FIXTURES]) {
  const build = dir === DIST ? 'dist' : 'dist-fixtures';

  test(`every internal link, form action and redirect in ${build}/ names a built file or a folder with index.html`, () => {
    const links = internalLinks(dir);
    const broken = links.flatMap(({ page, source, url }) => {
      const problem = problemServing(dir, url);
      return problem ? [`${build}/${page}: ${source} ${url.pathname} ${problem}`] : [];
    });
    assert.deepEqual(broken, []);
    // The search form on every page and the old /tag/<tag> redirects were among those checked.
    const sources = new Set(links.map((link) => link.source));
    for (const source of ['<a href>', '<link href>', '<form action>', '<meta http-equiv="refresh">'])
      assert.ok(sources.has(source), source);
  });
}
