import { isBlank } from '../text/chars';
import { LineIndex } from '../lines';
import type { Span } from '../model';

/** A line of the document without its line break. */
export type Line = Span;

/** A run of non-blank lines between blank lines: the unit of plain-text structure. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly lineCount: number;
  /** Line `i` of the block. */
  line(i: number): Line;
  /** Every line of the block, made when first asked for. */
  readonly lines: readonly Line[];
}

/** Line `n` of the text the index was made for. */
export function lineAt(index: LineIndex, n: number): Line {
  return { start: index.lineStart(n), end: index.lineEnd(n) };
}

/**
 * The blocks of the text, read from its line index. A block's lines are made
 * only when something asks for them: most blocks are body paragraphs, read by
 * their span alone, and an object per line of a 5 MB essay (100,000 of them)
 * was most of what the reader held while it read, copied from one garbage
 * collection to the next.
 */
export function readBlocks(text: string, index: LineIndex): Block[] {
  const blocks: Block[] = [];
  let first = -1;
  for (let n = 0; n <= index.lineCount; n++) {
    if (n < index.lineCount && !isBlank(text, index.lineStart(n), index.lineEnd(n))) {
      if (first < 0) first = n;
      continue;
    }
    if (first >= 0) blocks.push(new IndexedBlock(index, first, n));
    first = -1;
  }
  return blocks;
}

/** A block of lines already made: part of a block split in two. */
export function blockOfLines(lines: readonly Line[]): Block {
  return { start: lines[0].start, end: lines[lines.length - 1].end, lineCount: lines.length, line: (i) => lines[i], lines };
}

/** Lines `first` up to (not including) `endLine`, none of them blank. */
class IndexedBlock implements Block {
  readonly start: number;
  readonly end: number;
  private made: Line[] | undefined;

  constructor(
    private readonly index: LineIndex,
    private readonly first: number,
    private readonly endLine: number,
  ) {
    this.start = index.lineStart(first);
    this.end = index.lineEnd(endLine - 1);
  }

  get lineCount(): number {
    return this.endLine - this.first;
  }

  line(i: number): Line {
    return this.made ? this.made[i] : lineAt(this.index, this.first + i);
  }

  get lines(): readonly Line[] {
    if (!this.made) {
      const made: Line[] = [];
      for (let i = 0; i < this.lineCount; i++) made.push(this.line(i));
      this.made = made;
    }
    return this.made;
  }
}
