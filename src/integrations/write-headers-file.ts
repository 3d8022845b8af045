import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type PageHead, pageHeadOfFile, sharedPolicy } from '../lib/built-policy.ts';
import { headerPolicy } from '../lib/content-security-policy.ts';
import { renderHeadersFile } from '../lib/response-headers.ts';
import { basePath } from '../lib/urls.ts';

/** Every built page's <head>, by its path in the build (`/posts/a.html`). */
async function builtPageHeads(dir: string): Promise<Map<string, PageHead>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  const heads = new Map<string, PageHead>();
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    heads.set(`/${relative(dir, file).split(sep).join('/')}`, pageHeadOfFile(file));
  }
  return heads;
}

/**
 * Writes `<outDir>/_headers`, whose Content-Security-Policy is the one the built pages carry
 * (read back from them) plus frame-ancestors, so the header and the pages never disagree.
 */
export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'shipit:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const policy = sharedPolicy(await builtPageHeads(fileURLToPath(dir)));
        await writeFile(new URL('_headers', dir), renderHeadersFile(headerPolicy(policy), basePath));
      },
    },
  };
}
