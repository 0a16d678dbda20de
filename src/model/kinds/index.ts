/**
 * Every manifest kind the model reads, by kind name: one module per kind (or family of kinds) in this
 * folder, one line here. buildModel (model/extract.ts) dispatches each manifest through this table; a kind
 * not listed is not node configuration and is ignored. A new kind: see CONTRIBUTING.md.
 */
import type { KindTable } from '../reader.js';
import { clusterVersionKinds } from './cluster-version.js';
import { configMapKinds } from './config-maps.js';
import { imageConfigKinds } from './image-config.js';
import { imagePolicyKinds } from './image-policies.js';
import { machineConfigPoolKinds } from './machine-config-pool.js';
import { machineConfigurationKinds } from './machine-configuration.js';
import { machineSetKinds } from './machine-set.js';
import { mirrorSetKinds } from './mirror-sets.js';
import { pullSecretKinds } from './pull-secret.js';

export const KINDS: KindTable = {
  ...mirrorSetKinds,
  ...imageConfigKinds,
  ...imagePolicyKinds,
  ...configMapKinds,
  ...pullSecretKinds,
  ...machineConfigPoolKinds,
  ...machineSetKinds,
  ...machineConfigurationKinds,
  ...clusterVersionKinds
};
