// Loaders for the labelled PII sets in ../shared/data/pii (read-only; see its README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import type { GoldSpan } from './redact-metrics.js';

export interface SynthRow {
  text: string;
  spans: GoldSpan[];
  templateId: number;
}

export interface PresidioRow {
  id: string;
  text: string;
  entityType: string;
  expectedCount: number;
  spans: GoldSpan[];
  spansComplete: boolean;
  defaultConfig: boolean;
}

export function piiDataDir(): string {
  return join(packageRoot(), '..', 'shared', 'data', 'pii');
}

export function loadSynth(dir = piiDataDir()): SynthRow[] {
  const raw = JSON.parse(readFileSync(join(dir, 'synth_dataset_v2.json'), 'utf8')) as {
    full_text: string;
    template_id: number;
    spans: { entity_type: string; entity_value: string; start_position: number; end_position: number }[];
  }[];
  return raw.map((r) => ({
    text: r.full_text,
    templateId: r.template_id,
    spans: r.spans.map((s) => ({ type: s.entity_type, start: s.start_position, end: s.end_position, value: s.entity_value })),
  }));
}

export function loadPresidio(dir = piiDataDir()): PresidioRow[] {
  return readFileSync(join(dir, 'presidio_cases.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const r = JSON.parse(line) as {
        id: string;
        text: string;
        entity_type: string;
        expected_count: number;
        spans: { start: number; end: number; entity_type: string; value: string }[];
        spans_complete: boolean;
        presidio_default_config: boolean;
      };
      return {
        id: r.id,
        text: r.text,
        entityType: r.entity_type,
        expectedCount: r.expected_count,
        spans: r.spans.map((s) => ({ type: s.entity_type, start: s.start, end: s.end, value: s.value })),
        spansComplete: r.spans_complete,
        defaultConfig: r.presidio_default_config,
      };
    });
}

/** Held-out templates: every fifth template id, never looked at while tuning the detectors. */
export function isHeldOut(row: SynthRow): boolean {
  return row.templateId % 5 === 0;
}
