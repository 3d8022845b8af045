import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { impossibleDates } from './strict-dates.ts';
import { FrontMatterError, problemsFromIssues, withProblems, type FrontMatterProblem } from './problems.ts';
import { DATE_FIELDS, postSchema, unknownFieldMessage } from './post-schema.ts';

/** A post's path as the author knows it: from the project root, or in full when outside it (bench builds). */
function displayPath(root: string, filePath: string): string {
  const fromRoot = relative(root, filePath);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? filePath : fromRoot.split(sep).join('/');
}

/**
 * Wraps the posts' file loader so front matter problems are reported all at once.
 *
 * Astro stops at the first entry its schema refuses and names the entry's id, not its file.
 * Here each file is checked first: a build (no file watcher) loads every file, then fails
 * once, listing every file and field. `npm run dev` must not fail (its server would not
 * start, or would keep serving the old version of an edited post), so there a bad post
 * loads with its problems attached for the pages to show in the error overlay.
 *
 * Impossible dates reach the schema as the text the author wrote, since js-yaml would
 * have rolled them over into real ones.
 */
export function withFrontMatterChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const problems: FrontMatterProblem[] = [];
      await loader.load({
        ...context,
        parseData: async (entry) => {
          if (!entry.filePath) return context.parseData(entry);
          const source = await readFile(entry.filePath, 'utf-8');
          const data = { ...entry.data, ...impossibleDates(source, DATE_FIELDS) };
          const result = await postSchema.safeParseAsync(data);
          if (result.success) return context.parseData({ ...entry, data });
          const file = displayPath(root, entry.filePath);
          const found = problemsFromIssues(file, data, result.error.issues, unknownFieldMessage);
          if (context.watcher) return withProblems(data, found) as typeof entry.data;
          problems.push(...found);
          return data;
        },
      });
      if (problems.length > 0) throw new FrontMatterError(problems);
    },
  };
}
