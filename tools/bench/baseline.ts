// The bare Astro project `npm run bench` measures the blog against: what any Astro site needs to
// turn the same Markdown posts into pages (one collection, one page template, Astro's default
// Markdown), so the ratios show what the blog's own features cost.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_JSON = `${JSON.stringify({ name: 'shipit-bench-baseline', private: true, type: 'module' }, null, 2)}\n`;

// Astro and Vite cache under node_modules by default, which here is the blog's own: the baseline
// keeps its caches beside its output, so its cold build starts empty and the blog's caches stay alone.
const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './cache', vite: { cacheDir: './cache/vite' } });
`;

// Loose on purpose: the baseline validates only what its page reads, as a minimal site would.
const contentConfig = (postsDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const posts = defineCollection({
  loader: glob({ base: ${JSON.stringify(postsDir)}, pattern: '**/*.md' }),
  schema: z.looseObject({ title: z.string(), pubDate: z.coerce.date() }),
});

export const collections = { posts };
`;

const POST_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}

const { post } = Astro.props;
const { Content } = await render(post);
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{post.data.title}</title>
  </head>
  <body>
    <h1>{post.data.title}</h1>
    <Content />
  </body>
</html>
`;

/** Where the baseline build writes one page per post: `posts/<slug>/index.html`. */
export const BASELINE_POSTS_OUTPUT = join('dist', 'posts');

/** The baseline project's files, by path inside it, for the posts in postsDir. */
export function baselineProjectFiles(postsDir: string): Map<string, string> {
  return new Map([
    ['package.json', PACKAGE_JSON],
    ['astro.config.mjs', ASTRO_CONFIG],
    [join('src', 'content.config.ts'), contentConfig(postsDir)],
    [join('src', 'pages', 'posts', '[slug].astro'), POST_PAGE],
  ]);
}

/**
 * Writes the baseline project into dir. Its node_modules is a link to the blog's, so it builds
 * with the very same Astro and nothing is installed.
 */
export function writeBaselineProject(dir: string, postsDir: string, nodeModules: string): void {
  for (const [path, text] of baselineProjectFiles(postsDir)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
