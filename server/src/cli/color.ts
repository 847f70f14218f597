/**
 * Whether a report to `stream` is coloured. A non-empty NO_COLOR turns colour off; FORCE_COLOR turns it
 * on, even through a pipe, unless it is 0 or false, which turn it off, even on a terminal (as Node and the
 * supports-color package read it); otherwise colour on a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
