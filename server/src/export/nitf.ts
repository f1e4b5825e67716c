// IPTC NITF 3.6 (News Industry Text Format, www.iptc.org) with the markup inline: people as
// <person>, organizations as <org>, places as <location>, ranks and titles as <function>, dates as
// <chron norm="TimeML value">; the issue date and the dateline in <docdata>. The article's text is
// body.content's text exactly: each paragraph a <p>, the blank lines between them kept as the
// white space between the <p>s. Valid against nitf-3-6.xsd (test/export/nitf.test.ts).
import type { Entity, Mention, MentionType } from '../engine/model/types';
import {
  byStartLongerFirst,
  inlineMarkup,
  xmlAttribute,
  xmlForbiddenCount,
  xmlText,
  type MarkupSpan,
} from './markup';
import { paragraphs } from './paragraphs';
import type { ExportInput, ExportResult } from './types';

const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

/** The NITF element of each type and what its attribute says; a nationality has no element. */
interface ElementShape {
  element: string;
  attribute?: 'norm' | 'value';
  value?: (m: Mention, e: Entity | undefined) => string | undefined;
}
const ELEMENTS: Record<MentionType, ElementShape | undefined> = {
  person: { element: 'person', attribute: 'value', value: (_m, e) => e?.name },
  organization: { element: 'org', attribute: 'value', value: (_m, e) => e?.name },
  place: { element: 'location' },
  // The TimeML value ("2023-11-07", "2023-W45"): ISO 8601 where TimeML is.
  date: { element: 'chron', attribute: 'norm', value: (m) => m.value },
  rank: { element: 'function', attribute: 'value', value: (_m, e) => e?.rankInfo?.name ?? e?.name },
  title: { element: 'function', attribute: 'value', value: (_m, e) => e?.title ?? e?.name },
  // A demonym ("Kazakh") is an adjective: NITF has no element for it.
  nationality: undefined,
};

/** NITF lets a <person> hold a <function>; every other of these elements holds text only. */
const canContain = (outer: string, inner: string): boolean => outer === 'person' && inner === 'function';

export function toNitf({ text, analysis, name }: ExportInput): ExportResult {
  const warnings: string[] = [];
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const spans: MarkupSpan[] = [];
  for (const m of byStartLongerFirst(analysis.mentions)) {
    const shape = ELEMENTS[m.type];
    if (shape === undefined) continue;
    const entity = m.entity === undefined ? undefined : entities.get(m.entity);
    const value = shape.value?.(m, entity);
    const attribute = value === undefined ? '' : ` ${shape.attribute}="${xmlAttribute(value)}"`;
    spans.push({
      start: m.start,
      end: m.end,
      kind: shape.element,
      open: `<${shape.element}${attribute}>`,
      close: `</${shape.element}>`,
    });
  }
  let dropped = 0;
  const body = paragraphs(text);
  let out = '';
  let cursor = 0;
  let next = 0;
  for (const p of body) {
    out += xmlText(text.slice(cursor, p.start));
    // The spans of this paragraph; one reaching past its end crosses a blank line and is dropped.
    const inside: MarkupSpan[] = [];
    while (next < spans.length && spans[next].start < p.end) {
      if (spans[next].start >= p.start && spans[next].end <= p.end) inside.push(spans[next]);
      else dropped++;
      next++;
    }
    out += `<p>${inlineMarkup(text, p.start, p.end, inside, xmlText, canContain, () => dropped++)}</p>`;
    cursor = p.end;
  }
  dropped += spans.length - next;
  out += xmlText(text.slice(cursor));
  if (dropped > 0)
    warnings.push(`${dropped} mention(s) crossing another or a paragraph break are left unmarked`);
  const forbidden = xmlForbiddenCount(text);
  if (forbidden > 0) warnings.push(`${forbidden} character(s) XML cannot hold are written as U+FFFD`);

  const meta = analysis.meta;
  const title = meta.title === undefined ? '' : xmlText(meta.title);
  const docdata = [`<doc-id id-string="${xmlAttribute(name)}"/>`];
  if (meta.date !== undefined) docdata.push(`<date.issue norm="${meta.date.replace(/-/g, '')}"/>`);
  const datelineText = meta.dateline
    ? datelinePlace(meta.dateline.start, analysis.mentions, entities)
    : undefined;
  if (datelineText !== undefined) docdata.push(`<evloc city="${xmlAttribute(datelineText)}"/>`);
  const head = [
    ...(title ? [`<hedline><hl1>${title}</hl1></hedline>`] : []),
    ...(meta.dateline ? [`<dateline><location>${xmlText(meta.dateline.text)}</location></dateline>`] : []),
  ];
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<nitf xmlns="${NITF_NAMESPACE}" version="-//IPTC//DTD NITF 3.6//EN">\n` +
    '<head>\n' +
    (title ? `<title>${title}</title>\n` : '') +
    `<docdata>${docdata.join('')}</docdata>\n` +
    '</head>\n' +
    '<body>\n' +
    (head.length > 0 ? `<body.head>${head.join('')}</body.head>\n` : '') +
    `<body.content>${out}</body.content>\n` +
    '</body>\n' +
    '</nitf>\n';
  return { files: [{ suffix: '.nitf.xml', content: xml }], warnings };
}

/** The dateline's place by its entity's name ("Astana" for "ASTANA"), else as written. */
function datelinePlace(
  start: number,
  mentions: readonly Mention[],
  entities: Map<string, Entity>,
): string | undefined {
  const mention = mentions.find((m) => m.start === start && m.type === 'place');
  const entity = mention?.entity === undefined ? undefined : entities.get(mention.entity);
  return entity?.name ?? mention?.text;
}
