// /llms.txt as llmstxt.org describes it: the site's name as the heading, its description as a
// quote, then a section listing every published post with its description and Markdown copy.

export interface LlmsTxtPost {
  title: string;
  description: string;
  /** Absolute URL of the post's Markdown copy. */
  markdownUrl: string;
}

export interface LlmsTxtSite {
  title: string;
  description: string;
  author: string;
}

/** Brackets and line breaks would end a link's text or a list item early. */
function linkText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([[\]\\])/g, '\\$1');
}

export function llmsTxt(site: LlmsTxtSite, posts: readonly LlmsTxtPost[]): string {
  const lines = [
    `# ${linkText(site.title)}`,
    '',
    `> ${linkText(site.description)}`,
    '',
    `Posts by ${linkText(site.author)}, newest first. Each link is the post as plain Markdown; its front matter names the page it comes from.`,
    '',
    '## Posts',
    '',
    ...posts.map((post) => `- [${linkText(post.title)}](${post.markdownUrl}): ${linkText(post.description)}`),
  ];
  return `${lines.join('\n')}\n`;
}
