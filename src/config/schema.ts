import { RULE_CATALOG } from '../model/rule-catalog.js';

/**
 * JSON Schema of the configuration file. The published copy, schema/registry-plan.schema.json, is
 * written from this object by test/policy/schema.test.ts (run it with UPDATE_SCHEMA=1), which fails
 * whenever the two differ.
 */

const severityOverride = {
  enum: ['error', 'warning', 'notice', 'off']
} as const;

/** One key per rule id, so an unknown id is an "unknown key" error with its line, and editors complete them. */
const severityProperties = Object.fromEntries(
  RULE_CATALOG.map((r) => [r.id, { ...severityOverride, description: `${r.summary} (default ${r.severity})` }])
);

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/registry-plan/registry-plan/schema/registry-plan.schema.json',
  title: 'registry-plan configuration (.github/registry-plan.yaml)',
  type: 'object',
  additionalProperties: false,
  definitions: {
    ocpVersion: {
      type: 'string',
      pattern: '^4\\.[0-9]+$',
      description: 'OpenShift minor version, e.g. "4.19"'
    },
    wmcoVersion: {
      type: 'string',
      pattern: '^v?[0-9]+\\.[0-9]+\\.[0-9]+$',
      description: 'Windows Machine Config Operator version, e.g. "10.19.0"'
    },
    timing: {
      type: 'object',
      additionalProperties: false,
      properties: {
        drainMinutes: {
          type: 'number',
          minimum: 0,
          description: 'Minutes to cordon and drain one node (default 5)'
        },
        rebootMinutes: {
          type: 'number',
          minimum: 0,
          description: 'Minutes for one node to reboot and rejoin (default 8)'
        },
        crioReloadSeconds: {
          type: 'number',
          minimum: 0,
          description: 'Seconds to write files and reload CRI-O on one node (default 15)'
        },
        windowsNodeSeconds: {
          type: 'number',
          minimum: 0,
          description: 'Seconds WMCO spends on one Windows node per pass (default 15)'
        }
      }
    },
    globs: {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1
      }
    },
    pools: {
      type: 'object',
      description: 'Node counts per MachineConfigPool where the nodes are not in Git',
      additionalProperties: {
        $ref: '#/definitions/nodeCount'
      }
    },
    nodeCount: {
      type: 'object',
      additionalProperties: false,
      required: ['nodes'],
      properties: {
        nodes: {
          type: 'integer',
          minimum: 0
        }
      }
    },
    windows: {
      $ref: '#/definitions/nodeCount'
    },
    switchLimit: {
      description:
        'true (always), false (never), or {paths: [globs]}: only when the change touches files under those paths',
      oneOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['paths'],
          properties: { paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } }
        }
      ]
    },
    numberLimit: {
      description:
        'a number (always), or {value, paths: [globs]}: only when the change touches files under those paths',
      oneOf: [
        { type: 'number', minimum: 0 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'paths'],
          properties: {
            value: { type: 'number', minimum: 0 },
            paths: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }
          }
        }
      ]
    },
    policy: {
      type: 'object',
      description: "The team's rules (docs/rules.md, Policy file)",
      additionalProperties: false,
      properties: {
        allowedMirrorHosts: {
          $ref: '#/definitions/globs',
          description:
            'Globs over mirror hosts (host or host:port); a mirror elsewhere is a finding (mirror-host-not-allowed)'
        },
        forbiddenHosts: {
          $ref: '#/definitions/globs',
          description: 'Globs over hosts no mirror, allowed, insecure or search registry may name (forbidden-host)'
        },
        signedMirrors: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Mirror scopes known to carry the sigstore signatures of what they mirror (signature-mirror-unsigned)'
        },
        requireNeverContactSource: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Registry scopes nodes must only pull through mirrors (never-contact-source-required)'
        },
        noInsecureRegistries: {
          type: 'boolean',
          description: 'insecureRegistries is forbidden (insecure-registry-forbidden)'
        },
        noITMS: { type: 'boolean', description: 'ImageTagMirrorSet is forbidden (itms-forbidden)' },
        noICSP: { type: 'boolean', description: 'ImageContentSourcePolicy is forbidden (icsp-forbidden)' },
        workloadsMustStayPullable: {
          type: 'boolean',
          description:
            'workload-unpullable is always an error, and also covers workloads that were already unpullable before the change'
        },
        allowAnnotationWaivers: {
          type: 'boolean',
          description: 'Accept registry-plan.io/waive annotations on objects (default true)'
        },
        disconnected: {
          type: 'boolean',
          description:
            'The cluster reaches no source registry: with --check-pulls, an image no mirror holds is an error (image-not-mirrored)'
        },
        disruption: {
          type: 'object',
          additionalProperties: false,
          properties: {
            noReboot: { $ref: '#/definitions/switchLimit' },
            noDrain: { $ref: '#/definitions/switchLimit' },
            maxRolloutMinutes: { $ref: '#/definitions/numberLimit' },
            maxRebootedNodes: { $ref: '#/definitions/numberLimit' }
          }
        },
        severities: {
          type: 'object',
          description: 'Severity per rule id: error, warning, notice, or off',
          additionalProperties: false,
          properties: severityProperties
        }
      }
    },
    waiver: {
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'reason', 'owner', 'expires'],
      properties: {
        rule: { type: 'string', minLength: 1, description: 'The rule id the waiver covers' },
        object: {
          type: 'string',
          minLength: 1,
          description: 'kind/name of the object (glob), e.g. ImageDigestMirrorSet/vendor-*'
        },
        path: { type: 'string', minLength: 1, description: "Glob over the repository path of the finding's file" },
        reason: { type: 'string', minLength: 1 },
        owner: { type: 'string', minLength: 1 },
        expires: {
          type: 'string',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          description: 'YYYY-MM-DD; the waiver holds through that day'
        },
        cluster: { type: 'string', minLength: 1, description: 'Only for this cluster of clusters[]' }
      }
    },
    cluster: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$'
        },
        kustomize: {
          type: 'string',
          minLength: 1
        },
        paths: {
          $ref: '#/definitions/globs'
        },
        openshiftVersion: {
          $ref: '#/definitions/ocpVersion'
        },
        wmcoVersion: {
          $ref: '#/definitions/wmcoVersion'
        },
        releaseImage: {
          type: 'string',
          minLength: 1
        },
        pools: {
          $ref: '#/definitions/pools'
        },
        windows: {
          $ref: '#/definitions/windows'
        },
        timing: {
          $ref: '#/definitions/timing'
        },
        policy: {
          $ref: '#/definitions/policy'
        }
      }
    }
  },
  properties: {
    openshiftVersion: {
      $ref: '#/definitions/ocpVersion'
    },
    wmcoVersion: {
      $ref: '#/definitions/wmcoVersion'
    },
    releaseImage: {
      type: 'string',
      minLength: 1
    },
    failOn: {
      enum: ['error', 'warning', 'never']
    },
    timing: {
      $ref: '#/definitions/timing'
    },
    paths: {
      $ref: '#/definitions/globs',
      description: 'Globs of files to scan (default: every YAML/JSON file)'
    },
    exclude: {
      $ref: '#/definitions/globs'
    },
    pools: {
      $ref: '#/definitions/pools'
    },
    windows: {
      $ref: '#/definitions/windows'
    },
    allowGateChanges: {
      type: 'boolean',
      description:
        'Read from the base commit: pull requests may loosen failOn, paths, excludes, waivers, policy and limits (reported as a notice)'
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxFileBytes: {
          type: 'integer',
          minimum: 1024
        },
        maxAliasCount: {
          type: 'integer',
          minimum: 0
        },
        maxTotalBytes: {
          type: 'integer',
          minimum: 1024,
          description: 'Bytes of node configuration parsed per side, over all files (default 8 MiB)'
        },
        maxTotalObjects: {
          type: 'integer',
          minimum: 1,
          description: 'Kubernetes objects of node configuration per side, over all files (default 20000)'
        }
      }
    },
    clusters: {
      type: 'array',
      items: {
        $ref: '#/definitions/cluster'
      }
    },
    policy: {
      $ref: '#/definitions/policy'
    },
    waivers: {
      type: 'array',
      items: {
        $ref: '#/definitions/waiver'
      }
    }
  }
} as const;
