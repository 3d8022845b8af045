// The four builds `npm run bench` times over one synthetic corpus: the blog and the bare Astro
// baseline, each cold and then warm after one post changed. Both run under the same memory probe.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_POSTS_OUTPUT, writeBaselineProject } from './baseline.ts';
import { type BuildMeasure, type BuildMeasures, type BuildName, medianMeasures, medianRatios, type Ratios } from './compare.ts';
import { editedPost, postSlug, syntheticCorpus } from './corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const memoryProbe = join(import.meta.dirname, 'peak-memory.ts');

/** Runs `node --import <memory probe> …args` in cwd; its output shows only when it fails. */
function timedBuild(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, peakFile: string): BuildMeasure {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', memoryProbe, ...args], {
    cwd,
    env: { ...process.env, ...env, SHIPIT_PEAK_MEMORY_FILE: peakFile, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.stdout}${result.stderr}`);
  if (!existsSync(peakFile)) throw new Error(`the ${name} build did not report its peak memory`);
  return { seconds, peakMemoryMb: Number(readFileSync(peakFile, 'utf8')) / 1024 };
}

function expectPages(name: string, dir: string, isPostPage: (entry: string) => boolean, posts: number): void {
  const built = readdirSync(dir).filter(isPostPage).length;
  if (built !== posts) throw new Error(`expected ${posts} post pages from the ${name} build, it wrote ${built}`);
}

/**
 * Writes `posts` synthetic posts to dir/posts and runs the four builds in dir, `rounds` times in
 * turn, each round from empty caches: the blog into dir/dist (src/build-variants.ts), the
 * baseline in dir/baseline. Gives each build's median over the rounds, and each ratio's median
 * over the rounds; `onRound` sees every round's figures. Leaves dir for the caller to read and remove.
 */
export function measureCorpus(
  dir: string,
  posts: number,
  { rounds = 1, onBuild, onRound }: { rounds?: number; onBuild: (name: BuildName) => void; onRound?: (builds: BuildMeasures) => void },
): { builds: BuildMeasures; ratios: Ratios } {
  const postsDir = join(dir, 'posts');
  mkdirSync(postsDir);
  for (const post of syntheticCorpus(posts)) writeFileSync(join(postsDir, post.fileName), post.text);
  const editedFile = join(postsDir, `${postSlug(0)}.md`);
  let edits = 0;
  const edit = () => writeFileSync(editedFile, editedPost(readFileSync(editedFile, 'utf8'), ++edits));
  const baselineDir = join(dir, 'baseline');
  writeBaselineProject(baselineDir, postsDir, join(root, 'node_modules'));

  const measured: BuildMeasures[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    // One file per build, since the probe keeps the highest peak it finds in its file.
    const peakFile = (name: BuildName) => join(dir, `peak-rss-kb-${name}-${round}`);
    // Built the way `npm run build` builds, the safe build passing the memory probe on to Astro.
    const blog = (name: BuildName) => {
      onBuild(name);
      return timedBuild(name, [join(root, 'tools/build/safe-build.ts')], root, { SHIPIT_BENCH_DIR: dir }, peakFile(name));
    };
    const baseline = (name: BuildName) => {
      onBuild(name);
      return timedBuild(name, [join(baselineDir, 'node_modules/astro/bin/astro.mjs'), 'build'], baselineDir, {}, peakFile(name));
    };
    for (const cache of [join(dir, 'cache'), join(dir, 'dist'), join(baselineDir, 'cache'), join(baselineDir, 'dist')]) {
      rmSync(cache, { recursive: true, force: true });
    }

    const blogCold = blog('blogCold');
    edit();
    const blogWarm = blog('blogWarm');
    expectPages('blog', join(dir, 'dist', 'posts'), (entry) => entry.endsWith('.html'), posts);
    const baselineCold = baseline('baselineCold');
    edit();
    const baselineWarm = baseline('baselineWarm');
    expectPages(
      'baseline',
      join(baselineDir, BASELINE_POSTS_OUTPUT),
      (entry) => existsSync(join(baselineDir, BASELINE_POSTS_OUTPUT, entry, 'index.html')),
      posts,
    );
    const builds = { blogCold, blogWarm, baselineCold, baselineWarm };
    onRound?.(builds);
    measured.push(builds);
  }
  return { builds: medianMeasures(measured), ratios: medianRatios(measured) };
}
