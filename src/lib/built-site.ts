import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from './link-check.ts';

/** Every file under dir, as site paths (`/posts/a.html`), sorted. */
export function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

/** Reads a build output folder (dist/) as the link checker sees it. */
export function readBuiltSite(dir: string): BuiltSite {
  const files = listSiteFiles(dir);
  const pages = new Map<string, string>();
  for (const path of files.filter((file) => file.endsWith('.html'))) {
    pages.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return { files: new Set(files), pages };
}
