import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { headersFor, matchesPattern, parseHeadersFile, renderHeadersFile } from '../../src/lib/headers-file.ts';

describe('parseHeadersFile', () => {
  it('reads path patterns with their indented headers, skipping comments', () => {
    const text = '# comment\n/*\n  X-A: 1\n  X-B: two: parts\n\n/_astro/*\n  Cache-Control: immutable\n';
    assert.deepEqual(parseHeadersFile(text, '_headers'), [
      {
        pattern: '/*',
        headers: [
          ['X-A', '1'],
          ['X-B', 'two: parts'],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('names the file and line of a malformed entry', () => {
    assert.throws(
      () => parseHeadersFile('  X-A: 1\n', 'public/_headers'),
      /public\/_headers:1: header "X-A: 1" comes before any path pattern/,
    );
    assert.throws(() => parseHeadersFile('/*\n  no colon\n', 'public/_headers'), /public\/_headers:2: expected "Name: value"/);
    assert.throws(() => parseHeadersFile('posts/*\n', 'public/_headers'), /public\/_headers:1: a path pattern must start with \//);
  });
});

describe('matchesPattern', () => {
  it('matches splats, placeholders and literal paths', () => {
    assert.equal(matchesPattern('/*', '/posts/a.html'), true);
    assert.equal(matchesPattern('/_astro/*', '/_astro/client.abc.js'), true);
    assert.equal(matchesPattern('/_astro/*', '/posts/a.html'), false);
    assert.equal(matchesPattern('/tags/:tag/', '/tags/python/'), true);
    assert.equal(matchesPattern('/tags/:tag/', '/tags/a/b/'), false);
    assert.equal(matchesPattern('/a.html', '/aXhtml'), false);
  });
});

describe('headersFor', () => {
  it('applies every matching rule', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/_astro/*\n  X-B: 2\n  X-A: 3\n', '_headers');
    assert.deepEqual(headersFor(rules, '/_astro/a.js'), { 'x-a': '1, 3', 'x-b': '2' });
    assert.deepEqual(headersFor(rules, '/'), { 'x-a': '1' });
  });
});

describe('the _headers file the build writes', () => {
  const policy = contentSecurityPolicy('https://giscus.app', { asHeader: true });
  const rules = parseHeadersFile(renderHeadersFile(policy), '_headers');

  it('sends the same policy the pages carry, plus frame-ancestors', () => {
    const header = headersFor(rules, '/posts/a.html')['content-security-policy']!;
    assert.equal(header, `${contentSecurityPolicy('https://giscus.app')}; frame-ancestors 'none'`);
  });

  it('sends the security headers with every page', () => {
    const headers = headersFor(rules, '/posts/a.html');
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
    const csp = Object.fromEntries(
      headers['content-security-policy']!.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    assert.deepEqual(csp['default-src'], ["'self'"]);
    assert.deepEqual(csp['object-src'], ["'none'"]);
    assert.ok(csp['frame-src'].includes('https://giscus.app'), 'comments load in a giscus.app frame');
    assert.ok(csp['script-src'].includes('https://giscus.app'), 'the giscus script may run');
  });

  it('caches the hashed files of /_astro/ for a year, immutable, and nothing else', () => {
    assert.equal(headersFor(rules, '/_astro/client.FVv06Hs5.js')['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(headersFor(rules, '/posts/a.html')['cache-control'], undefined);
  });

  it('puts the rules under the base path of a project page', () => {
    const underBase = parseHeadersFile(renderHeadersFile(policy, '/blog/'), '_headers');
    assert.equal(headersFor(underBase, '/blog/_astro/client.FVv06Hs5.js')['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(headersFor(underBase, '/blog/posts/a.html')['x-content-type-options'], 'nosniff');
    assert.equal(headersFor(underBase, '/_astro/client.FVv06Hs5.js')['cache-control'], undefined);
  });
});
