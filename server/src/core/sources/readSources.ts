import type { EssayModel } from '../model';
import { readNoteSource } from './readNoteSource';

/** Reads every note of the model as a citation; an Ibid. points at the note before it. */
export function readSources(model: EssayModel): void {
  model.notes.forEach((note, i) => {
    note.source = readNoteSource(note.text, { format: model.format, previousLabel: model.notes[i - 1]?.label });
  });
}
