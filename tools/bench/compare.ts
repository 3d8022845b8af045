// How the blog's builds compare with the bare Astro baseline's (tools/bench/baseline.ts) over the
// same posts, and the limits they are held to. The bench prints these; it does not fail on them,
// since a busy or slow machine stretches every figure.
import { median } from './median.ts';

/** One build's wall-clock time and the peak resident memory of its processes. */
export interface BuildMeasure {
  seconds: number;
  peakMemoryMb: number;
}

export const BUILDS = {
  blogCold: 'blog cold',
  blogWarm: 'blog warm',
  baselineCold: 'baseline cold',
  baselineWarm: 'baseline warm',
} as const;

export type BuildName = keyof typeof BUILDS;
export type BuildMeasures = Record<BuildName, BuildMeasure>;

/** Each build's median time and median peak over rounds of the same builds. */
export function medianMeasures(rounds: readonly BuildMeasures[]): BuildMeasures {
  if (rounds.length === 0) throw new Error('no rounds of builds to take the median of');
  const of = (name: BuildName): BuildMeasure => ({
    seconds: median(rounds.map((round) => round[name].seconds)),
    peakMemoryMb: median(rounds.map((round) => round[name].peakMemoryMb)),
  });
  return { blogCold: of('blogCold'), blogWarm: of('blogWarm'), baselineCold: of('baselineCold'), baselineWarm: of('baselineWarm') };
}

/**
 * Each ratio's median over the rounds, each round's builds held against each other: builds of one
 * round ran minutes apart, so a machine that slows down for a while weighs on both sides alike.
 */
export function medianRatios(rounds: readonly BuildMeasures[]): Ratios {
  if (rounds.length === 0) throw new Error('no rounds of builds to take the median of');
  const found = rounds.map(ratios);
  return { cold: median(found.map((r) => r.cold)), warm: median(found.map((r) => r.warm)), memory: median(found.map((r) => r.memory)) };
}

/** One round's ratios on a line, so the spread behind the medians shows. */
export function roundLine(round: number, builds: BuildMeasures): string {
  const { cold, warm, memory } = ratios(builds);
  return `  round ${round}: cold ${cold.toFixed(2)}x, warm ${warm.toFixed(2)}x, memory ${memory.toFixed(2)}x`;
}

/**
 * Cold: the blog from an empty cache against the baseline from an empty cache. Warm: the blog
 * rebuilt after one post changed against the baseline's cold build, the time an author waits
 * against what a bare site costs at all. Memory: the higher peak of each side's two builds.
 */
export interface Ratios {
  cold: number;
  warm: number;
  memory: number;
}

export const RATIO_LIMITS: Ratios = { cold: 3, warm: 1.2, memory: 1.3 };

const RATIO_NAMES: Record<keyof Ratios, string> = {
  cold: 'blog cold / baseline cold',
  warm: 'blog warm / baseline cold',
  memory: 'blog / baseline peak memory',
};

/** The higher peak of each side's two builds. */
export function peakMemoryMb(builds: BuildMeasures): { blog: number; baseline: number } {
  return {
    blog: Math.max(builds.blogCold.peakMemoryMb, builds.blogWarm.peakMemoryMb),
    baseline: Math.max(builds.baselineCold.peakMemoryMb, builds.baselineWarm.peakMemoryMb),
  };
}

export function ratios(builds: BuildMeasures): Ratios {
  const peak = peakMemoryMb(builds);
  return {
    cold: builds.blogCold.seconds / builds.baselineCold.seconds,
    warm: builds.blogWarm.seconds / builds.baselineCold.seconds,
    memory: peak.blog / peak.baseline,
  };
}

export function msPerPost(seconds: number, posts: number): number {
  return (seconds * 1000) / posts;
}

/** What the bench prints for one corpus: each build, then each ratio beside its limit. */
export function comparisonLines(posts: number, builds: BuildMeasures, found = ratios(builds)): string[] {
  const buildLines = (Object.keys(BUILDS) as BuildName[]).map((name) => {
    const { seconds, peakMemoryMb } = builds[name];
    return (
      `  ${BUILDS[name].padEnd(14)} ${seconds.toFixed(1).padStart(7)} s ${msPerPost(seconds, posts).toFixed(1).padStart(8)} ms per post` +
      `   peak ${Math.round(peakMemoryMb)} MB`
    );
  });
  const ratioLines = (Object.keys(RATIO_NAMES) as (keyof Ratios)[]).map((key) => {
    const verdict = found[key] <= RATIO_LIMITS[key] ? 'within' : 'over';
    return `  ${RATIO_NAMES[key].padEnd(28)} ${found[key].toFixed(2).padStart(6)}x   limit ${RATIO_LIMITS[key]}x: ${verdict}`;
  });
  return [...buildLines, ...ratioLines];
}
