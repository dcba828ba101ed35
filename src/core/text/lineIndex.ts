import { lineEnds, nextLineStart } from './lineBreaks';

/**
 * Converts between string offsets and 1-based line/column positions.
 *
 * Columns count UTF-16 code units, the unit VS Code and the Language Server
 * Protocol use, so a position printed by the CLI lands on the same character
 * in the editor. `\r\n`, `\r` and `\n` all end a line.
 */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is always 0. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const lineEnd = lineEnds(text);
    for (let end = lineEnd(0); end < text.length; end = lineEnd(starts[starts.length - 1])) starts.push(nextLineStart(text, end));
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }

  offsetAt(position: Position): number {
    const lineIndex = Math.max(0, Math.min(position.line - 1, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[lineIndex] + position.column - 1, this.lineEnd(lineIndex + 1));
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** Offset just before the line break that ends a 1-based line. */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    let end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * The line break the document mostly uses, so inserted text matches it:
   * `\r\n` (Windows), a lone `\r` (old Mac) or `\n`, which also wins ties
   * and documents of one line.
   */
  get eol(): '\n' | '\r\n' | '\r' {
    // Counted once: fixes and the editor's snapshot ask it for every section, and counting each time made that
    // quadratic (20 ms of every keystroke's snapshot at 1 MB).
    this.mostUsedEol ??= this.countEol();
    return this.mostUsedEol;
  }

  private mostUsedEol: '\n' | '\r\n' | '\r' | undefined;

  private countEol(): '\n' | '\r\n' | '\r' {
    let crlf = 0;
    let cr = 0;
    let lf = 0;
    for (let i = 1; i < this.lineStarts.length; i++) {
      const last = this.text.charCodeAt(this.lineStarts[i] - 1);
      if (last === 13) cr++;
      else if (this.text.charCodeAt(this.lineStarts[i] - 2) === 13) crlf++;
      else lf++;
    }
    if (crlf > lf && crlf >= cr) return '\r\n';
    if (cr > lf && cr > crlf) return '\r';
    return '\n';
  }
}
