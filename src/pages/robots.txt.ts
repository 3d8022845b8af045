import type { APIRoute } from 'astro';
import { absoluteUrl, basePath } from '@/lib/urls.ts';

export const GET: APIRoute = () => {
  // Crawlers read robots.txt only at the root of a host: on a project page, this is the
  // part to copy into the user site's own robots.txt.
  const sitemap = absoluteUrl('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: ${basePath}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
