import { findCitedClaims } from './citedClaims';
import type { EssayFormat, EssayModel } from './model';
import { defaultOptions, type ReviewOptions } from './options';
import { readMarkdownEssay } from './parse/markdown';
import { MarkdownOutliner } from './parse/chunkedOutline';
import type { ChunkedReading } from './parse/chunkEdit';
import type { MarkdownOutline } from './parse/markdownOutline';
import { readPlainEssay } from './parse/plain';
import { blankOut, readYamlFrontMatter } from './parse/yamlFrontMatter';
import { RULES } from './rules/registry';
import { readSources } from './sources/readSources';
import type { Finding, Rule, RuleResult } from './rules/rule';

export interface Analysis {
  model: EssayModel;
  findings: Finding[];
  /** A Markdown essay's outline: what the next edit's outline is compared with to re-read only what changed. */
  outline?: MarkdownOutline;
  /** How that outline was read in chunks, when it was: a keystroke in prose may be read from it without a parse. */
  chunkedReading?: ChunkedReading;
}

export interface AnalyseOptions {
  format?: EssayFormat;
  options?: ReviewOptions;
  /** A Markdown outline parsed elsewhere (a worker under a time budget); parsed here when absent. */
  outline?: MarkdownOutline;
}

/** Reads an essay and runs every enabled rule: the one entry point of the core. */
export function analyseEssay(text: string, opts: AnalyseOptions = {}): Analysis {
  const options = opts.options ?? defaultOptions();
  const outline = opts.format === 'markdown' ? (opts.outline ?? new MarkdownOutliner().outline(text)) : undefined;
  const model = outline ? readMarkdownEssay(text, outline, readYamlFrontMatter(text)) : readPlainEssay(text);
  readSources(model);
  model.claims = findCitedClaims(model, options);
  return { model, findings: runRules(model, options), ...(outline ? { outline } : {}) };
}

/**
 * Runs each enabled rule. A rule that throws costs only its own findings: it
 * is reported as one `analysis-error` and the other rules' findings stand.
 */
export function runRules(model: EssayModel, options: ReviewOptions, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = options.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    let results: RuleResult[];
    try {
      results = rule.check(model, options);
    } catch (error) {
      findings.push(ruleFailure(rule, error));
      continue;
    }
    for (const result of results) findings.push({ rule: rule.id, severity, ...result });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function ruleFailure(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: 'analysis-error',
    severity: 'error',
    message: `The ${rule.id} check failed on this essay (${reason}), so its findings are missing; the other checks ran. Please report this.`,
    span: { start: 0, end: 0 },
    related: [],
  };
}

/** The text remark parses: YAML front matter blanked out, every offset kept. */
export function markdownParseInput(text: string): string {
  const front = readYamlFrontMatter(text);
  return front ? blankOut(text, front.span) : text;
}
