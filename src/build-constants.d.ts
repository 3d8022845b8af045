// Values the build writes into the site's code (astro.config.mjs, `vite.define`).
import type { GiscusConfig } from './lib/site-config-schema.ts';

declare global {
  /** The site's giscus settings, for the comments code. */
  const __SHIPIT_GISCUS__: GiscusConfig | null;
  /** A hash of the site's code (tools/build/render-inputs.ts): post pages kept from the last build need it unchanged. */
  const __SHIPIT_SITE_CODE__: string;
}
