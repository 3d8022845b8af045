// Imports a feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) into content/posts:
// npm run import -- <feed.xml> [--out DIR] [--images <old site's URL or folder>] [--force] [--dry-run]
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeFeed } from './decode-feed.ts';
import { bringImages, imageSource, imagesAlreadyKept, imagesInUse } from './images.ts';
import { planImport, type ImportPlan } from './import-feed.ts';
import { FeedParseError } from './parse-feed.ts';
import { cleanUpInterruptedImports, readExistingFile, writePlan } from './write-plan.ts';

const usage =
  "usage: npm run import -- <feed.xml> [--out content/posts] [--images <the old site's address or folder>] [--force] [--dry-run]";

class UsageError extends Error {}

async function main(): Promise<void> {
  const config = {
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/posts' },
      images: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  } as const;
  let args: ReturnType<typeof parseArgs<typeof config>>;
  try {
    args = parseArgs(config);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const [feedArgument, ...extra] = args.positionals;
  if (!feedArgument || extra.length > 0) throw new UsageError(usage);
  // npm runs scripts from the project root; INIT_CWD is the folder the user typed the command in.
  const base = process.env.INIT_CWD ?? process.cwd();
  const feedPath = resolve(base, feedArgument);
  const outDir = resolve(base, args.values.out);
  const dryRun = args.values['dry-run'];
  const source = args.values.images === undefined ? undefined : imageSource(args.values.images, base);
  if (args.values.images !== undefined && !source) {
    throw new UsageError(`--images ${args.values.images}: neither an http(s) address nor a folder that exists\n${usage}`);
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(feedPath);
  } catch (error) {
    throw new UsageError(`${feedArgument}: cannot read the feed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const decoded = decodeFeed(bytes);
  if (decoded.warning) console.warn(`warning: ${feedArgument}: ${decoded.warning}`);
  const options = { outDir, force: args.values.force };
  let plan: ImportPlan;
  try {
    plan = planImport(decoded.text, options, readExistingFile);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    const where = error.line ? `${feedArgument}:${error.line}:${error.column}` : feedArgument;
    throw new UsageError(`${where}: ${error.message}\nNothing was written.`);
  }
  // Images an earlier --images run brought stay linked; --images brings the others (or newer copies).
  const available = imagesAlreadyKept(plan.imagePaths, outDir);
  let imageFiles: ImportPlan['imageFiles'];
  if (source) {
    const brought = await bringImages(plan, source, outDir);
    for (const warning of brought.warnings) console.warn(`warning: ${warning}`);
    for (const [path, kept] of brought.keptImages) available.set(path, kept);
    imageFiles = brought.files;
  }
  if (available.size > 0) {
    plan = planImport(decoded.text, { ...options, keptImages: available }, readExistingFile);
    if (imageFiles) plan.imageFiles = imagesInUse(plan, { keptImages: available, files: imageFiles }, outDir);
  }
  if (!dryRun) {
    for (const leftover of cleanUpInterruptedImports(outDir))
      console.warn(`removed ${relative(base, leftover)}, left by an interrupted import`);
    writePlan(plan, outDir);
  }
  const missing = plan.imagePaths.filter((path) => !available.has(path));
  report(plan, dryRun, outDir, missing, (path) => relative(base, path));
}

/** `shown` gives each path as the user would type it: from the folder they ran the command in. */
function report(plan: ImportPlan, dryRun: boolean, outDir: string, missing: string[], shown: (path: string) => string): void {
  const verb = dryRun ? 'would write' : 'wrote';
  if (plan.posts.length === 0) console.warn('warning: the feed holds no entries: nothing to import');
  for (const post of plan.posts) {
    if (post.outcome === 'written') console.log(`${verb} ${shown(post.path!)}`);
    if (post.outcome === 'kept') console.warn(`warning: kept ${shown(post.path!)}: ${post.reason}`);
    if (post.outcome === 'skipped') console.warn(`warning: skipped ${post.label}: ${post.reason}`);
    for (const warning of post.warnings) console.warn(`warning: ${post.label}: ${warning}`);
  }
  const count = (outcome: string) => plan.posts.filter((post) => post.outcome === outcome).length;
  console.log(
    `${dryRun ? 'Dry run, nothing written: ' : ''}${count('written')} ${dryRun ? 'to write' : 'written'}, ${count('unchanged')} unchanged, ${count('kept') + count('skipped')} skipped (${count('kept')} edited by hand, ${count('skipped')} invalid).`,
  );
  if (plan.imageFiles !== undefined) {
    console.log(
      `${plan.imageFiles.length} image(s) ${dryRun ? 'to bring' : 'brought'} beside the posts (${shown(join(outDir, 'images'))}).`,
    );
  }
  if (missing.length > 0) {
    console.log(
      `The posts reference ${missing.length} image(s) of the old site not brought yet; bring them with --images <its address or a folder holding its files>:`,
    );
    for (const image of missing) console.log(`  ${image}`);
  }
}

main().catch((error: unknown) => {
  // Anything unforeseen still ends in one line a person can act on, not a stack trace.
  console.error(error instanceof UsageError ? error.message : `import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
