import type { Loc } from '../model/types.js';

export type NodeOs = 'linux' | 'windows';

/** A file an operator keeps on a node, with its exact bytes. */
export interface NodeFile {
  node: NodeOs;
  /** Absolute node path: /etc/containers/registries.conf, or C:\k\containerd\registries\<host>\hosts.toml. */
  path: string;
  content: string;
  /** "template" = MCO wrote nothing and the pool template stays in effect. */
  origin: 'generated' | 'template';
}

/** An operator refusing the configuration, with the operator's own message. */
export interface OperatorError {
  component: 'mco' | 'wmco';
  message: string;
  file: string;
  line: number;
}

export interface OperatorWarning {
  component: 'mco' | 'wmco';
  message: string;
  file: string;
  line: number;
}

export interface RenderResult {
  files: NodeFile[];
  errors: OperatorError[];
  warnings: OperatorWarning[];
}

export function locOrNone(loc?: Loc): { file: string; line: number } {
  return loc ? { file: loc.file, line: loc.line } : { file: '', line: 0 };
}
