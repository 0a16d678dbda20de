// Go encoding details the signature files depend on: yaml.v2 key order/quoting and []byte base64.
import { describe, expect, it } from '@jest/globals';
import { decodeGoBytes, goMarshalIndentValue, type GoValue } from '../../../src/render/linux/go-json.js';
import { yamlKeyCompare, yamlScalar } from '../../../src/render/linux/go-yaml.js';

describe('yaml.v2 key order (keyList.Less)', () => {
  it('orders digit runs numerically and non-letters before letters', () => {
    const keys = [
      'r10.example.com',
      'registry.example.com',
      'r9.example.com',
      '*.example.com',
      'a.com',
      'a1.com',
      'B.com'
    ];
    expect([...keys].sort(yamlKeyCompare)).toEqual([
      '*.example.com',
      'B.com',
      'a.com',
      'a1.com',
      'r9.example.com',
      'r10.example.com',
      'registry.example.com'
    ]);
  });
  it('keeps a zero inside a number as part of it', () => {
    expect(['x100', 'x20', 'x3'].sort(yamlKeyCompare)).toEqual(['x3', 'x20', 'x100']);
  });
});

describe('yaml.v2 scalar style', () => {
  it('plain, single-quoted for an indicator first character, double-quoted when plain would not be a string', () => {
    expect(yamlScalar('quay.io/a:5000')).toBe('quay.io/a:5000');
    expect(yamlScalar('*.example.com')).toBe("'*.example.com'");
    expect(yamlScalar('1.5')).toBe('"1.5"');
    expect(yamlScalar('10.0.0.1:5000/x')).toBe('10.0.0.1:5000/x');
  });
});

describe('Go []byte in JSON', () => {
  it('accepts padded StdEncoding with line breaks and refuses anything else', () => {
    expect(decodeGoBytes('dGVz\ndA==')?.toString()).toBe('test');
    expect(decodeGoBytes('dGVzdA')).toBeUndefined();
    expect(decodeGoBytes('dGVz dA==')).toBeUndefined();
    expect(decodeGoBytes('dGVzdA=-')).toBeUndefined();
  });
  it('marshals maps sorted and structs in field order', () => {
    const v = {
      z: 1,
      a: new Map<string, GoValue>([
        ['b', 'x<y'],
        ['a', true]
      ])
    };
    expect(goMarshalIndentValue(v)).toBe('{\n  "z": 1,\n  "a": {\n    "a": true,\n    "b": "x\\u003cy"\n  }\n}');
  });
});
