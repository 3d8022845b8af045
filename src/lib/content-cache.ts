import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { imagePathOnDisk } from '../markdown/post-images.ts';

// Astro's content cache renders a post again only when the post's own file changes. A post's
// HTML also depends on the image files it names: whether they exist (a missing one becomes a
// labelled box) and their size. This keeps, for every post, the images its HTML names and
// what they were like, and drops a post from the cache when one of them changed.

const META_KEY = 'image-files';
const REMOTE = /^(?:[a-z][a-z\d+.-]*:)/i;
const ASTRO_IMAGE = /__ASTRO_IMAGE_="([^"]+)"/g;
const IMAGE_SOURCE = /<img\b[^>]*?\ssrc="([^"]+)"|\sdata-src="([^"]+)"/g;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&(?:quot|#x22|#34);/g, '"')
    .replace(/&(?:#x27|apos|#39);/g, "'")
    .replace(/&(?:amp|#x26|#38);/g, '&');
}

/**
 * The image paths a post's rendered HTML names, as written in the post: `<img src>` (with the
 * site's base path taken off), the paths of missing-image boxes, and astro:assets placeholders.
 */
export function imagesNamedIn(html: string, basePath = '/'): string[] {
  const found = new Set<string>();
  const base = basePath.replace(/\/$/, '');
  for (const [, src, dataSrc] of html.matchAll(IMAGE_SOURCE)) {
    let path = unescapeAttribute((src ?? dataSrc)!);
    if (src && base && path.startsWith(`${base}/`)) path = path.slice(base.length);
    found.add(path);
  }
  for (const [, placeholder] of html.matchAll(ASTRO_IMAGE)) {
    try {
      const { src } = JSON.parse(unescapeAttribute(placeholder!)) as { src?: unknown };
      if (typeof src === 'string') found.add(src);
    } catch {
      // Not ours to judge: Astro reports a broken placeholder when it renders the page.
    }
  }
  return [...found].filter((path) => !path.startsWith('/_astro/') && !REMOTE.test(path) && !path.startsWith('//'));
}

/** What a file holds, so an added, removed or replaced image is noticed in any clone of the project. */
export function fileSignature(path: string): string {
  if (!existsSync(path)) return 'missing';
  return createHash('sha256').update(readFileSync(path)).digest('base64url');
}

export type ImageRecord = Record<string, Record<string, string>>;

/** The posts of `record` one of whose images no longer matches its signature. */
export function postsWithChangedImages(record: ImageRecord, signature: (path: string) => string): string[] {
  return Object.entries(record)
    .filter(([, images]) => Object.entries(images).some(([path, was]) => signature(path) !== was))
    .map(([id]) => id);
}

function readRecord(context: LoaderContext): ImageRecord {
  try {
    return JSON.parse(context.meta.get(META_KEY) ?? '{}') as ImageRecord;
  } catch {
    return {};
  }
}

/** Wraps the posts' file loader so a post is rendered again when an image it names changes. */
export function withImageDependencies(loader: Loader, { publicDir, basePath }: { publicDir: string; basePath: string }): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // Paths are kept relative to the project, so a cache restored in another folder (CI) still holds.
      const signature = (path: string) => fileSignature(resolve(root, path));
      for (const id of postsWithChangedImages(readRecord(context), signature)) context.store.delete(id);
      await loader.load(context);
      const record: ImageRecord = {};
      for (const entry of context.store.values()) {
        if (!entry.rendered?.html || !entry.filePath) continue;
        const postPath = join(root, entry.filePath);
        const paths = imagesNamedIn(entry.rendered.html, basePath).map((src) => imagePathOnDisk(src, postPath, publicDir));
        if (paths.length > 0) record[entry.id] = Object.fromEntries(paths.map((path) => [relative(root, path), fileSignature(path)]));
      }
      context.meta.set(META_KEY, JSON.stringify(record));
    },
  };
}
