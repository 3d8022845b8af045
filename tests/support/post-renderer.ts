// Renders Markdown as the site does: Sätteri with the pipeline of src/markdown/pipeline.ts,
// and Astro's highlight step off as astro.config.mjs has it. Overrides swap parts of the
// pipeline for a test that looks at one plugin alone.
import { createSatteriMarkdownProcessor, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { postMarkdown } from '../../src/markdown/pipeline.ts';

export type PostRenderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
export type PostRendering = Awaited<ReturnType<PostRenderer['render']>>;

export function postRenderer(overrides: SatteriProcessorOptions = {}): Promise<PostRenderer> {
  return createSatteriMarkdownProcessor({ syntaxHighlight: false, ...postMarkdown, ...overrides });
}
