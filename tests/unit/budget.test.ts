import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUDGET,
  budgetPages,
  budgetViolations,
  formatLighthouse,
  formatWeights,
  isRenderBlocking,
  KB,
  lighthouseViolations,
  pageWeight,
  resourceKind,
  type BudgetResult,
  type LighthouseResult,
} from '../../src/lib/budget.ts';

describe('budgetPages', () => {
  it('weighs home, the longest post and the tag page with the most posts', () => {
    const files = new Map([
      ['/index.html', 9000],
      ['/404.html', 800],
      ['/posts/short.html', 12_000],
      ['/posts/long.html', 90_000],
      ['/tags/python/index.html', 4000],
      ['/tags/kubernetes/index.html', 7000],
      ['/tags/index.html', 5000],
    ]);
    assert.deepEqual(budgetPages(files), {
      pages: [
        { name: 'home', path: '/' },
        { name: 'longest post', path: '/posts/long.html', htmlLimit: BUDGET.postHtml },
        { name: 'tag page', path: '/tags/kubernetes/' },
      ],
      missing: [],
    });
  });

  it('names each kind of page the build does not have', () => {
    assert.deepEqual(budgetPages(new Map([['/index.html', 100]])).missing, [
      'post (/posts/<slug>.html)',
      'tag page (/tags/<tag>/index.html)',
    ]);
  });
});

describe('resourceKind', () => {
  it('sorts responses by content type', () => {
    assert.equal(resourceKind('text/html; charset=utf-8'), 'html');
    assert.equal(resourceKind('text/css'), 'css');
    assert.equal(resourceKind('text/javascript; charset=utf-8'), 'js');
    assert.equal(resourceKind('application/javascript'), 'js');
    assert.equal(resourceKind('image/svg+xml'), 'other');
    assert.equal(resourceKind(''), 'other');
  });
});

describe('pageWeight', () => {
  it('adds up requests by kind and counts inline CSS and JavaScript', () => {
    const weight = pageWeight(
      [
        { url: '/', kind: 'html', bytes: 5000 },
        { url: '/a.css', kind: 'css', bytes: 3000 },
        { url: '/a.js', kind: 'js', bytes: 1000 },
        { url: '/b.js', kind: 'js', bytes: 500 },
        { url: '/i.png', kind: 'other', bytes: 20_000 },
      ],
      { css: 700, js: 300 },
    );
    assert.deepEqual(weight, { html: 5000, css: 3700, js: 1800, other: 20_000, total: 29_500, requests: 5 });
  });
});

describe('isRenderBlocking', () => {
  it('blocks on classic scripts and matching stylesheets', () => {
    assert.equal(isRenderBlocking({ tag: 'script', url: 'https://cdn.example/a.js' }), true);
    assert.equal(isRenderBlocking({ tag: 'link', url: 'https://fonts.example/a.css', mediaMatches: true }), true);
  });

  it('does not block on async, deferred or module scripts, nor on stylesheets for other media', () => {
    assert.equal(isRenderBlocking({ tag: 'script', url: 'a', async: true }), false);
    assert.equal(isRenderBlocking({ tag: 'script', url: 'a', defer: true }), false);
    assert.equal(isRenderBlocking({ tag: 'script', url: 'a', type: 'module' }), false);
    assert.equal(isRenderBlocking({ tag: 'link', url: 'a', mediaMatches: false }), false);
  });

  it('blocks on anything marked blocking="render"', () => {
    assert.equal(isRenderBlocking({ tag: 'script', url: 'a', type: 'module', blockingRender: true }), true);
  });
});

describe('budgetViolations', () => {
  const weight = { html: 10 * KB, css: 2 * KB, js: 1 * KB, other: 0, total: 13 * KB, requests: 3 };
  const post = { name: 'longest post', path: '/posts/long.html', htmlLimit: BUDGET.postHtml };

  it('passes a page within every budget', () => {
    assert.deepEqual(budgetViolations({ page: post, weight, blockingElsewhere: [] }), []);
  });

  it('fails JavaScript over 5 KB, CSS over 20 KB and the longest post over 60 KB of HTML', () => {
    const result: BudgetResult = {
      page: post,
      weight: { ...weight, js: BUDGET.js + 1, css: BUDGET.css + 1, html: BUDGET.postHtml + 1 },
      blockingElsewhere: [],
    };
    assert.deepEqual(budgetViolations(result), [
      'longest post (/posts/long.html): JavaScript before interaction is 5.0 KB (5121 B), over the 5.0 KB (5120 B) budget',
      'longest post (/posts/long.html): CSS is 20.0 KB (20481 B), over the 20.0 KB (20480 B) budget',
      'longest post (/posts/long.html): HTML is 60.0 KB (61441 B), over the 60.0 KB (61440 B) budget',
    ]);
  });

  it('allows exactly the budget', () => {
    const result = { page: post, weight: { ...weight, js: BUDGET.js, css: BUDGET.css, html: BUDGET.postHtml }, blockingElsewhere: [] };
    assert.deepEqual(budgetViolations(result), []);
  });

  it('does not hold other pages to the post HTML limit', () => {
    const home = { name: 'home', path: '/' };
    assert.deepEqual(budgetViolations({ page: home, weight: { ...weight, html: 200 * KB }, blockingElsewhere: [] }), []);
  });

  it('fails a render-blocking request to another host', () => {
    assert.deepEqual(budgetViolations({ page: post, weight, blockingElsewhere: ['https://fonts.example/a.css'] }), [
      'longest post (/posts/long.html): render-blocking request to another host: https://fonts.example/a.css',
    ]);
  });

  it('prints a row per page', () => {
    const table = formatWeights([{ page: post, weight, blockingElsewhere: [] }]);
    assert.match(table, /^page\s+HTML\s+CSS\s+JS\s+total\s+requests$/m);
    assert.match(table, /^longest post \/posts\/long\.html\s+10\.0 KB\s+2\.0 KB\s+1\.0 KB\s+13\.0 KB\s+3$/m);
  });
});

describe('lighthouseViolations', () => {
  const result: LighthouseResult = {
    page: { name: 'home', path: '/' },
    scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { fcp: 900, lcp: 1200, tbt: 10, cls: 0 },
    failedAudits: [],
  };

  it('passes performance of at least 95 and 100 elsewhere', () => {
    assert.deepEqual(lighthouseViolations(result), []);
  });

  it('fails each category under its minimum, and one Lighthouse could not score', () => {
    const low = { ...result, scores: { performance: 94, accessibility: 99, 'best-practices': null, seo: 100 } };
    assert.deepEqual(lighthouseViolations(low), [
      'home (/): Lighthouse performance is 94, below 95',
      'home (/): Lighthouse accessibility is 99, below 100',
      'home (/): Lighthouse best-practices is not scored, below 100',
    ]);
  });

  it('prints the four scores with FCP, LCP, TBT and CLS', () => {
    assert.match(formatLighthouse([result]), /^home \/\s+97\s+100\s+100\s+100\s+0\.90 s\s+1\.20 s\s+10 ms\s+0\.000$/m);
  });
});
