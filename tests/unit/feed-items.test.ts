import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { absoluteUrlsInHtml, lastUpdated, tagFeedPath, tagOfTagPage, toFeedEntry, type FeedPost } from '../../src/feeds/entries.ts';

const POST_URL = 'https://shipit.dev/posts/a-post.html';

describe('absoluteUrlsInHtml', () => {
  it('resolves root-relative, relative and fragment links against the post', () => {
    const html = absoluteUrlsInHtml(
      '<a href="/posts/other.html">o</a><a href="#intro">i</a><a href="notes/x.html">n</a><img src="../static/a.png" alt="">',
      POST_URL,
    );
    assert.equal(
      html,
      '<a href="https://shipit.dev/posts/other.html">o</a><a href="https://shipit.dev/posts/a-post.html#intro">i</a>' +
        '<a href="https://shipit.dev/posts/notes/x.html">n</a><img src="https://shipit.dev/static/a.png" alt="">',
    );
  });

  it('resolves every candidate of a srcset and keeps its descriptor', () => {
    const html = absoluteUrlsInHtml('<img src="/a.png" srcset="/a.png 1x, b@2.png 2x" alt="">', POST_URL);
    assert.match(html, /srcset="https:\/\/shipit.dev\/a.png 1x, https:\/\/shipit.dev\/posts\/b@2.png 2x"/);
  });

  it('resolves video posters, quote sources and picture sources', () => {
    const html = absoluteUrlsInHtml(
      '<video poster="/p.jpg" src="/v.mp4"></video><blockquote cite="/q.html">q</blockquote><picture><source srcset="/w.webp"></picture>',
      POST_URL,
    );
    for (const url of ['https://shipit.dev/p.jpg', 'https://shipit.dev/v.mp4', 'https://shipit.dev/q.html', 'https://shipit.dev/w.webp']) {
      assert.ok(html.includes(`"${url}"`), `${url} in ${html}`);
    }
  });

  it('leaves absolute and mailto links and the text of code alone', () => {
    const tree = fromHtml(
      absoluteUrlsInHtml(
        '<a href="https://example.com/x?a=1&amp;b=2">e</a><a href="mailto:max@example.com">m</a><code>&lt;a href="/x"&gt;</code>',
        POST_URL,
      ),
      { fragment: true },
    );
    assert.deepEqual(
      selectAll('a', tree).map((a) => a.properties.href),
      ['https://example.com/x?a=1&b=2', 'mailto:max@example.com'],
    );
    assert.equal(toText(select('code', tree)!), '<a href="/x">');
  });

  it('leaves out a URL it cannot read, keeping the link text, and names the attribute', () => {
    const dropped: string[] = [];
    const html = absoluteUrlsInHtml(
      '<p><a id="top"></a>See <a href="http://vonwong.com%22%3Ehttp://vonwong.com%3C/a%3E%3C/p">http://vonwong.com</a> and <img src="http://[bad" alt="pic"></p>',
      POST_URL,
      (what) => dropped.push(what),
    );
    assert.equal(html, '<p><a id="top"></a>See http://vonwong.com and <img alt="pic"></p>');
    assert.deepEqual(dropped, ['<a href> "http://vonwong.com%22%3Ehttp://vonwong.com%3C/a%3E%3C/p"', '<img src> "http://[bad"']);
  });
});

function post(data: Partial<FeedPost['data']> = {}): FeedPost {
  return {
    id: 'a-post',
    data: { title: 'A post', description: 'About it', pubDate: new Date('2021-01-18'), tags: ['python'], ...data },
  };
}

describe('toFeedEntry', () => {
  it('keeps the old site id and links to the post page', () => {
    const entry = toFeedEntry(post({ legacyId: 'https://shipit.dev/posts/a-post' }), '<p>Hi</p>', 'https://shipit.dev');
    assert.equal(entry.id, 'https://shipit.dev/posts/a-post');
    assert.equal(entry.url, POST_URL);
  });

  it('uses the post URL as the id of a post the old site never had', () => {
    assert.equal(toFeedEntry(post(), '<p>Hi</p>', 'https://shipit.dev').id, POST_URL);
  });

  it('makes the content URLs absolute, and warns naming the post when one cannot be carried', () => {
    assert.equal(toFeedEntry(post(), '<a href="#x">x</a>', 'https://shipit.dev').content, `<a href="${POST_URL}#x">x</a>`);
    const warnings: string[] = [];
    const entry = toFeedEntry(post(), '<a href="http://[">x</a>', 'https://shipit.dev', undefined, (warning) => warnings.push(warning));
    assert.equal(entry.content, 'x');
    assert.deepEqual(warnings, ['warning: post a-post: <a href> "http://[" is not a valid URL; the feeds carry its text without it']);
  });

  it('is updated when the post was, and else when it was published', () => {
    assert.deepEqual(toFeedEntry(post(), '', 'https://shipit.dev').updated, new Date('2021-01-18'));
    const updated = toFeedEntry(post({ updatedDate: new Date('2022-02-02') }), '', 'https://shipit.dev');
    assert.deepEqual(updated.updated, new Date('2022-02-02'));
    assert.deepEqual(updated.published, new Date('2021-01-18'));
  });

  it('keeps the path of a project page in the post URL, the id and the content', () => {
    const entry = toFeedEntry(post(), '<a href="/blog/posts/b.html">b</a><a href="#x">x</a>', 'https://user.github.io/blog');
    assert.equal(entry.url, 'https://user.github.io/blog/posts/a-post.html');
    assert.equal(entry.id, entry.url);
    assert.equal(
      entry.content,
      '<a href="https://user.github.io/blog/posts/b.html">b</a><a href="https://user.github.io/blog/posts/a-post.html#x">x</a>',
    );
  });
});

describe('lastUpdated', () => {
  it('is the newest update among the entries', () => {
    const entries = ['2020-01-01', '2023-05-05', '2021-01-01'].map((day) =>
      toFeedEntry(post({ pubDate: new Date(day) }), '', 'https://shipit.dev'),
    );
    assert.deepEqual(lastUpdated(entries), new Date('2023-05-05'));
  });

  it('is unknown for a feed without entries', () => {
    assert.equal(lastUpdated([]), undefined);
  });
});

describe('tagFeedPath', () => {
  it('sits in the folder of the tag page', () => {
    assert.equal(tagFeedPath('kubernetes'), '/tags/kubernetes/rss.xml');
  });
});

describe('tagOfTagPage', () => {
  it('finds the tag of a tag page, however its address is written', () => {
    assert.equal(tagOfTagPage('/tags/kubernetes/'), 'kubernetes');
    assert.equal(tagOfTagPage('/tags/indie-hacking/index.html'), 'indie-hacking');
  });

  it('finds none on the tag index and other pages', () => {
    for (const path of ['/tags/', '/', '/posts/a.html', '/tags/aws/rss.xml']) assert.equal(tagOfTagPage(path), undefined, path);
  });
});
