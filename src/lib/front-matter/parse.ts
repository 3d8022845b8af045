// The one reading of a post file's front matter: the YAML between the opening `---` line
// and the next `---` line, then the body, for the tools and tests; Astro itself reads posts
// with js-yaml, which post-loader.ts and strict-dates.ts account for.
import { parseDocument } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** The front matter's YAML text and the body after it, or undefined when the file has no front matter. */
export function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const match = FRONT_MATTER.exec(source);
  return match ? { yaml: match[1]!, body: match[2]! } : undefined;
}

/** The front matter's fields and the body, or undefined when there is none or it is not a YAML mapping. */
export function parseFrontMatter(source: string): { data: Record<string, unknown>; body: string } | undefined {
  const parts = splitFrontMatter(source);
  if (!parts) return undefined;
  const document = parseDocument(parts.yaml);
  if (document.errors.length > 0) return undefined;
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, body: parts.body };
}
