import type { AstroIntegration } from 'astro';
import { THEME_SCRIPT } from '../lib/theme.ts';

/**
 * Puts the theme script into every page's <head> as Astro's own inline script: Astro writes it
 * after the Content-Security-Policy meta tag, so the policy covers it, and hashes it into the
 * policy. A script written in the layout's <head> would come before the tag, which Astro always
 * puts last in <head>.
 */
export default function themeScriptIntegration(): AstroIntegration {
  return {
    name: 'shipit:theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT),
    },
  };
}
