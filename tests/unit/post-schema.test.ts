import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsFromIssues } from '../../src/lib/front-matter/problems.ts';
import { postSchema, unknownFieldMessage } from '../../src/lib/front-matter/post-schema.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/lib/seo.ts';

const good = {
  title: 'Running Postgres on Kubernetes',
  description: 'What it takes to run Postgres on Kubernetes for a year: operators, storage, backups and upgrades.',
  pubDate: new Date('2025-11-25'),
  tags: ['kubernetes'],
};

/** The problems the build would report for this front matter, as `field: message` lines. */
function problems(data: Record<string, unknown>): string[] {
  const result = postSchema.safeParse(data);
  if (result.success) return [];
  return problemsFromIssues('content/posts/x.md', data, result.error.issues, unknownFieldMessage).map(
    ({ field, message }) => `${field}: ${message}`,
  );
}

describe('postSchema', () => {
  it('accepts a complete post and fills in the defaults', () => {
    const post = postSchema.parse(good);
    assert.equal(post.draft, false);
    assert.equal(post.comments, true);
  });

  it('refuses unknown keys, suggesting the field that was meant', () => {
    assert.deepEqual(problems({ ...good, draf: true, tag: ['astro'] }), [
      'draf: unknown field; did you mean draft?',
      'tag: unknown field; did you mean tags?',
    ]);
  });

  it('lists the fields when no known one is close to the unknown key', () => {
    assert.match(problems({ ...good, author: 'Max' })[0], /^author: unknown field; a post's fields are title, description, pubDate/);
  });

  it('holds every post to the description rule, trimmed', () => {
    assert.deepEqual(problems({ ...good, description: '  Too short  ' }), ['description: must be 50–160 characters, not 9']);
    assert.deepEqual(problems({ ...good, description: 'x'.repeat(161), draft: true }), ['description: must be 50–160 characters, not 161']);
    assert.equal(postSchema.parse({ ...good, description: ` ${good.description}\n` }).description, good.description);
  });

  it('lets a draft keep the placeholder of npm run new and refuses to publish it', () => {
    assert.deepEqual(problems({ ...good, description: DESCRIPTION_PLACEHOLDER, draft: true }), []);
    assert.deepEqual(problems({ ...good, description: DESCRIPTION_PLACEHOLDER }), [
      'description: write a description (50–160 characters) before publishing',
    ]);
  });

  it('reports every problem of a post at once', () => {
    assert.deepEqual(problems({ description: 'Short', pubDate: '2021-02-30', tags: ['Bad Tag'], draf: true }), [
      'title: required',
      'pubDate: expected a real date written as YYYY-MM-DD',
      'tags.0: tags are lowercase letters and digits, words joined by hyphens (e.g. indie-hacking)',
      'draf: unknown field; did you mean draft?',
      'description: must be 50–160 characters, not 5',
    ]);
  });
});

describe('postSchema: series', () => {
  it('takes a series name and a place in it', () => {
    const post = postSchema.parse({ ...good, series: '  Kubernetes operators with Python ', seriesOrder: 2 });
    assert.equal(post.series, 'Kubernetes operators with Python');
    assert.equal(post.seriesOrder, 2);
  });

  it('refuses a misspelt series field, a place without a series and a name with nothing to link', () => {
    assert.deepEqual(problems({ ...good, serie: 'Operators' }), ['serie: unknown field; did you mean series?']);
    assert.deepEqual(problems({ ...good, seriesOrder: 1 }), ['seriesOrder: gives a place in a series: name the series too (series: …)']);
    assert.deepEqual(problems({ ...good, series: '!!!' }), ['series: a series name needs a letter or a digit']);
    assert.equal(problems({ ...good, series: 'Operators', seriesOrder: 0 }).length, 1);
    assert.equal(problems({ ...good, series: 'Operators', seriesOrder: 1.5 }).length, 1);
  });
});
