import type { LineIndexLike, Position, Range, Span } from './model';

const LINE_BREAK = /[\n\r]/g;

/** Where each line of `text` starts. */
function lineStarts(text: string): Uint32Array {
  const starts = new GrowingOffsets(Math.ceil(text.length / 64));
  starts.push(0);
  if (text.indexOf('\r') < 0) {
    // Only `\n` ends lines (most files): a native search jumps from one to the next.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts.done();
  }
  // The regex jumps from line break to line break, far faster than looking at every character.
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    let i = LINE_BREAK.lastIndex - 1;
    if (text.charCodeAt(i) === 13 /* \r */ && text.charCodeAt(i + 1) === 10) {
      i++;
      LINE_BREAK.lastIndex = i + 1;
    }
    starts.push(i + 1);
  }
  return starts.done();
}

/** Offsets pushed into a typed array that doubles when full. */
export class GrowingOffsets {
  private offsets: Uint32Array;
  private length = 0;

  constructor(capacity: number) {
    this.offsets = new Uint32Array(Math.max(16, capacity));
  }

  push(offset: number): void {
    if (this.length === this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.length++] = offset;
  }

  done(): Uint32Array {
    return this.offsets.subarray(0, this.length);
  }
}

/**
 * Line starts of a text, for offset <-> LSP position conversion.
 * A line ends at `\n`, `\r\n` or a lone `\r`, as in the LSP specification, so a
 * CRLF file gives the same positions an editor shows.
 */
export class LineIndex implements LineIndexLike {
  /**
   * In a typed array: a 5 MB essay has 100,000 lines, and a plain array grown
   * line by line was copied at every growth and again by the garbage collector.
   */
  private readonly starts: Uint32Array;

  constructor(
    private readonly text: string,
    /** Line starts already known (see `afterEdit`); computed from the text otherwise. */
    knownStarts?: Uint32Array,
  ) {
    this.starts = knownStarts ?? lineStarts(text);
  }

  /**
   * The index of `text` after an edit at `at` that changed the length by `delta`
   * and added or removed no line break: later line starts just move.
   */
  afterEdit(text: string, at: number, delta: number): LineIndex {
    const starts = this.starts.slice();
    for (let i = this.lineOf(at) + 1; i < starts.length; i++) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    // An offset between \r and \n belongs at the end of the line's content.
    const character = Math.min(clamped, this.lineEnd(line)) - this.starts[line];
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
