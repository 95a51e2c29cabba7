// The chunked Markdown reading must give exactly what one remark parse of the
// whole text gives: shared by the unit test and the robustness run.
import { isDeepStrictEqual } from 'node:util';
import { markdownParseInput } from '../../server/src/core/analyse';
import { MarkdownOutliner } from '../../server/src/core/parse/chunkedOutline';
import { outlineMarkdown } from '../../server/src/core/parse/markdownOutline';
import type { Random } from './essayGenerator';

export interface OutlineAgreement {
  agree: boolean;
  /** False when the outliner gave up on chunks and parsed the whole text. */
  chunked: boolean;
}

/** The outliner is given the essay as written; remark, the essay with its front matter blanked out. */
export function compareWithWholeParse(raw: string): OutlineAgreement {
  const outliner = new MarkdownOutliner();
  const agree = isDeepStrictEqual(outliner.outline(raw), outlineMarkdown(markdownParseInput(raw)));
  return { agree, chunked: !outliner.lastReading.whole };
}

export interface EditsAgreement {
  edits: number;
  /** The first edit after which the outliner and the whole parse differ, as the text it made. */
  firstDisagreement?: string;
  /** Edits the outliner answered by re-reading only the edited chunk. */
  editedChunkOnly: number;
}

const INSERTS = ['x', ' ', '*', '`', '[', ']', ':', '[^1]', '[^2]:', ']: ', '#', '# ', '- ', '1. ', '    ', '<', '-->', '```', '~~~', '|', '\\', 'http://a.b', '&amp;', '\t'];

/**
 * `edits` random edits in a row, each read by one outliner that remembers the
 * last reading, against one remark parse of the whole text. Mostly typing and
 * deleting, as a writer does; a third of the time Markdown's own characters.
 */
export function compareAfterEdits(raw: string, random: Random, edits: number): EditsAgreement {
  const outliner = new MarkdownOutliner();
  let text = raw;
  outliner.outline(text);
  let editedChunkOnly = 0;
  for (let step = 0; step < edits; step++) {
    const at = Math.floor(random() * text.length);
    const roll = random();
    const insert = roll < 0.4 ? 'e' : INSERTS[Math.floor(random() * INSERTS.length)];
    text = roll > 0.75 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3)) : text.slice(0, at) + insert + text.slice(at);
    if (!isDeepStrictEqual(outliner.outline(text), outlineMarkdown(markdownParseInput(text)))) return { edits: step + 1, firstDisagreement: text, editedChunkOnly };
    if (outliner.lastReading.editedChunkOnly) editedChunkOnly++;
  }
  return { edits, editedChunkOnly };
}
