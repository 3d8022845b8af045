// Loaded with `node --import` into each build that `npm run bench` measures: on exit it
// writes the process's peak resident memory (kB) to SHIPIT_PEAK_MEMORY_FILE. The blog's build is
// two processes (tools/build/safe-build.ts runs Astro), so the file keeps the larger peak.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.SHIPIT_PEAK_MEMORY_FILE;
if (file) {
  process.on('exit', () => {
    const earlier = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;
    writeFileSync(file, String(Math.max(earlier, process.resourceUsage().maxRSS)));
  });
}
