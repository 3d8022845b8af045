const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface DecodedFeed {
  text: string;
  /** Set when the feed's text had to be read in another encoding than it names (or in one it does not name). */
  warning?: string;
}

/**
 * The feed's text from its bytes: a byte order mark wins, then the encoding its XML declaration
 * names, then UTF-8 (the XML default). When the named encoding is unknown or the bytes are not
 * valid in it, it falls back as feed readers do (feedparser's order: UTF-8, then Windows-1252,
 * which reads any byte) and says which encoding it used.
 */
export function decodeFeed(bytes: Uint8Array): DecodedFeed {
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    const text = strictly(bytes.subarray(3), 'utf-8');
    if (text !== undefined) return { text };
    const warning =
      'it starts with a UTF-8 byte order mark but is not valid UTF-8: read as Windows-1252; check accented letters in the posts';
    return { text: latin(bytes.subarray(3)), warning };
  }
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    return { text: new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes.subarray(2)) };
  }
  // The declaration is ASCII in every encoding a declaration may name without a byte order mark.
  const prolog = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/.exec(prolog)?.[1];
  const named = declared ?? 'utf-8';
  const text = strictly(bytes, named);
  if (text !== undefined) return { text };
  const why = !isKnownEncoding(named)
    ? `its XML declaration names the unknown encoding "${named}"`
    : declared
      ? `it is not valid ${declared}, the encoding its XML declaration names`
      : 'it names no encoding and is not valid UTF-8';
  const utf8 = named.toLowerCase() === 'utf-8' ? undefined : strictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, warning: `${why}: read as UTF-8; check accented letters in the posts` };
  return { text: latin(bytes), warning: `${why}: read as Windows-1252; check accented letters in the posts` };
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The bytes as text in `encoding`, or undefined when it is unknown or they are not valid in it. */
function strictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Windows-1252, the encoding undeclared Western feeds were written in; every byte is a character in it. */
function latin(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
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
