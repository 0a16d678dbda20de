/**
 * Text a command prints to stdout or stderr. When the CLI runs in a workflow `run:` step, the runner
 * reads every output line that starts with `::` (or the older `##[`) as a workflow command: a key or a
 * registry name holding `\n::error ...` or `\n::add-mask::` would otherwise be obeyed. Values are kept on
 * one line, and any line that would still start a command is defused.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** A repository value for one line of terminal output: line breaks and other controls shown escaped. */
export function terminalValue(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\r\n]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/**
 * Output text with no line the runner would take as a workflow command. Applied to everything the CLI
 * writes (the last line of defence; values are already one line each).
 */
export function defuseWorkflowCommands(text: string): string {
  // The runner reads lines as .NET's ReadLine does: a lone '\r' ends a line too.
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const body = part.trimStart();
      if (!body.startsWith('::') && !body.startsWith('##[')) return part;
      const indent = part.slice(0, part.length - body.length);
      return `${indent}${body[0]}${ZERO_WIDTH_SPACE}${body.slice(1)}`;
    })
    .join('');
}
