/**
 * JSON Schema of the configuration file. The published copy, schema/registry-plan.schema.json, is
 * generated from this object (`npm run schema`) and a test fails when the two differ.
 */
export const CONFIG_SCHEMA = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/registry-plan/registry-plan/schema/registry-plan.schema.json",
  "title": "registry-plan configuration (.github/registry-plan.yaml)",
  "type": "object",
  "additionalProperties": false,
  "definitions": {
    "ocpVersion": {
      "type": "string",
      "pattern": "^4\\.[0-9]+$",
      "description": "OpenShift minor version, e.g. \"4.19\""
    },
    "wmcoVersion": {
      "type": "string",
      "pattern": "^v?[0-9]+\\.[0-9]+\\.[0-9]+$",
      "description": "Windows Machine Config Operator version, e.g. \"10.19.0\""
    },
    "timing": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "drainMinutes": {
          "type": "number",
          "minimum": 0,
          "description": "Minutes to cordon and drain one node (default 5)"
        },
        "rebootMinutes": {
          "type": "number",
          "minimum": 0,
          "description": "Minutes for one node to reboot and rejoin (default 8)"
        },
        "crioReloadSeconds": {
          "type": "number",
          "minimum": 0,
          "description": "Seconds to write files and reload CRI-O on one node (default 15)"
        },
        "windowsNodeSeconds": {
          "type": "number",
          "minimum": 0,
          "description": "Seconds WMCO spends on one Windows node per pass (default 15)"
        }
      }
    },
    "globs": {
      "type": "array",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "pools": {
      "type": "object",
      "description": "Node counts per MachineConfigPool where the nodes are not in Git",
      "additionalProperties": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "nodes"
        ],
        "properties": {
          "nodes": {
            "type": "integer",
            "minimum": 0
          }
        }
      }
    },
    "windows": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "nodes"
      ],
      "properties": {
        "nodes": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "policy": {
      "type": "object",
      "description": "The team's rules (see README, Policy)"
    },
    "cluster": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$"
        },
        "kustomize": {
          "type": "string",
          "minLength": 1
        },
        "paths": {
          "$ref": "#/definitions/globs"
        },
        "openshiftVersion": {
          "$ref": "#/definitions/ocpVersion"
        },
        "wmcoVersion": {
          "$ref": "#/definitions/wmcoVersion"
        },
        "releaseImage": {
          "type": "string",
          "minLength": 1
        },
        "pools": {
          "$ref": "#/definitions/pools"
        },
        "windows": {
          "$ref": "#/definitions/windows"
        },
        "timing": {
          "$ref": "#/definitions/timing"
        },
        "policy": {
          "$ref": "#/definitions/policy"
        }
      }
    }
  },
  "properties": {
    "openshiftVersion": {
      "$ref": "#/definitions/ocpVersion"
    },
    "wmcoVersion": {
      "$ref": "#/definitions/wmcoVersion"
    },
    "releaseImage": {
      "type": "string",
      "minLength": 1
    },
    "failOn": {
      "enum": [
        "error",
        "warning",
        "never"
      ]
    },
    "timing": {
      "$ref": "#/definitions/timing"
    },
    "paths": {
      "$ref": "#/definitions/globs",
      "description": "Globs of files to scan (default: every YAML/JSON file)"
    },
    "exclude": {
      "$ref": "#/definitions/globs"
    },
    "pools": {
      "$ref": "#/definitions/pools"
    },
    "windows": {
      "$ref": "#/definitions/windows"
    },
    "limits": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "maxFileBytes": {
          "type": "integer",
          "minimum": 1024
        },
        "maxAliasCount": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "clusters": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/cluster"
      }
    },
    "policy": {
      "$ref": "#/definitions/policy"
    },
    "waivers": {
      "type": "array"
    }
  }
} as const;
