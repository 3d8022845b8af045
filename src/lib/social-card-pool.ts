import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardJob } from './social-card-cache.ts';

// satori holds the thread it runs on, so a build draws its missing cards on worker
// threads, one per core, each taking the next card as soon as it is done with one.

/** What src/lib/social-card-worker.ts answers for each card. */
export interface WorkerReply {
  error?: string;
}

/**
 * Draws every job's card into its file on up to `threads` worker threads. `workerFile` is
 * src/lib/social-card-worker.ts as a real file: Node runs it as it is, outside Astro's bundle.
 * Each worker gets its share of the cards at once: handing out one card at a time would make
 * every card wait for this thread, which is busy rendering posts while the cards are drawn.
 */
export async function drawCardsInParallel(
  jobs: CardJob[],
  { workerFile, threads = availableParallelism() }: { workerFile: URL; threads?: number },
): Promise<void> {
  const workers = Math.min(threads, jobs.length);
  const shares = Array.from({ length: workers }, (_, worker) => jobs.filter((_, index) => index % workers === worker));
  const running = shares.map((share) => drawShare(workerFile, share));
  try {
    await Promise.all(running.map((worker) => worker.done));
  } finally {
    // When one worker fails the build fails anyway: the others stop too.
    await Promise.all(running.map((worker) => worker.stop()));
  }
}

function drawShare(workerFile: URL, share: CardJob[]): { done: Promise<void>; stop: () => Promise<void> } {
  const worker = new Worker(workerFile);
  let drawn = 0;
  let finished = false;
  const done = new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      finished = true;
      reject(new Error(reason));
    };
    worker.on('message', (reply: WorkerReply) => {
      const card = share[drawn];
      drawn += 1;
      if (reply.error) fail(`could not draw the social card of "${card?.card.title}": ${reply.error}`);
      else if (drawn === share.length) {
        finished = true;
        resolve();
      }
    });
    worker.on('error', (error) =>
      fail(`the social card worker ${fileURLToPath(workerFile)} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    worker.on('exit', (code) => {
      if (!finished) fail(`the social card worker stopped (exit code ${code}) while drawing "${share[drawn]?.card.title}"`);
    });
  });
  for (const job of share) worker.postMessage(job);
  return { done, stop: () => worker.terminate().then(() => undefined) };
}
