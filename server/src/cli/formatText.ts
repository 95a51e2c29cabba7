import type { Finding } from '../core/rules/rule';
import type { EssayModel } from '../core/model';

/** `path:line:col severity rule message`, 1-based, one finding a line. */
export function formatTextFindings(path: string, model: EssayModel, findings: Finding[]): string[] {
  return findings.map((f) => {
    const { line, character } = model.lines.positionAt(f.span.start);
    return `${path}:${line + 1}:${character + 1} ${f.severity} ${f.rule} ${f.message}`;
  });
}

export function summaryLine(counts: Record<string, number>, files: number): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (total === 0) return `No problems in ${plural(files, 'file')}.`;
  return `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} information, ${plural(counts.hint, 'hint')}) in ${plural(files, 'file')}.`;
}
