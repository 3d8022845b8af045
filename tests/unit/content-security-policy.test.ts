import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { astroCspConfig, headerPolicy, sha256Source } from '../../src/lib/content-security-policy.ts';
import { TOC_OPEN_SCRIPT } from '../../src/lib/toc.ts';

function directives(config: ReturnType<typeof astroCspConfig>): Map<string, string[]> {
  const named = new Map(
    config.directives.map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      return [name!, sources];
    }),
  );
  named.set('script-src', [...config.scriptDirective.resources, ...config.scriptDirective.hashes.map((hash) => `'${hash}'`)]);
  named.set('style-src', [...config.styleDirective.resources, ...config.styleDirective.hashes.map((hash) => `'${hash}'`)]);
  return named;
}

describe('astroCspConfig', () => {
  const policy = directives(astroCspConfig('https://giscus.app'));

  it('lets giscus run scripts and frames', () => {
    assert.ok(policy.get('script-src')?.includes('https://giscus.app'));
    assert.deepEqual(policy.get('frame-src'), ['https://giscus.app']);
  });

  it('names no other host anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources.filter((s) => s.includes('//'))) {
        assert.equal(source, 'https://giscus.app', `${name} allows ${source}`);
      }
    }
  });

  it('lets no injected inline script or style, nor eval(), run', () => {
    for (const [name, sources] of policy) {
      assert.ok(!sources.includes("'unsafe-inline'"), `${name} allows 'unsafe-inline'`);
      assert.ok(!sources.includes("'unsafe-eval'"), `${name} allows 'unsafe-eval'`);
    }
  });

  it('lets Pagefind compile its WebAssembly', () => {
    assert.ok(policy.get('script-src')?.includes("'wasm-unsafe-eval'"));
  });

  it('allows the inline script that opens the table of contents, by its hash', () => {
    assert.ok(policy.get('script-src')?.includes(`'${sha256Source(TOC_OPEN_SCRIPT)}'`));
  });

  it('allows the inline style of public/feed.xsl, which turns a feed into a page', () => {
    const xsl = new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../../public/feed.xsl'), 'utf8'), 'text/xml');
    const styles = Array.from(xsl.getElementsByTagName('style'), (style) => style.textContent ?? '');
    assert.ok(styles.length > 0, 'feed.xsl has a <style>');
    for (const style of styles) assert.ok(policy.get('style-src')?.includes(`'${sha256Source(style)}'`));
  });

  it('falls back to the site itself, blocks plugins and keeps links and forms on the site', () => {
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'self'"]);
    assert.deepEqual(policy.get('form-action'), ["'self'"]);
    assert.deepEqual(
      policy.get('style-src')?.filter((source) => !source.startsWith("'sha256-")),
      ["'self'"],
    );
  });

  it('uses the origin of a self-hosted giscus', () => {
    const own = directives(astroCspConfig('https://comments.example.org/giscus/'));
    assert.deepEqual(own.get('frame-src'), ['https://comments.example.org']);
  });

  it('allows no frames and no third-party script when comments are off', () => {
    const off = directives(astroCspConfig(undefined));
    assert.deepEqual(off.get('frame-src'), ["'none'"]);
    assert.ok(!off.get('script-src')?.some((source) => source.includes('//')));
  });
});

describe('sha256Source', () => {
  it('writes the base64 SHA-256 of the UTF-8 text, as browsers compare it', () => {
    assert.equal(sha256Source(''), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    assert.equal(sha256Source('é'), 'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });
});

describe('headerPolicy', () => {
  it('adds frame-ancestors to the policy the pages carry, which Astro ends with a semicolon', () => {
    assert.equal(
      headerPolicy("default-src 'self'; script-src 'self' 'sha256-x';"),
      "default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'",
    );
  });
});
