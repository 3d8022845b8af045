// The scripts a page loads before the reader does anything: the on-demand code (search, comments)
// comes through a plain import(), without Vite's preload helper (src/integrations/plain-dynamic-imports.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { selectAll } from 'hast-util-select';
import { builtHtmlPages, DIST, DIST_FIXTURES, fileForUrl, htmlTree } from '../support/built-site.ts';

// Strings only Vite's helper holds: the event it fires when a preload fails, the link type it adds.
const PRELOAD_HELPER = ['vite:preloadError', 'modulepreload'];

for (const dir of [DIST, DIST_FIXTURES]) {
  test(`${dir}: no page's scripts carry Vite's preload helper, and the lazy code still loads by import()`, () => {
    const files = new Set<string>();
    for (const page of builtHtmlPages(dir)) {
      for (const script of selectAll('script[src]', htmlTree(page.file))) {
        files.add(fileForUrl(dir, String(script.properties.src)));
      }
    }
    assert.ok(files.size > 0, 'pages load a script file');
    const code = [...files].map((file) => readFileSync(file, 'utf8'));
    for (const [i, text] of code.entries()) {
      for (const mark of PRELOAD_HELPER) assert.ok(!text.includes(mark), `${[...files][i]} holds Vite's preload helper (${mark})`);
    }
    assert.ok(
      code.some((text) => /import\(`\.\/search-ui\.[\w-]+\.js`\)/.test(text)),
      'the search code loads on demand',
    );
  });
}
