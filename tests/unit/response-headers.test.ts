import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderHeadersFile } from '../../src/lib/response-headers.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

describe('the _headers file the build writes', () => {
  const policy = "default-src 'self'; frame-src https://giscus.app; script-src 'self' https://giscus.app; frame-ancestors 'none'";
  const rules = parseHeadersFile(renderHeadersFile(policy), '_headers');

  it('sends the policy it is given with every page', () => {
    assert.equal(headersFor(rules, '/posts/a.html')['content-security-policy'], policy);
    assert.equal(headersFor(rules, '/tags/aws/')['content-security-policy'], policy);
  });

  it('sends the security headers with every page', () => {
    const headers = headersFor(rules, '/posts/a.html');
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
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
