import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type PageHead, pageHeadOfFile, readHeadOfFile, readPageHead, sharedPolicy } from '../../src/lib/built-policy.ts';

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

describe('readHeadOfFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipit-head-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const fileWith = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads a page up to its </head>, wherever the reads split the tag or a character', () => {
    const body = `<body>${'é'.repeat(40_000)}</body>`;
    const opening = '<head><meta http-equiv="refresh" content="0"><style>';
    // Fillers that put </head> wholly in the first read, across its end at two points, and in a later read.
    const chunk = 32 * 1024;
    const straddling = (before: number) => chunk - before - opening.length - '</style>'.length;
    for (const headLength of [100, straddling(3), straddling(1), 2 * chunk + 1]) {
      const head = `${opening}${'x'.repeat(headLength)}</style></head>`;
      const text = readHeadOfFile(fileWith(`page-${headLength}.html`, head + body));
      assert.ok(text.startsWith(head), `head of ${headLength} characters kept whole`);
      assert.ok(text.length < head.length + body.length, `the body of ${headLength} was not read to its end`);
      assert.equal(readPageHead(text).redirects, true);
    }
  });

  it("gives a page's head facts, and new ones once the page is written again", () => {
    const file = fileWith('rewritten.html', `<head><meta http-equiv="Content-Security-Policy" content="${POLICY}"></head>`);
    assert.deepEqual(pageHeadOfFile(file), { policies: [POLICY], redirects: false });
    assert.deepEqual(pageHeadOfFile(file), { policies: [POLICY], redirects: false });
    writeFileSync(file, '<head><meta http-equiv="refresh" content="0; url=/posts/a.html"></head>');
    assert.deepEqual(pageHeadOfFile(file), { policies: [], redirects: true });
  });

  it('reads all of a page without a </head>', () => {
    const text = `<meta http-equiv="refresh" content="0">${'ü'.repeat(50_000)}`;
    assert.equal(readHeadOfFile(fileWith('headless.html', text)), text);
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
