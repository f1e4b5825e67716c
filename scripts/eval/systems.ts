// The systems `npm run eval` compares, all behind one interface so that the same scorer judges
// them: Newsmark's engine, and two widely used JavaScript libraries as baselines — compromise
// for people, organizations and places, chrono-node for dates.
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { analyze } from '../../server/src/engine/pipeline';
import type { Span } from './score';
import type { EvalDoc } from './corpus';

export interface System {
  name: string;
  /** The types the system can produce; it is scored on these only. */
  types: readonly string[];
  predict(doc: EvalDoc): Span[];
}

export const newsmark: System = {
  name: 'newsmark',
  types: ['person', 'organization', 'place', 'date', 'rank', 'title'],
  predict(doc) {
    return analyze(doc.text, { articleDate: doc.articleDate }).mentions.map((m) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      text: m.text,
      value: m.value,
      source: m.source,
    }));
  },
};

// compromise's match text carries the term's trailing punctuation and possessive ("Smith's,"),
// which the gold never includes (see the dev README's stripping rules); trimming them is the
// fair reading of what compromise found.
const TRAILING = /(?:['’]s|['’]|[\s.,;:!?"”)\]}-])+$/u;
const LEADING = /^[\s"“(['‘]+/u;
const ABBREVIATION_END = /(?:\p{L}\.\p{L}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Mt|Ft))$/u;

export const compromiseBaseline: System & { offsetMismatches: number } = {
  name: 'compromise',
  types: ['person', 'organization', 'place'],
  offsetMismatches: 0,
  predict(doc) {
    const view = nlp(doc.text);
    const out: Span[] = [];
    const take = (
      type: string,
      matches: { text: string; offset: { start: number; length: number } }[],
    ): void => {
      for (const match of matches) {
        let start = match.offset.start;
        // compromise counts in UTF-16 units (JS string indices), but its start skips the match's
        // leading punctuation ("(ANA)" starts at "A") while its length still includes it.
        let end = start + match.offset.length - (/^[^\p{L}\p{N}]*/u.exec(match.text)?.[0].length ?? 0);
        const core = match.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (!doc.text.slice(start, end).includes(core)) this.offsetMismatches++;
        const slice = doc.text.slice(start, end);
        const lead = LEADING.exec(slice)?.[0].length ?? 0;
        const trail = TRAILING.exec(slice.slice(lead))?.[0].length ?? 0;
        start += lead;
        end -= trail;
        // Keep an abbreviation's own full stop ("U.S.", "Apple Inc."), not a sentence's ("Iraq.").
        if (doc.text[end] === '.' && ABBREVIATION_END.test(doc.text.slice(start, end))) end++;
        if (end > start) out.push({ start, end, type, text: doc.text.slice(start, end) });
      }
    };
    type Matches = Parameters<typeof take>[1];
    take('person', view.people().json({ offset: true }) as Matches);
    take('organization', view.organizations().json({ offset: true }) as Matches);
    take('place', view.places().json({ offset: true }) as Matches);
    return out;
  },
};

/** Noon local time on the article date, so chrono's day arithmetic cannot cross midnight. */
function referenceDate(articleDate: string | undefined): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(articleDate ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A TimeML value from chrono's components: as precise as what the text fixed (certain). */
export function chronoValue(c: chrono.ParsedComponents): string {
  const year = pad(c.get('year') ?? 0, 4);
  const month = pad(c.get('month') ?? 1);
  const day = pad(c.get('day') ?? 1);
  if (c.isCertain('day') || c.isCertain('weekday')) return `${year}-${month}-${day}`;
  if (c.isCertain('month')) return `${year}-${month}`;
  if (c.isCertain('year')) return year;
  return `${year}-${month}-${day}`; // a time of day alone: that day
}

// chrono includes a leading preposition ("on Tuesday") and trailing punctuation; the gold does not.
const CHRONO_LEADING = /^(?:(?:on|in|at|by|since|from|until|till|of|during)\s+)+/i;

export const chronoBaseline: System = {
  name: 'chrono-node',
  types: ['date'],
  predict(doc) {
    return chrono.parse(doc.text, referenceDate(doc.articleDate)).flatMap((r) => {
      const lead = CHRONO_LEADING.exec(r.text)?.[0].length ?? 0;
      const trail = /[\s.,;:!?]+$/.exec(r.text.slice(lead))?.[0].length ?? 0;
      const start = r.index + lead;
      const end = r.index + r.text.length - trail;
      if (end <= start) return [];
      const value = chronoValue(r.start);
      return [{ start, end, type: 'date', text: doc.text.slice(start, end), value }];
    });
  },
};
