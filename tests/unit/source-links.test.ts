import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editUrlOn } from '../../src/lib/source-links.ts';

const repository = { url: 'https://github.com/max/blog', branch: 'main' };

describe('the edit link of a post', () => {
  it("opens GitHub's editor on the post's file", () => {
    assert.equal(editUrlOn(repository, 'content/posts/a.md'), 'https://github.com/max/blog/edit/main/content/posts/a.md');
    assert.equal(
      editUrlOn({ url: 'https://github.com/max/blog/', branch: 'drafts/2026' }, 'content\\posts\\ä b.mdx'),
      'https://github.com/max/blog/edit/drafts/2026/content/posts/%C3%A4%20b.mdx',
    );
  });

  it('is absent without a repository, without a file, or for a file outside the project', () => {
    assert.equal(editUrlOn(undefined, 'content/posts/a.md'), undefined);
    assert.equal(editUrlOn(repository, undefined), undefined);
    assert.equal(editUrlOn(repository, '/tmp/bench/posts/a.md'), undefined);
  });
});
