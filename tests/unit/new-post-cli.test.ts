import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { localDate } from '../../tools/new-post/new-post.ts';

const script = join(import.meta.dirname, '..', '..', 'tools', 'new-post', 'cli.ts');
const description = 'How to run Postgres on Kubernetes for a year: operators, storage, backups, upgrades.';

function newPost(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: folder, encoding: 'utf-8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let folder: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'new-post-cli-'));
});
after(async () => {
  await rm(folder, { recursive: true });
});

describe('npm run new', () => {
  it('writes a draft named after the title into --out and prints its path', async () => {
    const { code, stdout, stderr } = newPost(
      'Running Postgres on Kubernetes',
      '--tags',
      'kubernetes,postgres',
      '--description',
      description,
      '--out',
      'posts',
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim(), join('posts', 'running-postgres-on-kubernetes.md'));
    const text = await readFile(join(folder, 'posts', 'running-postgres-on-kubernetes.md'), 'utf-8');
    const data = parseFrontMatter(text)?.data;
    assert.deepEqual(data, {
      title: 'Running Postgres on Kubernetes',
      description,
      pubDate: localDate(),
      tags: ['kubernetes', 'postgres'],
      draft: true,
      comments: true,
    });
  });

  it('never overwrites an existing post', async () => {
    const before = await readFile(join(folder, 'posts', 'running-postgres-on-kubernetes.md'), 'utf-8');
    const { code, stderr } = newPost('Running Postgres on Kubernetes', '--out', 'posts');
    assert.equal(code, 1);
    assert.match(stderr, /^error: posts\/running-postgres-on-kubernetes\.md already exists/);
    assert.equal(await readFile(join(folder, 'posts', 'running-postgres-on-kubernetes.md'), 'utf-8'), before);
  });

  it('refuses bad options with the error and the usage, without a stack trace, writing nothing', async () => {
    for (const [args, error] of [
      [['A title', '--tags', 'Bad Tag', '--out', 'refused'], /^error: --tags: "Bad Tag": tags are lowercase/],
      [['A title', '--description', 'Too short', '--out', 'refused'], /^error: --description: must be 50–160 characters, not 9/],
      [['--out', 'refused'], /^error: give the post a title/],
    ] as const) {
      const { code, stderr } = newPost(...args);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, error);
      assert.match(stderr, /\nusage: npm run new -- "A title"/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    }
    assert.deepEqual((await readdir(folder)).sort(), ['posts']);
  });
});
