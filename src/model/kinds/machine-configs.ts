/** MachineConfigs and ContainerRuntimeConfigs of the repository: the files they put on a pool's nodes. */
import { readContainerRuntimeConfig, readMachineConfig } from '../machine-configs.js';
import type { KindTable } from '../reader.js';

const MCO_GROUP = 'machineconfiguration.openshift.io';

export const machineConfigKinds: KindTable = {
  MachineConfig: (r, ctx) => {
    if (ctx.group !== MCO_GROUP || ctx.isDuplicate(r)) return;
    ctx.model.machineConfigs.push(readMachineConfig(r.doc));
  },
  ContainerRuntimeConfig: (r, ctx) => {
    if (ctx.group !== MCO_GROUP || ctx.isDuplicate(r)) return;
    ctx.model.containerRuntimeConfigs.push(readContainerRuntimeConfig(r.doc, ctx.model.findings));
  }
};
