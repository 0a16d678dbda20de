// Windows node inventory: Machine-backed nodes from Windows MachineSets, BYOH nodes from windows-instances.
import { describe, expect, it } from '@jest/globals';
import { emptyModel, type ConfigMapObject, type MachineSetObject } from '../../../src/model/types.js';
import { parseWindowsInstances, windowsInventory } from '../../../src/render/windows/index.js';

const ms = (name: string, replicas: number, windows: boolean): MachineSetObject => ({
  name,
  namespace: 'openshift-machine-api',
  loc: { file: 'machinesets.yaml', line: 1 },
  replicas,
  windows
});

function byoh(data: Record<string, string>): ConfigMapObject {
  const keyLocs: ConfigMapObject['keyLocs'] = {};
  Object.keys(data).forEach((k, i) => (keyLocs[k] = { file: 'windows-instances.yaml', line: 7 + i }));
  return {
    name: 'windows-instances',
    namespace: 'openshift-windows-machine-config-operator',
    loc: { file: 'windows-instances.yaml', line: 1 },
    data,
    binaryData: {},
    keyLocs
  };
}

describe('windowsInventory', () => {
  it('sums replicas of Windows MachineSets only', () => {
    const model = emptyModel();
    model.machineSets.push(ms('win-a', 2, true), ms('win-b', 3, true), ms('linux', 6, false));
    expect(windowsInventory(model)).toEqual({ machineNodes: 5, byohNodes: 0, total: 5, findings: [] });
  });

  it('counts one BYOH node per key', () => {
    const model = emptyModel();
    model.windowsInstances = {
      loc: { file: 'cm.yaml', line: 1 },
      instances: parseWindowsInstances(
        byoh({ '10.1.42.1': 'username=Administrator', 'instance.example.com': 'username=core' })
      ).instances
    };
    model.machineSets.push(ms('win', 1, true));
    expect(windowsInventory(model)).toEqual({ machineNodes: 1, byohNodes: 2, total: 3, findings: [] });
  });

  it('is zero for a Linux-only cluster', () => {
    const model = emptyModel();
    model.machineSets.push(ms('linux', 3, false));
    expect(windowsInventory(model).total).toBe(0);
  });
});

describe('BYOH values', () => {
  const check = (data: Record<string, string>) => {
    const model = emptyModel();
    model.windowsInstances = {
      loc: { file: 'windows-instances.yaml', line: 1 },
      instances: parseWindowsInstances(byoh(data)).instances
    };
    return windowsInventory(model).findings;
  };

  it('reports a value not of the form username=<name> as an error at its line', () => {
    const fs = check({ '10.0.0.1': 'username=Administrator', '10.0.0.2': 'user=core' });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: 'windows-instances-malformed',
      severity: 'error',
      file: 'windows-instances.yaml',
      line: 8
    });
    expect(fs[0]!.message).toContain('unable to get username for 10.0.0.2');
  });

  it('reports a value without "=" and an empty user name', () => {
    expect(check({ '10.0.0.1': 'Administrator' }).map((f) => f.severity)).toEqual(['error']);
    expect(check({ '10.0.0.1': 'username=' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('warns about the newline a "|" block scalar leaves in the user name', () => {
    const fs = check({ 'win.example.com': 'username=Administrator\n' });
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0]!.message).toContain('"|-"');
  });

  it('reports a key that is neither IPv4 nor a DNS name', () => {
    expect(check({ 'fe80::1': 'username=Administrator' }).map((f) => f.severity)).toEqual(['error']);
    expect(check({ '10.0.0.300': 'username=Administrator' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('accepts well-formed entries (a user name may contain "=")', () => {
    expect(check({ '10.1.42.1': 'username=Administrator', 'instance.example.com': 'username=a=b' })).toEqual([]);
  });

  it('parseWindowsInstances reports the same findings the inventory does', () => {
    const parsed = parseWindowsInstances(byoh({ '10.0.0.2': 'user=core' }));
    expect(parsed.instances).toEqual([
      { address: '10.0.0.2', value: 'user=core', loc: { file: 'windows-instances.yaml', line: 7 } }
    ]);
    expect(parsed.findings.map((f) => f.rule)).toEqual(['windows-instances-malformed']);
  });
});
