// Grows the sample essay to a target size for measurements: the body repeated
// with its markers renumbered, every marker with its note, so the reading is
// as clean as the sample's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sampleMarkdown(root: string): string {
  return readFileSync(join(root, 'test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8');
}

/** A Markdown essay of about `bytes` characters built from the converted sample. */
export function growMarkdownEssay(sample: string, bytes: number): string {
  const notesStart = sample.indexOf('\n[^1]:');
  const frontEnd = sample.indexOf('\n---\n', 4) + 5;
  const body = sample.slice(frontEnd, notesStart);
  const notes = sample.slice(notesStart);
  const parts: string[] = [sample.slice(0, frontEnd)];
  const noteParts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const offset = copy * 20;
    const renumber = (text: string) => text.replace(/\[\^(\d+)\]/g, (_m, n) => `[^${Number(n) + offset}]`);
    const chunk = renumber(body).replace(/^## /gm, `## ${copy + 1}. `);
    parts.push(chunk);
    noteParts.push(renumber(notes));
    size += chunk.length + notes.length;
  }
  return parts.join('') + noteParts.join('');
}

/**
 * The essay with a bare URL at the end of every footnote: remark must read
 * every note then (a URL is a link), where the sample's notes need no parse.
 */
export function withUrlInEveryNote(markdown: string): string {
  return markdown.replace(/^(\[\^(\d+)\]: [^\n]*?),?[ \t]*$/gm, (_m, note: string, label: string) => `${note}, https://example.org/sources/${label}.`);
}
