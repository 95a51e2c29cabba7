import type { FindingCode, NoticeId, RuleId, Severity } from '../options';
import { duplicateFootnote } from './duplicateFootnote';
import { duplicateSource } from './duplicateSource';
import { ibid } from './ibid';
import { incompleteSource } from './incompleteSource';
import { footnoteOrder } from './footnoteOrder';
import type { Rule } from './rule';
import { uncitedClaim } from './uncitedClaim';
import { undefinedFootnote } from './undefinedFootnote';
import { unusedFootnote } from './unusedFootnote';

/** Every rule, in the order findings are reported for one place. */
export const RULES: readonly Rule[] = [
  undefinedFootnote,
  duplicateFootnote,
  unusedFootnote,
  footnoteOrder,
  uncitedClaim,
  incompleteSource,
  duplicateSource,
  ibid,
];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

/** The public page of the project; each rule's docs are a section of its README. */
export const PROJECT_HOME = 'https://github.com/policy-review/policy-review';

/** Notices are not rules (nothing to configure) but are documented like them. */
export const NOTICES: readonly { id: NoticeId; description: string; defaultSeverity: Severity }[] = [
  { id: 'markdown-fallback', description: 'The Markdown parse did not finish in time or failed; the essay was read as plain text.', defaultSeverity: 'information' },
  { id: 'analysis-error', description: 'The essay (or one rule) could not be analysed; the message says why.', defaultSeverity: 'error' },
  { id: 'large-file', description: 'The file is larger than policyReview.maxFileSizeMB, so the checks are paused.', defaultSeverity: 'information' },
];

export function ruleDocsUrl(id: FindingCode): string {
  return `${PROJECT_HOME}#rule-${id}`;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
