// `npm run dev` only (src/integrations/social-cards.ts): a build copies the kept cards instead.
import type { APIRoute } from 'astro';
import { siteSocialCard } from '@/lib/social-card.ts';
import { socialCardPng } from '@/lib/social-card-astro.ts';

export const GET: APIRoute = async () => new Response(await socialCardPng(siteSocialCard()), { headers: { 'Content-Type': 'image/png' } });
