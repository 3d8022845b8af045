import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { calloutsAsQuotes, staticIslands } from '../../src/feeds/feed-html.ts';
import { postRenderer } from '../support/post-renderer.ts';
import { toFeedEntry } from '../../src/feeds/entries.ts';

const tree = (html: string) => fromHtml(html, { fragment: true });

describe('interactive islands in feeds', () => {
  // An MDX post's React island as Astro renders it on the page.
  const ISLAND =
    '<p>Before.</p><astro-island uid="x" component-url="/_astro/Counter.js" renderer-url="/_astro/client.js" ssr client="visible">' +
    '<div class="counter"><p>Clicked <output>3</output> times</p><button type="button">Add one</button></div>' +
    '<template data-astro-template>slot</template></astro-island><!--astro:end--><script>/* island loader */</script><p>After.</p>';

  it('keeps what the island rendered on the server, without its controls, scripts or markers', () => {
    const after = tree(staticIslands(ISLAND));
    assert.equal(selectAll('astro-island, button, script, template', after).length, 0);
    assert.equal(toText(select('.counter', after)!), 'Clicked 3 times');
    assert.doesNotMatch(staticIslands(ISLAND), /<!--/);
    assert.deepEqual(
      selectAll('p', after)
        .map((p) => toText(p))
        .filter((text) => /Before|After/.test(text)),
      ['Before.', 'After.'],
    );
  });

  it('leaves HTML without islands exactly as it is', () => {
    const html = '<p>Hi <a href="/x.html">x</a></p><pre tabindex="0"><code>a  b\n</code></pre><!-- kept -->';
    assert.equal(staticIslands(html), html);
  });

  it("tells the reader to open the post to use it, linking the post's own address", () => {
    const post = { id: 'island-post', data: { title: 'Islands', description: 'd', pubDate: new Date('2024-01-01'), tags: [] } };
    const content = tree(toFeedEntry(post, staticIslands(ISLAND), 'https://shipit.dev').content);
    const note = selectAll('p', content).find((p) => toText(p).includes('interactive'));
    assert.ok(note, 'a note follows the island');
    assert.equal(select('a', note)!.properties.href, 'https://shipit.dev/posts/island-post.html');
  });
});

describe('callouts in feeds', () => {
  it('become a quote opening with the label in bold, keeping their text', async () => {
    const page = (await (await postRenderer()).render('> [!WARNING]\n> Take a backup *first*.\n\nAfter.\n')).code;
    const feed = calloutsAsQuotes(page);
    assert.match(feed, /^<blockquote><p><strong>Warning<\/strong><\/p><p>Take a backup <em>first<\/em>\.<\/p><\/blockquote>/);
    assert.doesNotMatch(feed, /<aside|<svg/);
    assert.match(feed, /<p>After\.<\/p>/);
  });

  it('leave HTML without callouts untouched', () => {
    const html = '<blockquote><p>A quote.</p></blockquote><aside class="note">Aside</aside>';
    assert.equal(calloutsAsQuotes(html), html);
  });
});
