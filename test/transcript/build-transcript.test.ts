import { describe, expect, it } from 'vitest';
import type { PromptEvent } from '../../schemas/event.js';
import { TRUNCATED_MARKER, buildTranscript, cutChars } from '../../src/transcript/build-transcript.js';

const limits = { maxTurnChars: 5000, maxClassifyChars: 20000 };

describe('buildTranscript', () => {
  it('labels roles, shows tool names only, and marks images and audio', () => {
    const event: PromptEvent = {
      id: '1',
      tools: [{ type: 'function', function: { name: 'get_weather', description: 'SECRET-DESCRIPTION', parameters: { type: 'object' } } }],
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url', image_url: { url: 'https://x/y.png' } }, { type: 'input_audio' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'rain' },
        { role: 'assistant', content: 'It rains.' },
      ],
    };
    expect(buildTranscript(event, limits)).toBe(
      ['TOOLS: get_weather', 'SYSTEM: Be brief.', 'USER: What is this?\n[image]\n[audio]', 'TOOL_CALL get_weather {"city":"Oslo"}', 'TOOL_RESULT: rain', 'ASSISTANT: It rains.'].join('\n'),
    );
  });

  it('turns a plain prompt into one user turn', () => {
    expect(buildTranscript({ id: '1', prompt: 'hello' }, limits)).toBe('USER: hello');
  });

  it('cuts each turn to maxTurnChars with a marker', () => {
    const out = buildTranscript({ id: '1', prompt: 'a'.repeat(6000) }, limits);
    expect(out).toBe(`USER: ${'a'.repeat(5000)}${TRUNCATED_MARKER}`);
  });

  it('keeps the system prompt and the latest turns within maxClassifyChars', () => {
    const messages: PromptEvent['messages'] = [{ role: 'system', content: 'SYS-PROMPT' }];
    for (let i = 0; i < 40; i++) messages.push({ role: i % 2 ? 'assistant' : 'user', content: `turn-${i} ${'x'.repeat(1000)}` });
    const out = buildTranscript({ id: '1', messages }, { maxTurnChars: 5000, maxClassifyChars: 8000 });
    expect(out.length).toBeLessThanOrEqual(8000);
    expect(out.startsWith('SYSTEM: SYS-PROMPT')).toBe(true);
    expect(out).toContain('turn-39');
    expect(out).not.toContain('turn-0 ');
    expect(out).toMatch(/earlier turns omitted/);
    // Kept turns are contiguous: from some turn k up to the last one.
    const kept = [...out.matchAll(/turn-(\d+)/g)].map((m) => Number(m[1]));
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 40 - kept.length + i));
  });

  it('keeps the start of a single oversized latest turn', () => {
    const out = buildTranscript({ id: '1', prompt: 'b'.repeat(10_000) }, { maxTurnChars: 10_000, maxClassifyChars: 1000 });
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.startsWith('USER: bbb')).toBe(true);
    expect(out.endsWith(TRUNCATED_MARKER)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    expect(cutChars('a🙂b', 2)).toBe('a');
    expect(cutChars('a🙂b', 3)).toBe('a🙂');
  });
});
