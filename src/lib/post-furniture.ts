// Words of the page furniture that src/client/ adds around a post's HTML: the code block
// header, the heading links and the table scroll box. Pure, so the unit tests can hold them.

// Fence languages as readers know them; anything else shows its own name.
const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'Bash',
  css: 'CSS',
  docker: 'Dockerfile',
  dockerfile: 'Dockerfile',
  hcl: 'HCL',
  html: 'HTML',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  plaintext: 'Text',
  python: 'Python',
  sh: 'Shell',
  shell: 'Shell',
  text: 'Text',
  toml: 'TOML',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  txt: 'Text',
  yaml: 'YAML',
  yml: 'YAML',
};

/** A code block's language as its header shows it, from the fence's `data-language`. */
export function languageLabel(language: string | undefined): string {
  if (!language) return 'Text';
  return LANGUAGE_NAMES[language.toLowerCase()] ?? language;
}

/** What a screen reader announces for the scrolling box around a table: its column headers. */
export function tableLabel(headers: readonly string[]): string {
  const named = headers.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

/** The accessible name of the link beside a heading. */
export function headingLinkLabel(headingText: string): string {
  return `Link to the section “${headingText.replace(/\s+/g, ' ').trim()}”`;
}
