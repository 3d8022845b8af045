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
 */
export async function drawCardsInParallel(
  jobs: CardJob[],
  { workerFile, threads = availableParallelism() }: { workerFile: URL; threads?: number },
): Promise<void> {
  const queue = [...jobs];
  const workers = Math.min(threads, queue.length);
  await Promise.all(Array.from({ length: workers }, () => drainQueue(workerFile, queue)));
}

function drainQueue(workerFile: URL, queue: CardJob[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    let current: CardJob | undefined;
    const fail = (reason: string) => {
      // The other workers stop after their current card: the build fails anyway.
      queue.length = 0;
      current = undefined;
      void worker.terminate();
      reject(new Error(reason));
    };
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else worker.terminate().then(() => resolve(), reject);
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.error) fail(`could not draw the social card of "${current?.card.title}": ${reply.error}`);
      else next();
    });
    worker.on('error', (error) =>
      fail(`the social card worker ${fileURLToPath(workerFile)} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    worker.on('exit', (code) => {
      if (current) fail(`the social card worker stopped (exit code ${code}) while drawing "${current.card.title}"`);
    });
    next();
  });
}
