import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basePathUrls, underBasePath } from '../../src/markdown/base-path.ts';
import { postRenderer } from '../support/post-renderer.ts';

async function underBase(html: string, base: string): Promise<string> {
  const processor = await postRenderer({ hastPlugins: [basePathUrls(base)] });
  return (await processor.render(html)).code.trim();
}

describe('basePathUrls', () => {
  it('puts links between posts and public/ images under the base path of a project page', async () => {
    assert.equal(
      await underBase(
        '<a href="/posts/a.html#setup">a</a><img src="/static/images/x.png" srcset="/x.png 1x, /x@2.png 2x" alt="">',
        '/blog/',
      ),
      '<p><a href="/blog/posts/a.html#setup">a</a><img src="/blog/static/images/x.png" srcset="/blog/x.png 1x, /blog/x@2.png 2x" alt=""></p>',
    );
    assert.equal(await underBase('[a](/posts/a.html)', '/blog/'), '<p><a href="/blog/posts/a.html">a</a></p>');
  });

  it('leaves fragments, relative, protocol-relative and external URLs alone', async () => {
    const html =
      '<p><a href="#intro">i</a><a href="b.html">b</a><img src="//cdn.example.com/x.png" alt=""><a href="https://example.com/">e</a></p>';
    assert.equal(await underBase(html, '/blog/'), html);
  });

  it('is no step at all on a site at the root of its host', () => {
    assert.equal(basePathUrls('/'), undefined);
    assert.equal(underBasePath('/posts/a.html', '/'), '/posts/a.html');
  });
});
