// HTML escaping for the report: model and app names are operator data and go into markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export const pct = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);

export function bucketLabel(bucketStart: string, bucket: string): string {
  return bucket === 'hour' ? bucketStart.slice(0, 16).replace('T', ' ') : bucketStart.slice(0, 10);
}

/** Bucket start → label, each in the unit its own rows carry (a release may hold buckets of several units). */
export function bucketLabels(rows: readonly { bucketStart: string; bucket: string }[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const r of rows) if (!labels.has(r.bucketStart)) labels.set(r.bucketStart, bucketLabel(r.bucketStart, r.bucket));
  return labels;
}

// Twenty distinguishable colours (Tableau 20 order), assigned by taxonomy order so a category keeps
// its colour across charts and reports.
export const PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#8cd17d', '#b6992d', '#f1ce63', '#86bcb6', '#ff9d9a', '#d4a6c8', '#d7b5a6', '#79706e',
];
