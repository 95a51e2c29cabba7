// The chunked Markdown reading must give exactly what one remark parse of the
// whole text gives: shared by the unit test and the robustness run.
import { isDeepStrictEqual } from 'node:util';
import { markdownParseInput } from '../../server/src/core/analyse';
import { MarkdownOutliner } from '../../server/src/core/parse/chunkedOutline';
import { outlineMarkdown } from '../../server/src/core/parse/markdownOutline';

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
