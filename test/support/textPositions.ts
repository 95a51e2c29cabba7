import type { Position, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Where `needle` stands in `text` (its `occurrence`-th appearance, 0-based), plus `into` characters. */
export function positionOf(text: string, needle: string, into = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`“${needle}” (occurrence ${occurrence}) is not in the text`);
  }
  return TextDocument.create('x:', 'plaintext', 0, text).positionAt(at + into);
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  return TextDocument.create('x:', 'plaintext', 0, text).getText(range);
}

/** The 1-based line number of a line holding `needle`. */
export function lineOf(text: string, needle: string, occurrence = 0): number {
  return positionOf(text, needle, 0, occurrence).line + 1;
}
