import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';

const IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: a}
spec:
  imageDigestMirrors:
  - source: quay.io/acme/shop
    mirrors: [mirror.example.com/acme/shop]
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

async function plan(args: string[]): Promise<{ status: number; stdout: string; stderr: string; repo: string }> {
  const { dir, commits } = gitRepo([{ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'idms.yaml': IDMS }]);
  dirs.push(dir);
  let stdout = '';
  let stderr = '';
  const status = await main(
    ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, ...args.map((a) => a.replace('$REPO', dir))],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }
  );
  return { status, stdout, stderr, repo: dir };
}

describe('plan --out', () => {
  it('creates missing folders for the file it writes', async () => {
    const r = await plan(['--format', 'json', '--out', '$REPO/out/nested/plan.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(r.repo, 'out', 'nested', 'plan.json'), 'utf8'))).toHaveProperty('rollout');
  });

  it('a folder (trailing slash) gets the format’s usual file name', async () => {
    const r = await plan(['--format', 'markdown', '--out', '$REPO/reports/']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(r.repo, 'reports', 'report.md'), 'utf8')).toMatch(/^### registry-plan/);
  });
});

describe('plan --format github', () => {
  it('prints the comment body exactly as the action posts it', async () => {
    const r = await plan(['--format', 'github']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!-- registry-plan:default:part-1 -->\n### registry-plan: ✅ \*\*pass\*\*/);
    expect(r.stdout).toContain('```mermaid\ngantt');
  });
});
