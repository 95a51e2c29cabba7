// Huge files: past the size limit the checks pause instead of running, so a
// 50 MB log opened by mistake cannot freeze the editor. The essay still gets
// one notice that says so and how to check it anyway.
import type { Analysis } from '../core/analyse';
import { LineIndex } from '../core/lines';
import type { EssayFormat, EssayModel } from '../core/model';
import type { ReviewOptions } from '../core/options';

const BYTES_PER_MB = 1024 * 1024;

/** The text's size in MB as saved (UTF-8). */
export function sizeInMB(text: string): number {
  return Buffer.byteLength(text, 'utf8') / BYTES_PER_MB;
}

export function exceedsSizeLimit(text: string, options: ReviewOptions): boolean {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length * 3 <= options.maxFileSizeMB * BYTES_PER_MB) return false;
  return sizeInMB(text) > options.maxFileSizeMB;
}

/** An empty reading of the text (no sections, notes or claims) and the one notice. */
export function pausedAnalysis(text: string, format: EssayFormat, options: ReviewOptions): Analysis {
  const model: EssayModel = { format, text, lines: new LineIndex(text), chrome: [], sections: [], paragraphs: [], sentences: [], markers: [], notes: [], claims: [] };
  const size = sizeInMB(text).toFixed(1);
  return {
    model,
    findings: [
      {
        rule: 'large-file',
        severity: 'information',
        message: `This file is ${size} MB, more than the ${options.maxFileSizeMB} MB set in policyReview.maxFileSizeMB, so Policy Review's checks are paused for it. Raise the setting to check it.`,
        span: { start: 0, end: 0 },
        related: [],
      },
    ],
  };
}
