// Loaded with `node --import` into the build that `npm run bench` measures: on exit it
// writes the process's peak resident memory (kB) to SHIPIT_PEAK_MEMORY_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.SHIPIT_PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
