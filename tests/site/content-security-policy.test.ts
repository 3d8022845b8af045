// The Content-Security-Policy of every built page of dist/ and dist-fixtures/: strict (no
// 'unsafe-inline', no eval), in force before anything runs, allowing each inline script and
// style by its hash, and sent unchanged by _headers.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { builtHtmlPages, DIST, DIST_FIXTURES, hrefIn, htmlTree, readBuilt } from '../support/built-site.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

/** Elements whose content or source the policy governs: scripts (not JSON data blocks), styles, stylesheets. */
function governed(element: Element): boolean {
  if (element.tagName === 'script') return !/json/i.test(String(element.properties.type ?? ''));
  return element.tagName === 'style' || (element.tagName === 'link' && String(element.properties.rel).includes('stylesheet'));
}

function isPolicyMeta(element: Element): boolean {
  return element.tagName === 'meta' && String(element.properties.httpEquiv).toLowerCase() === 'content-security-policy';
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

interface PageFacts {
  policies: string[];
  /** Scripts, styles and stylesheets that come before the policy meta tag, which does not cover them. */
  governedBeforePolicy: string[];
  inlineScripts: string[];
  inlineStyles: string[];
  /** Elements with a style attribute, as `<tag style="…">`. */
  styleAttributes: string[];
}

/** An inline script's or style's exact text, which browsers hash: toText would trim its whitespace. */
function sourceOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function factsOf(tree: Root): PageFacts {
  const facts: PageFacts = { policies: [], governedBeforePolicy: [], inlineScripts: [], inlineStyles: [], styleAttributes: [] };
  visit(tree, 'element', (element: Element) => {
    if (isPolicyMeta(element)) facts.policies.push(String(element.properties.content));
    if (governed(element) && facts.policies.length === 0) facts.governedBeforePolicy.push(`<${element.tagName}>`);
    if (element.tagName === 'script' && governed(element) && !element.properties.src) facts.inlineScripts.push(sourceOf(element));
    if (element.tagName === 'style') facts.inlineStyles.push(sourceOf(element));
    if (element.properties.style !== undefined) facts.styleAttributes.push(`<${element.tagName} style="${element.properties.style}">`);
  });
  return facts;
}

for (const dir of [DIST, DIST_FIXTURES]) {
  describe(`the Content-Security-Policy of ${dir.split('/').at(-1)}/`, () => {
    const pages = builtHtmlPages(dir).map((page) => ({ ...page, facts: factsOf(htmlTree(page.file)) }));

    test('every page carries one policy, before any script or style it governs', () => {
      assert.ok(pages.length > 0);
      for (const { path, facts } of pages) {
        assert.equal(facts.policies.length, 1, `${path}: one policy meta tag`);
        assert.deepEqual(facts.governedBeforePolicy, [], `${path}: comes before the policy`);
      }
    });

    test('the policy allows no inline code but by hash, no eval, no plugins and no other <base>', () => {
      for (const { path, facts } of pages) {
        const policy = directives(facts.policies[0] ?? '');
        for (const [name, sources] of policy) {
          assert.ok(!sources.includes("'unsafe-inline'"), `${path}: ${name} allows 'unsafe-inline'`);
          assert.ok(!sources.includes("'unsafe-eval'"), `${path}: ${name} allows 'unsafe-eval'`);
        }
        assert.deepEqual(policy.get('object-src'), ["'none'"], `${path}: object-src`);
        assert.deepEqual(policy.get('base-uri'), ["'self'"], `${path}: base-uri`);
      }
    });

    test('every inline script and style of a page has its hash in that page’s policy', () => {
      assert.ok(
        pages.every(({ facts }) => facts.inlineScripts.length > 0),
        'every page has inline scripts (the theme’s, at least)',
      );
      const unhashed: string[] = [];
      for (const { path, facts } of pages) {
        const policy = directives(facts.policies[0] ?? '');
        for (const script of facts.inlineScripts) {
          if (!policy.get('script-src')?.includes(sha256(script))) unhashed.push(`${path}: <script>${script.slice(0, 60)}`);
        }
        for (const style of facts.inlineStyles) {
          if (!policy.get('style-src')?.includes(sha256(style))) unhashed.push(`${path}: <style>${style.slice(0, 60)}`);
        }
      }
      assert.deepEqual(unhashed, []);
    });

    test('no page has a style attribute, which the policy blocks', () => {
      const styled = pages
        .filter(({ facts }) => facts.styleAttributes.length > 0)
        .map(({ path, facts }) => `${path}: ${facts.styleAttributes.length}, e.g. ${facts.styleAttributes[0]}`);
      assert.deepEqual(styled, []);
    });

    test('_headers sends each page the policy it carries, plus frame-ancestors', () => {
      const rules = parseHeadersFile(readBuilt(dir, '_headers'), '_headers');
      for (const { path, facts } of pages) {
        const header = headersFor(rules, hrefIn(dir, path))['content-security-policy'];
        assert.equal(header, `${facts.policies[0]!.replace(/;+$/, '')}; frame-ancestors 'none'`, path);
      }
    });
  });
}
