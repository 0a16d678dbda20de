/** file:line of a finding or operator message ("(no file)" when it has none), for a terminal or a table. */
export const at = (f: { file: string; line: number }): string =>
  f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(no file)';
