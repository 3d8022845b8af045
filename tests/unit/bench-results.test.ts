import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendRuns, msPerPost, RESULTS_HEADER, resultRow, type BenchRun } from '../../tools/bench/results.ts';

const run: BenchRun = {
  date: '2026-11-25',
  machine: 'Some CPU, 2 cores, 24 GiB, Linux 6.1',
  load: 1.52,
  posts: 1000,
  seconds: 61.23,
  peakMemoryMb: 812.6,
  node: '24.21.0',
  astro: '7.3.5',
};

describe('bench results', () => {
  it('computes milliseconds per post', () => {
    assert.equal(msPerPost({ seconds: 12, posts: 100 }), 120);
  });

  it('writes one table row per run', () => {
    assert.equal(
      resultRow(run),
      '| 2026-11-25 | Some CPU, 2 cores, 24 GiB, Linux 6.1 | 1.5 | 1000 | 61.2 | 61.2 | 813 | 24.21.0 | 7.3.5 |',
    );
  });

  it('starts a new file with the header', () => {
    assert.equal(appendRuns(undefined, [run]), `${RESULTS_HEADER}\n${resultRow(run)}\n`);
  });

  it('keeps earlier rows and adds the new ones after them', () => {
    const before = `${RESULTS_HEADER}\n| old row |\n\n`;
    assert.equal(
      appendRuns(before, [run, { ...run, posts: 100 }]),
      `${RESULTS_HEADER}\n| old row |\n${resultRow(run)}\n${resultRow({ ...run, posts: 100 })}\n`,
    );
  });
});
