import type { Span, TextField } from '../model';

export interface YamlFrontMatter {
  span: Span;
  title?: TextField;
  date?: TextField;
  byline?: TextField;
}

/**
 * Finds YAML front matter (`---` … `---` at the very top) and reads the simple
 * `title:`, `date:` and `author:` keys. Nested YAML is left alone: an essay's
 * front matter needs no more, and this keeps the reader free of a YAML parser.
 */
export function readYamlFrontMatter(text: string): YamlFrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/^---[ \t]*\r?\n/.test(text.slice(start, start + 8))) return undefined;
  const fields: Omit<YamlFrontMatter, 'span'> = {};
  let lineStart = text.indexOf('\n', start) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) {
      return { span: { start, end: contentEnd }, ...fields };
    }
    const match = /^(title|date|author|byline)[ \t]*:[ \t]*([^ \t](?:.*[^ \t])?)[ \t]*$/.exec(line);
    if (match && match[2] !== '') {
      let valueStart = lineStart + line.indexOf(match[2], match[1].length);
      let valueEnd = valueStart + match[2].length;
      const quote = text[valueStart];
      if ((quote === '"' || quote === "'") && text[valueEnd - 1] === quote && valueEnd - valueStart >= 2) {
        valueStart++;
        valueEnd--;
      }
      const field = { text: text.slice(valueStart, valueEnd), span: { start: valueStart, end: valueEnd } };
      const key = match[1] === 'author' ? 'byline' : (match[1] as 'title' | 'date' | 'byline');
      if (!fields[key]) fields[key] = field;
    }
    lineStart = lineEnd + 1;
  }
  return undefined; // never closed: not front matter
}

/** Replaces a span by spaces, keeping line breaks, so every offset after it stays put. */
export function blankOut(text: string, span: Span): string {
  let blank = '';
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    blank += c === '\n' || c === '\r' ? c : ' ';
  }
  return text.slice(0, span.start) + blank + text.slice(span.end);
}
