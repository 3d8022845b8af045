// Usage: npm run build | npm run build:fixtures   (src/build-variants.ts decides which site and where)
// Runs `astro build` into a staging folder beside the site and moves it into place only when the
// whole build succeeded, search index and headers file included: a failed or interrupted build
// leaves the previous site exactly as it was, and no half-built pages or post text beside it.
// Builds take a lock, so a second build at once is refused instead of breaking both.
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cacheDir, siteDir as configuredSiteDir } from '../../src/build-variants.ts';
import { isRunning } from './running-process.ts';
import { renderInputsDigest } from './render-inputs.ts';
import { INTERMEDIATE_OUTPUT, leftovers, lockHolder, missingOutputs, previousDir, stagingDir } from './staging.ts';

const root = join(import.meta.dirname, '..', '..');
const siteDir = resolve(root, configuredSiteDir);
// Every build, whatever its variant, writes the project's .astro/ folder, so one lock serves them all.
const lock = join(root, '.build.lock');
// Where Astro puts its intermediate bundle when the output folder is outside the project (bench builds):
// the bundle must sit where it can import the project's packages.
const outsideIntermediate = join(root, '.astro', INTERMEDIATE_OUTPUT);

/** A reason not to build that the user can act on; printed without a stack trace. */
class BuildRefused extends Error {}

function shown(path: string): string {
  const inProject = relative(root, path);
  return inProject.startsWith('..') ? path : inProject;
}

/** Refuses before anything is touched when the site could not be replaced. */
function checkWritable(): void {
  if (existsSync(siteDir) && !statSync(siteDir).isDirectory()) {
    throw new BuildRefused(`${shown(siteDir)} is a file, not a folder; move it away so the build can write the site there`);
  }
  const writable = (path: string) => {
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (!writable(dirname(siteDir))) {
    throw new BuildRefused(
      `cannot write to ${shown(dirname(siteDir))}, where the new ${shown(siteDir)} is built before it replaces the old`,
    );
  }
  if (existsSync(siteDir) && !writable(siteDir)) {
    throw new BuildRefused(`${shown(siteDir)} is read-only, so the build cannot replace it`);
  }
}

function takeLock(): void {
  // Linking a complete file into place is atomic, so no build ever reads a lock half written.
  const claim = `${lock}.${process.pid}`;
  writeFileSync(claim, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(claim, lock);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(readFileSync(lock, 'utf8'));
      if (holder !== undefined && isRunning(holder)) {
        throw new BuildRefused(`another build (PID ${holder}) is running; wait for it to finish. If none is, delete ${shown(lock)}`);
      }
      console.log(`taking over ${shown(lock)} from a build that ended without releasing it`);
      rmSync(lock, { force: true });
    }
    throw new BuildRefused(`could not take ${shown(lock)}: other builds keep taking it`);
  } finally {
    rmSync(claim, { force: true });
  }
}

function releaseLock(): void {
  if (existsSync(lock) && lockHolder(readFileSync(lock, 'utf8')) === process.pid) rmSync(lock);
}

/** Removes what interrupted builds left beside the site; puts the previous site back if one stopped mid-swap. */
function clearLeftovers(): void {
  const found = leftovers(siteDir, readdirSync(dirname(siteDir)));
  const [previousSite] = found.previous;
  if (!existsSync(siteDir) && previousSite) {
    renameSync(previousSite, siteDir);
    console.log(`restored ${shown(siteDir)}, which an interrupted build had moved aside`);
  }
  for (const dir of [...found.staging, ...found.previous]) rmSync(dir, { recursive: true, force: true });
}

// The hash of the code that renders posts at the last successful build; see render-inputs.ts.
const renderInputsFile = resolve(root, cacheDir, 'shipit-render-inputs');

/** Whether the posts' rendering code changed since the last successful build, which Astro's content cache would not notice. */
function renderCodeChanged(digest: string): boolean {
  return !existsSync(renderInputsFile) || readFileSync(renderInputsFile, 'utf8') !== digest;
}

function runAstro(staging: string, renderAllPosts: boolean): Promise<number> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // --force empties the content cache; otherwise Astro renders again only the posts whose file changed.
  const args = [astro, 'build', ...(renderAllPosts ? ['--force'] : []), ...process.argv.slice(2)];
  // execArgv passes on `--import` hooks such as the bench's memory probe.
  const child = spawn(process.execPath, [...process.execArgv, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SHIPIT_STAGING_DIR: staging },
  });
  // Stopping this build stops Astro first, so the staging folder is removed after it, not under it.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

function replaceSite(staging: string): void {
  const previous = previousDir(siteDir, process.pid);
  const hadSite = existsSync(siteDir);
  if (hadSite) renameSync(siteDir, previous);
  try {
    renameSync(staging, siteDir);
  } catch (error) {
    if (hadSite) renameSync(previous, siteDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

async function build(): Promise<number> {
  checkWritable();
  takeLock();
  const staging = stagingDir(siteDir, process.pid);
  try {
    clearLeftovers();
    const digest = renderInputsDigest(root);
    const renderAllPosts = renderCodeChanged(digest);
    if (renderAllPosts && existsSync(resolve(root, cacheDir))) {
      console.log('the code that renders posts changed since the last build: rendering every post again');
    }
    const status = await runAstro(staging, renderAllPosts);
    if (status !== 0) {
      console.error(`error: the build failed; ${shown(siteDir)} was left as it was`);
      return status;
    }
    const missing = missingOutputs((output) => existsSync(join(staging, output)));
    if (missing.length > 0) {
      console.error(`error: the build finished without ${missing.join(', ')}; ${shown(siteDir)} was left as it was`);
      return 1;
    }
    rmSync(join(staging, INTERMEDIATE_OUTPUT), { recursive: true, force: true });
    replaceSite(staging);
    mkdirSync(dirname(renderInputsFile), { recursive: true });
    writeFileSync(renderInputsFile, digest);
    console.log(`site written to ${shown(siteDir)}`);
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(outsideIntermediate, { recursive: true, force: true });
    releaseLock();
  }
}

build().then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    // File system errors name their path; BuildRefused names what to do.
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  },
);
