import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Parents } from 'hast';
import { h } from 'hastscript';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import sharp from 'sharp';

export interface PostImagesOptions {
  /** Absolute path of the site's public/ folder, where images written as `/…` live. */
  publicDir: string;
  /** Where a missing image is reported; the build log by default. */
  warn?: (message: string) => void;
}

const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;

/** Where an image path points on disk: `/…` under public/, anything else beside the post. */
export function imagePathOnDisk(src: string, postPath: string, publicDir: string): string {
  const path = decodeURI(src.split(/[?#]/)[0] ?? src);
  return path.startsWith('/') ? join(publicDir, path) : resolve(dirname(postPath), path);
}

function isElement(node: Parents | ElementContent | undefined, tagName: string): node is Element {
  return node?.type === 'element' && node.tagName === tagName;
}

/** The caption of the figure an image sits in, as one line of text. */
function figcaptionText(image: Element, ctx: HastVisitorContext): string {
  let figure: Parents | undefined = ctx.parent(image);
  while (figure && !isElement(figure, 'figure')) figure = ctx.parent(figure);
  const caption = figure?.children.find((node) => isElement(node, 'figcaption'));
  return caption ? ctx.textContent(caption).replace(/\s+/g, ' ').trim() : '';
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

/** The paragraph an image with a title stands alone in: it becomes a figure with that caption. */
function paragraphToCaption(image: Element, ctx: HastVisitorContext): { paragraph: Element; caption: string } | undefined {
  const title = image.properties.title;
  const paragraph = ctx.parent(image);
  if (typeof title !== 'string' || title.trim() === '' || !isElement(paragraph, 'p')) return undefined;
  const index = ctx.indexOf(image);
  if (paragraph.children.some((child, i) => i !== index && !isBlank(child))) return undefined;
  return { paragraph, caption: title.trim() };
}

async function dimensions(path: string): Promise<{ width?: number; height?: number }> {
  const { width, height } = await sharp(path).metadata();
  return { width, height };
}

/** Why an image cannot be shown, or undefined; and where it is on disk when it is a file. */
function findImage(src: string, postPath: string | undefined, publicDir: string): { problem?: string; path?: string } {
  if (REMOTE.test(src)) return { problem: 'is on another host; save it under public/ and link to that copy' };
  if (!src.startsWith('/') && !postPath) return {};
  const path = imagePathOnDisk(src, postPath ?? '', publicDir);
  return existsSync(path) ? { path } : { path, problem: `does not exist (looked for ${relative(process.cwd(), path)})` };
}

/**
 * Sätteri hast plugin for images in posts; the raw HTML of imported posts' figures is parsed
 * first (features.rawHtml), so it sees those too.
 * - An image file that does not exist, or one on another host (pages load nothing
 *   from other hosts), becomes a labelled box and one build warning per post and path.
 * - Images from public/ get their size (no layout shift) and load lazily.
 * - Markdown images beside the post are left to astro:assets, which optimises them.
 * - An image alone in a paragraph with a title becomes a figure with that caption.
 */
export function postImages({ publicDir, warn = console.warn }: PostImagesOptions) {
  return ({ fileURL }: PluginFactoryContext): HastPluginDefinition => {
    const postPath = fileURL ? fileURLToPath(fileURL) : undefined;
    const post = postPath ? relative(process.cwd(), postPath) : 'a post';
    const reported = new Set<string>();
    return {
      name: 'shipit:post-images',
      element: {
        filter: ['img'],
        async visit(image, ctx) {
          const src = String(image.properties.src ?? '');
          if (src.startsWith('data:')) return;
          // Alt text is plain text; some imported alts hold leftover HTML tags.
          const alt = String(image.properties.alt ?? '')
            .replace(/<[^>]*>/g, '')
            .trim();
          const figure = paragraphToCaption(image, ctx);
          const { problem, path } = findImage(src, postPath, publicDir);
          const astro = ctx.data.astro as { localImagePaths?: Set<string> } | undefined;

          let shown: Element;
          if (problem) {
            if (!reported.has(src)) warn(`${post}: image ${src} ${problem}; showing a labelled box instead`);
            reported.add(src);
            // Astro would otherwise try to import the file and fail the build.
            astro?.localImagePaths?.delete(decodeURI(src));
            shown = missingImageBox(src, alt, figure ? figure.caption : figcaptionText(image, ctx));
          } else {
            const properties = { ...image.properties };
            if (path && src.startsWith('/')) {
              if (properties.width === undefined || properties.height === undefined) Object.assign(properties, await dimensions(path));
              Object.assign(properties, { loading: 'lazy', decoding: 'async' });
            } else if (path && !astro?.localImagePaths?.has(decodeURI(src))) {
              throw new Error(
                `${post}: <img src="${src}"> is written as HTML, which Astro does not copy or optimise; write it as ![alt](${src} "caption") instead`,
              );
            }
            if (figure) delete properties.title;
            shown = { type: 'element', tagName: 'img', properties, children: [] };
          }

          if (figure) ctx.replaceNode(figure.paragraph, h('figure', [shown, h('figcaption', figure.caption)]));
          else ctx.replaceNode(image, shown);
        },
      },
    };
  };
}
