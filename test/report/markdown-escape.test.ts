import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  REDACTED,
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  neutralizeMentions,
  redactSecrets
} from '../../src/report/markdown-escape.js';

describe('escapeMarkdown', () => {
  it('entity-escapes HTML so manifests cannot inject tags', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> & <details>');
    expect(out).not.toMatch(/<[a-z]/i);
    expect(out).toContain('&lt;img');
    expect(out).toContain('&amp;');
  });

  it('breaks @mentions and team mentions so nobody is pinged', () => {
    const out = escapeMarkdown('ping @octocat and @org/team, mail a@b.c');
    expect(out).not.toMatch(/(^|[^A-Za-z0-9`])@[A-Za-z0-9]/);
    expect(out).toContain('@\u200boctocat');
    expect(out).toContain('a@b'); // an e-mail address is not a mention
  });

  it('escapes Markdown punctuation and flattens line breaks', () => {
    expect(escapeMarkdown('*bold* [link](http://x) | `code`\n# heading')).toBe(
      '\\*bold\\* \\[link\\]\\(http://x\\) \\| \\`code\\` \\# heading'
    );
  });

  it('escapeHtml keeps Markdown but neutralizes tags and mentions', () => {
    expect(escapeHtml('<b>@admin</b>')).toBe('&lt;b&gt;@\u200badmin&lt;/b&gt;');
  });

  it('neutralizeMentions is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => expect(neutralizeMentions(neutralizeMentions(s))).toBe(neutralizeMentions(s)))
    );
  });
});

describe('code spans and blocks', () => {
  it('inline code survives backticks in the text', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`edge`')).toBe('`` `edge` ``');
    expect(inlineCode('x``y')).toBe('```x``y```');
  });

  it('inline code delimiters always outgrow the longest backtick run (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = inlineCode(s);
        const fence = /^`+/.exec(out)![0];
        const inner = out.slice(fence.length, out.length - fence.length);
        expect(out.endsWith(fence)).toBe(true);
        expect(inner.includes(fence)).toBe(false);
      })
    );
  });

  it('code blocks cannot be closed early by the content', () => {
    const text = 'before\n```\nnot the end\n````\nstill inside';
    const block = codeBlock(text, 'toml');
    expect(block.startsWith('`````toml\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
});

describe('redactSecrets', () => {
  it('redacts dockerconfigjson auths and passwords, keeping keys', () => {
    const json =
      '{"auths":{"quay.io":{"auth":"dXNlcjpwYXNzd29yZA==","email":"a@b.c"},"r.io":{"username":"u","password":"hunter2"}}}';
    const out = redactSecrets(json);
    expect(out).toContain(`"auth":"${REDACTED}"`);
    expect(out).toContain(`"password":"${REDACTED}"`);
    expect(out).not.toContain('dXNlcjpwYXNzd29yZA');
    expect(out).not.toContain('hunter2');
    expect(out).toContain('"username":"u"');
  });

  it('redacts a base64 .dockerconfigjson in Secret data and YAML stringData auths', () => {
    const yaml = [
      'data:',
      '  .dockerconfigjson: eyJhdXRocyI6eyJxdWF5LmlvIjp7ImF1dGgiOiJ4In19fQ==',
      'stringData:',
      '  password: s3cr3t',
      '  auth: "abc123=="'
    ].join('\n');
    const out = redactSecrets(yaml);
    expect(out).toContain(`.dockerconfigjson: ${REDACTED}`);
    expect(out).toContain(`password: ${REDACTED}`);
    expect(out).toContain(`auth: "${REDACTED}"`);
    expect(out).not.toMatch(/s3cr3t|abc123|eyJhdXRocy/);
  });

  it('redacts Basic and Bearer authorization headers but not prose', () => {
    const basic = Buffer.from('robot:token-value').toString('base64');
    const out = redactSecrets(
      `[host."https://m.example.com".header]\n  authorization = ["Basic ${basic}"]\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig`
    );
    expect(out).toContain(`Basic ${REDACTED}`);
    expect(out).toContain(`Bearer ${REDACTED}`);
    expect(out).not.toContain(basic);
    expect(redactSecrets('Basic authentication is not used; Bearer tokens either.')).toBe(
      'Basic authentication is not used; Bearer tokens either.'
    );
  });

  it('redacts URL passwords and GitHub tokens', () => {
    const out = redactSecrets('https://user:pa55@registry.example.com/v2 ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    // The whole userinfo goes (issue 12 #8): a user name is half of a credential.
    expect(out).toBe(`https://${REDACTED}@registry.example.com/v2 ${REDACTED}`);
  });

  it('is idempotent', () => {
    const once = redactSecrets('{"auth":"Zm9vOmJhcg=="} Authorization: Basic Zm9vOmJhcg==');
    expect(redactSecrets(once)).toBe(once);
  });
});
