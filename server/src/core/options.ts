import { CLAIM_KINDS, type ClaimKind } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type RuleId =
  | 'uncited-claim'
  | 'undefined-footnote'
  | 'unused-footnote'
  | 'duplicate-footnote'
  | 'footnote-order'
  | 'incomplete-source'
  | 'duplicate-source'
  | 'ibid';

/** Notices say something about the analysis itself, not the essay (a Markdown parse that ran out of time). */
export type NoticeId = 'markdown-fallback' | 'analysis-error' | 'large-file';

/** What a finding's `rule` field (and a diagnostic's code) may hold. */
export type FindingCode = RuleId | NoticeId;

/** Where a marker must stand to cite a claim. */
export type CitationScope = 'sentence' | 'paragraph';

/**
 * Everything the core can be told. Editors, the CLI's --config file and tests
 * all end up here; the core never reads settings itself.
 */
export interface ReviewOptions {
  citationScope: CitationScope;
  /** Above this size (MB of UTF-8 text) the checks pause, so a huge file cannot freeze the editor. */
  maxFileSizeMB: number;
  /** Per-rule severity, or 'off'. Missing rules use their default severity. */
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  claims: {
    /** Kinds the `uncited-claim` rule reports; claims of other kinds are still listed. */
    kinds: ClaimKind[];
    /** Claims whose text contains one of these phrases (case-insensitive) are not reported. */
    ignorePhrases: string[];
    /** Report policy targets ("the 2 percent inflation goal") as claims. */
    policyTargetsAreClaims: boolean;
    /** Claims the editor has chosen to ignore in this document, by their exact text. */
    ignoredClaims: string[];
  };
}

/** Five times the largest real essay we have seen: past it, a file is a data dump, not an essay. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

export function defaultOptions(): ReviewOptions {
  return {
    citationScope: 'sentence',
    maxFileSizeMB: DEFAULT_MAX_FILE_SIZE_MB,
    rules: {},
    claims: { kinds: [...CLAIM_KINDS], ignorePhrases: [], policyTargetsAreClaims: false, ignoredClaims: [] },
  };
}
