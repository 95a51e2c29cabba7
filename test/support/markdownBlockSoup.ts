// Seeded Markdown made of whole blocks that tempt a chunked reading to go
// wrong: code fences and HTML blocks that run across blank lines, lists whose
// items are split by blank lines, definitions far from their references,
// definitions inside code, indented first lines, a BOM, every kind of line end.
import type { Random } from './essayGenerator';

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const BLOCKS: readonly string[] = [
  '# Title',
  '## Part one',
  '## Part *one* [^1]',
  '## Closing ##',
  '#NotAHeading',
  'Heading\n===',
  'Heading\n---',
  'Trade grew by 5 percent in 2020.[^1] The minister agreed.[^2]',
  'Markets grew[^a] and fell[^A].  \nA hard break above.',
  'A reference to a missing note.[^missing]',
  'A label with a space [^a b] and a link [foo] and [Foo][] and [text][bar].',
  'Prose with *emphasis*, `code [^1]`, and <b>html</b>.',
  'See www.example.org or https://example.org/a_(b) or mail jane@example.org.',
  'Escaped \\[^1] and &amp; and &#91;^1&#93;.',
  'Two[^1][^2] together and [^1](https://x.org) after.',
  '2023. A year that starts a line.',
  '[^1]: A source, 2020, https://example.org/one.',
  '[^2]: Another source.\n\n    Its second paragraph, indented.',
  '[^a]: Lower case label.',
  '[^a b]: https://example.org/not-a-footnote',
  '[foo]: https://example.org/foo',
  'A footnote-shaped link [^7] where no footnote 7 exists.',
  '[\t^7]: https://example.org/a-link-definition-not-a-note',
  '[bar]: https://example.org/bar "Title"',
  '~~~~\nfenced\n\n~~~\nstill fenced\n~~~~',
  '<!--\na comment\n\nwith a blank line\n-->',
  '<div>\nhtml block\n\nends at the blank line</div>',
  '<script>\n\nlet a = 1;\n</script>',
  '- item one [^1]',
  '- item two\n\n  continued [^2]',
  '1. first\n2. second',
  '3) third',
  '* starred',
  '> a quote [^1]\n>\n> more',
  '> [^q]: a definition in a quote',
  '    indented code [^1]',
  '| a | b |\n|---|---|\n| 1 [^1] | 2 |',
  '---',
  '***',
  'Setext\n======',
  'Lazy paragraph\ncontinued on a second line',
  'Ends with trailing spaces   ',
  '\ufeffA BOM in the middle.',
  'Text\u0000with NUL.',
];

/** Blocks that make a chunked reading give up and parse the whole text: a few documents get one. */
const RARE_BLOCKS: readonly string[] = [
  '```\ncode with [^1]: inside\n\n[^3]: also inside\n```',
  '```\nnever closed\n\n[^1]: inside',
  '<pre>\n\n[^2]: in pre\n</pre>',
  '[^1]:\n',
  // Blocks opened inside a container on its first line: where they end depends on what follows the blank line,
  // so no cut is made after them until they close.
  '[^3]: ~~~a fence opened in a note',
  '- ```a fence opened in a list item\n\n  still the item',
  '> ~~~ a fence in a quote',
  '[^4]: <pre>html opened in a note',
];

const SEPARATORS: readonly string[] = ['\n', '\n\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\n\n', '\n \n', '\n\t\n'];
const INDENTS: readonly string[] = ['', '', '', '', '', '', '', '', '', '', ' ', '  ', '   ', ' ', '  ', '   ', '    ', '\t'];

export function generateMarkdownBlockSoup(random: Random): string {
  const parts: string[] = [];
  if (random() < 0.1) parts.push('\ufeff');
  for (let n = int(random, 1, 25); n > 0; n--) {
    parts.push(pick(random, INDENTS) + pick(random, random() < 0.01 ? RARE_BLOCKS : BLOCKS));
    parts.push(pick(random, SEPARATORS));
  }
  return parts.join('');
}
