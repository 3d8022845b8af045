import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discussionTerm, discussionUrl, giscusTheme, isGiscusMessage, pathnameTerm, postComments } from '../../src/lib/giscus.ts';
import type { GiscusConfig } from '../../src/lib/site-config-schema.ts';

const config: GiscusConfig = {
  host: 'https://giscus.app',
  repo: 'ada/blog-comments',
  repoId: 'R_kgDOExample',
  category: 'Announcements',
  categoryId: 'DIC_kwDOExample',
  reactions: true,
  lang: 'en',
  inputPosition: 'bottom',
  lazy: true,
  themes: { light: 'light', dark: 'dark_dimmed' },
};

function post(id: string, comments = true) {
  return { id, data: { comments } };
}

describe('discussionTerm', () => {
  it('is the title the old site pathname mapping gave the thread of /posts/<slug>.html', () => {
    assert.equal(discussionTerm('python-str-vs-repr'), 'posts/python-str-vs-repr');
    assert.equal(discussionTerm('k8s-operators-with-python-part-1'), 'posts/k8s-operators-with-python-part-1');
  });

  it('keeps dots inside a slug, dropping only the extension', () => {
    assert.equal(discussionTerm('node.js-in-2024'), 'posts/node.js-in-2024');
  });
});

describe('pathnameTerm (giscus pathname mapping)', () => {
  it('drops the leading slash and the file extension', () => {
    assert.equal(pathnameTerm('/posts/capnproto-with-python.html'), 'posts/capnproto-with-python');
  });

  it('names the site root "index"', () => {
    assert.equal(pathnameTerm('/'), 'index');
  });

  it('gives a different title for a clean URL, which is why the term is not read from the address bar', () => {
    assert.equal(pathnameTerm('/posts/capnproto-with-python/'), 'posts/capnproto-with-python/');
  });
});

describe('discussionUrl', () => {
  it('searches the repository discussions for the quoted title', () => {
    assert.equal(
      discussionUrl('ada/blog-comments', 'posts/python-str-vs-repr'),
      'https://github.com/ada/blog-comments/discussions?discussions_q=%22posts%2Fpython-str-vs-repr%22',
    );
  });
});

describe('postComments', () => {
  it('maps a post to its specific thread, non-strict, with the configured settings', () => {
    const comments = postComments(post('capnproto-with-python'), config);
    assert.deepEqual(comments, {
      term: 'posts/capnproto-with-python',
      discussionUrl: 'https://github.com/ada/blog-comments/discussions?discussions_q=%22posts%2Fcapnproto-with-python%22',
      themes: { light: 'light', dark: 'dark_dimmed' },
      widget: {
        host: 'https://giscus.app',
        repo: 'ada/blog-comments',
        repoId: 'R_kgDOExample',
        category: 'Announcements',
        categoryId: 'DIC_kwDOExample',
        mapping: 'specific',
        term: 'posts/capnproto-with-python',
        strict: '0',
        reactionsEnabled: '1',
        emitMetadata: '0',
        inputPosition: 'bottom',
        lang: 'en',
        loading: 'lazy',
      },
    });
  });

  it('passes reactions, input position and eager loading through', () => {
    const widget = postComments(post('a'), { ...config, reactions: false, inputPosition: 'top', lazy: false })?.widget;
    assert.equal(widget?.reactionsEnabled, '0');
    assert.equal(widget?.inputPosition, 'top');
    assert.equal(widget?.loading, 'eager');
  });

  it('is null for a post with `comments: false`', () => {
    assert.equal(postComments(post('a', false), config), null);
  });

  it('is null when the site has no giscus settings', () => {
    assert.equal(postComments(post('a'), undefined), null);
  });
});

describe('giscusTheme', () => {
  it('picks the configured giscus theme for each site theme', () => {
    assert.equal(giscusTheme(config.themes, 'light'), 'light');
    assert.equal(giscusTheme(config.themes, 'dark'), 'dark_dimmed');
  });
});

describe('isGiscusMessage', () => {
  it('accepts giscus messages from the giscus origin', () => {
    assert.equal(isGiscusMessage({ origin: 'https://giscus.app', data: { giscus: { resizeHeight: 300 } } }, config.host), true);
  });

  it('ignores other origins, even with a giscus-shaped message', () => {
    assert.equal(isGiscusMessage({ origin: 'https://evil.example', data: { giscus: {} } }, config.host), false);
  });

  it('ignores messages from giscus that are not giscus messages', () => {
    assert.equal(isGiscusMessage({ origin: 'https://giscus.app', data: 'hello' }, config.host), false);
    assert.equal(isGiscusMessage({ origin: 'https://giscus.app', data: null }, config.host), false);
    assert.equal(isGiscusMessage({ origin: 'https://giscus.app', data: { giscus: null } }, config.host), false);
  });
});
