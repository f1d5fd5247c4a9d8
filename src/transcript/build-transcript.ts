// Serialises an event's messages into one labelled transcript (DESIGN §5): the only text that is
// queued, redacted and classified. Bounded twice: per turn, and as a whole, keeping the system
// prompt (it says what the app is for) and the latest turns (they say what the user wants now).
import type { Message, PromptEvent } from '../../schemas/event.js';

export const TRUNCATED_MARKER = '…[truncated]';

export interface TranscriptLimits {
  maxTurnChars: number;
  maxClassifyChars: number;
}

const ROLE_LABEL: Record<Message['role'], string> = {
  system: 'SYSTEM',
  developer: 'SYSTEM',
  user: 'USER',
  assistant: 'ASSISTANT',
  tool: 'TOOL_RESULT',
  function: 'TOOL_RESULT',
};

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function capTurn(text: string, maxTurnChars: number): string {
  return text.length <= maxTurnChars ? text : cutChars(text, maxTurnChars) + TRUNCATED_MARKER;
}

function contentText(content: Message['content']): string {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  const parts: string[] = [];
  for (const part of content) {
    if (part.type === 'text') parts.push(part.text ?? '');
    else if (part.type === 'image_url' || part.type === 'image') parts.push('[image]');
    else if (part.type === 'input_audio' || part.type === 'audio') parts.push('[audio]');
    else if (part.type === 'refusal') parts.push('[refusal]');
    else parts.push(`[${part.type.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'part'}]`);
  }
  return parts.join('\n');
}

interface Turn {
  text: string;
  pinned: boolean;
}

function turnsOf(event: PromptEvent, maxTurnChars: number): Turn[] {
  const turns: Turn[] = [];
  const toolNames = (event.tools ?? []).map((t) => t.function.name).filter(Boolean);
  if (toolNames.length > 0) turns.push({ text: capTurn(`TOOLS: ${toolNames.join(', ')}`, maxTurnChars), pinned: true });

  if (event.prompt !== undefined) {
    turns.push({ text: `USER: ${capTurn(event.prompt, maxTurnChars)}`, pinned: false });
    return turns;
  }
  for (const message of event.messages ?? []) {
    const label = ROLE_LABEL[message.role];
    const body = contentText(message.content);
    if (body !== '' || (message.tool_calls ?? []).length === 0) {
      turns.push({ text: `${label}: ${capTurn(body, maxTurnChars)}`, pinned: label === 'SYSTEM' });
    }
    for (const call of message.tool_calls ?? []) {
      const args = call.function.arguments ? ` ${capTurn(call.function.arguments, maxTurnChars)}` : '';
      turns.push({ text: `TOOL_CALL ${call.function.name}${args}`, pinned: false });
    }
  }
  return turns;
}

export function buildTranscript(event: PromptEvent, limits: TranscriptLimits): string {
  const turns = turnsOf(event, limits.maxTurnChars);
  const budget = limits.maxClassifyChars;
  const joined = turns.map((t) => t.text).join('\n');
  if (joined.length <= budget) return joined;

  // Over budget: pinned (system/tools) turns first, up to half the budget, then the latest turns.
  const pinned: string[] = [];
  let used = 0;
  for (const turn of turns) {
    if (!turn.pinned) continue;
    const room = Math.floor(budget / 2) - used;
    if (room <= TRUNCATED_MARKER.length) break;
    const text = turn.text.length <= room ? turn.text : cutChars(turn.text, room - TRUNCATED_MARKER.length) + TRUNCATED_MARKER;
    pinned.push(text);
    used += text.length + 1;
  }
  const latest: string[] = [];
  let omitted = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    if (turn.pinned) continue;
    const room = budget - used - 40; // keep room for the omission note
    // Once a turn is dropped, older ones go too: the kept history stays contiguous.
    if (room <= 0 || omitted > 0) {
      omitted++;
      continue;
    }
    if (turn.text.length + 1 <= room) {
      latest.push(turn.text);
      used += turn.text.length + 1;
    } else if (latest.length === 0) {
      // The newest turn alone is too long: keep its start, which usually holds the request.
      latest.push(cutChars(turn.text, room - TRUNCATED_MARKER.length) + TRUNCATED_MARKER);
      used = budget;
    } else {
      omitted++;
    }
  }
  latest.reverse();
  const note = omitted > 0 ? [`…[${omitted} earlier turns omitted]`] : [];
  return [...pinned, ...note, ...latest].join('\n');
}
