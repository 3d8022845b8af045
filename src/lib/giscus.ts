// Comments through giscus (GitHub Discussions): the pure decisions behind the
// Comments section, kept free of Astro and the DOM so they run under `node --test`.
import { postUrl } from './posts.ts';
import type { GiscusConfig } from './site-config-schema.ts';
import type { SiteTheme } from './theme.ts';

/** The props @giscus/react takes, apart from the theme, which follows the site at runtime. */
export interface GiscusWidgetProps {
  host: string;
  repo: `${string}/${string}`;
  repoId: string;
  category: string;
  categoryId: string;
  mapping: 'specific';
  term: string;
  strict: '0' | '1';
  reactionsEnabled: '0' | '1';
  emitMetadata: '0' | '1';
  inputPosition: 'top' | 'bottom';
  lang: string;
  loading: 'lazy' | 'eager';
}

/** Everything the Comments section of one post needs. */
export interface PostComments {
  term: string;
  discussionUrl: string;
  widget: GiscusWidgetProps;
  themes: Record<SiteTheme, string>;
}

/** The part of a post entry this module reads; real entries have more. */
export interface CommentablePost {
  id: string;
  data: { comments: boolean };
}

/**
 * How long the giscus frame may take to say hello before the reader is offered the
 * discussion on GitHub instead. A frame that answers later still replaces the notice.
 */
export const GISCUS_LOAD_TIMEOUT_MS = 8000;

/**
 * The discussion title giscus's `pathname` mapping derives from a page path: the path
 * without its leading slash and file extension (giscus's own rule, copied here).
 */
export function pathnameTerm(pathname: string): string {
  return pathname.length < 2 ? 'index' : pathname.substring(1).replace(/\.\w+$/, '');
}

/**
 * The title of a post's discussion. The old site mapped comments by pathname on
 * /posts/<slug>.html, so its threads are titled `posts/<slug>`. The term is derived from
 * the post, never from the address bar, so every URL form of the post (with or without
 * `.html`, a trailing slash, a query string or a fragment) opens that same thread, and
 * so does the post under any base path: a site moved to a project page
 * (https://user.github.io/blog) still finds `posts/<slug>`, not `blog/posts/<slug>`.
 */
export function discussionTerm(postId: string): string {
  return pathnameTerm(postUrl(postId));
}

/**
 * Where the post's discussion can be found on GitHub without giscus: the repository's
 * discussion search for the title. Discussion numbers are unknown at build time, and a
 * post without comments yet has no discussion, so a search is the link that always works.
 */
export function discussionUrl(repo: string, term: string): string {
  const query = new URLSearchParams({ discussions_q: `"${term}"` });
  return `https://github.com/${repo}/discussions?${query}`;
}

/** What GiscusComments.tsx needs to show a post's comments. */
export type GiscusCommentsProps = Omit<PostComments, 'term'>;

/** Comments for a post, or `null` when the post opts out or the site has no giscus settings. */
export function postComments(post: CommentablePost, config: GiscusConfig | undefined): PostComments | null {
  if (!config || !post.data.comments) return null;
  return threadComments(discussionTerm(post.id), config);
}

/**
 * The comments of the thread titled `term`. The page carries only the term: the site's giscus
 * settings reach src/client/mount-comments.tsx with its code, not in every post page.
 */
export function threadComments(term: string, config: GiscusConfig): PostComments {
  return {
    term,
    discussionUrl: discussionUrl(config.repo, term),
    themes: config.themes,
    widget: {
      host: config.host,
      repo: config.repo as `${string}/${string}`,
      repoId: config.repoId,
      category: config.category,
      categoryId: config.categoryId,
      mapping: 'specific',
      term,
      // Strict matching looks threads up by a hash of their title, which the threads
      // converted from utterances never got; off, giscus matches the title itself.
      strict: '0',
      reactionsEnabled: config.reactions ? '1' : '0',
      emitMetadata: '0',
      inputPosition: config.inputPosition,
      lang: config.lang,
      loading: config.lazy ? 'lazy' : 'eager',
    },
  };
}

/** The giscus theme matching the site's theme. */
export function giscusTheme(themes: Record<SiteTheme, string>, theme: SiteTheme): string {
  return themes[theme];
}

/**
 * Whether a `message` event comes from the giscus frame. giscus talks to the page only
 * through messages like `{ giscus: { resizeHeight } }` sent from its own origin, so the
 * first one proves the frame really loaded.
 */
export function isGiscusMessage(event: { origin: string; data: unknown }, host: string): boolean {
  const { data } = event;
  return (
    event.origin === new URL(host).origin &&
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { giscus?: unknown }).giscus === 'object' &&
    (data as { giscus?: unknown }).giscus !== null
  );
}
