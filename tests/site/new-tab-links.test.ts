// A link that opens a new tab without rel="noopener" hands the opened page `window.opener`,
// through which it can redirect the reader's tab to a look-alike page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { DIST, DIST_FIXTURES } from '../support/built-site.ts';
import { htmlFiles } from '../support/internal-links.ts';

for (const dir of [DIST, DIST_FIXTURES]) {
  const build = dir === DIST ? 'dist' : 'dist-fixtures';

  test(`every link in ${build}/ that opens a new tab has rel="noopener"`, () => {
    let checked = 0;
    for (const page of htmlFiles(dir)) {
      for (const link of selectAll('[target]', fromHtml(readFileSync(join(dir, page), 'utf8')))) {
        if (String(link.properties.target).toLowerCase() !== '_blank') continue;
        checked += 1;
        const rel = [link.properties.rel ?? []].flat().map((value) => String(value).toLowerCase());
        assert.ok(
          rel.includes('noopener') || rel.includes('noreferrer'),
          `${build}/${page}: <${link.tagName} href="${link.properties.href}"> opens a new tab without rel="noopener"`,
        );
      }
    }
    // The figure fixture has such a link, so the fixture build always proves something.
    if (dir === DIST_FIXTURES) assert.ok(checked > 0, 'no new-tab link found in the fixture build');
  });
}
