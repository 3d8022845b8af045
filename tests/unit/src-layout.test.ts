// src/ holds what runs in the site; what only tools or tests use belongs in tools/. A module
// nothing in the site imports is either dead or in the wrong place. The site includes its posts:
// a component an MDX post imports is in use.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize } from 'node:path';
import { it } from 'node:test';

const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
// Files Astro or Node load by path, not by import: pages, the collections, and files named in a
// `new URL('…')` (injected routes, worker threads).
const LOADED_BY_PATH = /new URL\(\s*'([^']+)'/g;

/** The modules of src/ under a project root that neither the site's code nor its MDX posts import or load. */
function unusedModules(root: string): string[] {
  const filesUnder = (dir: string, pattern: RegExp) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true })
          .map((file) => join(dir, String(file)))
          .filter((file) => pattern.test(file))
      : [];
  const srcFiles = filesUnder('src', SOURCE);
  const users = ['astro.config.mjs', ...srcFiles, ...filesUnder('content', /\.mdx$/)];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const imported = new Set(
    users.flatMap((file) =>
      [...read(file).matchAll(IMPORT)].flatMap(([, specifier]) => {
        if (specifier!.startsWith('@/')) return [normalize(join('src', specifier!.slice(2)))];
        if (specifier!.startsWith('.')) return [normalize(join(dirname(file), specifier!))];
        return [];
      }),
    ),
  );
  const loadedByName = new Set(users.flatMap((file) => [...read(file).matchAll(LOADED_BY_PATH)].map(([, path]) => basename(path!))));
  // Vite finds `./Counter` and `./widget` (its index file) too.
  const isImported = (file: string) =>
    imported.has(file) ||
    imported.has(file.replace(/\.[^./]+$/, '')) ||
    (/^index\.[^.]+$/.test(basename(file)) && imported.has(dirname(file)));
  return srcFiles.filter(
    (file) =>
      !file.startsWith(join('src', 'pages')) &&
      file !== join('src', 'content.config.ts') &&
      // Declarations of what the build writes into the code, read by TypeScript through tsconfig.json.
      !file.endsWith('.d.ts') &&
      !isImported(file) &&
      !loadedByName.has(basename(file)),
  );
}

it('has no module in src/ that nothing in the site imports or loads', () => {
  assert.deepEqual(unusedModules(join(import.meta.dirname, '..', '..')), []);
});

it("counts a component that only an author's MDX post imports as used", () => {
  const root = mkdtempSync(join(tmpdir(), 'src-layout-'));
  try {
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write('astro.config.mjs', "import { defineConfig } from 'astro/config';\n");
    write('src/components/ClickCounter.tsx', 'export default function ClickCounter() { return null; }\n');
    write('src/components/Unused.tsx', 'export default function Unused() { return null; }\n');
    write(
      'content/posts/counter.mdx',
      "import ClickCounter from '../../src/components/ClickCounter.tsx';\n\n<ClickCounter client:visible />\n",
    );
    write('content/posts/alias.mdx', "import Other from '@/components/Other.astro';\n\n<Other />\n");
    write('src/components/Other.astro', '<p>other</p>\n');
    write('src/components/Plain.tsx', 'export default function Plain() { return null; }\n');
    write('src/components/chart/index.tsx', 'export default function Chart() { return null; }\n');
    write(
      'content/posts/no-extensions.mdx',
      "import Plain from '../../src/components/Plain';\nimport Chart from '../../src/components/chart';\n\n<Plain />\n<Chart />\n",
    );
    assert.deepEqual(unusedModules(root), [join('src', 'components', 'Unused.tsx')]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
