import type { HastPluginDefinition } from 'satteri';

/** A rel value with `noopener` added, keeping the values already there (`nofollow`). */
export function relWithNoopener(rel: unknown): string[] {
  const values = [rel ?? []]
    .flat()
    .flatMap((value) => String(value).split(/\s+/))
    .filter(Boolean);
  return values.some((value) => value.toLowerCase() === 'noopener') ? values : [...values, 'noopener'];
}

/**
 * Sätteri hast plugin: a link that opens a new tab (`target="_blank"`, as some imported posts
 * write them) gets `rel="noopener"`, so the page it opens cannot script or redirect this one
 * through `window.opener`.
 */
export const newTabLinks: HastPluginDefinition = {
  name: 'shipit:new-tab-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      if (String(link.properties.target ?? '').toLowerCase() !== '_blank') return;
      ctx.setProperty(link, 'rel', relWithNoopener(link.properties.rel));
    },
  },
};
