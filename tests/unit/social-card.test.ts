import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SOCIAL_CARD } from '../../src/lib/seo.ts';
import { renderSocialCard, titleFontSize } from '../../src/lib/social-card.ts';
import { AWKWARD_TITLE } from '../support/awkward.ts';
import { pngSize } from '../support/png.ts';

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG, also for titles with emoji and markup characters', async () => {
    const png = await renderSocialCard({ title: AWKWARD_TITLE, siteName: 'shipit', subtitle: 'June 1, 2024 · Max Brenner' });
    assert.deepEqual(pngSize(png), { width: SOCIAL_CARD.width, height: SOCIAL_CARD.height });
    assert.deepEqual(SOCIAL_CARD, { width: 1200, height: 630 });
  });

  it('draws different pictures for different titles', async () => {
    const card = (title: string) => renderSocialCard({ title, siteName: 'shipit', subtitle: 'Max Brenner' });
    const [a, b] = await Promise.all([card('Ansible top 5'), card('Kubernetes multi-tenancy')]);
    assert.notDeepEqual(Buffer.from(a), Buffer.from(b));
  });
});

describe('titleFontSize', () => {
  it('shrinks as titles grow so long ones still fit', () => {
    const sizes = [10, 50, 100].map((length) => titleFontSize('x'.repeat(length)));
    assert.ok(sizes[0]! > sizes[1]! && sizes[1]! > sizes[2]!, String(sizes));
  });
});
