// Long listings (the archive, a tag's posts) are split into pages by Astro's paginate():
// the first at /archive/, the next at /archive/2/ and so on.

/** The current page as the pagination tells it: "Page 2 of 5". */
export function pageOfLabel(pageNumber: number, lastPage: number): string {
  return `Page ${pageNumber} of ${lastPage}`;
}

/** The first page keeps the plain title; later pages name their number, so every title is unique. */
export function pagedTitle(title: string, pageNumber: number): string {
  return pageNumber === 1 ? title : `${title}, page ${pageNumber}`;
}

/**
 * paginate() gives `/archive/2`, but the pages are built as folders and served at
 * `/archive/2/`: linking there saves readers a redirect.
 */
export function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
