import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AbsoluteHtmlCache } from '../../src/feeds/absolute-html-cache.ts';
import { absoluteUrlsInHtml } from '../../src/feeds/entries.ts';

const scratch = mkdtempSync(join(tmpdir(), 'absolute-html-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const POST = 'https://shipit.dev/posts/a.html';
const html = '<p><a href="/posts/b.html">b</a> <img src="chart.png" alt="A chart"> <a href="#setup">setup</a></p>';

/** A cache whose every real rewrite is counted. */
function counted(file: string): { cache: AbsoluteHtmlCache; made: () => number } {
  let made = 0;
  const cache = new AbsoluteHtmlCache(file, (text, base) => {
    made += 1;
    return absoluteUrlsInHtml(text, base);
  });
  return { cache, made: () => made };
}

describe('AbsoluteHtmlCache', () => {
  it('gives what absoluteUrlsInHtml gives, and the next build takes it from the file', () => {
    const file = join(scratch, 'one', 'feed-html.json');
    const first = counted(file);
    assert.equal(first.cache.absolutise(html, POST), absoluteUrlsInHtml(html, POST));
    first.cache.save();

    const next = counted(file);
    assert.equal(next.cache.absolutise(html, POST), absoluteUrlsInHtml(html, POST));
    assert.equal(next.made(), 0);
  });

  it('makes the HTML again when the post or its URL changed', () => {
    const file = join(scratch, 'two.json');
    const first = counted(file);
    first.cache.absolutise(html, POST);
    first.cache.save();

    const next = counted(file);
    const edited = html.replace('chart.png', 'graph.png');
    assert.match(next.cache.absolutise(edited, POST), /src="https:\/\/shipit\.dev\/posts\/graph\.png"/);
    assert.match(next.cache.absolutise(html, 'https://example.org/blog/posts/a.html'), /href="https:\/\/example\.org\/posts\/b\.html"/);
    assert.equal(next.made(), 2);
  });

  it('keeps only what the last build used', () => {
    const file = join(scratch, 'three.json');
    const first = counted(file);
    first.cache.absolutise(html, POST);
    first.cache.absolutise('<a href="/gone.html">gone</a>', POST);
    first.cache.save();

    const next = counted(file);
    next.cache.absolutise(html, POST);
    next.cache.absolutise('<a href="/new.html">new</a>', POST);
    next.cache.save();
    const kept = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
    assert.equal(kept.length, 2);
    assert.ok(!kept.some((text) => text.includes('gone.html')));
  });

  it('keeps an entry a later feed of the build takes from the file, after an earlier feed saved', () => {
    const file = join(scratch, 'feeds.json');
    const [a, b, c] = ['a', 'b', 'c'].map((name) => `<a href="/posts/${name}.html">${name}</a>`);
    const first = counted(file);
    for (const feed of [[a], [b]]) {
      for (const text of feed) first.cache.absolutise(text!, POST);
      first.cache.save();
    }

    // The site feed has a new post and saves; a tag feed then reuses an older post's entry.
    const second = counted(file);
    for (const feed of [[a, c], [b]]) {
      for (const text of feed) second.cache.absolutise(text!, POST);
      second.cache.save();
    }

    const third = counted(file);
    for (const text of [a, b, c]) third.cache.absolutise(text!, POST);
    assert.equal(third.made(), 0);
  });

  it('starts afresh from a file cut short, instead of failing the build', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{"abc": "<p>half');
    const cache = counted(file);
    assert.equal(cache.cache.absolutise(html, POST), absoluteUrlsInHtml(html, POST));
    assert.equal(cache.made(), 1);
  });
});

describe('a post with a URL no feed can carry', () => {
  it('warns on every build: its HTML is not kept', () => {
    const file = join(scratch, 'dropped.json');
    for (const build of [1, 2]) {
      const cache = new AbsoluteHtmlCache(file);
      const dropped: string[] = [];
      assert.equal(
        cache.absolutise('<a href="http://[bad">x</a>', POST, (what) => dropped.push(what)),
        'x',
        `build ${build}`,
      );
      assert.equal(dropped.length, 1, `build ${build} warns`);
      cache.save();
    }
  });
});

describe('the code that makes the HTML', () => {
  it('changing makes every entry again: a fix to it reaches posts whose HTML did not change', () => {
    const file = join(scratch, 'code.json');
    const first = new AbsoluteHtmlCache(file, (text) => `${text} by the old code`, 'old code');
    first.absolutise(html, POST);
    first.save();
    const next = new AbsoluteHtmlCache(file, (text) => `${text} by the new code`, 'new code');
    assert.equal(next.absolutise(html, POST), `${html} by the new code`);
  });
});
