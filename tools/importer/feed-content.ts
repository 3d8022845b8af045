import { XMLSerializer, type Element as XmlElement } from '@xmldom/xmldom';
import { escapeMarkup } from '../../src/lib/text.ts';

// What an entry's content elements hold, as HTML: Atom's text constructs in their 1.0 and 0.3
// spellings, and the files an item encloses.

/**
 * A podcast episode's audio, or any file an item encloses, is part of the post: a player for
 * audio and video (kept-html.ts adds a link to the file), a link for anything else.
 */
export function enclosuresHtml(enclosures: readonly (readonly [string | null, string | null])[]): string {
  return enclosures
    .filter((enclosure): enclosure is [string, string | null] => Boolean(enclosure[0]))
    .map(([url, type]) => {
      const src = escapeMarkup(url);
      const kind = type?.split('/')[0];
      if (kind === 'audio' || kind === 'video') return `\n<${kind} src="${src}"></${kind}>`;
      if (kind === 'image') return `\n<p><img src="${src}" alt=""></p>`;
      return `\n<p><a href="${src}">${escapeMarkup(url.split('/').pop() || url)}</a></p>`;
    })
    .join('');
}

/**
 * Atom text constructs are plain text unless type="html" (escaped markup) or type="xhtml" (inline
 * markup). Atom 0.3 gave a MIME type (text/html, application/xhtml+xml) and a mode instead.
 */
export function atomContentHtml(element: XmlElement): string {
  const type = element.getAttribute('type') || 'text';
  const mode = element.getAttribute('mode');
  if (mode === 'base64') return decodeBase64(element.textContent ?? '');
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return element.textContent ?? '';
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') {
    return new XMLSerializer().serializeToString(element).replace(/^<[^>]+>|<\/[^>]+>$/g, '');
  }
  return (element.textContent ?? '')
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeMarkup(para.trim())}</p>`)
    .join('\n');
}

/** Base64 content as text; content that is not base64 after all reads as empty, and the entry then asks for a description. */
function decodeBase64(value: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(value.replace(/\s+/g, '')), (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}
