// What Astro's content cache cannot see. It re-renders a post when the post's file changes, and
// starts afresh when Astro's version, its config values or the collection's config file change;
// but not when the code of a Markdown plugin, the schema module, a helper they import or a
// package changes. The safe build hashes that code and asks for a fresh render when it changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Where the render of posts starts: the config (Markdown pipeline, integrations) and the collection (loader, schema). */
export const RENDER_ENTRY_POINTS = ['astro.config.mjs', 'src/content.config.ts'];
/** Every package's exact version. */
export const LOCKFILE = 'package-lock.json';

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** The files `entryPoints` import by relative path, transitively, themselves included, sorted. */
export function importClosure(entryPoints: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entryPoints];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** One hash of `files` and the lockfile under `root`: each one's path and content, a missing one by its path alone. */
function digestWithLockfile(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files, join(root, LOCKFILE)]) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** One hash of the code that renders posts and of the locked packages, under `root`. */
export function renderInputsDigest(root: string): string {
  return digestWithLockfile(root, importClosure(RENDER_ENTRY_POINTS.map((file) => join(root, file))));
}

/** Where the site's own code lives, under the project root. */
const SITE_CODE = 'src';

/**
 * One hash of the site's code, every file under `src/`, and of the locked packages. Astro keeps
 * a post's page from the last build when the page's own code is the same, but the scripts and
 * stylesheets of every page give the hashes each page's Content-Security-Policy lists: a kept page
 * is right only while all of the site's code is unchanged. astro.config.mjs hands it to the pages.
 */
export function siteCodeDigest(root: string): string {
  const files = readdirSync(join(root, SITE_CODE), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return digestWithLockfile(root, files);
}
