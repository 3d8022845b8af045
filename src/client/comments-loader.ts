// Nothing of React or giscus loads before the reader gets within 300px of the comments
// (Comments.astro). An observer of our own rather than an Astro island: the island loader
// would be written into every post page, 2 KB gzipped before the first paint.
const mountPoint = document.querySelector<HTMLElement>('.giscus-comments');
if (mountPoint) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      import('./mount-comments.tsx').then(
        ({ mountComments }) => mountComments(mountPoint),
        // Offline or blocked: the section's note still links to the discussion on GitHub.
        () => {},
      );
    },
    { rootMargin: '300px' },
  );
  observer.observe(mountPoint.parentElement!);
}
