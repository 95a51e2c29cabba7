import type { ReviewOptions } from './core/options';
import { readOptions } from './core/readOptions';

/**
 * Editor settings (`policyReview.*`) to core options. The settings section has
 * the same shape as a --config file, so one validator serves both.
 */
export function readEditorSettings(raw: unknown): { options: ReviewOptions; problems: string[] } {
  if (raw === null || typeof raw !== 'object') return readOptions(undefined);
  // Editors send every contributed key; keep only the ones the core knows, drop empty defaults.
  const { citationScope, rules, claims } = raw as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  if (citationScope !== undefined && citationScope !== null) config.citationScope = citationScope;
  if (rules !== undefined && rules !== null) config.rules = rules;
  if (claims !== undefined && claims !== null) config.claims = claims;
  return readOptions(config);
}
