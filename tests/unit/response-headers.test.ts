import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { renderHeadersFile } from '../../src/lib/response-headers.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

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
