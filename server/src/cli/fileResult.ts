import type { EssayAnalyser } from '../analysis/essayAnalyser';
import type { EssayFormat } from '../core/model';
import type { ReviewOptions } from '../core/options';
import type { OutputFormat } from './args';
import { sarifResults } from './formatSarif';
import { formatTextFindings } from './formatText';
import { readEssayFile } from './readEssayFile';
import { buildFileReport, type FileReport } from './report';

export type SeverityCounts = { error: number; warning: number; information: number; hint: number };

/** What checking one file gives the command, as plain data (it may come from a worker thread). */
export type FileResult =
  | { ok: true; path: string; counts: SeverityCounts; text?: string[]; report?: FileReport; sarif?: object[] }
  | { ok: false; path: string; error: string };

export interface CheckRequest {
  path: string;
  format: EssayFormat;
  output: OutputFormat;
  options: ReviewOptions;
}

/** Reads, analyses and formats one file; every failure becomes a one-line reason. */
export async function checkOneFile(analyser: EssayAnalyser, { path, format, output, options }: CheckRequest): Promise<FileResult> {
  const file = readEssayFile(path);
  if (!file.ok) return { ok: false, path, error: file.error };
  try {
    const { model, findings } = await analyser.analyse(file.text, format, options);
    const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const finding of findings) counts[finding.severity]++;
    if (output === 'json') return { ok: true, path, counts, report: buildFileReport(path, model, findings) };
    if (output === 'sarif') return { ok: true, path, counts, sarif: sarifResults({ path, model, findings }) };
    return { ok: true, path, counts, text: formatTextFindings(path, model, findings) };
  } catch (error) {
    return { ok: false, path, error: `could not be analysed (${(error as Error)?.message ?? String(error)})` };
  }
}
