import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isRunning } from '../build/running-process.ts';
import type { ImportPlan } from './import-feed.ts';

/**
 * The hidden folder next to `outDir` an import writes into first: on the same file system,
 * so moving the posts into place is a rename, and never mistaken for posts by the build.
 */
function stagingPrefix(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.import-`);
}

/**
 * Removes what an interrupted import left: its staging folder, and the `<post>.tmp-<pid>`
 * files earlier versions wrote next to the posts. Returns what it removed, for the report.
 */
export function cleanUpInterruptedImports(outDir: string): string[] {
  const prefix = basename(stagingPrefix(outDir));
  const removed: string[] = [];
  const parent = dirname(outDir);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(name.slice(prefix.length));
    // This run's own staging folder is not another run's leftover.
    if (!name.startsWith(prefix) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
    if (!/\.tmp-\d+$/.test(name)) continue;
    rmSync(join(outDir, name), { force: true });
    removed.push(join(outDir, name));
  }
  return removed;
}

/**
 * Carries out a plan all at once: every post is written to the staging folder first, and
 * only when all of them are there are they renamed into `outDir`. An import stopped while
 * writing leaves `outDir` as it was; the next one removes the staging folder.
 */
export function writePlan(plan: ImportPlan, outDir: string): void {
  const staging = `${stagingPrefix(outDir)}${process.pid}`;
  const files = [
    ...plan.posts
      .filter((post) => post.outcome === 'written' && post.path && post.text !== undefined)
      .map((post) => ({ path: post.path!, bytes: post.text! })),
    ...(plan.imageFiles ?? []),
  ];
  if (files.length === 0) return;
  // Posts sit in outDir, brought images below it: the staging folder holds the same layout.
  const staged = (path: string) => join(staging, relative(outDir, path));
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const file of files) {
      mkdirSync(dirname(staged(file.path)), { recursive: true });
      writeFileSync(staged(file.path), file.bytes);
    }
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      renameSync(staged(file.path), file.path);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function readExistingFile(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
