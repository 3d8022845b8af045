import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestRuns, budgetPages, summarizeReports, type LighthouseReport } from '../../tools/quality/lighthouse-budget.ts';

describe('budgetPages', () => {
  it('audits home, the longest post and the tag page with the most posts', () => {
    const files = new Map([
      ['/index.html', 9000],
      ['/404.html', 800],
      ['/posts/short.html', 12_000],
      ['/posts/long.html', 90_000],
      ['/tags/python/index.html', 4000],
      ['/tags/kubernetes/index.html', 7000],
      ['/tags/index.html', 5000],
    ]);
    assert.deepEqual(budgetPages(files), { paths: ['/', '/posts/long.html', '/tags/kubernetes/'], missing: [] });
  });

  it('also audits the longest part of a series, unless the longest post is one', () => {
    const files = new Map([
      ['/index.html', 9000],
      ['/posts/part-1.html', 20_000],
      ['/posts/part-2.html', 30_000],
      ['/posts/long.html', 90_000],
      ['/tags/kubernetes/index.html', 7000],
    ]);
    const parts = new Set(['/posts/part-1.html', '/posts/part-2.html']);
    assert.deepEqual(budgetPages(files, (path) => parts.has(path)).paths, [
      '/',
      '/posts/long.html',
      '/posts/part-2.html',
      '/tags/kubernetes/',
    ]);
    parts.add('/posts/long.html');
    assert.deepEqual(budgetPages(files, (path) => parts.has(path)).paths, ['/', '/posts/long.html', '/tags/kubernetes/']);
  });

  it('names each kind of page the build does not have', () => {
    assert.deepEqual(budgetPages(new Map([['/index.html', 100]])).missing, [
      'post (/posts/<slug>.html)',
      'tag page (/tags/<tag>/index.html)',
    ]);
  });
});

describe('bestRuns', () => {
  it('keeps the run with the best performance score of each page, in page order', () => {
    const run = (url: string, performance: number | null, jsonPath: string) => ({ url, jsonPath, summary: { performance } });
    const runs = [
      run('/', 0.78, 'home-1'),
      run('/', 1, 'home-2'),
      run('/posts/a.html', 0.97, 'post-1'),
      run('/posts/a.html', null, 'post-2'),
    ];
    assert.deepEqual(
      bestRuns(runs).map((kept) => kept.jsonPath),
      ['home-2', 'post-1'],
    );
  });
});

describe('summarizeReports', () => {
  const report = (score: number | null, thirdParty: number): LighthouseReport => ({
    finalDisplayedUrl: 'http://localhost:4000/blog/posts/long.html',
    categories: { performance: { score }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 0.92 } },
    audits: {
      'resource-summary': {
        details: {
          items: [
            { resourceType: 'document', transferSize: 15_053, requestCount: 1 },
            { resourceType: 'stylesheet', transferSize: 4320, requestCount: 1 },
            { resourceType: 'script', transferSize: 3949, requestCount: 4 },
            { resourceType: 'third-party', transferSize: 0, requestCount: thirdParty },
          ],
        },
      },
    },
  });

  it('prints each page’s scores out of 100 and its bytes by kind', () => {
    assert.equal(
      summarizeReports([report(0.953, 0)]).split('\n')[1],
      '/blog/posts/long.html: scores 95/100/100/92; HTML 14.7 KB, CSS 4.2 KB, JS 3.9 KB; 0 requests to other hosts',
    );
  });

  it('marks a category Lighthouse could not score and counts requests elsewhere', () => {
    assert.match(summarizeReports([report(null, 2)]), /scores -\/100\/100\/92; .*; 2 requests to other hosts$/);
    assert.match(summarizeReports([report(null, 1)]), /; 1 request to other hosts$/);
  });
});
