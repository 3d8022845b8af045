import type { AstroIntegration } from 'astro';

// Vite's own module for its import() helper; the helper is written in wherever browser code has an import().
const PRELOAD_HELPER = '\0vite/preload-helper.js';

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
                resolveId: (id: string) => (id === PRELOAD_HELPER ? id : undefined),
                load: (id: string) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
