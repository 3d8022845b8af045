// The build benchmark's results file: one table row per corpus per run, kept in the
// repository so a slower build shows next to the rows before it.

export interface BenchRun {
  /** `YYYY-MM-DD`. */
  date: string;
  machine: string;
  /** The machine's one-minute load average when the build started: a busy machine builds slower. */
  load: number;
  posts: number;
  seconds: number;
  peakMemoryMb: number;
  node: string;
  astro: string;
}

export const RESULTS_HEADER = [
  '# Build benchmark',
  '',
  '`npm run bench` builds synthetic corpora shaped like the real posts (see `tools/bench/corpus.ts`)',
  'from a cold cache and adds a row per corpus here. Compare a row with earlier rows from the',
  'same machine and a similar load: a build that got slower per post is a regression.',
  '',
  '| date | machine | load | posts | build (s) | ms per post | peak memory (MB) | Node | Astro |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
].join('\n');

export function msPerPost(run: Pick<BenchRun, 'seconds' | 'posts'>): number {
  return (run.seconds * 1000) / run.posts;
}

export function resultRow(run: BenchRun): string {
  return `| ${run.date} | ${run.machine} | ${run.load.toFixed(1)} | ${run.posts} | ${run.seconds.toFixed(1)} | ${msPerPost(run).toFixed(1)} | ${Math.round(run.peakMemoryMb)} | ${run.node} | ${run.astro} |`;
}

/** The results file with the runs' rows added at the end of its table (a new file when there is none). */
export function appendRuns(existing: string | undefined, runs: readonly BenchRun[]): string {
  const text = existing?.trim() ? existing.trimEnd() : RESULTS_HEADER;
  return `${text}\n${runs.map(resultRow).join('\n')}\n`;
}
