import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { minimalPage, minimalPagePath } from '../../tools/bench/minimal-page.ts';
import { medianMetrics, type PageReport, pageComparisonLines, pageMetrics } from '../../tools/bench/page-metrics.ts';

const postPage = `<!doctype html>
<html lang="de"><head><title>Pods &amp; nodes | shipit</title>
<link rel="stylesheet" href="/_astro/index.css"><script type="module" src="/_astro/page.js"></script></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article class="post"><header><h1>Pods &amp; nodes</h1></header>
<div class="prose"><p>Read <a href="../tags/k8s/">more</a>.</p><pre><code>kubectl get pods</code></pre>
<img src="/_astro/a.webp" alt="A cluster"><script>document.title = 'x';</script></div></article>
<aside>Related posts</aside></main><footer>Footer</footer>
<script>console.log('theme');</script></body></html>`;

describe('the minimal page of a post page', () => {
  const minimal = fromHtml(minimalPage(postPage, 'dist/posts/pods.html'));

  it('holds the same article, links and images as the post page', () => {
    assert.equal(toText(select('article', minimal)!), toText(select('article', fromHtml(postPage))!));
    assert.equal(select('article a', minimal)?.properties.href, '../tags/k8s/');
    assert.equal(select('article img', minimal)?.properties.src, '/_astro/a.webp');
  });

  it("keeps the page's title and language", () => {
    assert.equal(toText(select('title', minimal)!), 'Pods & nodes | shipit');
    assert.equal(select('html', minimal)?.properties.lang, 'de');
  });

  it("is a minimal theme: the site's name and menu, the article, a footer, one stylesheet with code colours, no script", () => {
    assert.equal(selectAll('script, link', minimal).length, 0);
    assert.deepEqual(
      selectAll('header > nav > a', minimal).map((link) => [toText(link), link.properties.href]),
      [
        ['shipit', '/'],
        ['Home', '/'],
      ],
    );
    assert.ok(select('footer', minimal));
    assert.doesNotMatch(toText(select('body', minimal)!), /Related posts|Footer/);
    const styles = selectAll('style', minimal);
    assert.equal(styles.length, 1);
    assert.match(toText(styles[0]!), /\.light-[0-9a-f]{6}\{/);
  });

  it('names the page that has no article', () => {
    assert.throws(() => minimalPage('<p>No post</p>', 'dist/posts/empty.html'), {
      message: 'dist/posts/empty.html has no <article> to put in a minimal page',
    });
  });

  it('is served beside the post page', () => {
    assert.equal(minimalPagePath('/posts/pods.html'), '/posts/pods.minimal.html');
  });
});

const report = (lcpMs: number, totalBytes: number, scriptBytes?: number): PageReport => ({
  requestedUrl: 'http://localhost:1234/posts/pods.html',
  audits: {
    'largest-contentful-paint': { numericValue: lcpMs },
    'total-byte-weight': { numericValue: totalBytes },
    'resource-summary': {
      details: {
        items: [
          { resourceType: 'total', transferSize: totalBytes },
          ...(scriptBytes === undefined ? [] : [{ resourceType: 'script', transferSize: scriptBytes }]),
        ],
      },
    },
  },
});

describe('Lighthouse figures of a page', () => {
  it('reads LCP, total bytes and script bytes, none when the page has no script', () => {
    assert.deepEqual(pageMetrics(report(1200, 40_000, 3000)), { lcpMs: 1200, totalBytes: 40_000, scriptBytes: 3000 });
    assert.equal(pageMetrics(report(900, 20_000)).scriptBytes, 0);
  });

  it('takes the median of each figure over the runs, so one slow run does not count', () => {
    const runs = [report(1000, 30_000, 100), report(5000, 30_000, 100), report(1100, 31_000, 100)].map(pageMetrics);
    assert.deepEqual(medianMetrics(runs), { lcpMs: 1100, totalBytes: 30_000, scriptBytes: 100 });
    assert.equal(medianMetrics(runs.slice(0, 2)).lcpMs, 3000);
  });

  it('prints both pages, then each ratio beside its limit', () => {
    const lines = pageComparisonLines(
      { lcpMs: 1500, totalBytes: 50 * 1024, scriptBytes: 6 * 1024 },
      { lcpMs: 1000, totalBytes: 30 * 1024, scriptBytes: 0 },
    );
    assert.match(lines[1]!, /post page +1\.50 s +50\.0 KB +6\.0 KB$/);
    assert.match(lines[2]!, /minimal page +1\.00 s +30\.0 KB +0\.0 KB$/);
    assert.match(lines[3]!, /LCP post \/ minimal +1\.50x +limit 1x \(no slower\): over$/);
    assert.match(lines[4]!, /total bytes post \/ minimal +1\.67x +limit 2x: within$/);
    assert.match(lines[5]!, /JS of the post page +6\.0 KB +limit 5\.0 KB gzipped: over$/);
  });
});
