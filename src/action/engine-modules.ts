/** What the action's analyze mode loads once the event gives it a range (action/main.ts imports this on demand). */
export { planRangeChecked, today, withConfigChange } from '../pipeline/plan-range.js';
export { parseConfigFrom, trustedConfig } from '../config/trusted-config.js';
export { resolveSettings } from '../config/resolve.js';
export { checkPullsNotes } from '../report/pull-check-lines.js';
export { FORMATS, PLAN_FORMATS } from '../report/formats.js';
export { commentArtifacts } from '../report/comment-artifacts.js';
export { planAnnotations, issueAnnotations } from '../publish/annotations.js';
export { writeJobSummary } from '../publish/job-summary.js';
