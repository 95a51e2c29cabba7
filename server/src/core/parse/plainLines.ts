import { isBlank } from '../text/chars';
import { LineIndex } from '../lines';

/** A line of the document without its line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  blank: boolean;
}

/** A run of non-blank lines between blank lines: the unit of plain-text structure. */
export interface Block {
  lines: Line[];
  start: number;
  end: number;
}

export function readLines(text: string, index: LineIndex): Line[] {
  const lines: Line[] = [];
  for (let n = 0; n < index.lineCount; n++) {
    const start = index.lineStart(n);
    const end = index.lineEnd(n);
    lines.push({ index: n, start, end, blank: isBlank(text, start, end) });
  }
  return lines;
}

export function groupBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  // Each block's lines are sliced out at their exact length: a list grown line by line reserves room for 17.
  let first = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !lines[i].blank) {
      if (first < 0) first = i;
      continue;
    }
    if (first >= 0) blocks.push({ lines: lines.slice(first, i), start: lines[first].start, end: lines[i - 1].end });
    first = -1;
  }
  return blocks;
}
