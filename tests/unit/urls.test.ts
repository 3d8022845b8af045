import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteUrlOn, basePathOf, joinBase, stripBase } from '../../src/lib/urls.ts';

describe('basePathOf', () => {
  it('is / for a site at the root of its host', () => {
    assert.equal(basePathOf('https://shipit.dev'), '/');
    assert.equal(basePathOf('https://shipit.dev/'), '/');
  });

  it('is the path of a project page, with or without its trailing slash', () => {
    assert.equal(basePathOf('https://user.github.io/blog'), '/blog/');
    assert.equal(basePathOf('https://user.github.io/blog/'), '/blog/');
    assert.equal(basePathOf('https://example.com/a/b'), '/a/b/');
  });
});

describe('joinBase', () => {
  it('puts a site path under the base path', () => {
    assert.equal(joinBase('/', '/posts/a.html'), '/posts/a.html');
    assert.equal(joinBase('/blog/', '/posts/a.html'), '/blog/posts/a.html');
    assert.equal(joinBase('/blog/', '/'), '/blog/');
    assert.equal(joinBase('/blog/', '/tags/aws/'), '/blog/tags/aws/');
  });

  it('refuses a path that is not written from the site root', () => {
    assert.throws(() => joinBase('/blog/', 'posts/a.html'), /must start with \//);
  });
});

describe('stripBase', () => {
  it('gives the site path of an address under the base path', () => {
    assert.equal(stripBase('/blog/', '/blog/posts/a.html'), '/posts/a.html');
    assert.equal(stripBase('/blog/', '/blog/'), '/');
    assert.equal(stripBase('/blog/', '/blog'), '/');
    assert.equal(stripBase('/', '/posts/a.html'), '/posts/a.html');
  });

  it('is undefined for an address outside the site', () => {
    assert.equal(stripBase('/blog/', '/posts/a.html'), undefined);
    assert.equal(stripBase('/blog/', '/blogroll/'), undefined);
  });
});

describe('absoluteUrlOn', () => {
  it('keeps the path of a project page', () => {
    assert.equal(absoluteUrlOn('https://user.github.io/blog', '/posts/a.html'), 'https://user.github.io/blog/posts/a.html');
    assert.equal(absoluteUrlOn('https://user.github.io/blog/', '/'), 'https://user.github.io/blog/');
  });

  it('is the plain URL on a site at the root', () => {
    assert.equal(absoluteUrlOn('https://shipit.dev', '/atom.xml'), 'https://shipit.dev/atom.xml');
  });
});
