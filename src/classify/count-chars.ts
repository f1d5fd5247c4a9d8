// Characters as a billing page counts them: Unicode code points, not UTF-16 units.

export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
