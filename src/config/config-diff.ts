/**
 * The head's configuration file as a diff against the base's, for the report: the base's file is the
 * gate in force, so a reviewer must see what the pull request would change in it. Both texts come from
 * the pull request's repository and may be anything: the inputs are capped before diffing (the diff is
 * quadratic in the worst case), and the output is capped in lines and characters.
 */
import { createTwoFilesPatch } from 'diff';

/** The configuration file, base → head: unified diff text, capped (redacted where the report is made). */
export interface ConfigDiff {
  /** The configuration file's path in the repository. */
  path: string;
  diff: string;
  /** Lines of the diff left out to keep it short (the files themselves are in the repository). */
  omittedLines?: number;
}

/** Larger files are not diffed; the report says how large they are. */
export const CONFIG_DIFF_MAX_INPUT = 256 * 1024;
/** The diff shown: at most this many lines and characters. */
export const CONFIG_DIFF_MAX_LINES = 300;
export const CONFIG_DIFF_MAX_CHARS = 30_000;

/** The unified diff base → head of the configuration file, or undefined when the texts are the same. */
export function configDiff(path: string, base: string | undefined, head: string | undefined): ConfigDiff | undefined {
  if (base === head) return undefined;
  const before = base ?? '';
  const after = head ?? '';
  if (before.length > CONFIG_DIFF_MAX_INPUT || after.length > CONFIG_DIFF_MAX_INPUT) {
    return {
      path,
      diff: `(not diffed: the configuration file is ${before.length} characters on the base side and ${after.length} on the head side, over the ${CONFIG_DIFF_MAX_INPUT}-character limit)\n`
    };
  }
  const full = createTwoFilesPatch(
    base === undefined ? '/dev/null' : `a/${path}`,
    head === undefined ? '/dev/null' : `b/${path}`,
    before,
    after,
    undefined,
    undefined,
    { context: 3 }
  );
  // createTwoFilesPatch starts with an "Index:" line and a "====" rule; the reader needs neither.
  const lines = full.split('\n').filter((l, i) => !(i < 2 && (l.startsWith('Index: ') || /^=+$/.test(l))));
  if (lines.at(-1) === '') lines.pop();
  const kept: string[] = [];
  let chars = 0;
  for (const line of lines) {
    const cut = line.length > 500 ? `${line.slice(0, 500)} …` : line;
    if (kept.length >= CONFIG_DIFF_MAX_LINES || chars + cut.length + 1 > CONFIG_DIFF_MAX_CHARS) break;
    kept.push(cut);
    chars += cut.length + 1;
  }
  const omitted = lines.length - kept.length;
  return { path, diff: kept.join('\n') + '\n', ...(omitted > 0 ? { omittedLines: omitted } : {}) };
}
