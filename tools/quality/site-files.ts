import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under dir, as site paths (`/posts/a.html`), sorted. */
export function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}
