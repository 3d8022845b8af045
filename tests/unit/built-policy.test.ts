import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PageHead, readPageHead, sharedPolicy } from '../../src/lib/built-policy.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";

function page(policy: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>A</title></head><body><meta http-equiv="Content-Security-Policy" content="default-src *"></body></html>`;
}

describe('readPageHead', () => {
  it('reads the policy of the meta tag in <head> only: the body cannot set one', () => {
    assert.deepEqual(readPageHead(page(POLICY)), { policies: [POLICY], redirects: false });
  });

  it('matches the http-equiv name whatever its case', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${POLICY}"></head>`;
    assert.deepEqual(readPageHead(html).policies, [POLICY]);
  });

  it('knows a redirect stub by its meta refresh', () => {
    const stub = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/tags/aws/">';
    assert.deepEqual(readPageHead(stub), { policies: [], redirects: true });
  });
});

describe('sharedPolicy', () => {
  const carrying = (policy: string): PageHead => ({ policies: [policy], redirects: false });

  it('is the policy every page carries; redirect stubs need none', () => {
    const pages = new Map([
      ['/index.html', carrying(POLICY)],
      ['/posts/a.html', carrying(POLICY)],
      ['/tag/aws/index.html', { policies: [], redirects: true }],
    ]);
    assert.equal(sharedPolicy(pages), POLICY);
  });

  it('names the pages of each policy when they differ', () => {
    const pages = new Map([
      ['/index.html', carrying(POLICY)],
      ['/posts/a.html', carrying(`${POLICY} 'sha256-other='`)],
    ]);
    assert.throws(
      () => sharedPolicy(pages),
      (error: Error) =>
        /different policies/.test(error.message) &&
        error.message.includes(`/index.html:\n    ${POLICY}\n`) &&
        error.message.includes(`/posts/a.html:\n    ${POLICY} 'sha256-other='`),
    );
  });

  it('names the pages that carry no policy, or two', () => {
    const pages = new Map([
      ['/index.html', carrying(POLICY)],
      ['/about/index.html', { policies: [], redirects: false }],
      ['/posts/b.html', { policies: [POLICY, POLICY], redirects: false }],
    ]);
    assert.throws(
      () => sharedPolicy(pages),
      /no Content-Security-Policy meta tag: \/about\/index\.html;.*more than one: \/posts\/b\.html/s,
    );
  });

  it('names five pages and counts the rest', () => {
    const pages = new Map<string, PageHead>([['/index.html', carrying(POLICY)]]);
    for (let n = 1; n <= 7; n++) pages.set(`/posts/${n}.html`, { policies: [], redirects: false });
    assert.throws(() => sharedPolicy(pages), /\/posts\/5\.html and 2 more/);
  });

  it('refuses a build where no page carries a policy', () => {
    assert.throws(() => sharedPolicy(new Map([['/tag/aws/index.html', { policies: [], redirects: true }]])), /No page/);
  });
});
