/** The lines of a client's output, one at a time (a trace can be megabytes: no split into one array). */
export function* linesOf(output: string): Generator<string> {
  let start = 0;
  while (start <= output.length) {
    let end = output.indexOf('\n', start);
    if (end === -1) end = output.length;
    yield output.slice(start, end);
    start = end + 1;
  }
}
