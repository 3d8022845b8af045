// Which posts a build reads and where it writes, for the builds that are not the real blog.
//
// `npm run build:fixtures` builds the site once more with the edge-case posts of
// tests/fixtures/posts (a draft, awkward titles, a real image) into dist-fixtures/,
// so tests can prove how they are handled without adding them to the real blog.
//
// `npm run bench` sets SHIPIT_BENCH_DIR to a folder holding synthetic posts in posts/;
// the build reads only those and writes its output and cache beside them, so it
// starts cold and leaves dist/ and the project's cache alone.
import { join } from 'node:path';

const isFixtureBuild = Boolean(process.env.SHIPIT_FIXTURES);
const benchDir = process.env.SHIPIT_BENCH_DIR;

const POST_FILES = '**/*.{md,mdx}';

/** Where the posts collection finds its files: the content loader's `base` and glob patterns. */
export const postSource = benchDir
  ? { base: join(benchDir, 'posts'), pattern: [POST_FILES] }
  : {
      base: '.',
      pattern: ['content/posts', ...(isFixtureBuild ? ['tests/fixtures/posts'] : [])].map((dir) => `${dir}/${POST_FILES}`),
    };
/** Where this variant's finished site lives, and where `astro preview` serves it from. */
export const siteDir = benchDir ? join(benchDir, 'dist') : isFixtureBuild ? './dist-fixtures' : './dist';
/**
 * Where Astro writes. tools/build/safe-build.ts points it at a staging folder beside siteDir and
 * moves that into place only once the whole build succeeded, so a failed build never costs the
 * site that was there.
 */
export const outDir = process.env.SHIPIT_STAGING_DIR ?? siteDir;
/**
 * The fixture build serves the site under a path, as a GitHub project page does, so the
 * tests over dist-fixtures/ prove that every address keeps it. The real build uses the URL
 * of src/site.config.ts.
 */
export const FIXTURE_SITE_URL = 'https://example.github.io/blog';
export const siteUrlOverride = isFixtureBuild ? FIXTURE_SITE_URL : undefined;
/** The fixture build names a repository, so the tests see the posts' edit links. */
export const FIXTURE_REPOSITORY = { url: 'https://github.com/example/blog', branch: 'main' };
export const repositoryOverride = isFixtureBuild ? FIXTURE_REPOSITORY : undefined;
// Each variant keeps its own cache: Astro empties its content cache when the config
// (site URL, output folder) differs from the build before.
export const cacheDir = benchDir ? join(benchDir, 'cache') : isFixtureBuild ? './node_modules/.astro-fixtures' : './node_modules/.astro';
