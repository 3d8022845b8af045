// The names and checks of the safe build (tools/build/safe-build.ts), apart from its file system work.
import { basename, dirname, join } from 'node:path';

/**
 * What every finished site holds: the home page, the search index (src/integrations/pagefind.ts)
 * and the headers file (src/integrations/write-headers-file.ts). A build that exits without one of them
 * did not finish, whatever its exit code says.
 */
export const REQUIRED_OUTPUTS = ['index.html', 'pagefind/pagefind.js', '_headers'];

/**
 * Astro's intermediate bundle of every page, post text and drafts included. Astro removes it when
 * it succeeds; a build that stops half-way leaves it in the output folder.
 */
export const INTERMEDIATE_OUTPUT = '.prerender';

/** The folder a build writes into, beside the site it will replace; hidden, and unique to the build's process. */
export function stagingDir(siteDir: string, pid: number): string {
  return join(dirname(siteDir), `.${basename(siteDir)}-staging-${pid}`);
}

/** Where the previous site waits while the new one is moved into place. */
export function previousDir(siteDir: string, pid: number): string {
  return join(dirname(siteDir), `.${basename(siteDir)}-old-${pid}`);
}

/** The staging and previous-site folders of siteDir among its parent's entries: what interrupted builds left. */
export function leftovers(siteDir: string, parentEntries: string[]): { staging: string[]; previous: string[] } {
  const pattern = new RegExp(`^\\.${RegExp.escape(basename(siteDir))}-(staging|old)-\\d+$`);
  const found = { staging: [] as string[], previous: [] as string[] };
  for (const entry of parentEntries) {
    const kind = pattern.exec(entry)?.[1];
    if (kind) found[kind === 'staging' ? 'staging' : 'previous'].push(join(dirname(siteDir), entry));
  }
  return found;
}

/** The required outputs a built folder lacks, given a check for a path relative to it. */
export function missingOutputs(exists: (relativePath: string) => boolean): string[] {
  return REQUIRED_OUTPUTS.filter((output) => !exists(output));
}

/** The PID a lock file names, or undefined when it holds none (a lock cut short while it was written). */
export function lockHolder(lockText: string): number | undefined {
  const pid = Number(lockText.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
