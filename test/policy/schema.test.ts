import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';

const PUBLISHED = new URL('../../schema/registry-plan.schema.json', import.meta.url);
const generated = `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`;

describe('published JSON Schema', () => {
  it('is the schema the code validates with (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(PUBLISHED, generated);
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(generated);
  });

  it('compiles as draft-07 and names every rule id under policy.severities', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(() => ajv.compile(JSON.parse(generated))).not.toThrow();
    const severities = JSON.parse(generated).definitions.policy.properties.severities.properties;
    expect(Object.keys(severities).sort()).toEqual(RULE_CATALOG.map((r) => r.id).sort());
  });
});
