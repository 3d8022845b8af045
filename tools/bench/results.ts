// The build benchmark's results file: one table row per corpus per run, kept in the
// repository so a slower build shows next to the rows before it.
import { type BuildMeasure, type BuildMeasures, msPerPost, peakMemoryMb, RATIO_LIMITS, type Ratios } from './compare.ts';

export interface BenchRun {
  /** `YYYY-MM-DD`. */
  date: string;
  machine: string;
  /** The machine's one-minute load average when the builds started: a busy machine builds slower. */
  load: number;
  posts: number;
  /** How many times the four builds ran in turn; `builds` holds each one's median. */
  rounds: number;
  builds: BuildMeasures;
  /** Each ratio's median over the rounds. */
  ratios: Ratios;
  node: string;
  astro: string;
}

export const RESULTS_INTRO = [
  '# Build benchmark',
  '',
  '`npm run bench` builds synthetic corpora shaped like the real posts (see `tools/bench/corpus.ts`)',
  'with the blog and with a bare Astro project (`tools/bench/baseline.ts`), each from a cold cache',
  'and again warm after one post changed, and adds a row per corpus to the last table here. The',
  'ratios hold between machines better than the seconds do; compare seconds only with rows from',
  'the same machine and a similar load.',
].join('\n');

const TABLE_HEADER = [
  '| date | machine | load | posts | rounds | blog cold (s) | ms per post | blog warm (s) | baseline cold (s) | baseline warm (s) ' +
    `| blog peak (MB) | baseline peak (MB) | cold ratio (≤ ${RATIO_LIMITS.cold}) | warm ratio (≤ ${RATIO_LIMITS.warm}) ` +
    `| memory ratio (≤ ${RATIO_LIMITS.memory}) | Node | Astro |`,
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
].join('\n');

export const RESULTS_TABLE = [
  '## The blog against a bare Astro baseline, medians of rounds',
  '',
  'The four builds run in turn, round after round, each round from empty caches; every figure is',
  "the median over the rounds, each ratio the median of the rounds' ratios. Cold ratio: blog cold /",
  'baseline cold. Warm ratio: blog warm / baseline cold. Memory ratio: the higher peak of the',
  "blog's two builds / the higher peak of the baseline's.",
  '',
  TABLE_HEADER,
].join('\n');

export function resultRow(run: BenchRun): string {
  const { blogCold, blogWarm, baselineCold, baselineWarm } = run.builds;
  const seconds = (build: BuildMeasure) => build.seconds.toFixed(1);
  const peak = peakMemoryMb(run.builds);
  const found = run.ratios;
  const cells = [
    run.date,
    run.machine,
    run.load.toFixed(1),
    String(run.posts),
    String(run.rounds),
    seconds(blogCold),
    msPerPost(blogCold.seconds, run.posts).toFixed(1),
    seconds(blogWarm),
    seconds(baselineCold),
    seconds(baselineWarm),
    String(Math.round(peak.blog)),
    String(Math.round(peak.baseline)),
    ...[found.cold, found.warm, found.memory].map((ratio) => ratio.toFixed(2)),
    run.node,
    run.astro,
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The results file with the runs' rows added at the end of the comparison table. A file without
 * that table (none yet, or only the rows of the blog alone from before the baseline) gains it at
 * its end, and keeps what it held above.
 */
export function appendRuns(existing: string | undefined, runs: readonly BenchRun[]): string {
  const text = existing?.trim() ? existing.trimEnd() : RESULTS_INTRO;
  const withTable = text.includes(TABLE_HEADER) ? text : `${text}\n\n${RESULTS_TABLE}`;
  return `${withTable}\n${runs.map(resultRow).join('\n')}\n`;
}
