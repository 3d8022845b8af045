// Light or dark: the reader's choice when they made one with the toggle, else the OS
// preference. The inline script in <head>, the toggle and the comments all follow this.

export type SiteTheme = 'light' | 'dark';

/** Where the toggle keeps the reader's choice. */
export const THEME_STORAGE_KEY = 'theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme shown: an explicit `choice` (stored, or the data-theme attribute) wins over the OS. */
export function themeOf(choice: string | null | undefined, prefersDark: boolean): SiteTheme {
  if (choice === 'light' || choice === 'dark') return choice;
  return prefersDark ? 'dark' : 'light';
}

/**
 * The script <head> runs inline before the first paint, so a stored choice never flashes the
 * other theme first: themeOf in plain ES5, tiny because every page carries it. Storage can be
 * blocked (private modes); the OS preference then decides.
 */
export const THEME_SCRIPT =
  `(function(){var c=null;try{c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}` +
  `document.documentElement.dataset.theme=c==='light'||c==='dark'?c:matchMedia(${JSON.stringify(DARK_QUERY)}).matches?'dark':'light'})()`;
