// `npm run build` through tools/build/safe-build.ts, on a tiny site in a temporary folder (the bench
// mechanism of src/build-variants.ts): a build that fails leaves the previous site byte for byte,
// with no draft text under it, and a second build while one runs is refused.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const lock = join(root, '.build.lock');
const description = 'A description long enough for search engines to show it whole, and short enough too.';
const draftText = 'quokka-marmalade-unpublished-draft';

function post(title: string, body: string, extra = ''): string {
  return `---\ntitle: ${title}\ndescription: ${description}\npubDate: 2024-01-18\n${extra}---\n\n${body}\n`;
}

function safeBuild(dir: string) {
  return {
    args: [join(root, 'tools/build/safe-build.ts')],
    options: {
      cwd: root,
      env: { ...process.env, SHIPIT_BENCH_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  };
}

function runSafeBuild(dir: string) {
  const { args, options } = safeBuild(dir);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under dir, dot files included, with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

function filesHolding(dir: string, text: string): string[] {
  return Object.keys(fingerprint(dir)).filter((file) => readFileSync(join(dir, file), 'utf8').includes(text));
}

describe('the safe build', () => {
  it('refuses a second build while one runs, and keeps the site when a build fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safe-build-'));
    const dist = join(dir, 'dist');
    try {
      mkdirSync(join(dir, 'posts'));
      writeFileSync(join(dir, 'posts', 'fine.md'), post('Fine', 'A published post.'));
      writeFileSync(join(dir, 'posts', 'secret.md'), post('Secret', draftText, 'draft: true\n'));

      const { args, options } = safeBuild(dir);
      const first = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
      let firstOutput = '';
      first.stdout.on('data', (chunk) => (firstOutput += chunk));
      first.stderr.on('data', (chunk) => (firstOutput += chunk));
      const firstDone = new Promise<number | null>((done) => first.on('exit', done));
      try {
        while (!existsSync(lock) && first.exitCode === null) await sleep(50);
        const second = runSafeBuild(dir);
        assert.equal(second.status, 1, second.output);
        assert.match(second.output, new RegExp(`another build \\(PID ${first.pid}\\) is running`));
        assert.equal(await firstDone, 0, firstOutput);
      } finally {
        first.kill();
      }
      assert.ok(existsSync(join(dist, 'index.html')), firstOutput);
      assert.deepEqual(filesHolding(dist, draftText), []);
      assert.ok(!existsSync(join(dist, '.prerender')), 'the intermediate bundle is not left in the site');
      const before = fingerprint(dist);

      // A lock left by a build that died, and a staging folder an interrupted build left.
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(lock, `${dead}\n`);
      mkdirSync(join(dir, '.dist-staging-1'));
      writeFileSync(join(dir, '.dist-staging-1', 'index.html'), draftText);
      writeFileSync(join(dir, 'posts', 'broken.mdx'), post('Broken', "{(() => { throw new Error('cannot render') })()}"));
      const failed = runSafeBuild(dir);
      assert.notEqual(failed.status, 0, failed.output);
      assert.match(failed.output, /taking over/);
      assert.match(failed.output, new RegExp(`error: the build failed; ${RegExp.escape(dist)} was left as it was`));
      assert.deepEqual(fingerprint(dist), before);
      assert.deepEqual(readdirSync(dir).sort(), ['cache', 'dist', 'posts']);
      assert.ok(!existsSync(join(root, '.astro', '.prerender')), 'no intermediate bundle is left in the project');
      assert.ok(!existsSync(lock), 'the lock is released');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, naming it, a site path that is a file, and leaves the file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safe-build-file-'));
    try {
      writeFileSync(join(dir, 'dist'), 'not a folder');
      const result = runSafeBuild(dir);
      assert.equal(result.status, 1, result.output);
      assert.match(result.output, new RegExp(`error: ${RegExp.escape(join(dir, 'dist'))} is a file, not a folder`));
      assert.equal(readFileSync(join(dir, 'dist'), 'utf8'), 'not a folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
