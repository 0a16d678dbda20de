import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';
import { RULE_BYOH_MALFORMED } from '../../src/render/windows/inventory.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
const anchors = new Set([...doc.matchAll(/<a id="rule-([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]));

describe('docs/rules.md', () => {
  it('documents every rule of the catalog, and nothing else', () => {
    expect([...anchors].sort()).toEqual(RULE_CATALOG.map((r) => r.id).sort());
  });

  it('the catalog knows every rule id the rule modules and the Windows inventory emit', () => {
    const ids = new Set<string>(RULE_CATALOG.map((r) => r.id));
    const dir = new URL('../../src/policy/rules/', import.meta.url);
    const emitted = readdirSync(dir).flatMap((f) =>
      [...readFileSync(new URL(f, dir), 'utf8').matchAll(/finding\('([a-z0-9-]+)'/g)].map((m) => m[1]!)
    );
    expect(emitted).toContain('windows-mirror-order');
    for (const id of [...emitted, RULE_BYOH_MALFORMED]) expect(ids).toContain(id);
  });

  it('each rule section has a heading with its id and a fix', () => {
    for (const id of anchors) {
      const start = doc.indexOf(`<a id="rule-${id}"></a>`);
      const next = doc.indexOf('<a id="', start + 1);
      const section = doc.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(`### \`${id}\``);
      expect(section).toMatch(/\*\*Fix:\*\*/);
    }
  });

  it('documents every policy key of the schema, with the example using them', () => {
    const keys = Object.keys(CONFIG_SCHEMA.definitions.policy.properties);
    for (const k of keys) expect(doc).toContain(`**\`${k}\`**`);
    const example = doc.slice(doc.indexOf('## Policy file'), doc.indexOf('<a id="policy-allowedmirrorhosts">'));
    for (const k of keys) expect(example).toContain(`  ${k}:`);
  });
});
