import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toText } from 'hast-util-to-text';
import sharp from 'sharp';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { isHighlightedCode } from '../lib/highlighted-code.ts';

export interface PostImagesOptions {
  /** Absolute path of the site's public/ folder, where images written as `/…` live. */
  publicDir: string;
  /** Where a missing image is reported; the build log by default. */
  warn?: (message: string) => void;
}

const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;

type Ancestor = Root | Element;

interface Found {
  node: Element;
  ancestors: Ancestor[];
}

/** Where an image path points on disk: `/…` under public/, anything else beside the post. */
export function imagePathOnDisk(src: string, postPath: string, publicDir: string): string {
  const path = decodeURI(src.split(/[?#]/)[0] ?? src);
  return path.startsWith('/') ? join(publicDir, path) : resolve(dirname(postPath), path);
}

function figcaptionText(ancestors: Ancestor[]): string {
  const figure = ancestors.findLast((node) => node.type === 'element' && node.tagName === 'figure');
  const caption = figure?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'figcaption');
  return caption ? toText(caption).replace(/\s+/g, ' ').trim() : '';
}

/** What a missing image's box says, and what its accessible name starts with when its alt says nothing. */
export const MISSING_IMAGE_NOTE = 'Image not available';

const IMAGE_FILE_NAME = /\.(?:apng|avif|bmp|gif|ico|jpe?g|png|svg|tiff?|webp)$/i;

/** Whether a text is only an image's file name (`diagram.png`), which tells a reader nothing. */
export function isImageFileName(text: string): boolean {
  return IMAGE_FILE_NAME.test(text.trim());
}

/**
 * What stands in for an image that cannot be shown: a box that screen readers announce as
 * an image named by its alt text, keeping the intended path in `data-src` so the missing
 * files can be found and restored. Feed readers show the same HTML without the site's CSS,
 * so its text reads as a sentence there: "Image not available: <what it showed>".
 */
function missingImageBox(src: string, alt: string, caption: string): Element {
  const note = h('span.missing-image-note', { dataPagefindIgnore: '' }, MISSING_IMAGE_NOTE);
  // An empty alt marks the image as decorative: its stand-in is hidden from assistive
  // technology too, rather than announced by the file name.
  if (!alt) return h('span.missing-image', { ariaHidden: 'true', dataSrc: src }, [note]);
  const fileNameOnly = isImageFileName(alt);
  const name = fileNameOnly ? caption : alt;
  const label = fileNameOnly ? (caption ? `${MISSING_IMAGE_NOTE}: ${caption}` : MISSING_IMAGE_NOTE) : alt;
  // On the page a caption shows below the box, so the box does not repeat it.
  const text = name
    ? h(`span.missing-image-text${name === caption ? '.repeats-caption' : ''}`, [h('span.missing-image-separator', ': '), name])
    : [];
  return h('span.missing-image', { role: 'img', 'aria-label': label, dataSrc: src }, [note, text]);
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** `![alt](./pic.png "Caption")` alone in a paragraph becomes a figure with that caption. */
function captionedFigure(node: Element, ancestors: Ancestor[]): void {
  const title = node.properties.title;
  const paragraph = ancestors.at(-1);
  const container = ancestors.at(-2);
  if (typeof title !== 'string' || title.trim() === '') return;
  if (paragraph?.type !== 'element' || paragraph.tagName !== 'p' || !container) return;
  if (paragraph.children.some((child) => child !== node && !isBlank(child))) return;
  delete node.properties.title;
  const figure = h('figure', [node, h('figcaption', title.trim())]);
  container.children[container.children.indexOf(paragraph)] = figure;
  ancestors.splice(-1, 1, figure);
}

async function dimensions(path: string): Promise<{ width?: number; height?: number }> {
  const { width, height } = await sharp(path).metadata();
  return { width, height };
}

/**
 * Rehype plugin for images in posts. Needs the raw HTML of imported posts parsed
 * (rehype-raw) first, since their figures are written as HTML.
 * - An image file that does not exist, or one on another host (pages load nothing
 *   from other hosts), becomes a labelled box and one build warning per post and path.
 * - Images from public/ get their size (no layout shift) and load lazily.
 * - Markdown images beside the post are left to astro:assets, which optimises them.
 */
export default function rehypePostImages({ publicDir, warn = console.warn }: PostImagesOptions) {
  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const found: Found[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (isHighlightedCode(node)) return SKIP;
      if (node.tagName === 'img') found.push({ node, ancestors: [...ancestors] });
    });

    const post = file.path ? relative(process.cwd(), file.path) : 'a post';
    const astroImages = file.data.astro?.localImagePaths ?? [];
    const reported = new Set<string>();

    for (const { node, ancestors } of found) {
      const src = String(node.properties.src ?? '');
      if (src.startsWith('data:')) continue;
      // Alt text is plain text; some imported alts hold leftover HTML tags.
      const alt = String(node.properties.alt ?? '')
        .replace(/<[^>]*>/g, '')
        .trim();
      captionedFigure(node, ancestors);

      let problem: string | undefined;
      let path: string | undefined;
      if (REMOTE.test(src)) {
        problem = `is on another host; save it under public/ and link to that copy`;
      } else if (src.startsWith('/') || file.path) {
        path = imagePathOnDisk(src, file.path ?? '', publicDir);
        if (!existsSync(path)) problem = `does not exist (looked for ${relative(process.cwd(), path)})`;
      }

      if (problem) {
        if (!reported.has(src)) warn(`${post}: image ${src} ${problem}; showing a labelled box instead`);
        reported.add(src);
        const parent = ancestors.at(-1)!;
        parent.children[parent.children.indexOf(node)] = missingImageBox(src, alt, figcaptionText(ancestors));
        // Astro would otherwise try to import the file and fail the build.
        if (file.data.astro?.localImagePaths) {
          file.data.astro.localImagePaths = file.data.astro.localImagePaths.filter((local) => local !== decodeURI(src));
        }
        continue;
      }

      if (path && src.startsWith('/')) {
        if (node.properties.width === undefined || node.properties.height === undefined) {
          Object.assign(node.properties, await dimensions(path));
        }
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      } else if (path && !astroImages.includes(decodeURI(src))) {
        throw new Error(
          `${post}: <img src="${src}"> is written as HTML, which Astro does not copy or optimise; write it as ![alt](${src} "caption") instead`,
        );
      }
    }
  };
}
