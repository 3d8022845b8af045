// Usage: npm run check:html [-- <built site folder>]   (default dist/)
// Validates every built page with html-validate (rules in .htmlvalidate.json); any error fails.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatHtmlProblems, validateBuiltPages } from '../src/lib/html-check.ts';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const { pages, problems } = await validateBuiltPages(dir);
if (problems.length > 0) {
  console.error(`${formatHtmlProblems(problems)}\n\n${problems.length} HTML error(s) in ${relative(process.cwd(), dir)}`);
  process.exit(1);
}
console.log(`${pages} pages valid`);
