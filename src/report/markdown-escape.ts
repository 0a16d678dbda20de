/**
 * Text from manifests (names, registries, messages, diffs) ends up in a comment that GitHub renders as
 * Markdown with inline HTML, posted under the workflow's identity. Anything a pull request author wrote
 * must not be able to inject HTML, ping people or teams, or break out of a code span or block.
 */

import { redactUserinfo } from './redact-userinfo.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Breaks @user and @org/team mentions so GitHub does not notify anyone. GitHub only links a mention that
 * follows a non-word character, so the zero-width space after `@` is invisible and stops the link.
 * Idempotent: an already broken mention is not followed by a name character.
 */
export function neutralizeMentions(text: string): string {
  // A backtick before `@` does not protect it: escaped, it renders as a literal backtick and the mention
  // after it is live. Issue and pull request references (`#12`, `owner/repo#12`, `GH-12`) would link
  // and leave a back-reference in the referenced thread: a zero-width space after `#` or `GH-` stops them.
  return text
    .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
    .replace(/(#|\bGH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Markdown punctuation that can start emphasis, links, images, headings, lists, tables or code. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;

/**
 * Plain text for use in running Markdown: HTML is entity-escaped, Markdown punctuation is
 * backslash-escaped, line breaks become spaces (one line stays one line), mentions are broken.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const html = flat.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c);
  return neutralizeMentions(html.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`));
}

/** Text for a Markdown table cell: escaped like running text, so `|` cannot open a new column. */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text);
}

/** Text for inside HTML elements such as `<summary>`, where Markdown is not rendered. */
export function escapeHtml(text: string): string {
  return neutralizeMentions(text.replace(/\r\n?|\n/g, ' ').replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c));
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/**
 * An inline code span that holds any text: the delimiter is one backtick longer than the longest run
 * inside, padded with spaces when the text starts or ends with a backtick (CommonMark strips one space
 * on each side). Code spans render neither HTML nor mentions.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  if (flat === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad =
    flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block that no line of `text` can close early: the fence outgrows every backtick run. */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

export const REDACTED = '***';

interface Redaction {
  pattern: RegExp;
  replace: (...groups: string[]) => string;
}

/**
 * Credentials that can reach rendered node files or manifests: pull-secret auths (JSON or YAML, plain or
 * inside a base64 `.dockerconfigjson`), HTTP Authorization headers, URL user-info passwords, and
 * GitHub / registry tokens. Each rule keeps the key so a reviewer can see *what* was hidden.
 */
const REDACTIONS: Redaction[] = [
  // Authorization headers, in TOML, YAML or raw header form. Prose such as "Basic authentication" is
  // left alone: a Basic credential must decode to user:password, a bearer token must look like one.
  {
    pattern: /\b(Basic|Bearer)([ \t]+)([A-Za-z0-9+/=._~-]{8,})/gi,
    replace: (m, scheme, sp, value) => (looksLikeCredential(scheme, value) ? `${scheme}${sp}${REDACTED}` : m)
  },
  {
    pattern: /(Authorization\s*[:=]\s*["']?token[ \t]+)([A-Za-z0-9._~+/=-]{8,})/gi,
    replace: (_m, pre) => `${pre}${REDACTED}`
  },
  // "auth"/"password"/"identitytoken"/"registrytoken" values in dockerconfigjson (JSON).
  {
    pattern: /("(?:auth|password|identitytoken|registrytoken|token)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi,
    replace: (_m, pre, value, post) => (value === '' ? `${pre}${post}` : `${pre}${REDACTED}${post}`)
  },
  // The same keys in YAML (stringData) form.
  // (The value is taken apart in code: a single pattern for quotes and trailing blanks backtracks
  // polynomially on long runs.)
  {
    pattern: /^([ \t]*(?:auth|password|identitytoken|registrytoken)[ \t]*:[ \t]*)([^\n]*)$/gim,
    replace: (m, pre, rest) => redactYamlValue(m, pre, rest)
  },
  // A whole base64 pull secret under .dockerconfigjson / .dockercfg (Secret data).
  {
    pattern: /(\.docker(?:configjson|cfg)"?\s*:\s*["']?)([A-Za-z0-9+/=]{16,})/g,
    replace: (_m, pre) => `${pre}${REDACTED}`
  },
  // GitHub tokens (classic, fine-grained, app installation, OAuth).
  { pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, replace: () => REDACTED }
];

/** `key: value` with the value redacted, unless it is empty, a comment, or not one plain or quoted scalar. */
function redactYamlValue(whole: string, pre: string, rest: string): string {
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t' || rest[end - 1] === '\r')) end--;
  const v = rest.slice(0, end);
  if (v === '' || v[0] === '#' || v[0] === ' ' || v[0] === '\t') return whole;
  const q = v[0] === '"' || v[0] === "'" ? v[0] : '';
  const inner = q ? v.slice(1, -1) : v;
  if ((q && (v.length < 2 || !v.endsWith(q))) || /["']/.test(inner)) return whole;
  return `${pre}${q}${REDACTED}${q}${rest.slice(end).includes('\r') ? '\r' : ''}`;
}

function looksLikeCredential(scheme: string, value: string): boolean {
  if (scheme.toLowerCase() === 'basic') {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
    return Buffer.from(value, 'base64').toString('utf8').includes(':');
  }
  return /[0-9]/.test(value) || /[._~+/=-]/.test(value) || value.length >= 20;
}

/** Replaces credentials in text with `***`; idempotent. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const r of REDACTIONS) {
    out = out.replace(r.pattern, (...args: unknown[]) => {
      const groups = args
        .slice(0, -2)
        .filter((a): a is string => typeof a === 'string' || a === undefined)
        .map((a) => a ?? '');
      return r.replace(...groups);
    });
  }
  // user:password@host, with or without a scheme (one linear scan, shared with the plan report).
  return redactUserinfo(out);
}
