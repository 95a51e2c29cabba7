import type { Span, TextField } from '../model';
import { isDateLine, trailingDateStart } from '../dates';
import { trimSpan } from '../text/chars';
import type { Line } from './plainLines';

export interface FrontMatter {
  title?: TextField;
  date?: TextField;
  byline?: TextField;
  affiliation?: TextField;
}

const BYLINE_PREFIX = /^(?:[•·▪\-–—]\s*|by\s+|authors?\s*[:：]\s*|written by\s+)/i;

/**
 * Reads title, date, byline and affiliation from the lines above the first
 * paragraph of a web export. Each field keeps the exact span of its text.
 */
export function readFrontMatter(text: string, lines: Line[]): FrontMatter {
  const result: FrontMatter = {};
  const field = (span: Span): TextField => ({ text: text.slice(span.start, span.end), span });
  const rest: Span[] = [];
  for (const line of lines) {
    const span = trimSpan(text, line.start, line.end);
    const content = text.slice(span.start, span.end);
    if (!result.title) {
      result.title = field(span);
      continue;
    }
    if (!result.date && isDateLine(content)) {
      result.date = field(span);
      continue;
    }
    const prefix = BYLINE_PREFIX.exec(content);
    if (!result.byline && prefix && content.length > prefix[0].length) {
      result.byline = field({ start: span.start + prefix[0].length, end: span.end });
      continue;
    }
    if (!result.byline && looksLikeName(content)) {
      result.byline = field(span);
      continue;
    }
    rest.push(span);
  }
  if (rest.length > 0) result.affiliation = field(rest[0]);
  if (!result.date) {
    for (const span of rest) {
      const at = trailingDateStart(text.slice(span.start, span.end));
      if (at >= 0) {
        result.date = field({ start: span.start + at, end: span.end });
        break;
      }
    }
  }
  return result;
}

/** "Zhao Long", "Governor Christopher J. Waller": a few capitalised words, no digits. */
function looksLikeName(line: string): boolean {
  if (line.length > 60 || /[\d,:;]/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w));
}
