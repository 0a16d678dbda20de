/**
 * GitHub's own OpenAPI description (@octokit/openapi) as the referee for the stand-in: every request the
 * code under test sends must be an operation GitHub has, with parameters and a body GitHub accepts, and
 * every response the stand-in sends must match what GitHub documents. The description is 13 MB, so it
 * is parsed once per process and only the operations actually hit are compiled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

interface Spec {
  paths: Record<string, Record<string, Json>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Json>;
    responses: Record<string, Json>;
    examples: Record<string, { value: unknown }>;
  };
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  methods: Record<string, Json>;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  method: string;
  pathParams: Record<string, string>;
  operation: Json;
}

let cached: { spec: Spec; routes: Route[] } | undefined;

function load(): { spec: Spec; routes: Route[] } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const routes: Route[] = Object.entries(spec.paths).map(([template, item]) => {
    const names: string[] = [];
    const segments = template.split('/');
    const pattern = segments
      .map((seg) =>
        seg.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
          if (name) {
            names.push(name);
            return '([^/]+)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
      )
      .join('/');
    const methods: Record<string, Json> = {};
    for (const [m, op] of Object.entries(item)) {
      if (['get', 'put', 'post', 'patch', 'delete', 'head', 'options'].includes(m)) methods[m.toUpperCase()] = op;
    }
    return {
      template,
      regex: new RegExp(`^${pattern}$`),
      names,
      literalSegments: segments.filter((s) => !s.includes('{')).length,
      methods
    };
  });
  // Literal segments win over parameters (/issues/comments/{id} before /issues/{issue_number}/...).
  routes.sort((a, b) => b.literalSegments - a.literalSegments);
  cached = { spec, routes };
  return cached;
}

/** null: GitHub has no such path; 'method': the path exists but not with this method. */
export function matchOperation(method: string, pathname: string): MatchedOperation | 'no-path' | 'no-method' {
  const { routes } = load();
  let pathSeen = false;
  for (const route of routes) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    pathSeen = true;
    const op = route.methods[method.toUpperCase()];
    if (!op) continue;
    const pathParams: Record<string, string> = {};
    route.names.forEach((n, i) => (pathParams[n] = decodeURIComponent(m[i + 1]!)));
    return {
      operationId: String(op['operationId']),
      template: route.template,
      method: method.toUpperCase(),
      pathParams,
      operation: op
    };
  }
  return pathSeen ? 'no-method' : 'no-path';
}

function resolveRef<T>(value: unknown): T {
  const { spec } = load();
  const ref = (value as { $ref?: string })?.$ref;
  if (!ref) return value as T;
  const [, , section, name] = ref.split('/');
  return (spec.components as unknown as Record<string, Record<string, unknown>>)[section!]![name!] as T;
}

/**
 * A self-contained JSON Schema: component references become local definitions, only the ones reachable
 * from `schema` (the full set would make ajv compile thousands of schemas).
 */
function selfContained(schema: unknown): Json {
  const { spec } = load();
  const definitions: Record<string, unknown> = {};
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const name = v.slice('#/components/schemas/'.length);
        if (!(name in definitions)) {
          definitions[name] = {};
          definitions[name] = walk(spec.components.schemas[name]);
        }
        out[k] = `#/definitions/${name}`;
      } else if (k === 'example' || k === 'examples' || k.startsWith('x-')) {
        continue;
      } else {
        out[k] = walk(v);
      }
    }
    // OpenAPI 3.0 writes `nullable: true` beside allOf/anyOf without a type, which ajv refuses; it means
    // "this, or null".
    if (out['nullable'] === true && out['type'] === undefined) {
      delete out['nullable'];
      return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  };
  const root = walk(schema) as Json;
  return { ...root, definitions };
}

function makeAjv(coerce: boolean): Ajv {
  // strict:false because OpenAPI 3.0 schemas carry keywords JSON Schema does not know (nullable is known
  // to ajv; deprecated, readOnly, format int64 and others are not).
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: coerce });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
  return ajv;
}

const bodyAjv = makeAjv(false);
const paramAjv = makeAjv(true);
const compiled = new Map<string, ValidateFunction | null>();

function compileOnce(key: string, build: () => Json | null, ajv: Ajv): ValidateFunction | null {
  if (!compiled.has(key)) {
    const schema = build();
    compiled.set(key, schema ? ajv.compile(schema) : null);
  }
  return compiled.get(key)!;
}

function formatErrors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
}

function parameters(op: MatchedOperation, where: 'path' | 'query'): Parameter[] {
  return ((op.operation['parameters'] as unknown[]) ?? [])
    .map((p) => resolveRef<Parameter>(p))
    .filter((p) => p.in === where);
}

