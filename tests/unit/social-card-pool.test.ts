import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SOCIAL_CARD } from '../../src/lib/seo.ts';
import { SocialCardCache, templateVersion } from '../../src/lib/social-card-cache.ts';
import { drawCardsInParallel } from '../../src/lib/social-card-pool.ts';
import { renderSocialCard, type SocialCard } from '../../src/lib/social-card.ts';
import { pngSize } from '../support/png.ts';

const SRC_DIR = new URL('../../src/', import.meta.url);
const workerFile = new URL('lib/social-card-worker.ts', SRC_DIR);
const scratch = mkdtempSync(join(tmpdir(), 'social-card-pool-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const cards: SocialCard[] = ['Ansible top 5', 'Kubernetes multi-tenancy', 'Minikube vs kind vs k3s'].map((title) => ({
  title,
  siteName: 'shipit',
  subtitle: 'June 1, 2024 · Max Brenner',
}));

describe('drawCardsInParallel', () => {
  it('draws every missing card on worker threads into the cache, as the card PNG that is then served', async () => {
    let drawnInProcess = 0;
    const cache = new SocialCardCache({
      folder: join(scratch, 'cache'),
      version: await templateVersion(SRC_DIR),
      draw: (card) => {
        drawnInProcess += 1;
        return renderSocialCard(card);
      },
    });
    await drawCardsInParallel(await cache.missing(cards), { workerFile, threads: 2 });

    assert.deepEqual(await cache.missing(cards), []);
    for (const card of cards) {
      assert.deepEqual(pngSize(await cache.png(card)), { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height }, card.title);
    }
    assert.equal(drawnInProcess, 0);
    assert.deepEqual(readFileSync(cache.fileFor(cards[0]!)), Buffer.from(await renderSocialCard(cards[0]!)));
  });

  it('fails naming the card it could not keep', async () => {
    const notAFolder = join(scratch, 'not-a-folder');
    writeFileSync(notAFolder, '');
    await assert.rejects(
      drawCardsInParallel([{ card: cards[1]!, file: join(notAFolder, 'card.png') }], { workerFile }),
      /could not draw the social card of "Kubernetes multi-tenancy"/,
    );
  });

  it('starts no worker when nothing is missing', async () => {
    await drawCardsInParallel([], { workerFile: new URL('lib/no-such-worker.ts', SRC_DIR) });
  });
});
