import { DOMParser, type Document } from '@xmldom/xmldom';

/** Parses XML, failing on anything a strict XML parser would reject (warnings too). */
export function parseXml(text: string, name = 'the document'): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name} is not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}
