// policy.json generation (updatePolicyJSON) and evaluation (policyAllows).
import { describe, expect, it } from '@jest/globals';
import { policyAllows } from '../../../src/render/linux/index.js';
import { dockerReferenceNamespaces } from '../../../src/render/linux/policy-allows.js';
import { POLICY_JSON_TEMPLATE, updatePolicyJSON } from '../../../src/render/linux/policy-json.js';
import { parseNormalizedNamed } from '../../../src/render/linux/docker-reference.js';

const D = 'sha256:' + 'b'.repeat(64);

describe('updatePolicyJSON', () => {
  it('returns the template bytes when both lists are nil', () => {
    expect(updatePolicyJSON(POLICY_JSON_TEMPLATE, undefined, undefined, '')).toEqual({ json: POLICY_JSON_TEMPLATE });
  });

  it('blocked: default accept, blocked scopes reject, atomic drops scopes with three slashes, no trailing newline', () => {
    const r = updatePolicyJSON(POLICY_JSON_TEMPLATE, ['block.io', 'a.io/1/2/3'], undefined, '');
    expect(r.json).toBe(
      `{
  "default": [
    {
      "type": "insecureAcceptAnything"
    }
  ],
  "transports": {
    "atomic": {
      "block.io": [
        {
          "type": "reject"
        }
      ]
    },
    "docker": {
      "a.io/1/2/3": [
        {
          "type": "reject"
        }
      ],
      "block.io": [
        {
          "type": "reject"
        }
      ]
    },
    "docker-daemon": {
      "": [
        {
          "type": "insecureAcceptAnything"
        }
      ]
    }
  }
}`
    );
  });

  it('an empty non-nil list re-encodes the template without scopes', () => {
    const r = updatePolicyJSON(POLICY_JSON_TEMPLATE, [], undefined, '');
    expect(JSON.parse(r.json!)).toEqual({
      default: [{ type: 'insecureAcceptAnything' }],
      transports: { 'docker-daemon': { '': [{ type: 'insecureAcceptAnything' }] } }
    });
    expect(r.json!.startsWith('{\n  "default"')).toBe(true);
  });

  it('allowed may be exactly [payloadRepo] next to blocked, which only the payload check produces', () => {
    const release = `quay.io/openshift-release-dev/ocp-release@${D}`;
    expect(
      updatePolicyJSON(POLICY_JSON_TEMPLATE, ['quay.io'], ['quay.io/openshift-release-dev/ocp-release'], release).error
    ).toBeUndefined();
    expect(updatePolicyJSON(POLICY_JSON_TEMPLATE, ['quay.io'], ['x.io'], release).error).toBe(
      'invalid images config: only one of AllowedRegistries or BlockedRegistries may be specified'
    );
    expect(updatePolicyJSON(POLICY_JSON_TEMPLATE, ['quay.io'], ['x.io'], 'not a ref').error).toBe(
      'error parsing reference of release image'
    );
  });

  it('validates blocked then allowed entries', () => {
    expect(updatePolicyJSON(POLICY_JSON_TEMPLATE, undefined, ['*.a.io/x'], '').error).toBe(
      'invalid entry for allowed registries "*.a.io/x"'
    );
  });
});

describe('policyAllows', () => {
  const allowList = updatePolicyJSON(
    POLICY_JSON_TEMPLATE,
    undefined,
    ['allow.io', '*.corp.example', 'quay.io/team', 'reg.local:5000'],
    ''
  ).json!;
  const blockList = updatePolicyJSON(POLICY_JSON_TEMPLATE, ['block.io', '*.bad.example'], undefined, '').json!;

  it.each([
    ['allow.io/a/b:1', true],
    ['quay.io/team/app:1', true],
    ['quay.io/other/app:1', false],
    ['x.corp.example/app:1', true],
    ['a.b.corp.example/app:1', true],
    ['corp.example/app:1', false],
    ['reg.local:5000/app:1', true],
    ['reg.local/app:1', false],
    ['busybox', false]
  ])('allowed list: %s -> %s', (image, want) => expect(policyAllows(allowList, image)).toBe(want));

  it.each([
    ['block.io/a:1', false],
    [`x.bad.example/a@${D}`, false],
    ['quay.io/a:1', true]
  ])('blocked list: %s -> %s', (image, want) => expect(policyAllows(blockList, image)).toBe(want));

  it('the template accepts anything; a broken policy rejects everything', () => {
    expect(policyAllows(POLICY_JSON_TEMPLATE, 'quay.io/a:1')).toBe(true);
    expect(policyAllows('{', 'quay.io/a:1')).toBe(false);
    expect(policyAllows('{"default": []}', 'quay.io/a:1')).toBe(false);
  });

  it('the exact identity wins over namespaces; the "" scope over the default', () => {
    const p = JSON.stringify({
      default: [{ type: 'reject' }],
      transports: {
        docker: {
          'q.io/a:1': [{ type: 'insecureAcceptAnything' }],
          'q.io': [{ type: 'reject' }],
          '': [{ type: 'insecureAcceptAnything' }]
        }
      }
    });
    expect(policyAllows(p, 'q.io/a:1')).toBe(true);
    expect(policyAllows(p, 'q.io/a:2')).toBe(false);
    expect(policyAllows(p, 'z.io/a:2')).toBe(true);
  });

  it('namespaces follow c/image: repo, parents, host:port, then wildcard domains without the port', () => {
    expect(dockerReferenceNamespaces(parseNormalizedNamed('a.example.com:8443/ns/repo:1'))).toEqual([
      'a.example.com:8443/ns/repo',
      'a.example.com:8443/ns',
      'a.example.com:8443',
      '*.example.com',
      '*.com'
    ]);
  });
});
