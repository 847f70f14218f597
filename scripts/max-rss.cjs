// Preloaded with `node -r` by the benchmark: on exit, writes the process's peak resident memory in
// kilobytes (worker threads included, they share the process) to the file named by MUDAQQIQ_MAX_RSS_FILE.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.MUDAQQIQ_MAX_RSS_FILE) writeFileSync(process.env.MUDAQQIQ_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
