// A production build over posts with front matter problems: it must fail once, listing
// every file and field, so an author fixes them all in one go.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, DESCRIPTION_PLACEHOLDER } from '../../src/lib/seo.ts';

const root = join(import.meta.dirname, '..', '..');
const range = `${DESCRIPTION_MIN}–${DESCRIPTION_MAX}`;
const description = 'A description long enough for search engines to show it whole, and short enough too.';

const posts: Record<string, string> = {
  'fine.md': `title: Fine\ndescription: ${description}\npubDate: 2024-01-18`,
  'secret-draft.md': `title: Secret\ndescription: ${description}\npubDate: 2024-01-18\ndraf: true`,
  'short-description.md': 'title: Short\ndescription: Too short\npubDate: 2024-01-18\ntag: [astro]',
  'not-written-yet.md': `title: New\ndescription: "${DESCRIPTION_PLACEHOLDER}"\npubDate: 2024-02-30\ndraft: false`,
};

describe('a build with bad front matter', () => {
  it('fails once, naming every file and field, without a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'front-matter-build-'));
    try {
      await mkdir(join(dir, 'posts'));
      for (const [name, front] of Object.entries(posts)) {
        await writeFile(join(dir, 'posts', name), `---\n${front}\n---\n\nBody.\n`);
      }
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf-8',
        // The bench mechanism (src/build-variants.ts) builds these posts alone, into the temporary folder.
        env: { ...process.env, SHIPIT_BENCH_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      assert.notEqual(result.status, 0, output);
      const report = output.slice(output.indexOf('Front matter problems'));
      const file = (name: string) => join(dir, 'posts', name);
      assert.equal(
        report.trim(),
        [
          'Front matter problems in 3 posts:',
          `  ${file('not-written-yet.md')}: pubDate: expected a real date written as YYYY-MM-DD`,
          `  ${file('not-written-yet.md')}: description: write a description (${range} characters) before publishing`,
          `  ${file('secret-draft.md')}: draf: unknown field; did you mean draft?`,
          `  ${file('short-description.md')}: tag: unknown field; did you mean tags?`,
          `  ${file('short-description.md')}: description: must be ${range} characters, not 9`,
        ].join('\n'),
        output,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
