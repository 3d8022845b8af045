import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { ImportPlan } from './import-feed.ts';

// The old site's images, brought from its address or a checkout of it (`--images SOURCE`):
// only the paths the posts reference, only from that source, only bytes that are an image.
// A path is the image's path on the old site (`/static/a.png`): fetched from the source's
// host, or read from the folder as the root of the old site.

/** Larger files are refused: no post image needs more, and a wrong address can point at anything. */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

export type ImageSource = { kind: 'url'; base: URL } | { kind: 'folder'; dir: string };

export type FetchedImage = { bytes: Uint8Array; type: ImageType } | { problem: string };

/** The old site's address, or a folder holding its files; undefined when it is neither. */
export function imageSource(argument: string, cwd: string): ImageSource | undefined {
  if (/^https?:\/\//i.test(argument) && URL.canParse(argument)) return { kind: 'url', base: new URL(argument) };
  const dir = resolve(cwd, argument);
  return existsSync(dir) && statSync(dir).isDirectory() ? { kind: 'folder', dir } : undefined;
}

const SIGNATURES: [ImageType, (bytes: Uint8Array) => boolean][] = [
  ['png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['jpg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['gif', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))],
  ['svg', (b) => /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(ascii(b, 0, 1024))],
];

export type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(start, end));
}

/** What kind of image the bytes are, by their first bytes; undefined when they are not one the site can show. */
export function imageType(bytes: Uint8Array): ImageType | undefined {
  return SIGNATURES.find(([, matches]) => matches(bytes))?.[0];
}

/** Where an image is kept beside the posts, from its old path: `/static/a.png` → `images/static/a.png`. */
export function keptImagePath(sitePath: string, type: ImageType): string {
  const segments = sitePath.split('/').filter((segment) => segment && segment !== '.' && segment !== '..');
  const path = ['images', ...segments.map((segment) => segment.replace(/[^\w.-]+/g, '-'))].join('/');
  const known = extname(path).toLowerCase().replace('jpeg', 'jpg') === `.${type}`;
  // Astro reads an image's format from its file name.
  return known ? path : `${path}.${type}`;
}

async function download(url: URL, origin: string): Promise<FetchedImage> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    return {
      problem: `could not be fetched (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`,
    };
  }
  if (new URL(response.url).origin !== origin) return { problem: `redirects to another site (${new URL(response.url).origin})` };
  if (!response.ok) return { problem: `answered ${response.status}` };
  if (Number(response.headers.get('content-length') ?? 0) > IMAGE_MAX_BYTES) return { problem: 'is larger than 20 MB' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > IMAGE_MAX_BYTES) return { problem: 'is larger than 20 MB' };
    chunks.push(chunk);
  }
  return checked(Buffer.concat(chunks));
}

function checked(bytes: Uint8Array): FetchedImage {
  const type = imageType(bytes);
  return type ? { bytes, type } : { problem: 'is not an image (its bytes are neither PNG, JPEG, GIF, WebP, AVIF nor SVG)' };
}

/**
 * The image's path, then ever shorter ends of it (`static/images/a.png`, `images/a.png`, `a.png`):
 * a folder or address may hold the site's images without the folders above them.
 */
function pathEnds(sitePath: string): string[] {
  let decoded = sitePath;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    // Malformed percent-encoding: the path as written.
  }
  const segments = decoded.split('/').filter((segment) => segment && segment !== '.' && segment !== '..');
  return segments.map((_, index) => segments.slice(index).join('/'));
}

function copy(dir: string, sitePath: string): FetchedImage {
  const ends = pathEnds(sitePath);
  const file = ends
    .map((end) => resolve(dir, end))
    .find((path) => path.startsWith(`${dir}${sep}`) && existsSync(path) && statSync(path).isFile());
  if (!file) return { problem: `is not in the folder (looked for ${relative(process.cwd(), resolve(dir, ends[0] ?? '')) || dir})` };
  if (statSync(file).size > IMAGE_MAX_BYTES) return { problem: 'is larger than 20 MB' };
  return checked(readFileSync(file));
}

