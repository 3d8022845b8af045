// The Shiki themes code blocks are coloured with, one per site theme, and the colours each
// can give a token. src/styles/code-colours.css is generated from them.
import { normalizeTheme, type ThemeRegistrationRaw, type ThemeRegistrationResolved } from 'shiki';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

function relativeLuminance(colour: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new Error(`Code theme colour "${colour}" is not of the form #rrggbb`);
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(colour.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/**
 * The theme with every token colour under AA against its background replaced by its text
 * colour. The GitHub themes draw a few scopes (markup.ignored, carriage-return) as light text
 * on a dark background of their own, or the reverse; Shiki draws no token backgrounds, so
 * that text would all but vanish on the code background.
 */
function readable(raw: ThemeRegistrationRaw): ThemeRegistrationResolved {
  const theme = normalizeTheme(raw);
  const settings = theme.settings.map((rule) => {
    const colour = rule.settings.foreground;
    if (!colour || contrastRatio(colour, theme.bg) >= MIN_CONTRAST) return rule;
    return { ...rule, settings: { ...rule.settings, foreground: theme.fg } };
  });
  // Normalized again so Shiki knows it as resolved: a copy that lost the mark is normalized
  // and compiled anew for every code block.
  return normalizeTheme({ ...theme, settings });
}

/** Keyed by the site theme each serves; the keys name the token classes (`light-0e1116`). */
export const codeThemes = { light: readable(githubLight), dark: readable(githubDark) };

export type CodeThemeName = keyof typeof codeThemes;
export const CODE_THEME_NAMES = Object.keys(codeThemes) as CodeThemeName[];

export interface CodePalette {
  foreground: string;
  background: string;
  /** Every colour a token can have other than the foreground, lowercase and sorted. */
  tokenColours: string[];
}

function paletteOf(theme: ThemeRegistrationResolved): CodePalette {
  const foreground = theme.fg.toLowerCase();
  const colours = theme.settings.map((rule) => rule.settings.foreground?.toLowerCase());
  const tokenColours = [...new Set(colours)].filter((colour): colour is string => !!colour && colour !== foreground).sort();
  return { foreground, background: theme.bg.toLowerCase(), tokenColours };
}

export const codePalettes = Object.fromEntries(CODE_THEME_NAMES.map((name) => [name, paletteOf(codeThemes[name])])) as Record<
  CodeThemeName,
  CodePalette
>;
