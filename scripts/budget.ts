// Usage: npm run budget [-- <built site folder>] [--no-lighthouse]   (default dist/)
// Serves the built site compressed, weighs home, the longest post and the biggest tag page
// in headless Chromium, then runs Lighthouse (mobile) on them. Fails over any budget.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listSiteFiles } from '../src/lib/built-site.ts';
import {
  budgetPages,
  budgetViolations,
  formatLighthouse,
  formatWeights,
  lighthouseViolations,
} from '../src/lib/budget.ts';
import { runLighthouse } from '../src/lib/lighthouse-run.ts';
import { weighPages } from '../src/lib/page-weight.ts';
import { serveStatic } from '../src/lib/static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/find-chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-lighthouse': { type: 'boolean', default: false } },
});
const root = join(import.meta.dirname, '..');
const dir = resolve(positionals[0] ?? join(root, 'dist'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const sizes = new Map(listSiteFiles(dir).map((path) => [path, statSync(join(dir, path)).size]));
const { pages, missing } = budgetPages(sizes);
for (const kind of missing) console.warn(`warning: no ${kind} in ${relative(process.cwd(), dir)}; not weighed`);

const executablePath = findChromium();
const server = await serveStatic(dir);
const violations: string[] = [];
try {
  const weights = await weighPages(server.origin, pages, { executablePath, args: CHROMIUM_ARGS });
  console.log(
    'Bytes as served (gzip) before any interaction; CSS and JS include inline <style> and <script>, gzipped on their own:',
  );
  console.log(`\n${formatWeights(weights)}\n`);
  violations.push(...weights.flatMap(budgetViolations));

  if (!values['no-lighthouse']) {
    console.log('Lighthouse (mobile), once per page…');
    const audits = await runLighthouse(server.origin, pages, {
      chromePath: executablePath,
      chromeFlags: CHROMIUM_ARGS,
    });
    console.log(`\n${formatLighthouse(audits)}\n`);
    for (const audit of audits) {
      const failed = lighthouseViolations(audit);
      if (failed.length === 0) continue;
      violations.push(...failed);
      console.log(`${audit.page.name} (${audit.page.path}) fell short on:\n  ${audit.failedAudits.join('\n  ')}\n`);
    }
  }
} finally {
  await server.close();
}

if (violations.length > 0) {
  console.error(`Over budget:\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log('Within budget.');
