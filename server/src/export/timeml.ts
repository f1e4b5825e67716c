// TimeML 1.2: every dated mention as a <TIMEX3> with its tid, type and value, inline in <TEXT>, and
// the article date as the document creation time (<DCT>, functionInDocument CREATION_TIME).
// Values counted from the article date ("yesterday", "Nov. 7" without a year) are written as
// TimeML says, temporalFunction="true" and anchored to the creation time. <TEXT>'s text is the
// article exactly. Valid against tml-hllorens.xsd (test/export/timeml.test.ts).
import type { Mention } from '../engine/model/types';
import { inlineMarkup, xmlAttribute, xmlForbiddenCount, xmlText, type MarkupSpan } from './markup';
import type { ExportInput, ExportResult } from './types';

const CREATION_TIME_ID = 't0';

export function toTimeMl({ text, analysis, name }: ExportInput): ExportResult {
  const warnings: string[] = [];
  const date = analysis.meta.date;
  const spans: MarkupSpan[] = [];
  let unvalued = 0;
  for (const m of analysis.mentions) {
    if (m.type !== 'date') continue;
    // A TIMEX3 needs a value; a date the engine could not read is left as text.
    if (m.value === undefined) {
      unvalued++;
      continue;
    }
    spans.push({
      start: m.start,
      end: m.end,
      kind: 'TIMEX3',
      open: timex(m, spans.length + 1, date),
      close: '</TIMEX3>',
    });
  }
  // Dates never nest nor overlap one another (mentions of one type never do).
  const body = inlineMarkup(
    text,
    0,
    text.length,
    spans,
    xmlText,
    () => false,
    () => undefined,
  );
  if (unvalued > 0) warnings.push(`${unvalued} date(s) without a value are left unmarked`);
  const forbidden = xmlForbiddenCount(text);
  if (forbidden > 0) warnings.push(`${forbidden} character(s) XML cannot hold are written as U+FFFD`);
  const dct =
    date === undefined
      ? ''
      : `<DCT><TIMEX3 tid="${CREATION_TIME_ID}" type="DATE" value="${date}" temporalFunction="false" functionInDocument="CREATION_TIME">${date}</TIMEX3></DCT>\n`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<TimeML>\n' +
    `<DOCID>${xmlText(name)}</DOCID>\n` +
    dct +
    `<TEXT>${body}</TEXT>\n` +
    '</TimeML>\n';
  return { files: [{ suffix: '.tml', content: xml }], warnings };
}

function timex(m: Mention, n: number, articleDate: string | undefined): string {
  const value = m.value as string;
  const type = value.includes('T') && /\d{2}T/.test(value) ? 'TIME' : 'DATE';
  // Read against the article date: a temporal function of the creation time.
  const counted =
    m.resolution === 'relative' || m.resolution === 'tense-shifted' || m.resolution === 'article-year';
  const anchor = counted && articleDate !== undefined ? ` anchorTimeID="${CREATION_TIME_ID}"` : '';
  return `<TIMEX3 tid="t${n}" type="${type}" value="${xmlAttribute(value)}" temporalFunction="${counted}"${anchor}>`;
}
