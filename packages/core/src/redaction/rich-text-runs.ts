import type { JsonValue } from '../spec/event.js';

// A label and its value in sibling rich-text runs (L1 of the eleventh probe of 2026-12-05d):
// editors store a paragraph as a list of runs, one per change of style, so a bold or emphasized
// value is a run of its own after the run that ends with its label (Atlassian ADF text nodes
// with `marks`, Slack `rich_text` elements with `style`, Google Docs `textRun`s, Notion rich
// text with `annotations`, Lexical text nodes, Slate leaves, Quill delta operations). Neither run holds both, so no text rule reads the pair. Here a run
// that ends with a label (its last one to three words, then a colon, `#`, a dash or a blank)
// names the run after it, which is read as that label's member value whole (redactor.ts).

/** Where a run keeps its text: member paths inside the run object, the first one read. */
export interface RunText {
  text: string;
  paths: ReadonlyArray<readonly string[]>;
}

const TEXT_PATH: readonly string[] = ['text'];
const TEXT_RUN_PATH: readonly string[] = ['textRun', 'content'];
const PLAIN_TEXT_PATH: readonly string[] = ['plain_text'];
const NOTION_TEXT_PATH: readonly string[] = ['text', 'content'];
const INSERT_PATH: readonly string[] = ['insert'];

/** The text of a rich-text run (ADF, Slack and Lexical `{type:'text', text}`, Slate `{text}`, Quill `{insert}`, Docs `{textRun:{content}}`, Notion `{plain_text, text:{content}}`), or undefined for any other item. */
export function runTextOf(item: JsonValue | undefined): RunText | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  if (typeof item.plain_text === 'string') {
    const inner = item.text;
    const same = inner !== null && typeof inner === 'object' && !Array.isArray(inner) && inner.content === item.plain_text;
    return { text: item.plain_text, paths: same ? [PLAIN_TEXT_PATH, NOTION_TEXT_PATH] : [PLAIN_TEXT_PATH] };
  }
  // ADF, Slack and Lexical `{type:'text', text}`, a chat's text parts, Slate's leaves `{text, bold}` (no type).
  if (typeof item.text === 'string' && (item.type === 'text' || (item.type === undefined && item.role === undefined))) return { text: item.text, paths: [TEXT_PATH] };
  // Quill's delta operations `{insert, attributes}`.
  if (typeof item.insert === 'string') return { text: item.insert, paths: [INSERT_PATH] };
  const run = item.textRun;
  if (run !== null && typeof run === 'object' && !Array.isArray(run) && typeof run.content === 'string') return { text: run.content, paths: [TEXT_RUN_PATH] };
  return undefined;
}

/** Characters of a run's end read for its label. */
const MAX_LABEL_CHARS = 48;
/** A label's end: up to three words (letters, digits, `.`, `'`, `/`), then `:`, `#`, `-`, `–`, `=` or none, then at least one blank or the colon. */
const LABEL_END = /(?:^|[^\p{L}\p{N}.'’/])((?:[\p{L}\p{N}][\p{L}\p{N}.'’/]*[ \t]){0,2}[\p{L}][\p{L}\p{N}.'’/]*)(?:[ \t]*[:#=：\-–][ \t]*|[ \t]+)$/u;

/**
 * The label a run ends with, as the phrases to try (longest first: `Patient name`, `name`), or
 * undefined when the run ends in a word or a value (the next run goes on with it: `DOB` then `-check`).
 */
export function labelPhrases(text: string): string[] | undefined {
  const n = text.length;
  if (n < 3) return undefined;
  const last = text.charCodeAt(n - 1);
  // A run that ends in a letter or a digit goes on in the next one.
  if (!(last === 32 || last === 9 || last === 58 || last === 35 || last === 45 || last === 0x2013 || last === 61 || last === 0xff1a)) return undefined;
  const match = LABEL_END.exec(text.length > MAX_LABEL_CHARS ? text.slice(n - MAX_LABEL_CHARS) : text);
  if (match === null) return undefined;
  const words = (match[1] as string).split(/[ \t]/);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) out.push(words.slice(k).join(' '));
  return out;
}

/** The most characters of a value run read whole after its label. */
export const MAX_RUN_VALUE = 64;
/** A person's name as a run: one to four words of letters (no digits, no sentence). */
export const RUN_NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3}$/u;
