import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedPosts } from '@/lib/collection.ts';
import { postCopyCacheKey } from '@/lib/page-cache-key.ts';
import { portableMarkdown } from '@/lib/portable-markdown.ts';
import { postUrl } from '@/lib/posts.ts';
import { absoluteUrl } from '@/lib/urls.ts';

// Each post as plain Markdown beside its page (/posts/<slug>.md), which the page announces
// with <link rel="alternate" type="text/markdown">.
export const getStaticPaths = (async () =>
  (await getPublishedPosts()).map((post) => ({
    params: { slug: post.id },
    props: { post },
    cacheKey: postCopyCacheKey(post, __SHIPIT_SITE_CODE__),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props: { post } }) => {
  const markdown = portableMarkdown(
    { ...post.data, body: post.body ?? '', isMdx: Boolean(post.filePath?.endsWith('.mdx')) },
    { pageUrl: absoluteUrl(postUrl(post.id)), absolute: absoluteUrl },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
