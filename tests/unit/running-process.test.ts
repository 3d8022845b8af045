import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRunning } from '../../tools/build/running-process.ts';

describe('isRunning', () => {
  it('finds a running process and no process behind a PID that is not one', () => {
    assert.equal(isRunning(process.pid), true);
    // No process has PID 2^22 + 1 on Linux (pid_max is at most 2^22).
    assert.equal(isRunning(2 ** 22 + 1), false);
    for (const notAPid of [0, -1, Number.NaN, 1.5]) assert.equal(isRunning(notAPid), false, String(notAPid));
  });
});
