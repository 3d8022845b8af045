// Imports an Atom 1.0 or RSS 2.0 feed into content/posts: npm run import -- <feed.xml> [--out DIR] [--force] [--dry-run]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FeedParseError } from './parse-feed.ts';
import { planImport, readExistingFile, writePlan } from './import-feed.ts';

const usage = 'usage: npm run import -- <feed.xml> [--out content/posts] [--force] [--dry-run]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/posts' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const [feedPath, ...extra] = args.positionals;
if (!feedPath || extra.length > 0) fail(usage);

let xml: string;
try {
  xml = readFileSync(feedPath, 'utf8');
} catch (error) {
  fail(`${feedPath}: cannot read the feed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}

const outDir = args.values.out;
const dryRun = args.values['dry-run'];
let plan;
try {
  plan = planImport(xml, { outDir, force: args.values.force }, readExistingFile);
} catch (error) {
  if (error instanceof FeedParseError) {
    const where = error.line ? `${feedPath}:${error.line}:${error.column}` : feedPath;
    fail(`${where}: ${error.message}\nNothing was written.`);
  }
  throw error;
}
if (!dryRun) writePlan(plan, outDir);

const verb = dryRun ? 'would write' : 'wrote';
for (const post of plan.posts) {
  if (post.outcome === 'written') console.log(`${verb} ${post.path}`);
  if (post.outcome === 'kept') console.warn(`warning: kept ${post.path}: ${post.reason}`);
  if (post.outcome === 'skipped') console.warn(`warning: skipped ${post.label}: ${post.reason}`);
}
const count = (outcome: string) => plan.posts.filter((post) => post.outcome === outcome).length;
console.log(
  `${dryRun ? 'Dry run, nothing written: ' : ''}${count('written')} ${dryRun ? 'to write' : 'written'}, ${count('unchanged')} unchanged, ${count('kept') + count('skipped')} skipped (${count('kept')} edited by hand, ${count('skipped')} invalid).`,
);
if (plan.imagePaths.length > 0) {
  console.log(`The posts reference ${plan.imagePaths.length} image(s); put the files under public/ at these paths:`);
  for (const image of plan.imagePaths) console.log(`  ${image}`);
}
