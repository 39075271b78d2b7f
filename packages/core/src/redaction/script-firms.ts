import type { Detection } from './types.js';

// Companies written in Cyrillic, Greek and Han script read as persons (the tenth probe of
// 2026-12-05, O4: `через Сбербанк Онлайн`, `Сбербанк России`, `Εθνική Τράπεζα` were masked as
// persons by their capitals, `任天堂` in a list of business partners as a three-character Han name).
// A PERSON found by the rules before is dropped when
//  - Cyrillic or Greek: one of its words (or the word right after it) ends in a company's word
//    (Russian банк, онлайн, холдинг, групп(а), телеком, нефть, энерго, инвест, капитал, страх,
//    траст, сервис, маркет; Greek τράπεζα, ασφαλιστική, εταιρεία, όμιλος, συνεταιριστική; the legal
//    forms ООО ОАО ПАО ЗАО АО ИП, ΑΕ ΕΠΕ ΙΚΕ), compared in lower case without accents;
//  - Han and kana: it stands in a list after a label that names companies (取引先 得意先 仕入先
//    供应商 供應商 合作伙伴 厂商 廠商 品牌 企业 企業 メーカー, then a colon), up to the list's end (；
//    。 or a line end), or it ends in a company's word (公司 集团 集團 银行 銀行 商事 株式会社 工業 工业).
// Still masked: a company after a label that also names persons (`客户：华为`: 客户 is "customer"),
// a Latin-script company with no company word.
const FIRM_SCRIPTS = /[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff]/;
const CYRILLIC_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
const FIRM_WORD_END = /(?:банк|банка|банке|банком|онлайн|холдинг|холдинга|групп|группа|группы|телеком|нефть|энерго|инвест|капитал|страх|траст|сервис|маркет|τραπεζα|τραπεζας|τραπεζης|ασφαλιστικη|εταιρεια|εταιρια|ομιλος|ομιλου|συνεταιριστικη)$/;
const FIRM_FORMS = new Set(['ооо', 'оао', 'пао', 'зао', 'ао', 'ип', 'αε', 'α.ε.', 'επε', 'ικε']);
const HAN_FIRM_END = /(?:公司|集团|集團|银行|銀行|商事|株式会社|工業|工业)$/;
const HAN_FIRM_LIST = /(?:取引先|得意先|仕入先|供应商|供應商|合作伙伴|合作夥伴|厂商|廠商|品牌|企业|企業|メーカー)[ \t\u3000]*[:：][^；;。\n]*/g;

const folded = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function firmWords(text: string, start: number, end: number): boolean {
  const after = /^[ \t\u00a0]+([\p{L}\p{M}.]{1,24})/u.exec(text.slice(end, end + 32))?.[1];
  const words = text.slice(start, end).split(/[\s\-–]+/);
  if (after !== undefined) words.push(after);
  return words.some((word) => {
    const lower = folded(word);
    return FIRM_FORMS.has(lower) || FIRM_WORD_END.test(lower);
  });
}

/** Whether `found` lies inside one of `lists` (in text order, not overlapping): a binary search. */
function inList(lists: ReadonlyArray<readonly [number, number]>, found: Detection): boolean {
  let low = 0;
  let high = lists.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = lists[middle] as readonly [number, number];
    if (found.start < start) high = middle - 1;
    else if (found.start >= end) low = middle + 1;
    else return found.end <= end;
  }
  return false;
}

/** Drops the PERSON detections at out[from…] that are companies by the words above (see above). */
export function dropScriptFirms(text: string, out: Detection[], from: number): void {
  if (out.length === from || !FIRM_SCRIPTS.test(text)) return;
  let lists: Array<[number, number]> | undefined;
  let write = from;
  for (let k = from; k < out.length; k++) {
    const found = out[k] as Detection;
    let firm = false;
    if (found.type === 'PERSON') {
      const span = text.slice(found.start, found.end);
      if (CYRILLIC_GREEK.test(span)) firm = firmWords(text, found.start, found.end);
      else if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(span)) {
        firm = HAN_FIRM_END.test(text.slice(found.start, Math.min(text.length, found.end + 4)).replace(/[、，,；;。\s].*$/s, ''));
        if (!firm) {
          lists ??= [...text.matchAll(HAN_FIRM_LIST)].map((m) => [m.index as number, (m.index as number) + m[0].length] as [number, number]);
          firm = inList(lists, found);
        }
      }
    }
    if (!firm) out[write++] = found;
  }
  out.length = write;
}
