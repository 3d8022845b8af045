import { FeedParseError } from './parse-feed.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The feed's text from its bytes: a byte order mark wins, then the encoding its XML
 * declaration names, then UTF-8 (the XML default). Bytes that are not valid in that encoding
 * are refused rather than turned into replacement characters in the posts.
 */
export function decodeFeed(bytes: Uint8Array): string {
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) return decode(bytes.subarray(3), 'utf-8');
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return decode(bytes.subarray(2), bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le');
  }
  // The declaration is ASCII in every encoding a declaration may name without a byte order mark.
  const prolog = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/.exec(prolog)?.[1];
  return decode(bytes, declared ?? 'utf-8');
}

function decode(bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new FeedParseError(`unknown encoding "${encoding}" in the XML declaration`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new FeedParseError(`the feed is not valid ${encoding}: re-save it in the encoding its XML declaration names`);
  }
}

/**
 * The XML parser lets a bare `&` through as text; XML forbids it, and it usually means the
 * feed was built by hand or escaped only half-way, so nothing in it can be trusted.
 */
export function findBareAmpersand(xml: string): { line: number; column: number } | undefined {
  const skipped = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|&(?:#\d+|#x[\da-fA-F]+|[A-Za-z_:][\w.:-]*);|&/g;
  for (const match of xml.matchAll(skipped)) {
    if (match[0] !== '&') continue;
    const before = xml.slice(0, match.index);
    const line = before.split('\n').length;
    return { line, column: match.index - before.lastIndexOf('\n') };
  }
  return undefined;
}
