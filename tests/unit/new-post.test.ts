import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { localDate, newPostText, slugFromTitle } from '../../src/lib/new-post.ts';

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(match, 'front matter block');
  return parse(match[1]);
}

describe('slugFromTitle', () => {
  it('slugs like the old site’s URLs', () => {
    assert.equal(slugFromTitle('Minikube vs. kind vs. k3s'), 'minikube-vs-kind-vs-k3s');
    assert.equal(slugFromTitle('  A title  '), 'a-title');
    assert.equal(slugFromTitle('Ünïcode & Friends: a test!'), 'unicode-friends-a-test');
  });

  it('refuses titles that leave nothing to name a file after', () => {
    assert.throws(() => slugFromTitle('!!!'), /cannot make a file name/);
    assert.throws(() => slugFromTitle(''), /cannot make a file name/);
  });
});

describe('localDate', () => {
  it('formats the local calendar day', () => {
    assert.equal(localDate(new Date(2021, 0, 8, 23, 59)), '2021-01-08');
  });
});

describe('newPostText', () => {
  it('writes the front matter contract as a draft', () => {
    const data = frontMatter(newPostText('Kubernetes operators with Python #2: Implementing Controller', '2025-11-25'));
    assert.deepEqual(data, {
      title: 'Kubernetes operators with Python #2: Implementing Controller',
      description: 'Kubernetes operators with Python #2: Implementing Controller',
      pubDate: '2025-11-25',
      tags: [],
      draft: true,
      comments: true,
    });
  });

  it('quotes titles safely', () => {
    const title = 'Say "hi": a #hash \\ backslash';
    assert.equal(frontMatter(newPostText(title, '2025-11-25')).title, title);
  });

  it('keeps the description within the schema’s 160 characters', () => {
    const data = frontMatter(newPostText('x'.repeat(200), '2025-11-25'));
    assert.equal((data.description as string).length, 160);
    assert.equal((data.title as string).length, 200);
  });

  it('refuses an empty title', () => {
    assert.throws(() => newPostText('   ', '2025-11-25'), /must not be empty/);
  });
});
