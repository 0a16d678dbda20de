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
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
  maxDocumentsPerFile: 10000
};
