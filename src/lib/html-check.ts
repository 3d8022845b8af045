// Validates built pages with html-validate, using the project's .htmlvalidate.json
// (found by walking up from each page, so fixture sites get the same rules).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listSiteFiles } from './built-site.ts';

export interface HtmlProblem {
  /** Site path of the page, e.g. `/posts/a.html`. */
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validateBuiltPages(dir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = listSiteFiles(dir).filter((path) => path.endsWith('.html'));
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(dir, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ page, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return { pages: pages.length, problems };
}

export function formatHtmlProblems(problems: readonly HtmlProblem[]): string {
  return problems
    .map((problem) => `${problem.page}:${problem.line}:${problem.column}: ${problem.message} (${problem.rule})`)
    .join('\n');
}
