// Loaded with `node --import` into every benchmarked process: on exit it writes the process's
// wall time since start and its peak RSS to the file named by BENCH_REPORT.
import { writeFileSync } from 'node:fs';

const report = process.env.BENCH_REPORT;
if (report) {
  process.on('exit', () => {
    writeFileSync(
      report,
      JSON.stringify({ wallMs: performance.now(), maxRssKiB: process.resourceUsage().maxRSS }),
    );
  });
}
