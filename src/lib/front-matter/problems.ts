// Collecting front matter problems, so one build names every bad post and field at once.
import { postCountLabel } from '../text.ts';

/** One problem of one post: the file (relative to the project), the field and what is wrong. */
export interface FrontMatterProblem {
  file: string;
  field: string;
  message: string;
}

/** The parts of a zod issue the report needs. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** Turns a post's schema issues into problems; `unknownField` explains a key the schema does not know. */
export function problemsFromIssues(
  file: string,
  data: Record<string, unknown>,
  issues: readonly SchemaIssue[],
  unknownField: (key: string) => string,
): FrontMatterProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ file, field: key, message: unknownField(key) }));
    }
    const field = issue.path.map(String).join('.') || 'front matter';
    const missing = issue.path.length === 1 && data[String(issue.path[0])] === undefined;
    return [{ file, field, message: missing ? 'required' : issue.message }];
  });
}

function formatProblem({ file, field, message }: FrontMatterProblem): string {
  return `${file}: ${field}: ${message}`;
}

/** Every problem, grouped by file in file order, with a count that tells how much is left to fix. */
export function problemReport(problems: readonly FrontMatterProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file));
  const lines = [...problems].sort((a, b) => a.file.localeCompare(b.file)).map((problem) => `  ${formatProblem(problem)}`);
  return [`Front matter problems in ${postCountLabel(files.size)}:`, ...lines].join('\n');
}

/** Thrown once for all posts, without a stack: the trace would say nothing to an author. */
export class FrontMatterError extends Error {
  readonly problems: readonly FrontMatterProblem[];

  constructor(problems: readonly FrontMatterProblem[]) {
    super(problemReport(problems));
    this.problems = problems;
    this.name = 'FrontMatterError';
    this.stack = '';
  }
}

// In `npm run dev` a bad post still loads, carrying its problems under this key, so the
// pages can throw them into Astro's error overlay (see collection.ts).
const PROBLEMS_KEY = 'frontMatterProblems';

/** A bad post's data as `npm run dev` stores it: what the author wrote, plus the problems. */
export function withProblems(data: Record<string, unknown>, problems: readonly FrontMatterProblem[]): Record<string, unknown> {
  return { ...data, [PROBLEMS_KEY]: problems.map((problem) => ({ ...problem })) };
}

/** Throws one FrontMatterError for all the problems the entries carry (see withProblems). */
export function throwIfAnyHasProblems(entries: readonly { data: object }[]): void {
  const problems = entries.flatMap(
    (entry) => ((entry.data as Record<string, unknown>)[PROBLEMS_KEY] as FrontMatterProblem[] | undefined) ?? [],
  );
  if (problems.length > 0) throw new FrontMatterError(problems);
}
