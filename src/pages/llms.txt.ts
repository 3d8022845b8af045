import type { APIRoute } from 'astro';
import { getPublishedPosts } from '@/lib/collection.ts';
import { llmsTxt } from '@/lib/llms-txt.ts';
import { postMarkdownUrl } from '@/lib/posts.ts';
import { absoluteUrl } from '@/lib/urls.ts';
import { site } from '@/site.config.ts';

export const GET: APIRoute = async () => {
  const posts = (await getPublishedPosts()).map((post) => ({
    title: post.data.title,
    description: post.data.description,
    markdownUrl: absoluteUrl(postMarkdownUrl(post.id)),
  }));
  const text = llmsTxt({ title: site.title, description: site.description, author: site.author.name }, posts);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
