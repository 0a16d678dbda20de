// A jest reporter that repeats, at the very end of a run, why a suite was skipped. A skipped suite's own
// message scrolls away among hundreds of passing tests in a full `npm test`; this one is the last thing
// printed. A test marks itself as such a skip by a title starting with "SKIPPED" (test/e2e).

/** The titles of skipped tests that say why, from jest's aggregated results. */
export function skipNotices(results) {
  const out = [];
  for (const file of results.testResults ?? []) {
    for (const t of file.testResults ?? []) {
      if ((t.status === 'pending' || t.status === 'skipped') && /^SKIPPED\b/.test(t.title)) {
        out.push(`${file.testFilePath ? file.testFilePath.replace(/^.*?\/test\//, 'test/') : ''}: ${t.title}`);
      }
    }
  }
  return out;
}

export default class SkipSummaryReporter {
  onRunComplete(_contexts, results) {
    const notices = skipNotices(results);
    if (notices.length === 0) return;
    process.stderr.write(`\nSkipped, and why:\n${notices.map((n) => `  - ${n}`).join('\n')}\n\n`);
  }
}
