/** Exit statuses of the contract, and where a command writes: the only I/O the commands share. */
export const EXIT = { ok: 0, bug: 1, badInput: 2, rejected: 3, verdictFail: 4 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}
