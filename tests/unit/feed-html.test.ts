import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { cleanFeedHtml, plainShikiStyle } from '../../src/feeds/feed-html.ts';
import { toFeedEntry } from '../../src/feeds/entries.ts';

// Markup as the rehype plugins and Shiki render it for a post's page.
const CODE_BLOCK =
  '<div class="code-block"><div class="code-header"><span class="code-language">YAML</span>' +
  '<span class="copy-status" role="status"></span><button class="copy-code" type="button" aria-label="Copy YAML code">Copy</button></div>' +
  '<pre class="astro-code line-numbers" style="--shiki-light:#0e1116;--shiki-dark:#f0f3f6;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0a0c10; overflow-x: auto;" tabindex="0" data-language="yaml">' +
  '<code><span class="line"><span style="--shiki-light:#024C1A;--shiki-dark:#72F088">kind</span>' +
  '<span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6">: </span>' +
  '<span style="--shiki-light:#66707B;--shiki-light-font-style:italic;--shiki-dark:#9EA7B3;--shiki-dark-font-style:italic"># a &lt;b&gt; &amp; c</span></span>\n' +
  '<span class="line"><span style="--shiki-dark:#F0F3F6">  </span></span></code></pre></div>';
const HEADING =
  '<div class="heading heading-h2"><h2 id="my-background">My <code>Background</code></h2>' +
  '<a class="heading-anchor" href="#my-background" aria-label="Link to the section “My Background”"></a></div>';
const TABLE =
  '<section class="table-scroll" tabindex="0" aria-label="Table: a"><table><thead><tr><th style="text-align: left" scope="col">a</th></tr></thead>' +
  '<tbody><tr><td style="text-align: left">1</td></tr></tbody></table></section>';
const MISSING_FIGURE =
  '<figure><span class="missing-image" role="img" aria-label="Photo by Jake Hills" data-src="/static/images/steps.jpg">' +
  '<span class="missing-image-note">Image not available</span><span class="missing-image-text">Photo by Jake Hills</span></span>' +
  '<figcaption>Photo by Jake Hills / <a href="https://unsplash.com/x">image source</a></figcaption></figure>';
const MISSING_INLINE =
  '<p>See <span class="missing-image" role="img" aria-label="Image not available: The cluster" data-src="/static/images/diagram.png">' +
  '<span class="missing-image-note">Image not available</span></span> here.</p>';

const MISSING_DECORATIVE =
  '<p>Before<span class="missing-image" aria-hidden="true" data-src="/static/images/banner.png">' +
  '<span class="missing-image-note">Image not available</span></span> after.</p>';

const tree = (html: string) => fromHtml(html, { fragment: true });

describe('cleanFeedHtml', () => {
  it('drops the code header and keeps the <pre><code> text exactly', () => {
    const before = tree(CODE_BLOCK);
    const after = tree(cleanFeedHtml(CODE_BLOCK));
    assert.equal(select('button, .code-header, .code-language, .copy-status, [role=status], .code-block', after), undefined);
    assert.equal(toText(select('pre', after)!), toText(select('pre', before)!));
    assert.equal(toText(select('pre', after)!), 'kind: # a <b> & c\n  ');
    // The <pre> is what is left at the top.
    assert.equal(after.children.length, 1);
    assert.equal(after.children[0]?.type === 'element' && after.children[0].tagName, 'pre');
  });

  it("turns Shiki's variables into the light theme's plain colours, and drops tabindex", () => {
    const html = cleanFeedHtml(CODE_BLOCK);
    assert.doesNotMatch(html, /--shiki/);
    assert.doesNotMatch(html, /tabindex/i);
    const after = tree(html);
    assert.equal(select('pre', after)?.properties.style, 'color:#0e1116;background-color:#ffffff;overflow-x:auto');
    const styles = selectAll('code span span', after).map((span) => span.properties.style);
    assert.deepEqual(styles, ['color:#024C1A', 'color:#0E1116', 'color:#66707B;font-style:italic', undefined]);
  });

  it('drops heading anchors and their wrapper, keeping the heading', () => {
    const after = tree(cleanFeedHtml(`<p>a</p>${HEADING}<p>b</p>`));
    assert.equal(select('.heading-anchor, a, div', after), undefined);
    assert.equal(cleanFeedHtml(HEADING), '<h2 id="my-background">My <code>Background</code></h2>');
  });

  it('keeps a table but not its focusable scrolling box', () => {
    const html = cleanFeedHtml(TABLE);
    assert.doesNotMatch(html, /tabindex|table-scroll|<section/i);
    assert.match(html, /^<table>/);
    assert.equal(select('th', tree(html))?.properties.style, 'text-align: left');
  });

  it("shows a missing image as its name in text, without its path, keeping the figure's caption", () => {
    const html = cleanFeedHtml(MISSING_FIGURE + MISSING_INLINE);
    assert.doesNotMatch(html, /data-src|missing-image|static\/images|role="img"/);
    const after = tree(html);
    assert.deepEqual(
      selectAll('em', after).map((em) => toText(em)),
      ['Image not available: Photo by Jake Hills', 'Image not available: The cluster'],
    );
    assert.equal(select('figure > em', after)?.tagName, 'em');
    assert.equal(toText(select('figure > figcaption', after)!), 'Photo by Jake Hills / image source');
    assert.equal(toText(select('p', after)!), 'See Image not available: The cluster here.');
    assert.equal(select('img', after), undefined);
  });

  it('leaves a missing decorative image out, as a screen reader does', () => {
    assert.equal(cleanFeedHtml(MISSING_DECORATIVE), '<p>Before after.</p>');
  });

  it('leaves plain post HTML alone', () => {
    const html = '<p>Hi <a href="/x.html">x</a> <span style="color: red">red</span></p><pre><code>a  b\n</code></pre>';
    assert.equal(cleanFeedHtml(html), html);
  });
});