/** Problems with the request's path parameters, query string and JSON body; empty when GitHub would accept it. */
export function validateRequest(
  op: MatchedOperation,
  query: URLSearchParams,
  body: string,
  contentType: string | undefined
): string[] {
  const problems: string[] = [];
  const label = `${op.method} ${op.template} (${op.operationId})`;

  for (const where of ['path', 'query'] as const) {
    const validate = compileOnce(
      `${op.operationId}:${where}`,
      () => {
        const params = parameters(op, where);
        return selfContained({
          type: 'object',
          properties: Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}])),
          required: params.filter((p) => p.required).map((p) => p.name),
          additionalProperties: false
        });
      },
      paramAjv
    )!;
    const values: Record<string, unknown> = where === 'path' ? { ...op.pathParams } : {};
    if (where === 'query') {
      for (const key of new Set(query.keys())) {
        const all = query.getAll(key);
        values[key] = all.length > 1 ? all : all[0];
      }
    }
    if (!validate(values)) problems.push(`${label}: ${where} parameters invalid: ${formatErrors(validate)}`);
  }

  const requestBody = resolveRef<Json | undefined>(op.operation['requestBody']);
  if (!requestBody) {
    if (body.trim() !== '') problems.push(`${label}: sends a body but the operation takes none`);
    return problems;
  }
  if (body.trim() === '') {
    if (requestBody['required']) problems.push(`${label}: the request body is required`);
    return problems;
  }
  if (!contentType?.startsWith('application/json'))
    problems.push(`${label}: content-type ${contentType} is not application/json`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    problems.push(`${label}: the body is not JSON`);
    return problems;
  }
  const validate = compileOnce(
    `${op.operationId}:body`,
    () => {
      const content = (requestBody['content'] as Record<string, { schema?: unknown }>)?.['application/json'];
      return content?.schema ? selfContained(content.schema) : null;
    },
    bodyAjv
  );
  if (validate && !validate(data)) problems.push(`${label}: body invalid: ${formatErrors(validate)}`);
  return problems;
}

/** Problems with a response the stand-in is about to send, against GitHub's documented response. */
export function validateResponse(op: MatchedOperation, status: number, data: unknown): string[] {
  const responses = (op.operation['responses'] ?? {}) as Record<string, unknown>;
  const documented = responses[String(status)];
  const label = `${op.method} ${op.template} (${op.operationId}) → ${status}`;
  if (!documented) {
    // GitHub documents only some error statuses per operation; these are generic to the whole API.
    return [401, 403, 404, 422, 429, 500, 502, 503].includes(status) ? [] : [`${label}: status not documented`];
  }
  const validate = compileOnce(
    `${op.operationId}:response:${status}`,
    () => {
      const response = resolveRef<Json>(documented);
      const content = (response['content'] as Record<string, { schema?: unknown }> | undefined)?.['application/json'];
      return content?.schema ? selfContained(content.schema) : null;
    },
    bodyAjv
  );
  if (validate === null) return data === undefined ? [] : [`${label}: a body where GitHub sends none`];
  return validate(data) ? [] : [`${label}: response invalid: ${formatErrors(validate)}`];
}

/** GitHub's own example for a response, a realistic base for the stand-in's objects. */
export function exampleResponse(operationId: string, status = 200): unknown {
  const { spec } = load();
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op['operationId'] !== operationId) continue;
      const response = resolveRef<Json>((op['responses'] as Record<string, unknown>)[String(status)]);
      const content = (response['content'] as Record<string, { examples?: Record<string, unknown> }>)[
        'application/json'
      ];
      const first = Object.values(content?.examples ?? {})[0];
      return structuredClone(resolveRef<{ value: unknown }>(first).value);
    }
  }
  throw new Error(`no example for ${operationId} ${status}`);
}

/** Problems with `data` as an instance of a named component schema (e.g. a webhook payload). */
export function validateComponent(schemaName: string, data: unknown): string[] {
  const validate = compileOnce(
    `component:${schemaName}`,
    () => selfContained({ $ref: `#/components/schemas/${schemaName}` }),
    bodyAjv
  )!;
  return validate(data) ? [] : [`${schemaName}: ${formatErrors(validate)}`];
}

/** A named example from GitHub's description (components/examples), deep-copied. */
export function namedExample(name: string): unknown {
  const { spec } = load();
  const example = spec.components.examples[name];
  if (!example) throw new Error(`no example named ${name}`);
  return structuredClone(example.value);
}
