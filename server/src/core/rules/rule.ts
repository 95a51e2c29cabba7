import type { EssayModel, Span } from '../model';
import type { FindingCode, ReviewOptions, RuleId, Severity } from '../options';

/** A second place that matters for a finding (the first definition of a duplicate). */
export interface RelatedPlace {
  span: Span;
  message: string;
}

/** A replacement of `span` by `newText`; edits of one fix never overlap. */
export interface TextEdit {
  span: Span;
  newText: string;
  /** Where in `newText` the cursor should land after the edit (a note stub waiting to be filled in). */
  cursorAt?: number;
}

/**
 * What a fix needs, carried in the finding (and in an LSP diagnostic's `data`),
 * so the fix can be computed later from the diagnostic alone.
 */
export type FixData =
  | { kind: 'remove-note'; label: string; noteStart: number }
  | { kind: 'add-note'; label: string }
  /** An uncited claim: a new marker goes in its sentence (ending at `sentenceEnd`) where the essay puts markers. */
  | { kind: 'add-citation'; claimStart: number; sentenceEnd: number }
  /** Notes out of order or with gaps: renumber them all in order of first citation. */
  | { kind: 'renumber' }
  /** Two notes citing one work: the one at `dropStart` merges into the one at `keepStart`. */
  | { kind: 'merge-notes'; keepStart: number; dropStart: number };

export interface Finding {
  rule: FindingCode;
  severity: Severity;
  message: string;
  span: Span;
  related: RelatedPlace[];
  /** The finding marks text that could go (an unused note): editors fade it. */
  unnecessary?: boolean;
  fix?: FixData;
}

/** What a rule's check returns; the runner adds the configured severity. */
export type RuleResult = Omit<Finding, 'severity' | 'rule'>;

export interface Rule {
  id: RuleId;
  description: string;
  defaultSeverity: Severity;
  /** Whether the rule offers an automatic fix. */
  fixable: boolean;
  /**
   * What the check reads besides the options, which tells an edit inside one
   * paragraph what it must check again (see rules/afterEdit.ts):
   * - `claims`: one result per claim, from that claim and its sentence alone;
   * - `markers-and-notes`: the markers (labels, places, links) and the notes;
   * - `everything`: checked again after every edit.
   */
  reads: 'claims' | 'markers-and-notes' | 'everything';
  check(model: EssayModel, options: ReviewOptions): RuleResult[];
  /** The edits that fix one finding, or none when the document no longer fits the data. */
  fix?(model: EssayModel, data: FixData): TextEdit[];
}

/** Quotes a label the way the essay writes it. */
export function formatLabel(model: EssayModel, label: string): string {
  return model.format === 'markdown' && !/^\d+$/.test(label) ? `[^${label}]` : `[${label}]`;
}

export function lineNumberOf(model: EssayModel, offset: number): number {
  return model.lines.positionAt(offset).line + 1;
}
