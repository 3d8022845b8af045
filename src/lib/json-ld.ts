// Structured data for search engines, as schema.org JSON-LD.

export interface Person {
  name: string;
  url: string;
}

export interface PageFacts {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Absolute URL of the page's social card. */
  image: string;
  language: string;
}

/** What a post page adds to the facts of any page. */
export interface ArticleFacts {
  published: Date;
  modified?: Date;
  tags: readonly string[];
  /** The series the post is part of, with its series page's absolute URL. */
  series?: { name: string; url: string; position: number };
}

export function blogPosting(page: PageFacts, article: ArticleFacts, author: Person): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    datePublished: article.published.toISOString(),
    dateModified: (article.modified ?? article.published).toISOString(),
    author: { '@type': 'Person', name: author.name, url: author.url },
    keywords: article.tags.join(', '),
    inLanguage: page.language,
    ...(article.series && {
      position: article.series.position,
      isPartOf: { '@type': 'CreativeWorkSeries', name: article.series.name, url: article.series.url },
    }),
  };
}

/** Any page that is not a post: the home page describes the whole site. */
export function webPage(page: PageFacts, { isHome }: { isHome: boolean }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': isHome ? 'WebSite' : 'WebPage',
    name: page.title,
    description: page.description,
    url: page.url,
    image: page.image,
    inLanguage: page.language,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. The HTML parser ends the script at the
 * first `</script` whatever JSON says, so `<`, `>` and `&` are written as JSON escapes, which
 * parse back to the same text; U+2028/U+2029 too, for scripts that read it as JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
