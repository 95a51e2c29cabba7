// Site chrome that think-tank page exports carry: navigation, language pickers,
// share buttons. Such lines are neither body text nor headings.

import { trimmedEnd, trimmedStart } from '../text/chars';
import type { Block } from './plainLines';

/** Longest chrome line: past it no pattern is tried. */
const MAX_CHROME_LINE = 60;

const CHROME_LINES = [
  /^language\s*[:：]/i,
  /^back to top$/i,
  /^(?:top|home|menu|search|print|share|email|e-mail|tweet|subscribe|download(?: pdf)?|print this page|share this(?: page| article)?)$/i,
  /^skip to (?:main )?content$/i,
  /^(?:english|简体|繁體|中文|français|español|русский)(?:\s*(?:[|/·]\s*)?(?:english|简体|繁體|中文|français|español|русский))+$/i,
];

/** `line` is the trimmed text of a whole line. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LINE) return false;
  return CHROME_LINES.some((pattern) => pattern.test(line));
}

/** The line between start and end, trimmed, is chrome; a long line is never copied out. */
function isChromeSpan(text: string, start: number, end: number): boolean {
  const trimmed = trimmedStart(text, start, end);
  const trimmedLineEnd = trimmedEnd(text, trimmed, end);
  return trimmedLineEnd - trimmed <= MAX_CHROME_LINE && isChromeLine(text.slice(trimmed, trimmedLineEnd));
}

/** Every line of the block is chrome. */
export function isChromeBlock(text: string, block: Block): boolean {
  for (let i = 0; i < block.lineCount; i++) {
    if (!isChromeSpan(text, block.lineStart(i), block.lineEnd(i))) return false;
  }
  return true;
}
