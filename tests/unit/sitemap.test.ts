import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { servedPageUrl } from '../../src/lib/sitemap.ts';

describe('servedPageUrl', () => {
  it('adds .html to pages built from a file route', () => {
    assert.equal(servedPageUrl('https://shipit.dev/posts/ansible-top-5'), 'https://shipit.dev/posts/ansible-top-5.html');
  });

  it('leaves folder pages and addresses that already end in .html alone', () => {
    assert.equal(servedPageUrl('https://shipit.dev/'), 'https://shipit.dev/');
    assert.equal(servedPageUrl('https://shipit.dev/tags/aws/'), 'https://shipit.dev/tags/aws/');
    assert.equal(servedPageUrl('https://shipit.dev/posts/a.html'), 'https://shipit.dev/posts/a.html');
  });
});
