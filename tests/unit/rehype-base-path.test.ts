import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeBasePath from '../../src/markdown/rehype-base-path.ts';

function underBase(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeBasePath({ base })(tree);
  return toHtml(tree);
}

describe('rehypeBasePath', () => {
  it('puts links between posts and public/ images under the base path of a project page', () => {
    assert.equal(
      underBase('<a href="/posts/a.html#setup">a</a><img src="/static/images/x.png" srcset="/x.png 1x, /x@2.png 2x" alt="">', '/blog/'),
      '<a href="/blog/posts/a.html#setup">a</a><img src="/blog/static/images/x.png" srcset="/blog/x.png 1x, /blog/x@2.png 2x" alt="">',
    );
  });

  it('leaves fragments, relative, protocol-relative and external URLs alone', () => {
    const html =
      '<a href="#intro">i</a><a href="b.html">b</a><img src="//cdn.example.com/x.png" alt=""><a href="https://example.com/">e</a>';
    assert.equal(underBase(html, '/blog/'), html);
  });

  it('changes nothing on a site at the root of its host', () => {
    const html = '<a href="/posts/a.html">a</a>';
    assert.equal(underBase(html, '/'), html);
  });
});
