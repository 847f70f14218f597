import { fileURLToPath } from 'node:url';

/**
 * The path on this machine that a `file:` URI names; undefined for other schemes, and for file URIs that
 * name no local path (a host, as in file://fileserver/share/a.news, or an encoded slash, %2F), which
 * fileURLToPath refuses with an exception. Such documents are checked like untitled ones.
 */
export function filePathOf(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
