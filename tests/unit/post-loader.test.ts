import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { FrontMatterError, throwIfAnyHasProblems } from '../../src/lib/front-matter/problems.ts';
import { withFrontMatterChecks } from '../../src/lib/front-matter/post-loader.ts';

const description = 'A description long enough for search engines to show it whole, and short enough too.';

const posts: Record<string, string> = {
  'good.md': `title: Good\ndescription: ${description}\npubDate: 2021-01-18`,
  'typo.md': `title: Typo\ndescription: ${description}\npubDate: 2021-01-18\ndraf: true`,
  'short.md': 'title: Short\ndescription: Too short\npubDate: 2021-02-30',
  'tags.md': `title: Tags\ndescription: ${description}\npubDate: 2021-01-18\ntag: [astro]`,
};

/**
 * Runs the checks around a loader that reads the files as Astro's glob loader does (js-yaml
 * rolls impossible dates over, which the checks must undo) and returns what it stored.
 */
async function load(watching: boolean): Promise<Map<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'post-loader-'));
  try {
    const stored = new Map<string, unknown>();
    await Promise.all(Object.entries(posts).map(([name, front]) => writeFile(join(root, name), `---\n${front}\n---\n\nBody\n`)));
    const inner: Loader = {
      name: 'fake-glob',
      load: async (context) => {
        for (const [name, front] of Object.entries(posts)) {
          const data = parse(front.replace('2021-02-30', '2021-03-02'));
          data.pubDate = new Date(data.pubDate);
          stored.set(name, await context.parseData({ id: name, data, filePath: join(root, name) }));
        }
      },
    };
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      watcher: watching ? {} : undefined,
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    } as unknown as LoaderContext;
    await withFrontMatterChecks(inner).load(context);
    return stored;
  } finally {
    await rm(root, { recursive: true });
  }
}

describe('withFrontMatterChecks', () => {
  it('fails a build once, naming every bad file and field', async () => {
    await assert.rejects(load(false), (error: unknown) => {
      assert.ok(error instanceof FrontMatterError);
      assert.equal(
        error.message,
        [
          'Front matter problems in 3 posts:',
          '  short.md: pubDate: expected a real date written as YYYY-MM-DD',
          '  short.md: description: must be 50–160 characters, not 9',
          '  tags.md: tag: unknown field; did you mean tags?',
          '  typo.md: draf: unknown field; did you mean draft?',
        ].join('\n'),
      );
      assert.equal(error.stack, '', 'no stack trace under the list');
      return true;
    });
  });

  it('in dev, loads bad posts with their problems for the pages to throw', async () => {
    const stored = await load(true);
    assert.deepEqual((stored.get('good.md') as { title: string }).title, 'Good');
    const entries = [...stored.values()].map((data) => ({ data: data as object }));
    assert.throws(
      () => throwIfAnyHasProblems(entries),
      (error: unknown) => {
        assert.ok(error instanceof FrontMatterError);
        assert.match(error.message, /^Front matter problems in 3 posts:/);
        assert.match(error.message, /typo\.md: draf: unknown field; did you mean draft\?/);
        assert.match(error.message, /short\.md: pubDate: expected a real date/);
        return true;
      },
    );
  });

  it('lets good posts through untouched', async () => {
    const stored = await load(true);
    assert.doesNotThrow(() => throwIfAnyHasProblems([{ data: stored.get('good.md') as object }]));
  });
});
