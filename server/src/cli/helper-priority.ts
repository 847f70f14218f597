import { readdirSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';

/** The nice value of V8's helper threads when a core is left for them (the checking threads keep 0). */
const HELPER_NICE = 10;

/**
 * Lowers the threads V8 already runs for this process (its optimising compiler and its garbage
 * collector's helpers) below the threads that check, as browsers run V8's compile jobs. Node runs them at
 * the same priority as JavaScript, and while V8 warms up it compiles several functions at once: on two
 * cores the one checking thread then got less than a core. Only when `checkingThreads` leave a core
 * free, or the compiler would starve and the checks would run unoptimised; only on Linux, where a nice
 * value belongs to a thread (elsewhere it would lower the whole process). Threads started later, the
 * worker threads among them, keep this thread's priority.
 */
export function lowerHelperThreads(checkingThreads: number): void {
  if (process.platform !== 'linux' || checkingThreads >= availableParallelism()) return;
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return; // no /proc: nothing to gain, nothing lost
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue; // this thread, which checks
    try {
      setPriority(id, HELPER_NICE);
    } catch {
      // It has ended since the listing, or the system does not allow it: the run only goes as before.
    }
  }
}
