import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPosts, type Post } from '@/lib/collection.ts';
import { displayDate } from '@/lib/dates.ts';
import { renderSocialCard } from '@/lib/social-card.ts';
import { site } from '@/site.config.ts';

export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) => {
  const png = await renderSocialCard({
    title: post.data.title,
    siteName: site.title,
    subtitle: `${displayDate(post.data.pubDate)} · ${site.author.name}`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
