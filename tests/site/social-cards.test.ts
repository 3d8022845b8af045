// A build serves social cards from a cache (src/lib/social-card-cache.ts) that outlives it: these
// prove dist/ holds the current template's picture of each page, not an older or another post's card.
// Sizes and links of the cards are checked with the other meta tags in seo.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { postSocialCard, renderSocialCard, siteSocialCard } from '../../src/lib/social-card.ts';
import { DIST, fileForUrl, urlIn } from '../support/built-site.ts';
import { publishedPosts } from '../support/content.ts';

const posts = publishedPosts();
const builtCard = (path: string) => readFileSync(fileForUrl(DIST, urlIn(DIST, path)));
const postCard = (id: string) => builtCard(`/social-cards/posts/${id}.png`);

test('the site card is what the current template draws', async () => {
  assert.ok(builtCard('/social-cards/site.png').equals(await renderSocialCard(siteSocialCard())));
});

for (const post of posts.slice(0, 1)) {
  test(`the card of the newest post, ${post.id}, is what the current template draws for its title and date`, async () => {
    assert.ok(postCard(post.id).equals(await renderSocialCard(postSocialCard(post.title, new Date(post.pubDate)))));
  });
}

test('posts with different titles or dates have different cards', () => {
  const postByCard = new Map<string, (typeof posts)[number]>();
  for (const post of posts) {
    const card = postCard(post.id).toString('base64');
    const same = postByCard.get(card);
    if (same) assert.deepEqual([post.title, post.pubDate], [same.title, same.pubDate], `${post.id} has the card of ${same.id}`);
    postByCard.set(card, post);
  }
});
