// Each quality gate run as a maintainer runs it, on small fixture sites: it passes a
// sound site and fails when one fault is introduced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/sites', name);

function run(command: string, ...args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}
const script = (name: string, ...args: string[]) => run(process.execPath, join(root, 'tools', 'quality', name), ...args);

describe('npm run check:links (linkinator)', () => {
  it('passes a site whose links, assets and fragments resolve', () => {
    const { status, output } = script('check-links.ts', fixture('sound'));
    assert.equal(status, 0, output);
    assert.match(output, /\d+ internal links in 3 pages checked/);
  });

  it('fails on a link to a page that does not exist', () => {
    const { status, output } = script('check-links.ts', fixture('broken-link'));
    assert.equal(status, 1);
    assert.match(output, /\/index\.html: \/posts\/gone\.html \(404\)/);
    assert.match(output, /\/index\.html: \/posts\/gone-too\.html \(404\)/, 'the site’s own absolute URLs are checked too');
  });

  it('fails on a missing image', () => {
    const { status, output } = script('check-links.ts', fixture('missing-asset'));
    assert.equal(status, 1);
    assert.match(output, /\/index\.html: \/images\/lost\.png \(404\)/);
  });

  it('fails on a #fragment the target page does not have', () => {
    const { status, output } = script('check-links.ts', fixture('missing-fragment'));
    assert.equal(status, 1);
    assert.match(output, /\/index\.html: \/posts\/first\.html#nowhere \(200: Fragment identifier '#nowhere' not found/);
  });

  it('says what to do when there is no build', () => {
    const { status, output } = script('check-links.ts', fixture('does-not-exist'));
    assert.equal(status, 1);
    assert.match(output, /has no pages; run `npm run build` first/);
  });
});

describe('npm run check:feeds', () => {
  it('passes a site whose feeds parse, counting their items', () => {
    const { status, output } = script('check-feeds.ts', fixture('sound'));
    assert.equal(status, 0, output);
    assert.match(output, /^\/rss\.xml: 1 items$/m);
  });

  it('fails on a feed that is not well-formed XML or has an item without a link, naming both files', () => {
    const { status, output } = script('check-feeds.ts', fixture('broken-feed'));
    assert.equal(status, 1);
    assert.match(output, /broken-feed\/rss\.xml: not well-formed XML: \d+:\d+/);
    assert.match(output, /broken-feed\/atom\.xml: item 1 \(“No link”\) has no absolute link/);
  });

  it('says what to do when there is no build', () => {
    const { status, output } = script('check-feeds.ts', join(root, 'no-such-build'));
    assert.equal(status, 1);
    assert.match(output, /has no feeds; run `npm run build` first/);
  });
});

describe('npm run check:html (html-validate)', () => {
  const htmlValidate = join(root, 'node_modules/.bin/html-validate');

  it('passes valid pages', () => {
    const { status, output } = run(htmlValidate, fixture('sound'));
    assert.equal(status, 0, output);
  });

  it('fails on invalid HTML, naming page, line, column and rule', () => {
    const { status, output } = run(htmlValidate, fixture('invalid-html'));
    assert.equal(status, 1);
    assert.match(output, /invalid-html\/index\.html\n\s+\d+:\d+\s+error\s+Duplicate ID "twice"\s+no-dup-id/);
    assert.match(output, /\d+:\d+\s+error\s+<img> is missing required "alt" attribute\s+wcag\/h37/);
  });
});

// Lighthouse scores are judged on the real build only; the fixture config keeps the budgets.
describe('npm run budget (Lighthouse CI)', () => {
  const budgetsOnly = `--config=${fixture('lighthouserc.json')}`;

  // One page, one Lighthouse run, for time: that a light site passes is what `npm run budget` on the blog shows.
  it('fails a page with too much JavaScript and a stylesheet from another host, and prints what it weighs', () => {
    const reports = mkdtempSync(join(tmpdir(), 'budget-reports-'));
    const { status, output } = script('budget.ts', fixture('over-budget'), budgetsOnly, `--reports=${reports}`);
    rmSync(reports, { recursive: true, force: true });
    assert.equal(status, 1);
    assert.match(output, /\/ :\s+✘\s+resource-summary\.script\.size failure[\s\S]*?expected: <=5120\s+found: 6\d{3}/);
    assert.match(output, /✘\s+resource-summary\.third-party\.count failure[\s\S]*?expected: <=0\s+found: 1/);
    assert.match(output, /^\/: .*HTML \d+\.\d KB, CSS \d+\.\d KB, JS [6-9]\.\d KB; 1 request to other hosts$/m);
    assert.match(output, /warning: no post/);
    assert.match(output, /warning: no tag page/);
  });
});
