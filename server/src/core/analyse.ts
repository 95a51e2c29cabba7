import { findCitedClaims } from './citedClaims';
import type { EssayFormat, EssayModel } from './model';
import { defaultOptions, type ReviewOptions } from './options';
import { readPlainEssay } from './parse/plain';
import { RULES } from './rules/registry';
import type { Finding } from './rules/rule';

export interface Analysis {
  model: EssayModel;
  findings: Finding[];
}

/** Reads an essay and runs every enabled rule: the one entry point of the core. */
export function analyseEssay(text: string, opts: { format?: EssayFormat; options?: ReviewOptions } = {}): Analysis {
  const options = opts.options ?? defaultOptions();
  const model = readPlainEssay(text);
  model.claims = findCitedClaims(model, options);
  return { model, findings: runRules(model, options) };
}

export function runRules(model: EssayModel, options: ReviewOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const result of rule.check(model, options)) findings.push({ rule: rule.id, severity, ...result });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
