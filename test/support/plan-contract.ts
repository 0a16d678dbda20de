// plan.json's contract (schema/plan.schema.json), checked on every plan the suite produces: the tests
// that build reports (planRange, the CLI's --format json, the action's plan.json, the policy and
// robustness helpers) pass them through here.
import { expect } from '@jest/globals';
import { Ajv, type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import type { ClusterPlan, PlanReport } from '../../src/plan/types.js';
import { planJson } from '../../src/report/json.js';

export const PLAN_SCHEMA = JSON.parse(
  readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8')
) as Record<string, unknown>;

const validate = new Ajv({ allErrors: true, strict: true }).compile(PLAN_SCHEMA);

/** The schema's complaints about a plan.json document; empty when it holds. */
export function planContractErrors(json: unknown): string[] {
  if (validate(json)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Fails the test when a plan.json document breaks the contract. */
export function expectPlanContract(json: unknown): void {
  expect(planContractErrors(json)).toEqual([]);
}

/** Both JSON shapes of a report (single cluster when it has one cluster, and the clusters shape). */
export function expectReportContract(report: PlanReport): void {
  if (report.clusters.length === 1) expectPlanContract(planJson(report, true));
  expectPlanContract(planJson(report, false));
}

/** A cluster plan on its own, as a one-cluster report. */
export function expectClusterContract(plan: ClusterPlan, failOn: PlanReport['failOn'] = 'error'): void {
  expectReportContract({ openshiftVersion: plan.openshiftVersion, clusters: [plan], verdict: plan.verdict, failOn });
}
