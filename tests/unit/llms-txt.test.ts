import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { llmsTxt } from '../../src/lib/llms-txt.ts';

const site = { title: 'shipit', description: 'A blog on DevOps.', author: 'Max Brenner' };

describe('llms.txt', () => {
  it('names the site, quotes its description and lists every post with its Markdown link and description', () => {
    const text = llmsTxt(site, [
      { title: 'First', description: 'About the first thing.', markdownUrl: 'https://blog.test/posts/first.md' },
      { title: 'Second', description: 'About the second.', markdownUrl: 'https://blog.test/posts/second.md' },
    ]);
    const lines = text.split('\n');
    assert.equal(lines[0], '# shipit');
    assert.equal(lines[2], '> A blog on DevOps.');
    assert.equal(lines.filter((line) => line.startsWith('## ')).length, 1);
    assert.deepEqual(
      lines.filter((line) => line.startsWith('- ')),
      [
        '- [First](https://blog.test/posts/first.md): About the first thing.',
        '- [Second](https://blog.test/posts/second.md): About the second.',
      ],
    );
  });

  it('keeps a title with brackets or a line break inside its link', () => {
    const text = llmsTxt(site, [{ title: 'Arrays [] and\nmore', description: 'x', markdownUrl: 'https://blog.test/a.md' }]);
    assert.match(text, /^- \[Arrays \\\[\\\] and more\]\(https:\/\/blog\.test\/a\.md\): x$/m);
  });
});
