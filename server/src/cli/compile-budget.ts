import { setFlagsFromString } from 'node:v8';

/** The V8 major version the budget was measured on (Node 20's). */
const MEASURED_V8_MAJOR = 11;
/** TurboFan's budget for inlining into one function, in bytes of bytecode (V8's default is 920). */
const INLINING_BUDGET = 150;

/**
 * Gives V8's optimising compiler less to do in the CLI: a smaller inlining budget, and no loop peeling
 * (which compiles the first pass of every loop as a copy of its own). Checking a few megabytes is mostly
 * V8 warming up: it compiles the rules' large functions with much of what they call inlined, every thread
 * again, and the checking thread runs them unoptimised until it is done. With less inlined, compiling
 * takes less time. Measured on two cores (29 November, medians): the 5 MB textlint subset went from 0.90
 * to 0.83 s, the 50 MB corpus from 3.5 to 3.3 s with two threads and from 5.3 to 5.1 s on one core, for
 * 1–3% less speed once warm. Without loop peeling (29 November, fourth session, medians of 7): the 5 MB subset on one
 * core went from 1.39–1.42 to 1.30–1.33 s, and the warm engine kept its speed (17.0–17.4 MB/s with and
 * without). From 300 to 150 bytes (29 November, ninth session): TurboFan's compile time over the 50 MB
 * corpus on one core went from 1,828 and 1,708 ms to 1,464 and 1,309 ms (--trace-opt), and two threads
 * took a median of 5.29 s against 5.39 s, with one core unchanged within the machine's drift (six runs
 * each). Only on the V8 it was measured on (elsewhere V8 keeps its defaults), and not
 * in the language server, which stays warm for hours.
 */
export function shortenWarmUp(): void {
  if (Number(process.versions.v8.split('.')[0]) !== MEASURED_V8_MAJOR) return;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  setFlagsFromString('--no-turbo-loop-peeling');
}
