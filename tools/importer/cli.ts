// Imports an Atom 1.0 or RSS 2.0 feed into content/posts: npm run import -- <feed.xml> [--out DIR] [--force] [--dry-run]
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeFeed } from './decode-feed.ts';
import { planImport, type ImportPlan } from './import-feed.ts';
import { FeedParseError } from './parse-feed.ts';
import { cleanUpInterruptedImports, readExistingFile, writePlan } from './write-plan.ts';

const usage = 'usage: npm run import -- <feed.xml> [--out content/posts] [--force] [--dry-run]';

class UsageError extends Error {}

function main(): void {
  const config = {
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/posts' },
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

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(feedPath);
  } catch (error) {
    throw new UsageError(`${feedArgument}: cannot read the feed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const decoded = decodeFeed(bytes);
  if (decoded.warning) console.warn(`warning: ${feedArgument}: ${decoded.warning}`);
  let plan: ImportPlan;
  try {
    plan = planImport(decoded.text, { outDir, force: args.values.force }, readExistingFile);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    const where = error.line ? `${feedArgument}:${error.line}:${error.column}` : feedArgument;
    throw new UsageError(`${where}: ${error.message}\nNothing was written.`);
  }
  if (!dryRun) {
    for (const leftover of cleanUpInterruptedImports(outDir))
      console.warn(`removed ${relative(base, leftover)}, left by an interrupted import`);
    writePlan(plan, outDir);
  }
  report(plan, dryRun, (path) => relative(base, path));
}

/** `shown` gives each path as the user would type it: from the folder they ran the command in. */
function report(plan: ImportPlan, dryRun: boolean, shown: (path: string) => string): void {
  const verb = dryRun ? 'would write' : 'wrote';
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
  if (plan.imagePaths.length > 0) {
    console.log(`The posts reference ${plan.imagePaths.length} image(s); put the files under public/ at these paths:`);
    for (const image of plan.imagePaths) console.log(`  ${image}`);
  }
}

try {
  main();
} catch (error) {
  // Anything unforeseen still ends in one line a person can act on, not a stack trace.
  console.error(error instanceof UsageError ? error.message : `import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
