// What the importer keeps of HTML Markdown cannot express, what it makes of embeds, and how
// links to places in posts keep landing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryAddresses } from '../../tools/importer/entry-links.ts';
import { htmlToMarkdown } from '../../tools/importer/html-to-markdown.ts';

describe('HTML Markdown cannot express, and embeds', () => {
  const convert = (html: string) => htmlToMarkdown(html, 'https://example.org/posts/a-post.html');

  test('sup, sub, kbd, mark and abbr stay inline HTML around their text', () => {
    const { markdown } = convert(
      '<p>E=mc<sup>2</sup>, H<sub>2</sub>O, press <kbd>Ctrl</kbd>+<kbd>C</kbd>, <mark>this <em>matters</em></mark>, <abbr title="Domain Name System">DNS</abbr>.</p>',
    );
    assert.equal(
      markdown,
      'E=mc<sup>2</sup>, H<sub>2</sub>O, press <kbd>Ctrl</kbd>+<kbd>C</kbd>, <mark>this _matters_</mark>, <abbr title="Domain Name System">DNS</abbr>.\n',
    );
  });

  test('details keeps its summary and its body; a definition list and a table with merged cells stay HTML', () => {
    const { markdown } = convert(
      `<details><summary>Show the <em>answer</em></summary><p>Forty-two.</p></details>
<dl><dt>TTL</dt><dd>How long a record is cached.</dd></dl>
<table><tr><th colspan="2">Both</th></tr><tr><td>a</td><td>b</td></tr></table>
<table><tr><th>Plain</th></tr><tr><td>x</td></tr></table>`,
    );
    assert.match(markdown, /^<details>\n<summary>Show the <em>answer<\/em><\/summary>\n\nForty-two\.\n\n<\/details>$/m);
    assert.match(markdown, /^<dl><dt>TTL<\/dt><dd>How long a record is cached\.<\/dd><\/dl>$/m);
    assert.match(markdown, /<th colspan="2">Both<\/th>/);
    assert.match(markdown, /^\| Plain \|$/m);
  });

  test('video and audio keep a player that loads nothing until asked, and a link to the file', () => {
    const { markdown } = convert(
      '<video src="https://cdn.example/talk.mp4" autoplay onplay="alert(1)" poster="https://cdn.example/p.jpg"></video><audio><source src="/ep1.mp3" type="audio/mpeg"></audio>',
    );
    assert.match(
      markdown,
      /<video src="https:\/\/cdn\.example\/talk\.mp4" poster="https:\/\/cdn\.example\/p\.jpg" controls preload="none"><\/video>/,
    );
    assert.match(markdown, /\[Download the video\]\(https:\/\/cdn\.example\/talk\.mp4\)/);
    assert.match(markdown, /<audio controls preload="none"><source src="\/ep1\.mp3" type="audio\/mpeg"><\/audio>/);
    assert.match(markdown, /\[Download the recording\]\(\/ep1\.mp3\)/);
    assert.doesNotMatch(markdown, /autoplay|onplay|alert/);
  });

  test('YouTube, Vimeo and gists become links to what they show; what goes is named', () => {
    const { markdown, removed } = convert(
      `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" title="Deploying on a Friday"></iframe>
<iframe src="https://player.vimeo.com/video/76979871" title="vimeo video player"></iframe>
<script src="https://gist.github.com/octocat/6cad326836d38bd3a7ae.js"></script>
<blockquote class="twitter-tweet"><p>Ship it.</p>— Max (@max) <a href="https://twitter.com/max/status/1">May 1</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>
<script>track()</script><style>p { color: red }</style><object data="https://old.example/a.swf"></object>
<p>A drawing: <svg viewBox="0 0 2 2"><text>x</text></svg> and <math><mi>x</mi></math>.</p>`,
    );
    assert.match(markdown, /^\[Video on YouTube: Deploying on a Friday\]\(https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ\)$/m);
    assert.match(markdown, /^\[Video on Vimeo\]\(https:\/\/vimeo\.com\/76979871\)$/m);
    assert.match(markdown, /^\[Gist 6cad326836d38bd3a7ae on GitHub\]\(https:\/\/gist\.github\.com\/octocat\/6cad326836d38bd3a7ae\)$/m);
    assert.match(markdown, /^> Ship it\.\n>\n> — Max \(@max\) \[May 1\]\(https:\/\/twitter\.com\/max\/status\/1\)$/m);
    assert.deepEqual(removed, ['<script>', '<style>', '<object> from old.example', 'an inline <svg>', 'an inline <math>']);
  });
});

describe('links to places in posts', () => {
  test('a footnote or paragraph keeps its id as an anchor, so links to it still land', () => {
    const { markdown, removed } = htmlToMarkdown(
      '<p id="intro">Text<sup id="fnref1"><a href="#fn1">1</a></sup> and <a href="#comments">comments</a>.</p><ol><li id="fn1">The note. <a href="#fnref1">↩</a></li></ol>',
      'https://example.org/posts/a-post.html',
    );
    assert.match(markdown, /^<a id="intro"><\/a>Text<sup id="fnref1">\[1\]\(#fn1\)<\/sup> and comments\.$/m);
    assert.match(markdown, /^1\. <a id="fn1"><\/a>\s+The note\. \[↩\]\(#fnref1\)$/m);
    assert.deepEqual(removed, ['a link to #comments, a place this post does not have']);
  });

  test('a link to another entry keeps its fragment only when that post has the place', () => {
    const entries = entryAddresses([{ link: 'https://example.org/posts/b.html', slug: 'b', ids: new Set(['setup']) }]);
    const { markdown } = htmlToMarkdown(
      '<p><a href="/posts/b.html#setup">setup</a> <a href="/posts/b.html#comments">comments</a> <a href="/posts/b.html#Setting-Up">heading</a></p>',
      'https://example.org/posts/a-post.html',
      entries,
    );
    assert.equal(markdown, '[setup](/posts/b.html#setup) [comments](/posts/b.html) [heading](/posts/b.html)\n');
  });
});
