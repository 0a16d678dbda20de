/**
 * How much one publish run may post: a small module, so the action's inputs can name the bound
 * without loading the plan validator at start-up.
 */
export const MAX_PUBLISH_CLUSTERS = 50;
