// The findings after an edit inside one paragraph, without running every rule
// over the whole essay again: a rule that reads claims checks only that
// paragraph's claims; a rule that reads markers and notes keeps its findings
// (moved) when the paragraph's markers are the ones it had. The result is what
// `runRules` would return on the new model; the incremental tests compare the two.
import type { Claim, EssayModel, Span } from '../model';
import type { ReviewOptions } from '../options';
import { runRules } from '../analyse';
import { RULES } from './registry';
import type { FixData, Finding, Rule } from './rule';
import { markSpanMover, offsetMover, type TextChange } from '../textChange';

export interface ParagraphEdit {
  /** The edited paragraph's span in the old text. */
  oldSpan: Span;
  /** The claims found again in the edited paragraph (offsets in the new text). */
  claims: Claim[];
  /** The paragraph's markers are the old ones, moved: same labels, same notes. */
  markersKept: boolean;
  change: TextChange;
}

export function findingsAfterEdit(previous: readonly Finding[], model: EssayModel, options: ReviewOptions, edit: ParagraphEdit, rules: readonly Rule[] = RULES): Finding[] {
  if (!edit.markersKept || !canReuse(previous, rules)) return runRules(model, options, rules);
  const byRule = new Map<string, Finding[]>();
  for (const finding of previous) {
    let list = byRule.get(finding.rule);
    if (!list) byRule.set(finding.rule, (list = []));
    list.push(finding);
  }
  const inParagraph = (span: Span) => span.start >= edit.oldSpan.start && span.end <= edit.oldSpan.end;
  const move = { span: markSpanMover(edit.change), offset: offsetMover(edit.change) };
  // Rule by rule, in the registry's order, as `runRules` collects them: the stable sort then breaks ties alike.
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = options.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const old = byRule.get(rule.id) ?? [];
    // An edit that keeps the paragraph's markers cannot reach these findings: they only move.
    if (rule.reads === 'markers-and-notes') {
      for (const finding of old) findings.push(movedFinding(finding, move));
      continue;
    }
    if (rule.reads !== 'claims') return runRules(model, options, rules);
    for (const finding of old) if (!inParagraph(finding.span)) findings.push(movedFinding(finding, move));
    const fresh = runRules({ ...model, claims: edit.claims }, options, [rule]);
    // A throwing rule: the full run reports it the way it always does.
    if (fresh.some((f) => f.rule === 'analysis-error')) return runRules(model, options, rules);
    for (const finding of fresh) findings.push(finding);
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Findings of a failed rule or a notice, or two rules with one id: start afresh. */
function canReuse(previous: readonly Finding[], rules: readonly Rule[]): boolean {
  const ids = new Set<string>(rules.map((r) => r.id));
  return ids.size === rules.length && previous.every((f) => ids.has(f.rule));
}

/** The finding with every offset moved; itself when none moves. */
function movedFinding(finding: Finding, move: { span: (s: Span) => Span; offset: (offset: number) => number }): Finding {
  const span = move.span(finding.span);
  let related = finding.related;
  for (let i = 0; i < related.length; i++) {
    const moved = move.span(related[i].span);
    if (moved === related[i].span) continue;
    if (related === finding.related) related = related.slice();
    related[i] = { span: moved, message: related[i].message };
  }
  const fix = finding.fix && movedFix(finding.fix, move.offset);
  if (span === finding.span && related === finding.related && fix === finding.fix) return finding;
  // Built field by field: a spread costs more than the rest of the move.
  const moved: Finding = { rule: finding.rule, severity: finding.severity, message: finding.message, span, related };
  if (finding.unnecessary !== undefined) moved.unnecessary = finding.unnecessary;
  if (fix !== undefined) moved.fix = fix;
  return moved;
}

function movedFix(fix: FixData, move: (offset: number) => number): FixData {
  switch (fix.kind) {
    case 'remove-note': {
      const noteStart = move(fix.noteStart);
      return noteStart === fix.noteStart ? fix : { kind: fix.kind, label: fix.label, noteStart };
    }
    case 'add-citation': {
      const claimStart = move(fix.claimStart);
      const sentenceEnd = move(fix.sentenceEnd);
      return claimStart === fix.claimStart && sentenceEnd === fix.sentenceEnd ? fix : { kind: fix.kind, claimStart, sentenceEnd };
    }
    case 'merge-notes': {
      const keepStart = move(fix.keepStart);
      const dropStart = move(fix.dropStart);
      return keepStart === fix.keepStart && dropStart === fix.dropStart ? fix : { kind: fix.kind, keepStart, dropStart };
    }
    case 'add-note':
    case 'renumber':
      return fix;
  }
}
