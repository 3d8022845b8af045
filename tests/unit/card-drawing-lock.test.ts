import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { untilNoneDrawing, whileDrawing } from '../../src/lib/card-drawing-lock.ts';

describe('the card drawing lock', () => {
  it('makes the card route wait until the cards drawn ahead are done, then lets go', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'card-lock-'));
    try {
      const events: string[] = [];
      const drawing = whileDrawing(folder, async () => {
        await sleep(150);
        events.push('drawn');
      });
      await sleep(20);
      await untilNoneDrawing(folder, 10);
      events.push('route goes on');
      await drawing;
      assert.deepEqual(events, ['drawn', 'route goes on']);
      await untilNoneDrawing(folder, 10);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is let go when the drawing fails, and a lock left by a stopped build is ignored', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'card-lock-'));
    try {
      await assert.rejects(
        whileDrawing(folder, async () => {
          throw new Error('satori failed');
        }),
        /satori failed/,
      );
      await untilNoneDrawing(folder, 10);
      // No process has PID 2^22 + 1 on Linux (pid_max is at most 2^22).
      writeFileSync(join(folder, '.drawing'), String(2 ** 22 + 1));
      await untilNoneDrawing(folder, 10);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
