// Character classes shared by the readers. Plain functions over char codes keep
// the scanners linear and free of regex backtracking.

/** Spaces and tabs, the non-breaking and typographic spaces web exports leave, and a BOM. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

export function isSpace(code: number): boolean {
  return isInlineSpace(code) || isLineBreak(code);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True when the text between start and end holds nothing but spaces. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Narrows a span to exclude leading and trailing spaces. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Folds runs of spaces and line breaks to one space (for display text). */
export function foldSpaces(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += text[i];
    }
  }
  return out;
}
