// Usage: npm run check:links [-- <built site folder>]   (default dist/)
// Linkinator checks every internal href, src and srcset of every page, and each #fragment
// against the ids and <a name>s of its target page. Links to other sites are not fetched.
// Own code because linkinator's CLI can neither check the site's own absolute URLs nor serve the build under the site URL's path.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { listSiteFiles } from './site-files.ts';
import { serveUnderBase, siteUrlOfBuild } from './served-site.ts';
import { site } from '../../src/site.config.ts';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist'));
const pages = existsSync(dir) ? listSiteFiles(dir).filter((path) => path.endsWith('.html')) : [];
if (pages.length === 0) {
  console.error(`error: ${relative(process.cwd(), dir) || '.'} has no pages; run \`npm run build\` first`);
  process.exit(1);
}

// The rewrite of the site's own URLs must name linkinator's server before it starts.
const port = await freePort();
const local = `http://127.0.0.1:${port}/`;
const siteUrl = siteUrlOfBuild(dir, site.url);
const publicOrigin = `${new URL(siteUrl).origin}/`;
const served = serveUnderBase(dir, siteUrl);
try {
  const { links } = await new LinkChecker().check({
    path: pages.map((path) => `${served.prefix}${path.slice(1)}`),
    serverRoot: served.root,
    port,
    recurse: false,
    checkFragments: true,
    cleanUrls: true,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${RegExp.escape(publicOrigin)}`), replacement: local }],
    // Linkinator asks before and after rewriting a URL.
    linksToSkip: async (url) => !url.startsWith(local) && !url.startsWith(publicOrigin),
  });
  const checked = links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = checked.filter((link) => link.state === LinkState.BROKEN);
  const sitePath = (url = '') => `/${url.replace(local, '').replace(/^\//, '')}`;
  console.log(`${checked.length} internal links in ${pages.length} pages checked`);
  if (broken.length > 0) {
    const lines = broken.map((link) => {
      const reasons = (link.failureDetails ?? []).map((detail) => ('message' in detail ? detail.message : '')).filter(Boolean);
      return `  ${sitePath(link.parent)}: ${sitePath(link.url)} (${link.status ?? 'no response'}${reasons.length ? `: ${reasons.join('; ')}` : ''})`;
    });
    console.error(`\n${broken.length} broken link(s):\n${lines.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  served.remove();
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}
