import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type BuildMeasures,
  comparisonLines,
  medianMeasures,
  medianRatios,
  msPerPost,
  ratios,
  roundLine,
} from '../../tools/bench/compare.ts';
import { appendRuns, type BenchRun, RESULTS_INTRO, RESULTS_TABLE, resultRow } from '../../tools/bench/results.ts';

const builds: BuildMeasures = {
  blogCold: { seconds: 60, peakMemoryMb: 900 },
  blogWarm: { seconds: 30, peakMemoryMb: 1000.4 },
  baselineCold: { seconds: 24, peakMemoryMb: 800 },
  baselineWarm: { seconds: 12, peakMemoryMb: 500 },
};

const run: BenchRun = {
  date: '2026-11-25',
  machine: 'Some CPU, 2 cores, 24 GiB, Linux 6.1',
  load: 1.52,
  posts: 1000,
  rounds: 3,
  builds,
  ratios: ratios(builds),
  node: '24.21.0',
  astro: '7.3.5',
};

describe('bench comparison', () => {
  it('computes milliseconds per post', () => {
    assert.equal(msPerPost(12, 100), 120);
  });

  it("holds both the blog's cold and warm builds against the baseline's cold build", () => {
    assert.deepEqual(ratios(builds), { cold: 2.5, warm: 1.25, memory: 1000.4 / 800 });
  });

  it("compares the higher peak memory of each side's builds", () => {
    const warmPeaks = { ...builds, baselineWarm: { seconds: 12, peakMemoryMb: 2000 } };
    assert.equal(ratios(warmPeaks).memory, 1000.4 / 2000);
  });

  it('prints each build per post, and each ratio beside its limit', () => {
    const lines = comparisonLines(1000, builds);
    assert.match(lines[0]!, /^ {2}blog cold +60\.0 s +60\.0 ms per post +peak 900 MB$/);
    assert.match(lines[3]!, /^ {2}baseline warm +12\.0 s +12\.0 ms per post +peak 500 MB$/);
    assert.match(lines[4]!, /blog cold \/ baseline cold +2\.50x +limit 3x: within$/);
    assert.match(lines[5]!, /blog warm \/ baseline cold +1\.25x +limit 1\.2x: over$/);
    assert.match(lines[6]!, /blog \/ baseline peak memory +1\.25x +limit 1\.3x: within$/);
    assert.equal(lines.length, 7);
  });
});

describe('rounds of builds', () => {
  const round = (blogCold: number, baselineCold: number, peak: number): BuildMeasures => ({
    ...builds,
    blogCold: { seconds: blogCold, peakMemoryMb: peak },
    baselineCold: { seconds: baselineCold, peakMemoryMb: 800 },
  });

  it('take each build at its median, so one slow build on a busy machine does not decide', () => {
    const median = medianMeasures([round(60, 20, 1000), round(90, 25, 1200), round(62, 18, 1100)]);
    assert.deepEqual(median.blogCold, { seconds: 62, peakMemoryMb: 1100 });
    assert.deepEqual(median.baselineCold, { seconds: 20, peakMemoryMb: 800 });
    assert.deepEqual(medianMeasures([round(60, 20, 1000), round(70, 26, 1200)]).blogCold, { seconds: 65, peakMemoryMb: 1100 });
  });

  it('hold the builds of each round against each other, and give the median of those ratios', () => {
    // The machine slowed down in the second round: its builds agree with each other all the same.
    const rounds = [round(60, 20, 1000), round(120, 40, 1200), round(90, 18, 1100)];
    assert.equal(medianRatios(rounds).cold, 3);
    // Medians taken apart would pair the blog's 90 s with the baseline's 20 s of another round.
    const medians = medianMeasures(rounds);
    assert.equal(medians.blogCold.seconds / medians.baselineCold.seconds, 4.5);
  });

  it("print each round's ratios, and refuse to take the median of nothing", () => {
    assert.equal(roundLine(2, round(60, 20, 1000)), '  round 2: cold 3.00x, warm 1.50x, memory 1.25x');
    assert.throws(() => medianMeasures([]), /no rounds/);
    assert.throws(() => medianRatios([]), /no rounds/);
  });
});

describe('bench results file', () => {
  it('writes one table row per run, with the ratios', () => {
    assert.equal(
      resultRow(run),
      '| 2026-11-25 | Some CPU, 2 cores, 24 GiB, Linux 6.1 | 1.5 | 1000 | 3 | 60.0 | 60.0 | 30.0 | 24.0 | 12.0 | 1000 | 800 | 2.50 | 1.25 | 1.25 | 24.21.0 | 7.3.5 |',
    );
  });

  it('gives every row as many cells as the table has columns', () => {
    const header = RESULTS_TABLE.split('\n').find((line) => line.startsWith('| date'))!;
    const cells = (line: string) => line.split(' | ').length;
    assert.equal(cells(resultRow(run)), cells(header));
  });

  it('names the limits in the table header', () => {
    assert.match(RESULTS_TABLE, /cold ratio \(≤ 3\) \| warm ratio \(≤ 1\.2\) \| memory ratio \(≤ 1\.3\)/);
  });

  it('starts a new file with the intro and the table', () => {
    assert.equal(appendRuns(undefined, [run]), `${RESULTS_INTRO}\n\n${RESULTS_TABLE}\n${resultRow(run)}\n`);
  });

  it('adds rows after the earlier ones of the table', () => {
    const before = `${RESULTS_INTRO}\n\n${RESULTS_TABLE}\n| old row |\n\n`;
    assert.equal(
      appendRuns(before, [run, { ...run, posts: 100 }]),
      `${RESULTS_INTRO}\n\n${RESULTS_TABLE}\n| old row |\n${resultRow(run)}\n${resultRow({ ...run, posts: 100 })}\n`,
    );
  });

  it('keeps the rows of a file from before the baseline readable under their own header', () => {
    const before = '# Build benchmark\n\n| date | posts | build (s) |\n| --- | ---: | ---: |\n| 2026-11-25 | 100 | 23.8 |\n';
    assert.equal(appendRuns(before, [run]), `${before}\n${RESULTS_TABLE}\n${resultRow(run)}\n`);
  });
});
