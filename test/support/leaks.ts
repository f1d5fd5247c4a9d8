// Leak detection for privacy tests: canary strings, and any 24-character run of an input prompt.

export const RUN_LENGTH = 24;

/** Every distinct 24-character window of each text (texts shorter than that are skipped). */
export function promptRuns(texts: Iterable<string>, length = RUN_LENGTH): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    for (let i = 0; i + length <= text.length; i++) runs.add(text.slice(i, i + length));
  }
  return runs;
}

/** The first leak found in `output`, or undefined. Windows are checked at every offset. */
export function findLeak(output: string, canaries: readonly string[], runs: Set<string>, length = RUN_LENGTH): string | undefined {
  for (const canary of canaries) if (output.includes(canary)) return `canary ${canary}`;
  for (let i = 0; i + length <= output.length; i++) {
    const window = output.slice(i, i + length);
    if (runs.has(window)) return `prompt run at output offset ${i}`;
  }
  return undefined;
}
