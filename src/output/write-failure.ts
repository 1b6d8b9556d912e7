/**
 * The one line a failure to write gives: `cannot write <what>: <reason>`, where what is the path
 * the user gave or "standard output", and the reason is the system's words without its call and
 * paths (Node's message names the hidden temporary file of an atomic write).
 */
export const writeFailure = (what: string, err: unknown): string => `cannot write ${what}: ${reasonOf(err)}`;

/** `ENOSPC: no space left on device, write` → `no space left on device`. */
const SYSTEM_MESSAGE = /^(?<code>E[A-Z0-9]+): (?<reason>[^,]+)/;

export function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return SYSTEM_MESSAGE.exec(message)?.groups?.reason ?? message;
}
