import { createHash } from 'node:crypto';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDigest } from '../protocol';

/** A digest of the server's copy of a document (the text itself never needs to travel back). */
export function textDigest(document: TextDocument): TextDigest {
  const text = document.getText();
  return { version: document.version, length: text.length, sha256: createHash('sha256').update(text, 'utf16le').digest('hex') };
}
