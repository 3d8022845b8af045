// Validates built pages with html-validate, always with the project's .htmlvalidate.json,
// wherever the pages are (dist/, a fixture site, a copy elsewhere).
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { listSiteFiles } from './built-site.ts';

export interface HtmlProblem {
  /** Site path of the page, e.g. `/posts/a.html`. */
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const projectRoot = join(import.meta.dirname, '..', '..');

function projectConfig(): ConfigData {
  const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  // Element files are named relative to the project, not to the pages.
  const elements = config.elements?.map((entry) => (typeof entry === 'string' && entry.startsWith('.') && !isAbsolute(entry) ? join(projectRoot, entry) : entry));
  return { ...config, elements, root: true };
}

export async function validateBuiltPages(dir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new FileSystemConfigLoader(projectConfig()));
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
