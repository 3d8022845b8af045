import type { AstroIntegration } from 'astro';

// Vite's own module for its import() helper; the helper is written in wherever browser code has an import().
const HELPER_ID = /^\0vite\/preload-helper\.js$/;

/**
 * Swaps Vite's helper for `import()` in browser code for a plain call. The helper preloads a lazy
 * module's CSS and imports beside it; the site's lazy modules (search, comments) have no CSS, the
 * browser fetches their imports itself once they run, and the helper, 0.8 KB gzipped, came with
 * every page before its first paint. Should Vite rename its module, this matches nothing and
 * tests/site/page-scripts.test.ts names the helper that came back.
 */
export default function plainDynamicImports(): AstroIntegration {
  return {
    name: 'shipit:plain-dynamic-imports',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'shipit:plain-dynamic-imports',
                enforce: 'pre',
                // Filters let the bundler skip this plugin for every other module, without a call into JavaScript.
                resolveId: { filter: { id: HELPER_ID }, handler: (id: string) => id },
                load: { filter: { id: HELPER_ID }, handler: () => 'export const __vitePreload = (load) => load();' },
              },
            ],
          },
        });
      },
    },
  };
}
