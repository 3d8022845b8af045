import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { postSource } from './build-variants.ts';
import { withImageDependencies } from './lib/content-cache.ts';
import { withFrontMatterChecks } from './lib/front-matter/post-loader.ts';
import { postIdOfFile } from './lib/posts.ts';
import { postSchema } from './lib/front-matter/post-schema.ts';
import { basePath } from './lib/urls.ts';
import { publicDir } from './markdown/pipeline.ts';

const posts = defineCollection({
  loader: withImageDependencies(
    withFrontMatterChecks(
      glob({
        // content/posts, plus or instead of other folders for the fixture and bench builds.
        ...postSource,
        generateId: ({ entry }) => postIdOfFile(entry),
      }),
    ),
    { publicDir, basePath },
  ),
  schema: postSchema,
});

export const collections = { posts };