/** The image at `sitePath` (`/static/a.png`) of the old site, from `source`, or why it cannot be brought. */
export async function fetchImage(source: ImageSource, sitePath: string): Promise<FetchedImage> {
  if (source.kind === 'folder') return copy(source.dir, sitePath);
  const first = await download(new URL(sitePath, source.base), source.base.origin);
  if (!('problem' in first) || source.base.pathname === '/') return first;
  // An address with a path (https://old.example/files/) may hold the images below it.
  for (const end of pathEnds(sitePath)) {
    const found = await download(new URL(end, source.base), source.base.origin);
    if (!('problem' in found)) return found;
  }
  return first;
}

/** The address or file an image was looked for at, for warnings. */
export function imageAddress(source: ImageSource, sitePath: string): string {
  return source.kind === 'url' ? new URL(sitePath, source.base).href : join(source.dir, sitePath);
}

export interface BroughtImages {
  /** Each image brought: its old path → how posts link it (`./images/…`). */
  keptImages: Map<string, string>;
  /** Files to write: only those missing or different, so running again writes nothing. */
  files: { path: string; bytes: Uint8Array }[];
  /** Each image that could not be brought, with its address and the posts that keep its labelled box. */
  warnings: string[];
}

const AT_ONCE = 4;

/**
 * Brings the images of the imported posts from `source`, to be kept in `outDir/images/`. A
 * post that differs from the feed may differ only by images brought before, so posts kept as
 * edited by hand count too; `imagesInUse` then leaves out what no written or unchanged post uses.
 */
export async function bringImages(plan: ImportPlan, source: ImageSource, outDir: string): Promise<BroughtImages> {
  const postsOf = new Map<string, string[]>();
  for (const post of plan.posts.filter((planned) => planned.outcome !== 'skipped')) {
    for (const path of post.imagePaths ?? []) postsOf.set(path, [...(postsOf.get(path) ?? []), post.label]);
  }
  const paths = [...postsOf.keys()];
  const fetched: FetchedImage[] = [];
  for (let start = 0; start < paths.length; start += AT_ONCE) {
    fetched.push(...(await Promise.all(paths.slice(start, start + AT_ONCE).map((path) => fetchImage(source, path)))));
  }
  const brought: BroughtImages = { keptImages: new Map(), files: [], warnings: [] };
  paths.forEach((path, index) => {
    const image = fetched[index]!;
    if ('problem' in image) {
      brought.warnings.push(`image ${imageAddress(source, path)} ${image.problem}; ${postsOf.get(path)!.join(', ')} keep its labelled box`);
      return;
    }
    const kept = keptImagePath(path, image.type);
    brought.keptImages.set(path, `./${kept}`);
    const file = join(outDir, kept);
    if (!existsSync(file) || !Buffer.from(readFileSync(file)).equals(image.bytes)) brought.files.push({ path: file, bytes: image.bytes });
  });
  return brought;
}

/** The image files the final plan's written and unchanged posts link, of those brought. */
export function imagesInUse(
  plan: ImportPlan,
  brought: Pick<BroughtImages, 'keptImages' | 'files'>,
  outDir: string,
): BroughtImages['files'] {
  const used = new Set(
    plan.posts
      .filter((post) => post.outcome === 'written' || post.outcome === 'unchanged')
      .flatMap((post) => post.imagePaths ?? [])
      .map((path) => brought.keptImages.get(path))
      .filter((kept): kept is string => kept !== undefined)
      .map((kept) => join(outDir, kept)),
  );
  return brought.files.filter((file) => used.has(file.path));
}

const IMAGE_TYPES: ImageType[] = ['png', 'jpg', 'gif', 'webp', 'avif', 'svg'];

/** Images an earlier `--images` run brought, found beside the posts: an import without the option keeps linking them. */
export function imagesAlreadyKept(paths: readonly string[], outDir: string): Map<string, string> {
  const kept = new Map<string, string>();
  for (const path of paths) {
    const found = IMAGE_TYPES.map((type) => keptImagePath(path, type)).find((file) => existsSync(join(outDir, file)));
    if (found) kept.set(path, `./${found}`);
  }
  return kept;
}
