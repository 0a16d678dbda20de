/**
 * The lines of a text exactly as `text.split(/\r?\n/)` gives them, one at a time: scanning a monorepo's
 * workload files line by line without first building an array of every line of each file.
 */
export class Lines {
  private at = 0;
  constructor(private readonly text: string) {}

  /** The next line, or undefined after the last (a text ending in a newline ends with an empty line). */
  next(): string | undefined {
    const { text, at } = this;
    if (at > text.length) return undefined;
    const nl = text.indexOf('\n', at);
    if (nl < 0) {
      this.at = text.length + 1;
      return text.slice(at);
    }
    this.at = nl + 1;
    return text.slice(at, nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
  }
}
