// Finds the sentence to translate inside a `wmt22_templated` row, using the request templates the data
// set ships in templates.py (CC0). Training keeps only the request around it: the sentences are all
// news in six languages, and taught as they are, they make "text in another script" mean
// "translation", which mislabels non-English prompts about anything else.
import { readFileSync } from 'node:fs';

interface SlotTemplate {
  pattern: RegExp;
  /** Characters of fixed template text: with several matches, the most specific template wins. */
  literalChars: number;
}

const ENTRY = /\(\s*"[a-z]{2}"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)/g;
const PLACEHOLDER = /(\{(?:x|S|T|T_adv)\})/;

function unescapePython(text: string): string {
  return text.replace(/\\(n|"|\\)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses TRANSLATION_TEMPLATES out of templates.py; throws if the list is not found. */
export function readTranslationTemplates(templatesPath: string): SlotTemplate[] {
  const source = readFileSync(templatesPath, 'utf8');
  const start = source.indexOf('TRANSLATION_TEMPLATES = [');
  const end = start < 0 ? -1 : source.indexOf('\n]', start);
  if (start < 0 || end < 0) throw new Error(`${templatesPath}: TRANSLATION_TEMPLATES list not found`);
  const templates: SlotTemplate[] = [];
  for (const entry of source.slice(start, end).matchAll(ENTRY)) {
    const parts = unescapePython(entry[1]!).split(PLACEHOLDER);
    const regex = parts.map((p) => (p === '{x}' ? '([\\s\\S]+)' : PLACEHOLDER.test(p) ? '[^\\n]{1,40}?' : escapeRegExp(p))).join('');
    const literalChars = parts.filter((p) => !PLACEHOLDER.test(p)).reduce((n, p) => n + p.length, 0);
    templates.push({ pattern: new RegExp(`^${regex}$`), literalChars });
  }
  if (templates.length === 0) throw new Error(`${templatesPath}: TRANSLATION_TEMPLATES is empty`);
  return templates;
}

/** The request (the text without the slot's sentence) and the sentence, or undefined when no template matches. */
export function splitSentence(text: string, templates: readonly SlotTemplate[]): { request: string; sentence: string } | undefined {
  let best: { template: SlotTemplate; match: RegExpExecArray } | undefined;
  for (const template of templates) {
    const match = template.pattern.exec(text);
    if (match && (!best || template.literalChars > best.template.literalChars)) best = { template, match };
  }
  if (!best) return undefined;
  const sentence = best.match[1]!;
  const at = text.indexOf(sentence);
  return { request: text.slice(0, at) + text.slice(at + sentence.length), sentence };
}
