import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ConfigMapObject } from '../../src/model/types.js';
import { pemBlocks, trustBundleProblems } from '../../src/policy/rules/trusted-ca.js';

const pem = (name: string) => readFileSync(new URL(`../data/trust/${name}`, import.meta.url), 'utf8');
const cm = (data: Record<string, string>, binaryData: Record<string, string> = {}): ConfigMapObject => ({
  name: 'registry-cas',
  namespace: 'openshift-config',
  loc: { file: 'cas.yaml', line: 1 },
  data,
  binaryData,
  keyLocs: Object.fromEntries(
    Object.keys({ ...data, ...binaryData }).map((k, i) => [k, { file: 'cas.yaml', line: 6 + i }])
  )
});
const NOW = new Date('2030-06-01T00:00:00Z');
const BEFORE_EXPIRY = new Date('2020-06-01T00:00:00Z');

describe('trustBundleProblems', () => {
  it('a valid CA, raw or base64-encoded or in binaryData, passes', () => {
    const ca = pem('ca.pem');
    expect(
      trustBundleProblems(
        cm(
          { 'mirror.example.com..5000': ca, 'b.example.com': Buffer.from(ca).toString('base64') },
          {
            'c.example.com': Buffer.from(ca).toString('base64')
          }
        ),
        NOW
      )
    ).toEqual([]);
  });
  it('names the key of an unparsable, a non-PEM, an expired and a non-CA value', () => {
    const broken = pem('ca.pem').replace(/\n[A-Za-z0-9+/]{20}/, '\n' + 'A'.repeat(20));
    const p = trustBundleProblems(
      cm({
        'a.example.com': 'not a certificate',
        'b.example.com': broken,
        'c.example.com': pem('expired.pem'),
        'd.example.com': pem('leaf.pem'),
        'e.example.com': '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n'
      }),
      NOW
    );
    expect(p.map((x) => [x.key, x.severity])).toEqual([
      ['a.example.com', 'error'],
      ['b.example.com', 'error'],
      ['c.example.com', 'error'],
      ['d.example.com', 'warning'],
      ['e.example.com', 'error']
    ]);
    expect(p[2]!.problem).toContain('expired on 2021-01-01');
    expect(p[3]!.problem).toContain('not a CA certificate');
    expect(p[4]!.problem).toContain('RSA PRIVATE KEY');
  });
  it('the expiry is judged at the given day', () => {
    expect(trustBundleProblems(cm({ 'c.example.com': pem('expired.pem') }), BEFORE_EXPIRY)).toEqual([]);
  });
  it('a certificate not yet valid is a warning', () => {
    expect(trustBundleProblems(cm({ 'f.example.com': pem('future.pem') }), NOW)).toEqual([
      { key: 'f.example.com', severity: 'warning', problem: expect.stringContaining('not valid before 2040-01-01') }
    ]);
  });
  it('each certificate of a bundle is checked', () => {
    const p = trustBundleProblems(cm({ 'a.example.com': pem('ca.pem') + pem('expired.pem') }), NOW);
    expect(p.map((x) => x.problem)).toEqual([expect.stringContaining('certificate 2 of 2')]);
  });
});

describe('pemBlocks', () => {
  it('stops at the first block without an END line (each marker is searched once)', () => {
    expect(pemBlocks('-----BEGIN '.repeat(200_000))).toEqual([{ label: '', body: '' }]);
    expect(pemBlocks('-----BEGIN CERTIFICATE-----\nabc')).toEqual([{ label: 'CERTIFICATE', body: '' }]);
  });
});
