import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/content-security-policy.ts';
import { renderHeadersFile } from '../lib/response-headers.ts';
import { basePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/** Writes `<outDir>/_headers` with the same Content-Security-Policy the pages carry, so the two never disagree. */
export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'shipit:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const policy = contentSecurityPolicy(site.giscus?.host, { asHeader: true });
        await writeFile(new URL('_headers', dir), renderHeadersFile(policy, basePath));
      },
    },
  };
}
