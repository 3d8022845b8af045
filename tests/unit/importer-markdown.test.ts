import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryAddresses } from '../../tools/importer/entry-links.ts';
import { htmlToMarkdown } from '../../tools/importer/html-to-markdown.ts';

function importOne(html: string): string {
  return htmlToMarkdown(html, 'https://example.org/posts/a-post.html').markdown;
}

describe('converting HTML to Markdown', () => {
  test('a rouge block with a line-number table becomes a fenced block without the numbers, flagged for numbering', () => {
    const html = `<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1
2
</pre></td><td class="rouge-code"><pre><span class="na">kind</span><span class="pi">:</span> <span class="s">Pod</span>
<span class="na">a</span><span class="pi">:</span> <span class="s">"&lt;b&gt;"</span>
</pre></td></tr></tbody></table></code></pre></div></div>`;
    assert.equal(importOne(html), '```yaml showLineNumbers\nkind: Pod\na: "<b>"\n```\n');
  });

  test('a rouge block without a table keeps its code and has no numbering flag', () => {
    const html =
      '<div class="language-bash highlighter-rouge"><div class="highlight"><pre class="highlight"><code>echo 1\necho 2\n</code></pre></div></div>';
    assert.equal(importOne(html), '```bash\necho 1\necho 2\n```\n');
  });

  test('a figure.highlight block becomes a fenced block with its language', () => {
    const html =
      '<figure class="highlight"><pre><code class="language-python" data-lang="python">def f():\n\treturn a -&gt; b</code></pre></figure>';
    assert.equal(importOne(html), '```python\ndef f():\n\treturn a -> b\n```\n');
  });

  test('headings keep their exact old ids, and name anchors survive', () => {
    const markdown = importOne(
      '<p>Jump <a href="#rpc-1">down</a><a name="capnpwithpython"></a></p><h2 id="rpc-1">RPC</h2><h4 id="why-migrate">Why <em>migrate</em>?</h4>',
    );
    assert.match(markdown, /^## RPC \{#rpc-1\}$/m);
    assert.match(markdown, /^### Why _migrate_\? \{#why-migrate\}$/m);
    assert.match(markdown, /<a id="capnpwithpython"><\/a>/);
    assert.match(markdown, /\[down\]\(#rpc-1\)/);
  });

  test('heading levels never skip one, and the body starts at h2 below the page title', () => {
    const markdown = importOne(
      '<h1 id="top">Intro</h1><h2 id="a">A</h2><h4 id="b">B</h4><h4 id="c">C</h4><h3 id="d">D</h3><h4 id="e">E</h4>',
    );
    assert.deepEqual(
      markdown.split('\n').filter((line) => line.startsWith('#')),
      ['## Intro {#top}', '## A {#a}', '### B {#b}', '### C {#c}', '### D {#d}', '#### E {#e}'],
    );
  });

  test('rouge line-number tables are code wherever they appear', () => {
    const table =
      '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="rouge-code"><pre>a = 1\nb = 2\n</pre></td></tr></tbody></table>';
    assert.equal(importOne(table), '```plaintext showLineNumbers\na = 1\nb = 2\n```\n');
    assert.equal(
      importOne(`<pre class="highlight language-ruby"><code>${table}</code></pre>`),
      '```ruby showLineNumbers\na = 1\nb = 2\n```\n',
    );
    assert.equal(importOne('<pre><code class="language-sh">ls -la\n</code></pre>'), '```sh\nls -la\n```\n');
  });

  test('an image figure keeps src, alt, caption and source link; theme attributes go', () => {
    const html = `<figure class="image">
  <img src="/static/images/steps.jpg" alt="Photo by Jake Hills" height="300px" width="" loading="lazy" class="img-zoomable" />
  <figcaption>
    Photo by Jake Hills
    / <a href="https://unsplash.com/photos/x" rel="nofollow" target="_blank">image source</a>
  </figcaption>
</figure>`;
    const { markdown, imagePaths } = htmlToMarkdown(html, 'https://example.org/posts/a.html');
    assert.equal(
      markdown,
      '<figure>\n  <img src="/static/images/steps.jpg" alt="Photo by Jake Hills" />\n  <figcaption>Photo by Jake Hills / <a href="https://unsplash.com/photos/x" rel="nofollow" target="_blank">image source</a></figcaption>\n</figure>\n',
    );
    assert.deepEqual(imagePaths, ['/static/images/steps.jpg']);
  });

  test('tables, quotes, nested and ordered lists, deletions, rules, emphasis and emojis survive', () => {
    const markdown = importOne(`<table><thead><tr><th> </th><th style="text-align: left">kind</th></tr></thead>
<tbody><tr><td>runtime</td><td style="text-align: left">container</td></tr></tbody></table>
<blockquote><p>Hint: <strong>sponsored</strong></p></blockquote>
<ol><li>one<ul><li>nested</li></ul></li><li>two</li></ol>
<p><del>a decent</del> some 🙊 &amp; <em>more</em></p><hr />`);
    assert.match(markdown, /\| runtime \| container \|/);
    assert.match(markdown, /\| :-+ \|/);
    assert.match(markdown, /^> Hint: \*\*sponsored\*\*$/m);
    assert.match(markdown, /^1\. one\n {3}- nested\n2\. two$/m);
    assert.match(markdown, /~~a decent~~ some 🙊 & _more_/);
    assert.match(markdown, /^---$/m);
  });

  test('links to entries of the same feed become local; other links to the old site stay absolute', () => {
    const entries = entryAddresses([
      { link: 'https://example.org/posts/b.html', slug: 'b' },
      { link: 'https://example.org/2020/c/', slug: 'c' },
    ]);
    const { markdown } = htmlToMarkdown(
      '<p><a href="/posts/b.html">b</a> <a href="../2020/c/index.html#part">c</a> <a href="https://example.org/user/x">user</a> <a href="/forum/1">forum</a> <a href="https://other.org/x">x</a></p>',
      'https://example.org/posts/a-post.html',
      entries,
    );
    assert.match(markdown, /\[b\]\(\/posts\/b\.html\)/);
    assert.match(markdown, /\[c\]\(\/posts\/c\.html#part\)/);
    assert.match(markdown, /\[user\]\(https:\/\/example\.org\/user\/x\)/);
    assert.match(markdown, /\[forum\]\(https:\/\/example\.org\/forum\/1\)/);
    assert.match(markdown, /\[x\]\(https:\/\/other\.org\/x\)/);
  });
});

describe('sanitising imported HTML', () => {
  test('javascript: and data: links lose their address and keep their text', () => {
    const { markdown, removed } = htmlToMarkdown(
      '<p><a href="javascript:alert(document.domain)">x</a> <a href=" JaVaScRiPt:alert(1)">y</a> <a href="data:text/html,<script>alert(1)</script>">z</a></p>',
      'https://example.org/posts/a-post.html',
    );
    assert.equal(markdown, 'x y z\n');
    assert.deepEqual(removed, ['the address of 3 link(s) a post cannot carry (javascript: or data:), keeping their text']);
  });

  test('http, https, mailto, relative and fragment links are kept', () => {
    const markdown = importOne(
      '<h2 id="top">Top</h2><p><a href="https://a.org/">a</a> <a href="http://b.org/">b</a> <a href="mailto:me@example.org">m</a> <a href="../x.html">r</a> <a href="#top">f</a></p>',
    );
    assert.equal(
      markdown,
      '## Top {#top}\n\n[a](https://a.org/) [b](http://b.org/) [m](mailto:me@example.org) [r](https://example.org/x.html) [f](#top)\n',
    );
  });

  test('scripts, styles, frames, event handlers and javascript: images never reach the post', () => {
    const { markdown, imagePaths, removed } = htmlToMarkdown(
      `<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example/"></iframe>
<p onclick="alert(2)">Text <img src="javascript:alert(3)" alt="bad"> <img src="/ok.png" alt="ok" onerror="alert(4)"></p>
<figure class="image"><img src="/fig.png" alt="F"><figcaption>By <a href="javascript:alert(5)" onmouseover="alert(6)">me</a><script>alert(7)</script></figcaption></figure>`,
      'https://example.org/posts/a.html',
    );
    assert.doesNotMatch(markdown, /alert|javascript|onclick|onerror|onmouseover|<script|<style|<iframe/i);
    assert.match(
      markdown,
      /^\[Embedded content from evil\.example\]\(https:\/\/evil\.example\/\)$/m,
      'an unknown frame is a link, never a frame',
    );
    assert.match(markdown, /!\[ok\]\(\/ok\.png\)/);
    assert.match(markdown, /<figcaption>By me<\/figcaption>/);
    assert.deepEqual(imagePaths, ['/ok.png', '/fig.png']);
    assert.ok(removed.includes('1 image(s) whose address a post cannot load (data: or script)'));
  });
});

describe('links between entries of the same feed', () => {
  const addresses = entryAddresses([
    { link: 'https://blog.example/2020/02/docker-tips/', slug: 'docker-tips' },
    { link: 'https://blog.example/notes/shell.html', slug: 'shell' },
  ]);
  const convert = (href: string) =>
    htmlToMarkdown(`<p><a href="${href}">x</a></p>`, 'https://blog.example/2021/01/other/', addresses).markdown.trim();

  test('become /posts/<slug>.html whatever shape the old address had, keeping the fragment', () => {
    for (const href of [
      '/2020/02/docker-tips/',
      '/2020/02/docker-tips',
      'https://blog.example/2020/02/docker-tips/?utm=rss',
      '../../../2020/02/docker-tips/index.html',
      'https://blog.example/2020/02/docker-tips.html',
    ]) {
      assert.equal(convert(href), '[x](/posts/docker-tips.html)', href);
    }
    assert.equal(convert('/2020/02/docker-tips/#layers'), '[x](/posts/docker-tips.html#layers)');
    assert.equal(convert('/notes/shell/'), '[x](/posts/shell.html)');
    assert.equal(convert('https://blog.example/notes/shell.html#xargs'), '[x](/posts/shell.html#xargs)');
  });

  test("links elsewhere keep pointing where they did: the old site's other pages by their full address", () => {
    assert.equal(convert('https://elsewhere.example/2020/02/docker-tips/'), '[x](https://elsewhere.example/2020/02/docker-tips/)');
    assert.equal(convert('/about/'), '[x](https://blog.example/about/)');
    assert.equal(convert('https://blog.example/user/x'), '[x](https://blog.example/user/x)');
  });
});
