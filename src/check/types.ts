// The result types are model types (the plan, the policy and the report read them); the checker
// only produces them.
export type * from '../model/pull-check.js';
