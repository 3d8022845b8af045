import type { APIRoute } from 'astro';
import { renderSocialCard } from '@/lib/social-card.ts';
import { site } from '@/site.config.ts';

export const GET: APIRoute = async () => {
  const png = await renderSocialCard({ title: site.description, siteName: site.title, subtitle: site.author.name });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
