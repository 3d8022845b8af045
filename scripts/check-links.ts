// Usage: npm run check:links [-- <built site folder>]   (default dist/)
// Fails on any internal link, asset or #fragment of the built site that leads nowhere.
// Links are read against the site URL the build was made for, which its home page names,
// so a build served under a path (dist-fixtures/, a project page) is checked as served.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readBuiltSite } from '../src/lib/built-site.ts';
import { checkLinks, formatBroken, siteUrlOfHome } from '../src/lib/link-check.ts';

const root = join(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, 'dist'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

const builtSite = readBuiltSite(dir);
let siteUrl: string;
try {
  siteUrl = siteUrlOfHome(builtSite.pages.get('/index.html')!, relative(process.cwd(), join(dir, 'index.html')));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
const report = checkLinks(builtSite, { siteUrl });

console.log(`${report.checked} internal links in ${builtSite.pages.size} pages checked`);

if (report.broken.length > 0) {
  console.error(`\n${report.broken.length} broken link(s):\n${formatBroken(report.broken)}`);
  process.exit(1);
}
