import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';
import { mayHoldNodeConfig } from '../../src/load/prefilter.js';
import { buildModel } from '../../src/model/extract.js';

const model = (text: string) => buildModel(parseManifests('m.yaml', text, DEFAULT_LIMITS).docs);

describe('MachineConfig, ContainerRuntimeConfig and pool selectors in the model', () => {
  const MC = `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfig
metadata:
  name: 99-worker-cache
  labels: {machineconfiguration.openshift.io/role: worker}
spec:
  kernelArguments: [nosmt]
  config:
    ignition: {version: 3.2.0}
    storage:
      files:
      - path: /etc/containers/registries.conf.d/50-cache.conf
        mode: 420
        contents: {source: "data:,x"}
`;

  it('reads files, labels and fields, and the prefilter lets the file through', () => {
    expect(mayHoldNodeConfig(MC)).toBe(true);
    const m = model(MC);
    expect(m.findings).toEqual([]);
    const mc = m.machineConfigs[0]!;
    expect(mc).toMatchObject({ name: '99-worker-cache', origin: 'repo', ignitionVersion: '3.2.0' });
    expect(mc.labels).toEqual({ 'machineconfiguration.openshift.io/role': 'worker' });
    expect(mc.files.map((f) => [f.path, f.mode, f.source])).toEqual([
      ['/etc/containers/registries.conf.d/50-cache.conf', 420, 'data:,x']
    ]);
    expect(mc.locOf(mc.files[0]!.at).line).toBe(12);
    expect(mc.fields).toEqual({ kernelArguments: '["nosmt"]' });
  });

  it('ignores the kind under another group, and reports a duplicate', () => {
    expect(model(MC.replace('machineconfiguration.openshift.io/v1', 'example.com/v1')).machineConfigs).toEqual([]);
    const m = model(`${MC}---\n${MC}`);
    expect(m.machineConfigs).toHaveLength(1);
    expect(m.findings.map((f) => f.rule)).toEqual(['duplicate-object']);
  });

  it('keeps Ignition problems on the object with the line of the field', () => {
    const m = model(MC.replace('data:,x', 'data:;base64,%%'));
    const p = m.machineConfigs[0]!.problems[0]!;
    expect(p).toMatchObject({ rule: 'machineconfig-invalid', file: 'm.yaml', line: 14 });
    expect(p.message).toMatch(/data URL: invalid data character/);
  });

  it('ContainerRuntimeConfig: valid fields, and a refused one marks the object invalid with its line', () => {
    const m = model(`apiVersion: machineconfiguration.openshift.io/v1
kind: ContainerRuntimeConfig
metadata: {name: crc}
spec:
  machineConfigPoolSelector:
    matchLabels: {pools.operator.machineconfiguration.openshift.io/worker: ""}
  containerRuntimeConfig:
    pidsLimit: 10
    logLevel: debug
`);
    const crc = m.containerRuntimeConfigs[0]!;
    expect(crc).toMatchObject({ name: 'crc', logLevel: 'debug', invalid: true });
    expect(crc.poolSelector?.matchLabels).toEqual({ 'pools.operator.machineconfiguration.openshift.io/worker': '' });
    expect(m.findings.map((f) => [f.rule, f.line])).toEqual([['containerruntimeconfig-invalid', 8]]);
  });

  it('pools: labels and selector; a custom pool without one or with an empty one is a finding', () => {
    const pool = (name: string, selector: string) => `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata:
  name: ${name}
  labels: {custom: "yes"}
spec:
${selector}`;
    const m = model(
      [
        pool(
          'infra',
          '  machineConfigSelector:\n    matchExpressions: [{key: machineconfiguration.openshift.io/role, operator: In, values: [worker, infra]}]\n'
        ),
        pool('nosel', '  paused: false\n'),
        pool('empty', '  machineConfigSelector: {}\n'),
        pool('worker', '  maxUnavailable: 2\n')
      ].join('---\n')
    );
    expect(m.pools.map((p) => [p.name, p.labels, p.machineConfigSelector?.matchExpressions.length])).toEqual([
      ['infra', { custom: 'yes' }, 1],
      ['nosel', { custom: 'yes' }, undefined],
      ['empty', { custom: 'yes' }, undefined],
      ['worker', { custom: 'yes' }, undefined]
    ]);
    expect(m.findings.map((f) => f.rule)).toEqual(['pool-invalid', 'pool-invalid']);
  });
});
