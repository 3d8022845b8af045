// Which cards a build copies into the site (src/integrations/social-cards.ts): the site card and
// one per published post, named by the post's id, as the pages' meta tags link them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { publishedCards, readCardPosts } from '../../src/integrations/social-cards.ts';
import { postCardPath, SITE_CARD_PATH } from '../../src/lib/seo.ts';
import { postSocialCard, siteSocialCard } from '../../src/lib/social-card.ts';

const base = mkdtempSync(join(tmpdir(), 'shipit-cards-'));
after(() => rmSync(base, { recursive: true, force: true }));

function post(file: string, frontMatter: string[]): void {
  mkdirSync(join(base, file, '..'), { recursive: true });
  const description = 'A post written for this test, long enough to pass the rule on descriptions.';
  writeFileSync(
    join(base, file),
    ['---', ...frontMatter, `description: "${description}"`, 'tags: [test]', '---', '', 'Words.', ''].join('\n'),
  );
}

post('2024/live.md', ['title: "Live post"', 'pubDate: 2024-05-01']);
post('notes.mdx', ['title: "An MDX post"', 'pubDate: 2023-01-02']);
post('draft.md', ['title: "Draft post"', 'pubDate: 2024-05-02', 'draft: true']);
post('future.md', ['title: "Future post"', 'pubDate: 2099-01-01']);
post('broken.md', ['title: 42']);

describe('publishedCards', () => {
  const posts = readCardPosts({ base, pattern: ['**/*.{md,mdx}'] });
  const placed = publishedCards(posts, new Date('2025-01-01'));
  const byPath = new Map(placed.map(({ path, card }) => [path, card]));

  it('places the site card and the card of each published post at its id, folders and extension left out', () => {
    assert.deepEqual([...byPath.keys()].sort(), [SITE_CARD_PATH, postCardPath('live'), postCardPath('notes')].sort());
    assert.deepEqual(byPath.get(SITE_CARD_PATH), siteSocialCard());
    assert.deepEqual(byPath.get(postCardPath('live')), postSocialCard('Live post', new Date('2024-05-01')));
  });

  it('gives a scheduled post its card once the build runs after its date', () => {
    const later = publishedCards(posts, new Date('2099-01-02'));
    assert.ok(later.some(({ path }) => path === postCardPath('future')));
  });
});
