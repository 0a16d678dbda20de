/**
 * Limits that keep a hostile repository harmless. A GitOps repo is untrusted input: a PR can add a
 * 2 GB file, a billion-laughs alias bomb or a symlink to /etc/shadow.
 */
export interface LoadLimits {
  /** Files larger than this are reported, not read. */
  maxFileBytes: number;
  /** yaml's maxAliasCount: alias expansions per document before parsing stops. */
  maxAliasCount: number;
  /** Nesting depth beyond which a document is refused (stack safety in every later walk). */
  maxDepth: number;
  /** Documents per file. */
  maxDocumentsPerFile: number;
  /**
   * Bytes of node configuration parsed per side, over all files. The YAML parser holds about a hundred
   * times its input while it works, so forty files each under the per-file cap exhausted the heap: the
   * budget is checked before each file is parsed.
   */
  maxTotalBytes: number;
  /** Kubernetes objects (documents) of node configuration per side, over all files. */
  maxTotalObjects: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
  maxDocumentsPerFile: 10000,
  maxTotalBytes: 8 * 1024 * 1024,
  maxTotalObjects: 20000
};

/** What the budget allows, and how much of it one side has used. */
export class InputBudget {
  bytes = 0;
  objects = 0;
  constructor(readonly limits: LoadLimits) {}

  /** Whether `bytes` more may be parsed. */
  allows(bytes: number): boolean {
    return this.bytes + bytes <= this.limits.maxTotalBytes;
  }

  /** Counts what was parsed; false once the object budget is exceeded. */
  spend(bytes: number, objects: number): boolean {
    this.bytes += bytes;
    this.objects += objects;
    return this.objects <= this.limits.maxTotalObjects;
  }

  /** The message for a side that does not fit. */
  exceeded(what: string): string {
    return (
      `input budget exceeded: ${what} (limits.maxTotalBytes ${this.limits.maxTotalBytes} bytes, ` +
      `limits.maxTotalObjects ${this.limits.maxTotalObjects} objects of node configuration); nothing further ` +
      'was read, so the change cannot be evaluated. Raise the limits in the configuration, or narrow paths/exclude.'
    );
  }
}
