/**
 * How many Windows nodes a repository declares (windows-wmco.md §5): Machine-backed nodes from Windows
 * MachineSets and BYOH instances from the `windows-instances` ConfigMap, whose values WMCO's wiparser
 * reads as `username=<name>`.
 */
import type { ClusterModel, ConfigMapObject, Finding, Loc, WindowsInstance } from '../../model/types.js';

export const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';
export const WINDOWS_INSTANCES_CONFIGMAP = 'windows-instances';
export const RULE_BYOH_MALFORMED = 'windows-instances-malformed';

export interface WindowsInventory {
  machineNodes: number;
  byohNodes: number;
  total: number;
  findings: Finding[];
}

export function isWindowsInstancesConfigMap(cm: { name: string; namespace: string }): boolean {
  return cm.name === WINDOWS_INSTANCES_CONFIGMAP && cm.namespace === WMCO_NAMESPACE;
}

const OBJECT = `ConfigMap/${WINDOWS_INSTANCES_CONFIGMAP}`;

function finding(severity: Finding['severity'], message: string, loc: Loc): Finding {
  return { rule: RULE_BYOH_MALFORMED, severity, message, file: loc.file, line: loc.line, object: OBJECT };
}

/** IPv4 dotted quad, or something that can be a DNS name; wiparser resolves it with ResolveIPAddr("ip4"). */
function plausibleAddress(address: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return address.split('.').every((o) => Number(o) <= 255);
  return /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(address);
}

/**
 * wiparser `extractUsername`: split on the first "="; the left side must be exactly "username". A bad
 * value makes WMCO reject the whole ConfigMap, so no BYOH instance is (re)configured.
 */
export function checkInstance(address: string, value: string, loc: Loc): { username?: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const eq = value.indexOf('=');
  if (eq < 0 || value.slice(0, eq) !== 'username') {
    findings.push(
      finding(
        'error',
        `The value for Windows instance ${address} is not in the form "username=<name>". WMCO fails to parse ` +
          `the ${WINDOWS_INSTANCES_CONFIGMAP} ConfigMap ("unable to get username for ${address}") and configures ` +
          `none of its BYOH instances. Write it as "username=Administrator" (a plain scalar or "|-").`,
        loc
      )
    );
    return { findings };
  }
  const username = value.slice(eq + 1);
  if (username.trim() === '') {
    findings.push(
      finding(
        'error',
        `The value for Windows instance ${address} has an empty user name: WMCO cannot log in to the instance over SSH, ` +
          'so it never becomes a node. Write "username=<Windows user>".',
        loc
      )
    );
  } else if (username !== username.trim()) {
    findings.push(
      finding(
        'warning',
        `The user name for Windows instance ${address} ends or starts with whitespace (often the newline a "|" block ` +
          `scalar keeps): WMCO uses it verbatim (${JSON.stringify(username)}) and the SSH login fails. Use "|-" or a ` +
          'plain scalar.',
        loc
      )
    );
  }
  if (!plausibleAddress(address)) {
    findings.push(
      finding(
        'error',
        `The key "${address}" of the ${WINDOWS_INSTANCES_CONFIGMAP} ConfigMap is neither an IPv4 address nor a DNS ` +
          'name: WMCO resolves each key as an IPv4 address and rejects the ConfigMap when that fails. Use the ' +
          "instance's IPv4 address or DNS name.",
        loc
      )
    );
  }
  return { username, findings };
}

/** The model's BYOH instance list from a ConfigMap, with the same checks windowsInventory applies. */
export function parseWindowsInstances(cm: ConfigMapObject): { instances: WindowsInstance[]; findings: Finding[] } {
  const instances: WindowsInstance[] = [];
  const findings: Finding[] = [];
  for (const [address, value] of Object.entries(cm.data)) {
    const loc = cm.keyLocs[address] ?? cm.loc;
    const checked = checkInstance(address, value, loc);
    findings.push(...checked.findings);
    instances.push({ address, value, loc });
  }
  return { instances, findings };
}

export function windowsInventory(model: ClusterModel): WindowsInventory {
  const machineNodes = model.machineSets.filter((ms) => ms.windows).reduce((n, ms) => n + Math.max(0, ms.replicas), 0);
  const instances = model.windowsInstances?.instances ?? [];
  const findings: Finding[] = [];
  for (const inst of instances) findings.push(...checkInstance(inst.address, inst.value, inst.loc).findings);
  const byohNodes = instances.length;
  return { machineNodes, byohNodes, total: machineNodes + byohNodes, findings };
}
