// Synthetic posts for `npm run bench`, shaped like the imported ones: about 1,100 words,
// five or six sections with pinned ids, three or four fenced code blocks (often with
// line numbers), a figure or two, external links, a link to another post's section, and
// a GFM table in every third post. Seeded, so every run builds the same corpus.

export interface SyntheticPost {
  fileName: string;
  text: string;
}

const WORDS = (
  'cluster node pod deployment service ingress controller operator manifest helm chart namespace ' +
  'container image registry pipeline build release rollout replica scaling metric latency budget ' +
  'terraform module provider state bucket role policy account region zone network subnet gateway ' +
  'python function class module package test fixture request response queue worker cache database'
).split(' ');
const TAGS = ['kubernetes', 'devops', 'python', 'aws', 'terraform', 'freelancing', 'github', 'ansible'];
const LANGUAGES = ['yaml', 'bash', 'python', 'hcl', 'plaintext'];

/** mulberry32: a tiny seeded generator, good enough to vary text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function postSlug(index: number): string {
  return `synthetic-post-${String(index + 1).padStart(4, '0')}`;
}

function sectionId(section: number): string {
  return `section-${section + 1}`;
}

export function syntheticPost(index: number, total: number): SyntheticPost {
  const random = seededRandom(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = words(between(8, 18));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(3, 5) }, sentence).join(' ');

  const code = (language: string) => {
    const lines = Array.from({ length: between(8, 20) }, (_, line) =>
      language === 'yaml' ? `${'  '.repeat(line % 3)}${pick(WORDS)}: ${pick(WORDS)}` : `${pick(WORDS)} --${pick(WORDS)}=${line}`,
    );
    const numbered = random() < 0.6 ? ' showLineNumbers' : '';
    return `\`\`\`${language}${numbered}\n${lines.join('\n')}\n\`\`\``;
  };

  const table = () => {
    const rows = Array.from({ length: between(3, 6) }, () => `| ${pick(WORDS)} | ${between(1, 99)} | ${words(3)} |`);
    return ['| name | count | notes |', '| :--- | :---: | ---: |', ...rows].join('\n');
  };

  const figure = (section: number) =>
    [
      '<figure>',
      `  <img src="/static/images/${postSlug(index)}-${section}.png" alt="${words(4)}" />`,
      `  <figcaption>${sentence()}</figcaption>`,
      '</figure>',
    ].join('\n');

  const other = postSlug((index + 1) % total);
  const sections = between(5, 6);
  const blocks: string[] = [paragraph(), `See [${words(3)}](/posts/${other}.html#${sectionId(1)}) for the background.`];
  let codeBlocks = between(3, 4);
  let figures = between(1, 2);
  for (let section = 0; section < sections; section += 1) {
    const heading = words(between(2, 6));
    blocks.push(`## ${heading[0]!.toUpperCase()}${heading.slice(1)} {#${sectionId(section)}}`);
    blocks.push(`${paragraph()} Read [the ${pick(WORDS)} docs](https://example.com/${pick(WORDS)}) and run \`${pick(WORDS)}\`.`);
    if (section === 1) blocks.push(`### ${words(3)} {#${sectionId(section)}-details}`, paragraph());
    if (codeBlocks > 0 && section > 0) {
      blocks.push(code(pick(LANGUAGES)));
      codeBlocks -= 1;
    }
    blocks.push(paragraph());
    if (figures > 0 && section % 2 === 0) {
      blocks.push(figure(section));
      figures -= 1;
    }
    if (section === 2) blocks.push(Array.from({ length: between(3, 6) }, () => `- ${sentence()}`).join('\n'));
    if (section === 3 && index % 3 === 0) blocks.push(table());
    if (section === 4) blocks.push(`> ${sentence()}`);
  }

  // One post a day counting back, so no corpus reaches a future date a build would hold back.
  const day = new Date(Date.UTC(2019, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
  const tags = [...new Set([pick(TAGS), pick(TAGS)])];
  const frontMatter = [
    '---',
    `title: "Synthetic post ${index + 1}: ${words(4)}"`,
    // 59 to 135 characters: production builds refuse descriptions outside `descriptionLength`.
    `description: "A synthetic post for the build benchmark about ${words(between(3, 8))}."`,
    `pubDate: ${day}`,
    `tags: [${tags.join(', ')}]`,
    '---',
  ].join('\n');
  return { fileName: `${postSlug(index)}.md`, text: `${frontMatter}\n\n${blocks.join('\n\n')}\n` };
}

export function syntheticCorpus(total: number): SyntheticPost[] {
  return Array.from({ length: total }, (_, index) => syntheticPost(index, total));
}

/**
 * The post with a paragraph added at the end of its body, a different one for each `edit`: the
 * change an author makes before a warm rebuild.
 */
export function editedPost(text: string, edit: number): string {
  return `${text.trimEnd()}\n\nEdit ${edit}: ${WORDS.slice(edit % WORDS.length)
    .slice(0, 12)
    .join(' ')}.\n`;
}
