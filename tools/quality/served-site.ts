import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { basePathOf } from '../../src/lib/urls.ts';

export interface ServedSite {
  /** The folder a static server should serve from its root. */
  root: string;
  /** Where the built site's index is, relative to that root: `''` or `blog/`. */
  prefix: string;
  remove(): void;
}

/**
 * Linkinator and Lighthouse CI serve a folder at `/`, but a build for a site URL with a
 * path (https://example.github.io/blog) links to `/blog/…`: a folder holding a link named
 * `blog` to the build lets them serve it there, so a link that forgets the path still fails.
 */
export function serveUnderBase(builtDir: string, siteUrl: string): ServedSite {
  const base = basePathOf(siteUrl);
  if (base === '/') return { root: resolve(builtDir), prefix: '', remove: () => {} };
  const root = mkdtempSync(join(tmpdir(), 'shipit-served-'));
  const segments = base.split('/').filter(Boolean);
  const parent = join(root, ...segments.slice(0, -1));
  mkdirSync(parent, { recursive: true });
  symlinkSync(resolve(builtDir), join(parent, segments.at(-1)!), 'dir');
  return { root, prefix: base.slice(1), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The site URL a build was made for, from its home page's canonical link: the fixture
 * build is made for another URL than src/site.config.ts gives. `fallback` when there is none.
 */
export function siteUrlOfBuild(builtDir: string, fallback: string): string {
  let home: string;
  try {
    home = readFileSync(join(builtDir, 'index.html'), 'utf8');
  } catch {
    return fallback;
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return canonical ? new URL(canonical).href : fallback;
}
