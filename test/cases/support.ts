// Builds the MachineConfig half of one cluster side from manifest text, the way the pipeline does.
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';
import { buildModel } from '../../src/model/extract.js';
import type { Finding } from '../../src/model/types.js';
import type { OcpVersion } from '../../src/model/version.js';
import { evaluateMachineConfigs, type EvaluatedSide } from '../../src/plan/pool-impact.js';
import { renderLinux } from '../../src/render/linux/index.js';
import { poolSpecs } from '../../src/render/linux/pool-files.js';

export interface BuiltSide {
  evaluated: EvaluatedSide;
  inputFindings: Finding[];
  model: ReturnType<typeof buildModel>;
}

export function buildSide(text: string, version: OcpVersion, file = 'cluster.yaml'): BuiltSide {
  const parsed = parseManifests(file, text, DEFAULT_LIMITS);
  const model = buildModel(parsed.docs);
  const inputFindings: Finding[] = [...parsed.problems, ...model.findings];
  const linux = renderLinux(model, { version, releaseImage: '' });
  const registriesFiles = linux.files
    .filter((f) => f.origin === 'generated' && !f.path.startsWith('/etc/docker/certs.d/'))
    .map((f) => ({ path: f.path, content: f.content }));
  const ca = model.image?.additionalTrustedCA ? model.openshiftConfigMaps[model.image.additionalTrustedCA] : undefined;
  const evaluated = evaluateMachineConfigs(
    {
      pools: poolSpecs(model.pools),
      registriesFiles,
      machineConfigs: model.machineConfigs,
      containerRuntimeConfigs: model.containerRuntimeConfigs,
      trustedCAKeys: ca ? [...Object.keys(ca.data), ...Object.keys(ca.binaryData)] : []
    },
    version
  );
  return { evaluated, inputFindings, model };
}
