import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * Blobs of a Git repository read by ONE long-lived `git cat-file --batch`, in an order known in advance,
 * handed to the synchronous loader one at a time.
 *
 * Why: the loader is synchronous, and a synchronous child process must be given all its input and return
 * all its output at once, so blobs were read in batches of a few megabytes, one process each. Every new
 * process starts with a cold delta-base cache: on a 20,000-file monorepo ten batches cost 0.74 s of git
 * CPU where one process costs 0.44 s, and node waited for each batch with nothing to do. Here a worker
 * thread runs the one process and parses its output while the main thread parses manifests on the
 * other core; the main thread blocks (Atomics.wait) only when it is ahead of git.
 *
 * Memory stays flat: the worker stops reading git's output while more than MAX_AHEAD_BYTES of blobs wait
 * for the main thread, and git then blocks on its full pipe.
 */

/** Control words shared with the worker. */
const POSTED = 0; // messages the worker has queued (bumped after each post, so a wake-up finds it queued)
const TAKEN = 1; // messages the main thread has taken
const AHEAD = 2; // bytes queued and not yet taken
const STATE = 3; // RUNNING, DONE or FAILED
const RUNNING = 0;
const DONE = 1;
const FAILED = 2;

const MAX_AHEAD_BYTES = 8 * 1024 * 1024;
/** How long the main thread waits without any progress from git before it gives up on the stream. */
const STALL_MS = 120_000;

export type StreamedBlob = { oid: string; data: Buffer } | { oid: string; missing: true };

// Runs in the worker (CommonJS, evaluated from this string so the bundle needs no second file). It parses
// `<oid> <type> <size>\n<bytes>\n` records and `<oid> missing\n` lines from git's output.
const WORKER = `
const { workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { repo, list, control, port, maxAhead } = workerData;
const c = new Int32Array(control);
const git = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
let pending = Buffer.alloc(0);
let body = null; // { oid, size, data, filled } while a blob's bytes are arriving
// Blobs parsed from one chunk of git's output go in one message: a message per blob cost more than
// the blob on a monorepo of small files.
let batch = [];
let batchBytes = 0;
const post = (blob, bytes) => {
  batch.push(blob);
  batchBytes += bytes;
};
const flush = () => {
  if (!batch.length) return;
  port.postMessage(batch, batch.filter((b) => b.data).map((b) => b.data.buffer));
  Atomics.add(c, ${AHEAD}, batchBytes);
  Atomics.add(c, ${POSTED}, 1);
  Atomics.notify(c, ${POSTED});
  batch = [];
  batchBytes = 0;
};
const finish = (state, error) => {
  if (Atomics.load(c, ${STATE}) !== ${RUNNING}) return;
  if (error) port.postMessage({ error });
  Atomics.store(c, ${STATE}, state);
  Atomics.add(c, ${POSTED}, 1);
  Atomics.notify(c, ${POSTED});
};
let throttling = false;
const throttle = async () => {
  throttling = true;
  while (Atomics.load(c, ${AHEAD}) > maxAhead && Atomics.load(c, ${STATE}) === ${RUNNING}) {
    git.stdout.pause();
    await Atomics.waitAsync(c, ${TAKEN}, Atomics.load(c, ${TAKEN}), 1000).value;
  }
  throttling = false;
  git.stdout.resume();
};
const consume = (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  let at = 0;
  for (;;) {
    if (body) {
      const n = Math.min(body.size - body.filled, pending.length - at);
      pending.copy(body.data, body.filled, at, at + n);
      body.filled += n;
      at += n;
      if (body.filled < body.size || pending.length - at < 1) break;
      at += 1; // the line feed after the bytes
      post({ oid: body.oid, data: body.data }, body.size);
      body = null;
      continue;
    }
    const nl = pending.indexOf(10, at);
    if (nl < 0) break;
    const header = pending.toString('latin1', at, nl).split(' ');
    at = nl + 1;
    if (header[1] === 'missing') post({ oid: header[0], missing: true }, 0);
    else body = { oid: header[0], size: Number(header[2]), data: Buffer.allocUnsafeSlow(Number(header[2])), filled: 0 };
  }
  pending = pending.subarray(at);
  flush();
  if (!throttling && Atomics.load(c, ${AHEAD}) > maxAhead) void throttle();
};
git.stdout.on('data', consume);
git.stderr.on('data', (d) => { if (stderr.length < 4096) stderr += d; });
git.on('error', (e) => finish(${FAILED}, 'git cat-file: ' + e.message));
git.on('close', (code) =>
  code === 0 && !body ? finish(${DONE}) : finish(${FAILED}, stderr.trim() || 'git cat-file --batch exited with ' + code)
);
git.stdin.on('error', () => {});
git.stdin.end(list);
`;

export class BlobStream {
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private closed = false;
  /** Blobs received and not yet handed out. */
  private queue: StreamedBlob[] = [];

  constructor(repo: string, oids: readonly string[]) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        repo,
        list: oids.join('\n') + '\n',
        control: this.control.buffer,
        port: port2,
        maxAhead: MAX_AHEAD_BYTES
      },
      transferList: [port2]
    });
    // Neither may keep the process alive: the main thread never returns to its event loop mid-run.
    this.worker.unref();
    this.port.unref();
  }

  /** The next blob of the list, waiting for git if need be; undefined once the stream has ended. */
  next(): StreamedBlob | undefined {
    if (this.closed) return undefined;
    if (!this.queue.length) this.receive();
    return this.queue.shift();
  }

  /** Waits for the worker's next message of blobs (or for the end of the stream). */
  private receive(): void {
    let quiet = 0;
    for (let ended = false; ;) {
      const posted = Atomics.load(this.control, POSTED);
      const got = receiveMessageOnPort(this.port)?.message as StreamedBlob[] | { error: string } | undefined;
      if (got && !Array.isArray(got)) {
        this.close();
        throw new Error(got.error);
      }
      if (got) {
        let bytes = 0;
        for (const b of got) {
          if ('data' in b) {
            bytes += b.data.length;
            this.queue.push({ oid: b.oid, data: Buffer.from(b.data.buffer, b.data.byteOffset, b.data.length) });
          } else this.queue.push(b);
        }
        Atomics.sub(this.control, AHEAD, bytes);
        Atomics.add(this.control, TAKEN, 1);
        Atomics.notify(this.control, TAKEN);
        return;
      }
      // The worker posts everything before it marks the end: once the end is seen, one more look at the
      // port finds whatever was posted between that look and this one.
      if (ended) {
        this.close();
        return;
      }
      if (Atomics.load(this.control, STATE) !== RUNNING) {
        ended = true;
        continue;
      }
      if (Atomics.wait(this.control, POSTED, posted, 1000) === 'timed-out' && (quiet += 1000) >= STALL_MS) {
        this.close();
        throw new Error(`git cat-file --batch gave nothing for ${STALL_MS / 1000} s`);
      }
      if (Atomics.load(this.control, POSTED) !== posted) quiet = 0;
    }
  }

  /** Stops the worker (and with it git, whose output pipe closes). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.control, STATE, DONE);
    Atomics.notify(this.control, TAKEN);
    this.port.close();
    void this.worker.terminate();
  }
}
