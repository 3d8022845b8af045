import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { localDate, newPostText, parseNewPostArgs, slugFromTitle } from '../../tools/new-post/new-post.ts';
import { postSchema } from '../../src/lib/front-matter/post-schema.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/lib/seo.ts';

const description = 'How to run Postgres on Kubernetes for a year: operators, storage, backups, upgrades.';

function frontMatter(text: string): Record<string, unknown> {
  const parsed = parseFrontMatter(text);
  assert.ok(parsed, 'front matter block');
  return parsed.data;
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
  it('writes a draft with the description placeholder', () => {
    const data = frontMatter(newPostText('Kubernetes operators with Python #2: Implementing Controller', '2025-11-25'));
    assert.deepEqual(data, {
      title: 'Kubernetes operators with Python #2: Implementing Controller',
      description: DESCRIPTION_PLACEHOLDER,
      pubDate: '2025-11-25',
      tags: [],
      draft: true,
      comments: true,
    });
  });

  it('writes a draft the schema accepts, and refuses to publish until the description is written', () => {
    const data = frontMatter(newPostText('Running Postgres on Kubernetes', '2025-11-25'));
    assert.equal(postSchema.safeParse(data).success, true);
    const published = postSchema.safeParse({ ...data, draft: false });
    assert.equal(published.success, false);
    assert.deepEqual(
      published.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      ['description: write a description (50–160 characters) before publishing'],
    );
  });

  it('writes the tags and description it is given', () => {
    const data = frontMatter(newPostText('A title', '2025-11-25', { tags: ['aws', 'indie-hacking'], description }));
    assert.deepEqual(data.tags, ['aws', 'indie-hacking']);
    assert.equal(data.description, description);
    assert.equal(postSchema.safeParse({ ...data, draft: false }).success, true);
  });

  it('quotes titles and descriptions safely', () => {
    const title = 'Say "hi": a #hash \\ backslash';
    const tricky = `${description} "quoted": #not-a-comment`;
    const data = frontMatter(newPostText(title, '2025-11-25', { description: tricky }));
    assert.equal(data.title, title);
    assert.equal(data.description, tricky);
  });

  it('refuses an empty title', () => {
    assert.throws(() => newPostText('   ', '2025-11-25'), /must not be empty/);
  });
});

describe('parseNewPostArgs', () => {
  it('takes the title from the words that are not options', () => {
    assert.deepEqual(parseNewPostArgs(['Running', 'Postgres']), {
      title: 'Running Postgres',
      tags: [],
      description: undefined,
      out: undefined,
    });
  });

  it('reads --tags, --description and --out', () => {
    assert.deepEqual(parseNewPostArgs(['A title', '--tags', ' aws, python,aws ', `--description=  ${description} `, '--out', 'drafts']), {
      title: 'A title',
      tags: ['aws', 'python'],
      description,
      out: 'drafts',
    });
  });

  it('refuses a tag the site cannot use, naming it and the rule', () => {
    assert.throws(
      () => parseNewPostArgs(['A title', '--tags', 'aws,Machine Learning']),
      /^Error: --tags: "Machine Learning": tags are lowercase letters/,
    );
    assert.throws(() => parseNewPostArgs(['A title', '--tags', ',']), /--tags: name at least one tag/);
  });

  it('refuses a description outside 50–160 characters, or the placeholder itself', () => {
    assert.throws(
      () => parseNewPostArgs(['A title', '--description', 'Too short']),
      /^Error: --description: must be 50–160 characters, not 9$/,
    );
    assert.throws(() => parseNewPostArgs(['A title', '--description', DESCRIPTION_PLACEHOLDER]), /--description: write your own/);
  });

  it('explains a missing title, an unknown option and a missing value', () => {
    assert.throws(() => parseNewPostArgs(['--tags', 'aws']), /^Error: give the post a title$/);
    assert.throws(
      () => parseNewPostArgs(['A title', '--tag', 'aws']),
      /^Error: unknown option --tag; the options are --tags, --description and --out$/,
    );
    assert.throws(() => parseNewPostArgs(['A title', '--tags']), /--tags/);
  });
});
