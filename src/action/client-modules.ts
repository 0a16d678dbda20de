/** The GitHub client and what uses it (action/main.ts imports this on demand: only to comment or publish). */
export { createClient } from '../publish/octokit-client.js';
export { publishComments } from '../publish/sticky-comment.js';
export {
  checkPlanMatchesRun,
  findPullRequestForRun,
  maxCommentsFor,
  mergePlanArtifacts,
  planComments,
  readPlanArtifact
} from '../publish/publish-mode.js';
