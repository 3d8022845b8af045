import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, extractLinks, extractTargets, resolvePath, siteUrlOfHome, srcsetUrls, type BuiltSite } from '../../src/lib/link-check.ts';

const ORIGIN = 'https://shipit.dev';
const PROJECT_PAGE = 'https://user.github.io/blog';

function site(pages: Record<string, string>, assets: string[] = []): BuiltSite {
  return { pages: new Map(Object.entries(pages)), files: new Set([...Object.keys(pages), ...assets]) };
}

const post = '<h1>Post</h1><h2 id="setup">Setup</h2><h3 id="1-the-problem">The problem</h3><a name="legacy"></a>';

describe('resolvePath', () => {
  const files = new Set(['/index.html', '/posts/a.html', '/tags/python/index.html', '/images/a b.png']);

  it('serves index.html for a folder', () => {
    assert.equal(resolvePath('/', files), '/index.html');
    assert.equal(resolvePath('/tags/python/', files), '/tags/python/index.html');
    assert.equal(resolvePath('/tags/python', files), '/tags/python/index.html');
  });

  it('serves a page by its exact name or without .html, as the hosts do', () => {
    assert.equal(resolvePath('/posts/a.html', files), '/posts/a.html');
    assert.equal(resolvePath('/posts/a', files), '/posts/a.html');
  });

  it('decodes percent-encoded paths', () => {
    assert.equal(resolvePath('/images/a%20b.png', files), '/images/a b.png');
  });

  it('finds nothing for missing files', () => {
    assert.equal(resolvePath('/posts/b.html', files), undefined);
    assert.equal(resolvePath('/posts/a.html/', files), undefined);
    assert.equal(resolvePath('/%E0%A4%A', files), undefined);
  });
});

describe('extractLinks', () => {
  it('finds links, assets and every srcset candidate', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="preconnect" href="https://giscus.app"><script src="/a.js"></script>' +
      '<a href="/p.html">p</a><img src="/i.png" srcset="/i-1x.png 1x, /i-2x.png 2x" alt=""><picture><source srcset="/i.avif"></picture>';
    assert.deepEqual(
      extractLinks(html).map((link) => `${link.source} ${link.url}`),
      ['link[href] /a.css', 'script[src] /a.js', 'a[href] /p.html', 'img[src] /i.png', 'img[srcset] /i-1x.png', 'img[srcset] /i-2x.png', 'source[srcset] /i.avif'],
    );
  });

  it('splits srcset with width descriptors', () => {
    assert.deepEqual(srcsetUrls('/a-400.webp 400w,/a-800.webp 800w'), ['/a-400.webp', '/a-800.webp']);
  });
});

describe('extractTargets', () => {
  it('collects ids and old <a name> anchors', () => {
    assert.deepEqual([...extractTargets(post)].sort(), ['1-the-problem', 'legacy', 'setup']);
  });
});

describe('checkLinks', () => {
  it('passes a site whose links, assets and fragments all resolve', () => {
    const report = checkLinks(
      site(
        {
          '/index.html':
            '<a href="/posts/a.html">a</a> <a href="posts/a.html#setup">rel</a> <a href="/posts/a#1-the-problem">clean</a>' +
            '<a href="/posts/a.html#legacy">old</a> <a href="#top">top</a> <img src="/img/x.svg" alt="x">' +
            '<a href="https://shipit.dev/posts/a.html">absolute</a> <a href="https://example.com/missing">external</a>' +
            '<a href="mailto:max@example.com">mail</a>',
          '/posts/a.html': post,
        },
        ['/img/x.svg'],
      ),
      { siteUrl: ORIGIN },
    );
    assert.deepEqual(report.broken, []);
    assert.equal(report.checked, 7);
  });

  it('reports a link to a page that was not built', () => {
    const report = checkLinks(site({ '/index.html': '<a href="/posts/gone.html">gone</a>' }), { siteUrl: ORIGIN });
    assert.deepEqual(report.broken, [
      { page: '/index.html', url: '/posts/gone.html', source: 'a[href]', reason: 'no file for /posts/gone.html' },
    ]);
  });

  it('reports a missing image, stylesheet or script', () => {
    const report = checkLinks(
      site({ '/index.html': '<img src="/lost.png" alt=""><link rel="stylesheet" href="/lost.css"><script src="/lost.js"></script>' }),
      { siteUrl: ORIGIN },
    );
    assert.deepEqual(report.broken.map((link) => link.url), ['/lost.png', '/lost.css', '/lost.js']);
  });

  it('reports a fragment the target page does not have, on other pages and its own', () => {
    const report = checkLinks(
      site({ '/index.html': '<a href="/posts/a.html#nowhere">x</a>', '/posts/a.html': `${post}<a href="#gone">y</a>` }),
      { siteUrl: ORIGIN },
    );
    assert.deepEqual(
      report.broken.map((link) => `${link.page} ${link.reason}`),
      ['/index.html /posts/a.html has no element with id "nowhere"', '/posts/a.html /posts/a.html has no element with id "gone"'],
    );
  });

  it('checks absolute links to the site itself', () => {
    const report = checkLinks(site({ '/index.html': '<link rel="canonical" href="https://shipit.dev/nope.html">' }), {
      siteUrl: ORIGIN,
    });
    assert.deepEqual(report.broken.map((link) => link.url), ['https://shipit.dev/nope.html']);
  });

  it('serves the built folder under the path of a project page', () => {
    const report = checkLinks(
      site({
        '/index.html':
          '<a href="/blog/posts/a.html#setup">a</a> <a href="posts/a.html">rel</a> <a href="/blog/">home</a>' +
          '<link rel="canonical" href="https://user.github.io/blog/">',
        '/posts/a.html': `${post}<a href="../">up</a> <a href="/blog">home without slash</a>`,
      }),
      { siteUrl: PROJECT_PAGE },
    );
    assert.deepEqual(report.broken, []);
    assert.equal(report.checked, 6);
  });

  it('reports a link that forgot the base path of a project page', () => {
    const report = checkLinks(
      site({ '/index.html': '<a href="/posts/a.html">a</a> <a href="https://user.github.io/about">about</a>', '/posts/a.html': post }),
      { siteUrl: PROJECT_PAGE },
    );
    assert.deepEqual(
      report.broken.map((link) => `${link.url}: ${link.reason}`),
      ["/posts/a.html: /posts/a.html is outside the site's base path /blog/", "https://user.github.io/about: /about is outside the site's base path /blog/"],
    );
  });
});

describe('siteUrlOfHome', () => {
  it("reads the site URL from the home page's canonical link", () => {
    assert.equal(siteUrlOfHome('<link rel="canonical" href="https://user.github.io/blog/">', 'index.html'), 'https://user.github.io/blog/');
  });

  it('names the file when the home page has no canonical link', () => {
    assert.throws(() => siteUrlOfHome('<title>Home</title>', 'dist/index.html'), /^Error: dist\/index\.html has no <link rel="canonical">/);
  });
});
