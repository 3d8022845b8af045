import { defineCollection } from 'astro:content';
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import { postSource } from './build-variants.ts';
import { withImageDependencies } from './lib/content-cache.ts';
import { withFrontMatterChecks } from './lib/front-matter/post-loader.ts';
import { postSchema } from './lib/front-matter/post-schema.ts';
import { basePath } from './lib/urls.ts';
import { publicDir } from './markdown/pipeline.ts';

const posts = defineCollection({
  loader: withImageDependencies(
    withFrontMatterChecks(
      glob({
        // content/posts, plus or instead of other folders for the fixture and bench builds.
        ...postSource,
        // A post's id is its file name, which is also its old URL's last segment.
        generateId: ({ entry }) => basename(entry).replace(/\.mdx?$/, ''),
      }),
    ),
    { publicDir, basePath },
  ),
  schema: postSchema,
});

export const collections = { posts };
