// Usage: npm run check:links [-- <built site folder>]   (default dist/)
// Fails on any internal link, asset or #fragment of the built site that leads nowhere.
// Links are read against the site URL the build used: set SHIPIT_FIXTURES=1 for the
// fixture build, which serves the site under a path (see src/fixtures.ts).
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readBuiltSite } from '../src/lib/built-site.ts';
import { checkLinks, formatBroken } from '../src/lib/link-check.ts';
import { siteUrl } from '../src/lib/urls.ts';

const root = join(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, 'dist'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const builtSite = readBuiltSite(dir);
const report = checkLinks(builtSite, { siteUrl });

console.log(`${report.checked} internal links in ${builtSite.pages.size} pages checked`);

if (report.broken.length > 0) {
  console.error(`\n${report.broken.length} broken link(s):\n${formatBroken(report.broken)}`);
  process.exit(1);
}
