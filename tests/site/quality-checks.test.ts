// Each quality gate run as a maintainer runs it, on small fixture sites: it passes a
// sound site and fails when one fault is introduced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/sites', name);

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:links', () => {
  it('passes a site whose links, assets and fragments resolve', () => {
    const { status, output } = run('check-links.ts', fixture('sound'));
    assert.equal(status, 0, output);
    assert.match(output, /10 internal links in 3 pages checked/);
  });

  it('fails on a link to a page that does not exist', () => {
    const { status, output } = run('check-links.ts', fixture('broken-link'));
    assert.equal(status, 1);
    assert.match(output, /\/index\.html: a\[href\] "\/posts\/gone\.html": no file for \/posts\/gone\.html/);
  });

  it('fails on a missing image', () => {
    const { status, output } = run('check-links.ts', fixture('missing-asset'));
    assert.equal(status, 1);
    assert.match(output, /img\[src\] "\/images\/lost\.png": no file/);
  });

  it('fails on a #fragment the target page does not have', () => {
    const { status, output } = run('check-links.ts', fixture('missing-fragment'));
    assert.equal(status, 1);
    assert.match(output, /"\/posts\/first\.html#nowhere": \/posts\/first\.html has no element with id "nowhere"/);
  });

  it('says what to do when there is no build', () => {
    const { status, output } = run('check-links.ts', fixture('does-not-exist'));
    assert.equal(status, 1);
    assert.match(output, /has no index\.html; run `npm run build` first/);
  });
});

describe('npm run check:html', () => {
  it('passes valid pages', () => {
    const { status, output } = run('check-html.ts', fixture('sound'));
    assert.equal(status, 0, output);
    assert.match(output, /3 pages valid/);
  });

  it('fails on invalid HTML, naming page, line, column and rule', () => {
    const { status, output } = run('check-html.ts', fixture('invalid-html'));
    assert.equal(status, 1);
    assert.match(output, /\/index\.html:\d+:\d+: Duplicate ID "twice" \(no-dup-id\)/);
    assert.match(output, /\/index\.html:\d+:\d+: <img> is missing required "alt" attribute/);
  });
});

describe('npm run budget', () => {
  it('passes light pages and prints what each weighs', () => {
    const { status, output } = run('budget.ts', fixture('sound'), '--no-lighthouse');
    assert.equal(status, 0, output);
    assert.match(output, /^home \/\s+[\d.]+ KB\s+[\d.]+ KB\s+0\.0 KB\s+[\d.]+ KB\s+1$/m);
    assert.match(output, /^longest post \/posts\/first\.html\s/m);
    assert.match(output, /^tag page \/tags\/python\/\s/m);
    assert.match(output, /Within budget\./);
  });

  it('fails a page with too much JavaScript and a render-blocking stylesheet from another host', () => {
    const { status, output } = run('budget.ts', fixture('over-budget'), '--no-lighthouse');
    assert.equal(status, 1);
    assert.match(output, /longest post \(\/posts\/heavy\.html\): JavaScript before interaction is 6\.\d KB/);
    assert.match(output, /render-blocking request to another host: https:\/\/fonts\.example\.com\/blocking\.css/);
    assert.match(output, /warning: no tag page/);
  });
});
