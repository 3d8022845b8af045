// `npm run dev` only (src/integrations/social-cards.ts): a build copies the kept cards instead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPosts, type Post } from '@/lib/collection.ts';
import { postSocialCard } from '@/lib/social-card.ts';
import { socialCardPng } from '@/lib/social-card-astro.ts';

export const getStaticPaths = (async () =>
  (await getPublishedPosts()).map((post) => ({ params: { slug: post.id }, props: { post } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) =>
  new Response(await socialCardPng(postSocialCard(post.data.title, post.data.pubDate)), {
    headers: { 'Content-Type': 'image/png' },
  });
