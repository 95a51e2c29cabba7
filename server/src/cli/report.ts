import type { EssayModel, Range, Span } from '../core/model';
import type { Finding } from '../core/rules/rule';
import type { NoteSource } from '../core/sources/noteSource';
import { plainSource } from '../core/sources/compactSource';

/** One checked file, in the shape the JSON format prints (DESIGN.md §6). */
export interface FileReport {
  path: string;
  format: EssayModel['format'];
  title: string | null;
  sections: { title: string; level: number; range: Range }[];
  notes: { label: string; text: string; range: Range; citations: Range[]; source: NoteSource | null }[];
  claims: { kind: string; text: string; range: Range; cited: boolean }[];
  diagnostics: { rule: string; severity: string; message: string; range: Range }[];
}

export function buildFileReport(path: string, model: EssayModel, findings: Finding[]): FileReport {
  const range = (span: Span) => model.lines.rangeOf(span);
  return {
    path,
    format: model.format,
    title: model.title?.text ?? null,
    sections: model.sections.map((s) => ({ title: s.title, level: s.level, range: range(s.headingSpan) })),
    notes: model.notes.map((n) => ({
      label: n.label,
      text: n.text,
      range: range(n.span),
      citations: n.citedBy.map((m) => range(model.markers[m].span)),
      // Its parts, not the places the model keeps: the report crosses from a worker as a copy of fields.
      source: n.source ? plainSource(n.source) : null,
    })),
    claims: model.claims.map((c) => ({ kind: c.kind, text: c.text, range: range(c.span), cited: c.cited })),
    diagnostics: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: range(f.span) })),
  };
}
