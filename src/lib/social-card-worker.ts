// Runs on a worker thread of src/lib/social-card-pool.ts: draws each card it is sent and keeps
// it in the cache. Node runs this file directly (not through Astro's bundle), so it and the
// modules it imports use relative .ts paths only.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { type CardJob, writeFileAtomically } from './social-card-cache.ts';
import type { WorkerReply } from './social-card-pool.ts';
import { renderSocialCard } from './social-card.ts';

// One card per worker at a time: the pool already runs a worker per core.
sharp.concurrency(1);

const port = parentPort;
if (!port) throw new Error('social-card-worker.ts runs on a worker thread of social-card-pool.ts, not on its own');

const draw = async ({ card, file }: CardJob): Promise<void> => {
  let reply: WorkerReply = {};
  try {
    await writeFileAtomically(file, await renderSocialCard(card));
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
};

// The pool sends a worker all its cards at once; they are drawn one after the other, in order.
let queue = Promise.resolve();
port.on('message', (job: CardJob) => {
  queue = queue.then(() => draw(job));
});
