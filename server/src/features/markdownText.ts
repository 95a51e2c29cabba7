// Document text shown in hovers goes through here: whatever an essay holds must
// render as the characters it is, never as Markdown, HTML, an autolink or a command link.

/**
 * ASCII punctuation that means something to a Markdown renderer (emphasis, links,
 * HTML, entities, code, autolinked `www.`/`https:`/emails, list and heading starts).
 * CommonMark lets a backslash escape every ASCII punctuation character.
 */
const SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&:$]/g;

/** Plain text as inert Markdown on one line: specials escaped, line breaks and runs of spaces folded. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, (c) => `\\${c}`);
}

/** Only http(s) URLs become links; the URL is percent-encoded where Markdown would misread it. */
export function markdownLink(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const target = url.replace(/[()<>\s\\`"'[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(url)}](${target})`;
}
