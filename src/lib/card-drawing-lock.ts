import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './running-process.ts';

// A build starts drawing the missing social cards while Astro renders the posts
// (src/integrations/social-cards-ahead.ts); the card route must then wait for those cards
// rather than draw them a second time. The drawer leaves its PID in a file beside the cards.

const LOCK_FILE = '.drawing';

/** Runs `work` with the lock taken, and lets it go however `work` ends. */
export async function whileDrawing<T>(folder: string, work: () => Promise<T>): Promise<T> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, LOCK_FILE), String(process.pid));
  try {
    return await work();
  } finally {
    await rm(join(folder, LOCK_FILE), { force: true });
  }
}

/** Resolves once no running process is drawing cards into `folder`; a lock left by a stopped build is ignored. */
export async function untilNoneDrawing(folder: string, pollMs = 100): Promise<void> {
  for (;;) {
    let pid: number;
    try {
      pid = Number(await readFile(join(folder, LOCK_FILE), 'utf8'));
    } catch {
      return;
    }
    if (!isRunning(pid)) return;
    await sleep(pollMs);
  }
}
