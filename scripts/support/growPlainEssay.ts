// Grows the plain-text sample to a target size for measurements: the body
// repeated with its markers renumbered and every note copied to match, so the
// reading stays as clean as the sample's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function samplePlain(root: string): string {
  return readFileSync(join(root, 'examples', 'sino-russian-relations.txt'), 'utf8');
}

/** A plain-text essay of about `bytes` characters built from the sample. */
export function growPlainEssay(sample: string, bytes: number): string {
  const bodyStart = sample.indexOf('In recent years');
  const notesStart = sample.indexOf('\n[1] ');
  const notesEnd = sample.indexOf('\nBack to Top');
  const body = sample.slice(bodyStart, notesStart);
  const notes = sample.slice(notesStart, notesEnd < 0 ? sample.length : notesEnd);
  const bodies: string[] = [];
  const noteCopies: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const offset = copy * 20;
    const renumber = (text: string) => text.replace(/\[(\d{1,2})\]/g, (_m, n) => `[${Number(n) + offset}]`);
    bodies.push(renumber(body));
    noteCopies.push(renumber(notes));
    size += body.length + notes.length;
  }
  return sample.slice(0, bodyStart) + bodies.join('') + noteCopies.join('') + (notesEnd < 0 ? '' : sample.slice(notesEnd));
}
