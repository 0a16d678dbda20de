import { redactUserinfo } from '../report/redact-userinfo.js';
import { defuseWorkflowCommands } from '../report/terminal.js';

/** Exit statuses of the contract, and where a command writes: the only I/O the commands share. */
export const EXIT = { ok: 0, bug: 1, badInput: 2, rejected: 3, verdictFail: 4 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The streams as every command sees them: whatever a command prints, no line of it starts a workflow
 * command (the CLI runs in `run:` steps) and no `user:password@` reaches the log.
 */
export function guardedIo(io: Io): Io {
  const guard = (t: string): string => defuseWorkflowCommands(redactUserinfo(t));
  return { stdout: (t) => io.stdout(guard(t)), stderr: (t) => io.stderr(guard(t)) };
}
