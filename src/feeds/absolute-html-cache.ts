import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { absoluteUrlsInHtml, type OnDropped } from './entries.ts';

// Making a post's URLs absolute for the feeds parses its whole HTML, most of the feeds' time
// in a build where few posts changed. The result depends only on the HTML, the post's URL and
// the code that makes it, so it is kept between builds in the cache folder, under a digest of the three.

type Absolutise = (html: string, base: string, onDropped?: OnDropped) => string;

function readKept(file: string): Map<string, string> {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (kept && typeof kept === 'object' && !Array.isArray(kept)) {
      return new Map(Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  } catch {
    // No cache yet, or one cut short: every entry is made again.
  }
  return new Map();
}

export class AbsoluteHtmlCache {
  readonly #file: string;
  readonly #make: Absolutise;
  readonly #kept: Map<string, string>;
  readonly #used = new Map<string, string>();
  /** The keys the file holds: what it was read with, then what each save wrote. */
  #inFile: Set<string>;
  // Set when this build used an entry the file lacks, made anew or kept from an earlier build
  // but not yet written again: the builds in between saved only what they had used by then.
  #fileBehind = false;

  readonly #code: string;

  /** `code` names the code that makes the HTML (the site's code digest): other code, other entries. */
  constructor(file: string, make: Absolutise = absoluteUrlsInHtml, code = '') {
    this.#file = file;
    this.#make = make;
    this.#code = code;
    this.#kept = readKept(file);
    this.#inFile = new Set(this.#kept.keys());
  }

  /** `html` with every URL made absolute against `base`, from the cache when it has it. */
  readonly absolutise: Absolutise = (html, base, onDropped = () => {}) => {
    const key = createHash('sha256').update(this.#code).update('\0').update(base).update('\0').update(html).digest('base64url');
    let result = this.#used.get(key) ?? this.#kept.get(key);
    if (result === undefined) {
      let dropped = false;
      result = this.#make(html, base, (what) => {
        dropped = true;
        onDropped(what);
      });
      // Not kept: the next build makes it again and warns again, until the post is fixed.
      if (dropped) return result;
    }
    if (!this.#inFile.has(key)) this.#fileBehind = true;
    this.#used.set(key, result);
    return result;
  };

  /**
   * Writes what this build used so far, when the file lacks any of it. Each feed saves, so the
   * file ends up with every entry of the build, and a write drops the posts that are gone.
   */
  save(): void {
    if (!this.#fileBehind) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(Object.fromEntries(this.#used)));
    renameSync(partial, this.#file);
    this.#inFile = new Set(this.#used.keys());
    this.#fileBehind = false;
  }
}
