/**
 * Maps a client's error text to an outcome and a fixed phrase. The text comes from registries and the
 * network, so nothing of it is kept: only which of a few known phrases it contains. Every test is a
 * plain substring search (linear time). The reference and repository are removed first, so an image
 * named `unauthorized/x` cannot pass for an authentication error.
 */
import type { AttemptOutcome } from './types.js';

interface Rule {
  needles: string[];
  outcome: AttemptOutcome;
  detail: string;
}

// Order matters: authentication before transport (a token endpoint's 401 arrives inside a transport
// error message), transport before "not found" ("no such host" is a transport failure).
const RULES: Rule[] = [
  {
    needles: ['unauthorized', 'authentication required', 'invalid username/password', 'statuscode: 401'],
    outcome: 'denied',
    detail: 'authentication required or refused'
  },
  { needles: ['denied', 'forbidden', 'statuscode: 403'], outcome: 'denied', detail: 'access denied' },
  { needles: ['x509:', 'certificate'], outcome: 'unreachable', detail: 'TLS certificate not trusted' },
  {
    needles: ['http response to https client'],
    outcome: 'unreachable',
    detail: 'plain-HTTP registry not marked insecure'
  },
  { needles: ['tls:', 'handshake'], outcome: 'unreachable', detail: 'TLS handshake failed' },
  { needles: ['connection refused'], outcome: 'unreachable', detail: 'connection refused' },
  { needles: ['no such host', 'server misbehaving'], outcome: 'unreachable', detail: 'host name does not resolve' },
  {
    needles: ['i/o timeout', 'deadline exceeded', 'timeout awaiting', 'timed out'],
    outcome: 'unreachable',
    detail: 'timed out'
  },
  {
    needles: ['network is unreachable', 'no route to host', 'connection reset', 'eof'],
    outcome: 'unreachable',
    detail: 'network error'
  },
  {
    needles: ['manifest unknown', 'name unknown', 'not found', 'statuscode: 404'],
    outcome: 'missing',
    detail: 'manifest unknown'
  },
  { needles: ['toomanyrequests', 'statuscode: 429'], outcome: 'unreachable', detail: 'rate limited' },
  { needles: ['pinging container registry'], outcome: 'unreachable', detail: 'registry did not answer /v2/' }
];

export function classifyError(text: string, ...strip: string[]): { outcome: AttemptOutcome; detail: string } {
  let t = text;
  for (const s of strip) if (s) t = t.split(s).join(' ');
  t = t.toLowerCase();
  for (const r of RULES) if (r.needles.some((n) => t.includes(n))) return { outcome: r.outcome, detail: r.detail };
  return { outcome: 'unreachable', detail: 'unrecognised client error' };
}
