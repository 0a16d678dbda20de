import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { IgnitionFile } from '../../../src/model/ignition/ignition.js';
import { ROLE_LABEL, type MachineConfigObject } from '../../../src/model/machine-configs.js';
import { parseOcpVersion } from '../../../src/model/version.js';
import { ContentDecoder, mergeOrder, renderPool, sameEntry } from '../../../src/render/linux/merge-machine-configs.js';

const v = (s: string) => parseOcpVersion(s)!;
const file = (path: string, source?: string, compression?: string): IgnitionFile => ({
  path,
  at: ['storage', 'files', 0],
  ...(source !== undefined ? { source } : {}),
  ...(compression !== undefined ? { compression } : {}),
  append: false,
  extra: JSON.stringify([null, null, null])
});
const mc = (
  name: string,
  role: string,
  files: IgnitionFile[] = [],
  fields: Record<string, string> = {}
): MachineConfigObject => ({
  name,
  loc: { file: 'mc.yaml', line: 1 },
  labels: { [ROLE_LABEL]: role },
  origin: 'repo',
  ignitionVersion: '3.2.0',
  files,
  units: [],
  passwd: '',
  fields,
  irreconcilable: [],
  problems: [],
  locOf: () => ({ file: 'mc.yaml', line: 2 })
});

describe('MergeMachineConfigs order', () => {
  const configs = [
    mc('99-worker-generated-registries', 'worker'),
    mc('50-infra-registries', 'infra'),
    mc('00-worker', 'worker')
  ];
  it('up to 4.14: every config by name', () => {
    expect(mergeOrder(configs, v('4.14')).map((c) => c.name)).toEqual([
      '00-worker',
      '50-infra-registries',
      '99-worker-generated-registries'
    ]);
  });
  it('from 4.15: worker-labelled configs first, then the pool’s own', () => {
    expect(mergeOrder(configs, v('4.15')).map((c) => c.name)).toEqual([
      '00-worker',
      '99-worker-generated-registries',
      '50-infra-registries'
    ]);
  });
});

describe('renderPool', () => {
  const gz = `data:;base64,${gzipSync('a = 1\n').toString('base64')}`;

  it('a later file without contents keeps the earlier contents (field-wise merge)', () => {
    const r = renderPool(
      [mc('10-a', 'worker', [file('/etc/x', 'data:,first')]), mc('20-b', 'worker', [file('/etc/x')])],
      v('4.20')
    );
    expect(r.files.get('/etc/x')).toMatchObject({ content: 'first', writers: ['10-a', '20-b'] });
    expect(r.files.get('/etc/x')!.writer.name).toBe('10-a');
    expect(r.files.get('/etc/x')!.entry.overwrite).toBe(true);
  });

  it('before 4.20 a later file without compression inherits gzip and cannot be decoded', () => {
    const configs = [
      mc('50-a', 'worker', [file('/etc/x', gz, 'gzip')]),
      mc('60-b', 'worker', [file('/etc/x', 'data:,plain')])
    ];
    expect(renderPool(configs, v('4.19')).files.get('/etc/x')!.problem).toMatch(/^failed decompressing/);
    expect(renderPool(configs, v('4.20')).files.get('/etc/x')!.content).toBe('plain');
  });

  it('concatenates kernel arguments and keeps the last osImageURL', () => {
    const r = renderPool(
      [
        mc('10-a', 'worker', [], { kernelArguments: '["a=1"]', osImageURL: '"x"' }),
        mc('20-b', 'worker', [], { kernelArguments: '["b=2"]', osImageURL: '"y"' })
      ],
      v('4.20')
    );
    expect(r.fields).toEqual({ kernelArguments: '["a=1","b=2"]', osImageURL: '"y"' });
  });

  it('takes primed bytes for a data URL of its own making, within the same budget and per-file limit', () => {
    const url = `data:text/plain;charset=utf-8;base64,${Buffer.from('12345678').toString('base64')}`;
    const primed = new ContentDecoder(10);
    primed.prime(url, Buffer.from('12345678'));
    expect(primed.decode(url, undefined)).toEqual(new ContentDecoder(10).decode(url, undefined));
    // Primed contents count against the budget as decoded ones do.
    expect(primed.decode('data:,abc', undefined)).toEqual({
      error: "registry-plan's decoding budget of 10 bytes for one side is exhausted"
    });
    // Over the budget nothing is primed: decode gives the refusal it always gave.
    const small = new ContentDecoder(4);
    small.prime(url, Buffer.from('12345678'));
    expect(small.decode(url, undefined)).toEqual(new ContentDecoder(4).decode(url, undefined));
    expect(small.decode(url, undefined)).toHaveProperty('error');
  });

  it('decodes each source once and stops at the side budget', () => {
    const d = new ContentDecoder(10);
    expect(d.decode('data:,12345678', undefined)).toEqual({ bytes: Buffer.from('12345678') });
    expect(d.decode('data:,12345678', undefined)).toEqual({ bytes: Buffer.from('12345678') });
    expect(d.decode('data:,abcdefgh', undefined)).toEqual({
      error: "registry-plan's decoding budget of 10 bytes for one side is exhausted"
    });
  });
});

describe('sameEntry', () => {
  // The daemon compares whole entries; JSON of every field (unset as null) is the reference.
  const key = (e: IgnitionFile): string =>
    JSON.stringify([e.source ?? null, e.compression ?? null, e.mode ?? null, e.overwrite ?? null, e.append, e.extra]);
  const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
  const entry: fc.Arbitrary<IgnitionFile> = fc.record({
    path: fc.constant('/etc/x'),
    at: fc.constant(['storage', 'files', 0]),
    source: maybe(fc.constantFrom('data:,a', 'data:,b', 'data:,\ud800')),
    compression: maybe(fc.constantFrom('', 'gzip')),
    mode: maybe(fc.constantFrom(420, 0, -0, NaN, Infinity, 420.5)),
    overwrite: maybe(fc.boolean()),
    append: fc.boolean(),
    extra: fc.constantFrom(JSON.stringify([null, null, null]), '[1]')
  }) as fc.Arbitrary<IgnitionFile>;

  it('agrees with comparing every field as JSON', () => {
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        expect(sameEntry(a, b)).toBe(key(a) === key(b));
      }),
      { numRuns: 2000 }
    );
  });
});
