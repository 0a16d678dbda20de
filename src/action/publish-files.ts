import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PUBLISH_CLUSTERS } from '../publish/plan-artifact.js';

/**
 * More plan files than a run has clusters (a matrix job writes one plan of one cluster) is not something
 * analyze writes; refuse rather than read them all.
 */
export const MAX_PUBLISH_FILES = MAX_PUBLISH_CLUSTERS;

const PUBLISH_FILE = /^publish.*\.json$/;

/**
 * The plan files a publish job reads: the file it was given, or the publish*.json files in the folder
 * and in its immediate subfolders (actions/download-artifact puts each artifact of a pattern download
 * in its own subfolder unless merge-multiple is set). Sorted, so parts are posted in a stable order.
 */
export function findPublishFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  const found: string[] = [];
  const scan = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isFile() && PUBLISH_FILE.test(entry.name)) found.push(join(dir, entry.name));
      else if (entry.isDirectory() && depth === 0) scan(join(dir, entry.name), 1);
    }
  };
  scan(path, 0);
  if (found.length > MAX_PUBLISH_FILES)
    throw new Error(
      `${path} holds ${found.length} publish*.json files, more than the ${MAX_PUBLISH_FILES} a report can have`
    );
  return found;
}
