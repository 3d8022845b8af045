import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPosts, type Post } from '@/lib/collection.ts';
import { postSocialCard } from '@/lib/social-card.ts';
import { drawMissingSocialCards, socialCardPng } from '@/lib/social-card-astro.ts';

const cardOf = (post: Post) => postSocialCard(post.data.title, post.data.pubDate);

export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  await drawMissingSocialCards(posts.map(cardOf));
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) =>
  new Response(await socialCardPng(cardOf(post)), { headers: { 'Content-Type': 'image/png' } });
