import { createRoot } from 'react-dom/client';
import GiscusComments from '../components/GiscusComments.tsx';
import { threadComments } from '../lib/giscus.ts';

// The site's giscus settings, the same for every post, are written into this code by the build
// (astro.config.mjs): a post page carries only the title of its thread.

export function mountComments(mountPoint: HTMLElement): void {
  const { widget, themes, discussionUrl } = threadComments(mountPoint.dataset.term!, __SHIPIT_GISCUS__!);
  createRoot(mountPoint).render(<GiscusComments widget={widget} themes={themes} discussionUrl={discussionUrl} />);
}
