import { site } from '../../src/site.config.ts';

/** What a page's <title> should read: search engines show about 70 characters, so the site's name follows only when the whole fits. */
export function expectedTitle(title: string): string {
  const whole = `${title} | ${site.title}`;
  return whole.length <= 70 ? whole : title;
}