describe('plainShikiStyle', () => {
  it('keeps the light theme and other declarations, drops the dark theme', () => {
    assert.equal(plainShikiStyle('--shiki-light:#111;--shiki-dark:#eee'), 'color:#111');
    assert.equal(plainShikiStyle('--shiki-dark:#eee;--shiki-dark-bg:#000'), '');
    assert.equal(plainShikiStyle('--shiki-light-text-decoration:underline; margin: 0'), 'text-decoration:underline;margin:0');
  });
});

describe('toFeedEntry', () => {
  it('cleans the page UI out of the content before making URLs absolute', () => {
    const post = {
      id: 'a-post',
      data: { title: 'A post', description: 'd', pubDate: new Date('2024-01-01'), tags: ['aws'] },
    };
    const entry = toFeedEntry(post, `${HEADING}${MISSING_FIGURE}${CODE_BLOCK}${TABLE}`, 'https://shipit.dev');
    assert.doesNotMatch(entry.content, /<button|heading-anchor|data-src|tabindex|--shiki/);
    assert.match(entry.content, /<a href="https:\/\/unsplash.com\/x">image source<\/a>/);
  });
});

describe('interactive islands in feeds', () => {
  // An MDX post's React island as Astro renders it on the page.
  const ISLAND =
    '<p>Before.</p><astro-island uid="x" component-url="/_astro/Counter.js" renderer-url="/_astro/client.js" ssr client="visible">' +
    '<div class="counter"><p>Clicked <output>3</output> times</p><button type="button">Add one</button></div>' +
    '<template data-astro-template>slot</template></astro-island><!--astro:end--><script>/* island loader */</script><p>After.</p>';

  it('keeps what the island rendered on the server, without its controls, scripts or markers', () => {
    const after = tree(cleanFeedHtml(ISLAND));
    assert.equal(selectAll('astro-island, button, script, template', after).length, 0);
    assert.equal(toText(select('.counter', after)!), 'Clicked 3 times');
    assert.doesNotMatch(cleanFeedHtml(ISLAND), /<!--/);
    assert.deepEqual(
      selectAll('p', after)
        .map((p) => toText(p))
        .filter((text) => /Before|After/.test(text)),
      ['Before.', 'After.'],
    );
  });

  it("tells the reader to open the post to use it, linking the post's own address", () => {
    const post = { id: 'island-post', data: { title: 'Islands', description: 'd', pubDate: new Date('2024-01-01'), tags: [] } };
    const content = tree(toFeedEntry(post, ISLAND, 'https://shipit.dev').content);
    const note = selectAll('p', content).find((p) => toText(p).includes('interactive'));
    assert.ok(note, 'a note follows the island');
    assert.equal(select('a', note)!.properties.href, 'https://shipit.dev/posts/island-post.html');
  });
});
