// What src/styles/code-colours.css draws, read back from the stylesheet as a browser would
// apply it, so tests check the colours a reader sees rather than the generator's own tables.

export interface DrawnTheme {
  background: string;
  /** The colour of tokens with no class of this theme. */
  foreground: string;
  /** Token colour classes of this theme and their colour. */
  classes: Map<string, string>;
}

export interface DrawnColours {
  light: DrawnTheme;
  dark: DrawnTheme;
  /** Font style classes and the declaration each sets, as `font-style: italic`. */
  fontStyles: Map<string, string>;
}

function match(css: string, pattern: RegExp, what: string): RegExpMatchArray {
  const found = css.match(pattern);
  if (!found) throw new Error(`code-colours.css has no ${what}`);
  return found;
}

export function stylesheetColours(css: string): DrawnColours {
  const root = match(css, /\.astro-code\s*\{([^}]*)\}/, '.astro-code rule')[1]!;
  const [, lightBackground, darkBackground] = match(root, /background-color:\s*light-dark\((#\w+),\s*(#\w+)\)/, 'background');
  const theme = (name: 'light' | 'dark', background: string): DrawnTheme => ({
    background,
    foreground: match(root, new RegExp(`--token-${name}:\\s*(#\\w+)`), `${name} foreground`)[1]!,
    classes: new Map(
      [...css.matchAll(new RegExp(`\\.(${name}-\\w+)\\s*\\{\\s*--token-${name}:\\s*(#\\w+);?\\s*\\}`, 'g'))].map(([, name, colour]) => [
        name!,
        colour!,
      ]),
    ),
  });
  return {
    light: theme('light', lightBackground!),
    dark: theme('dark', darkBackground!),
    fontStyles: new Map(
      [...css.matchAll(/\.(token-[\w-]+)\s*\{\s*([^;}]+);?\s*\}/g)].map(([, name, declaration]) => [name!, declaration!.trim()]),
    ),
  };
}
