// Usage: git diff --name-only --no-renames LAST_PUBLISHED HEAD | node tools/gate/scope.ts
// Prints which gate a change needs before it is published: `posts` when it touched only what an
// author writes (content/, public/) or nothing (the daily build for scheduled posts), `full` when it
// touched code, config or tests. The deploy workflow asks for `full` itself when there is no
// published commit to compare with.

/** Folders whose files the author writes and the site only shows. */
export const AUTHOR_FOLDERS = ['content/', 'public/'];

export type Gate = 'posts' | 'full';

/** The gate for a list of changed paths, relative to the repository's root. */
export function gateFor(changed: readonly string[]): Gate {
  return changed.every((path) => AUTHOR_FOLDERS.some((folder) => path.startsWith(folder))) ? 'posts' : 'full';
}

if (import.meta.main) {
  const input = await new Response(process.stdin as unknown as ReadableStream).text();
  const changed = input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  console.log(gateFor(changed));
}
