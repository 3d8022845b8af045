// Small feeds for the importer's tests, and a way to run its command as a user would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { escapeMarkup } from '../../src/lib/text.ts';

export const importerCli = join(import.meta.dirname, '../../tools/importer/cli.ts');

/** A sentence long enough for a description, so tests about other things import published posts. */
export const OPENING = 'Hello there, this opening paragraph is long enough to describe the whole post well.';

export function atomFeed(...entries: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test</title>
  <id>https://example.org</id>
  <link href="https://example.org/"/>
  ${entries.join('\n')}
</feed>`;
}

interface EntryParts {
  title?: string;
  slug?: string;
  link?: string;
  html?: string;
  extra?: string;
  dated?: boolean;
}

export function atomEntry({
  title = 'A post',
  slug = 'a-post',
  link,
  html = `<p>${OPENING}</p>`,
  extra = '',
  dated = true,
}: EntryParts = {}): string {
  link ??= `https://example.org/posts/${slug}.html`;
  return `<entry>
    <title>${title}</title>
    <link href="${escapeMarkup(link)}"/>
    ${dated ? '<updated>2021-01-18T00:00:00+00:00</updated>' : ''}
    <id>https://example.org/posts/${slug}</id>
    ${extra}
    <content type="html">${escapeMarkup(html)}</content>
  </entry>`;
}

export function rssFeed(...items: string[]): string {
  return `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>T</title><link>https://example.org/</link><description>d</description>
    ${items.join('\n')}
  </channel>
</rss>`;
}

/** Runs `npm run import` as npm would: from `cwd`, or from the project root with INIT_CWD set to `initCwd`. */
export function runImport(cwd: string, args: string[], initCwd?: string) {
  const env = { ...process.env };
  delete env.INIT_CWD;
  if (initCwd) env.INIT_CWD = initCwd;
  const result = spawnSync(process.execPath, [importerCli, ...args], { cwd, encoding: 'utf8', env });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

/** A stack trace's frames are indented "    at …": no input may make the importer print one. */
export const STACK_FRAME = /^\s+at /m;
