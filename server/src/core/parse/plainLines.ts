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
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0) {
      blocks.push({ lines: current, start: current[0].start, end: current[current.length - 1].end });
      current = [];
    }
  };
  for (const line of lines) {
    if (line.blank) flush();
    else current.push(line);
  }
  flush();
  return blocks;
}
