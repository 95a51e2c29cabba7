import { isBlank } from '../text/chars';
import { GrowingOffsets, LineIndex } from '../lines';
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
  /** Where line `i` starts and ends, without making the line: most looks at a line stop at once. */
  lineStart(i: number): number;
  lineEnd(i: number): number;
  /** Every line of the block, made when first asked for. */
  readonly lines: readonly Line[];
}

/** Line `n` of the text the index was made for. */
export function lineAt(index: LineIndex, n: number): Line {
  return { start: index.lineStart(n), end: index.lineEnd(n) };
}

/**
 * The blocks of a text as line ranges, two numbers a block. A block object is
 * made when one is asked for and dropped after: most blocks are body
 * paragraphs, read once, and an object per block of a 5 MB essay (14,000 of
 * them) was held for the whole read and copied by every garbage collection
 * that met it.
 */
export class BlockList {
  private constructor(
    private readonly index: LineIndex,
    /** First line and end line (exclusive) of each block. */
    private ranges: Uint32Array,
  ) {}

  /** The blocks of the text the index was made for. */
  static read(text: string, index: LineIndex): BlockList {
    const ranges = new GrowingOffsets(64);
    let first = -1;
    for (let n = 0; n <= index.lineCount; n++) {
      if (n < index.lineCount && !isBlank(text, index.lineStart(n), index.lineEnd(n))) {
        if (first < 0) first = n;
        continue;
      }
      if (first >= 0) {
        ranges.push(first);
        ranges.push(n);
      }
      first = -1;
    }
    return new BlockList(index, ranges.done());
  }

  get length(): number {
    return this.ranges.length / 2;
  }

  at(b: number): Block {
    return new IndexedBlock(this.index, this.ranges[2 * b], this.ranges[2 * b + 1]);
  }

  /** Splits block `b` in two before its line `line` ("Title\nLong description…"). */
  split(b: number, line: number): void {
    const ranges = new Uint32Array(this.ranges.length + 2);
    ranges.set(this.ranges.subarray(0, 2 * b + 1));
    ranges[2 * b + 1] = this.ranges[2 * b] + line;
    ranges[2 * b + 2] = this.ranges[2 * b] + line;
    ranges.set(this.ranges.subarray(2 * b + 1), 2 * b + 3);
    this.ranges = ranges;
  }
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

  lineStart(i: number): number {
    return this.index.lineStart(this.first + i);
  }

  lineEnd(i: number): number {
    return this.index.lineEnd(this.first + i);
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
