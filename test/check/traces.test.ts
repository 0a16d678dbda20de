import { describe, expect, it } from '@jest/globals';
import { classifyError } from '../../src/check/classify.js';
import { parseCtrTrace } from '../../src/check/ctr-trace.js';
import { clientReference } from '../../src/check/route.js';
import { endpointOf, parseSkopeoTrace } from '../../src/check/skopeo-trace.js';

const D = `sha256:${'5'.repeat(64)}`;
// Lines in the exact shape skopeo 1.9.3 (containers/image 5.23) writes with --debug.
const trying = (ref: string) => `time="2026-12-03T09:06:45Z" level=debug msg="Trying to access \\"${ref}\\""`;
const failed = (ref: string, err: string) =>
  `time="2026-12-03T09:06:45Z" level=debug msg="Accessing \\"${ref}\\" failed: ${err}"`;

describe('skopeo trace', () => {
  it('names the endpoint that served: the last one tried without a failure', () => {
    const out = [
      trying(`m1.example/a/app@${D}`),
      failed(`m1.example/a/app@${D}`, `reading manifest ${D} in m1.example/a/app: manifest unknown: manifest unknown`),
      trying(`m2.example:5000/app@${D}`),
      'time="…" level=debug msg="Content-Type from manifest GET is \\"application/json\\""'
    ].join('\n');
    expect(parseSkopeoTrace(out, 0)).toEqual({
      attempts: [
        { endpoint: 'm1.example/a/app', outcome: 'missing', detail: 'manifest unknown' },
        { endpoint: 'm2.example:5000/app', outcome: 'served' }
      ],
      from: 'm2.example:5000/app'
    });
  });

  it('a client killed at the timeout did not get an answer from the endpoint it was asking', () => {
    const t = parseSkopeoTrace(trying('m1.example/app:1.0'), null);
    expect(t.from).toBeUndefined();
    expect(t.attempts).toEqual([{ endpoint: 'm1.example/app', outcome: 'unreachable', detail: 'timed out' }]);
  });

  it('a blocked source is refused without a request and is not an attempt', () => {
    const ref = `src.example/app@${D}`;
    const out = [
      trying(`m.example/app@${D}`),
      failed(
        `m.example/app@${D}`,
        `pinging container registry m.example: Get "https://m.example/v2/": dial tcp 10.0.0.1:443: connect: connection refused`
      ),
      trying(ref),
      failed(
        ref,
        'registry src.example is blocked in /etc/containers/registries.conf or /etc/containers/registries.conf.d'
      ),
      'time="…" level=fatal msg="Error parsing image name …"'
    ].join('\n');
    expect(parseSkopeoTrace(out, 1).attempts).toEqual([
      { endpoint: 'm.example/app', outcome: 'unreachable', detail: 'connection refused' }
    ]);
  });

  it('endpointOf drops a tag or a digest but keeps a port', () => {
    expect(endpointOf(`h:5000/a/b@${D}`)).toBe('h:5000/a/b');
    expect(endpointOf('h:5000/a/b:1.0')).toBe('h:5000/a/b');
    expect(endpointOf('h:5000/a/b')).toBe('h:5000/a/b');
  });
});

describe('error classification', () => {
  it.each([
    ['reading manifest x in h/r: manifest unknown: manifest unknown', 'missing'],
    ['reading manifest x in h/r: unauthorized: authentication required', 'denied'],
    ['requested access to the resource is denied', 'denied'],
    ['pinging container registry h: Get "https://h/v2/": x509: certificate signed by unknown authority', 'unreachable'],
    [
      'pinging container registry h: Get "https://h/v2/": http: server gave HTTP response to HTTPS client',
      'unreachable'
    ],
    ['pinging container registry h: Get "https://h/v2/": dial tcp: lookup h: no such host', 'unreachable'],
    ['something nobody has seen', 'unreachable']
  ])('%s → %s', (text, outcome) => {
    expect(classifyError(text).outcome).toBe(outcome);
  });

  it('the reference is removed first: a repository named "unauthorized" is not an authentication error', () => {
    expect(
      classifyError('reading manifest 1 in h/unauthorized/app: manifest unknown', 'h/unauthorized/app').outcome
    ).toBe('missing');
  });

  it('keeps only a fixed phrase, never the text', () => {
    expect(classifyError('denied: <script>alert(1)</script> token=abc').detail).toBe('access denied');
  });
});

describe('ctr trace', () => {
  const req = (url: string) =>
    `time="t" level=debug msg="do request" host="h" request.header.accept="a, b" request.method=HEAD url="${url}"`;
  const resp = (url: string, status: string) =>
    `time="t" level=debug msg="fetch response received" host="h" response.status="${status}" url="${url}"`;
  it('follows HEAD manifest requests, skips blob probes, and names the server', () => {
    const u1 = `https://m1.example/v2/mirror/app/manifests/${D}?ns=src.example`;
    const u2 = `https://m2.example/v2/app/manifests/${D}?ns=src.example`;
    const out = [
      req(u1),
      resp(u1, '404 Not Found'),
      'time="t" level=info msg="trying next host - response was http.StatusNotFound" host="m1.example"',
      req(`https://m1.example/v2/mirror/app/blobs/${D}`),
      req(u2),
      resp(u2, '200 OK'),
      'time="t" level=debug msg=resolved desc.digest="x" host="m2.example"'
    ].join('\n');
    expect(parseCtrTrace(out, 0)).toEqual({
      attempts: [
        { endpoint: 'm1.example/mirror/app', outcome: 'missing', detail: 'manifest unknown' },
        { endpoint: 'm2.example/app', outcome: 'served' }
      ],
      from: 'm2.example/app'
    });
  });

  it('a connection error on one host, 401 on the next', () => {
    const u1 = `https://m1.example/v2/app/manifests/1.0`;
    const u2 = `https://m2.example/v2/app/manifests/1.0`;
    const out = [
      req(u1),
      `time="t" level=info msg="trying next host" error="failed to do request: Head \\"${u1}\\": dial tcp 10.0.0.1:443: connect: connection refused" host="m1.example"`,
      req(u2),
      resp(u2, '401 Unauthorized'),
      'ctr: pull access denied'
    ].join('\n');
    expect(parseCtrTrace(out, 1).attempts).toEqual([
      { endpoint: 'm1.example/app', outcome: 'unreachable', detail: 'connection refused' },
      { endpoint: 'm2.example/app', outcome: 'denied', detail: 'authentication required or refused' }
    ]);
  });
});

describe('the reference handed to the client', () => {
  it('a tag and a digest together: the digest; a bare name: :latest (as the node asks)', () => {
    expect(clientReference('linux', `q.io/a/b:1.0@${D}`)).toBe(`q.io/a/b@${D}`);
    expect(clientReference('linux', 'busybox')).toBe('docker.io/library/busybox:latest');
    expect(clientReference('windows', 'mcr.microsoft.com/windows/servercore')).toBe(
      'mcr.microsoft.com/windows/servercore:latest'
    );
    expect(clientReference('windows', `q.io/a:1@${D}`)).toBe(`q.io/a@${D}`);
  });
});
