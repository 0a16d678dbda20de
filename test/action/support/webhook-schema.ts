/**
 * Validates an event payload against the webhook schema of GitHub's OpenAPI description. The stand-in's
 * validator (github-standin/openapi.ts) cannot compile some webhook schemas: OpenAPI 3.0 writes
 * `nullable: true` beside `allOf`/`anyOf` without a `type`, which ajv refuses. Here such a node becomes
 * `anyOf: [node, {type: null}]`, which is what it means.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

let schemas: Record<string, Json> | undefined;
const compiled = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });

function componentSchemas(): Record<string, Json> {
  if (!schemas) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    schemas = (JSON.parse(readFileSync(file, 'utf8')) as { components: { schemas: Record<string, Json> } }).components.schemas;
  }
  return schemas;
}

/** Only the definitions reachable from `name`, references made local, nullable made JSON Schema. */
function selfContained(name: string): Json {
  const all = componentSchemas();
  const definitions: Record<string, unknown> = {};
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const target = v.slice('#/components/schemas/'.length);
        if (!(target in definitions)) {
          definitions[target] = {};
          definitions[target] = walk(all[target]);
        }
        out[k] = `#/definitions/${target}`;
      } else if (k !== 'example' && k !== 'examples' && !k.startsWith('x-')) {
        out[k] = walk(v);
      }
    }
    if (out['nullable'] === true && out['type'] === undefined) {
      delete out['nullable'];
      return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  };
  const root = walk({ $ref: `#/components/schemas/${name}` }) as Json;
  return { ...root, definitions };
}

export function validateWebhook(name: string, data: unknown): string[] {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(selfContained(name));
    compiled.set(name, validate);
  }
  if (validate(data)) return [];
  return [`${name}: ${(validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`];
}
