// `newsmark summary`: what an archive is about. The people, organizations and places named in it,
// each with the number of articles naming it and of its mentions, the range of the articles'
// dates, and the mentions of each type; as a table for people, JSON or CSV for programs.
import { MENTION_TYPES, type Analysis, type MentionType } from '../engine/model/types';
import { csvField } from '../export/markup';
import { printable } from './show';

export type SummaryFormat = 'table' | 'json' | 'csv';

/** The types listed by name, under the heading each gets. */
const LISTED = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
] as const;
type Listed = (typeof LISTED)[number][0];

export interface NamedCount {
  name: string;
  articles: number;
  mentions: number;
}

export interface SummaryJson {
  files: number;
  articles: number;
  /** Articles without a date of their own (nor --article-date). */
  undated: number;
  dateRange: { first: string; last: string } | null;
  /** Mentions of each type over the whole archive. */
  totals: Record<MentionType, number>;
  people: NamedCount[];
  organizations: NamedCount[];
  places: NamedCount[];
}

/** What one article adds to the summary: small, so a worker thread sends it cheaply. */
export interface SummaryPart {
  date?: string;
  /** Mentions by type. */
  totals: Partial<Record<MentionType, number>>;
  /** Each person, organization and place the article names: type, name, mentions. */
  named: [Listed, string, number][];
}

export function summaryPart(analysis: Analysis): SummaryPart {
  const totals: Partial<Record<MentionType, number>> = {};
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const counts = new Map<string, [Listed, string, number]>();
  for (const m of analysis.mentions) {
    totals[m.type] = (totals[m.type] ?? 0) + 1;
    if (m.type !== 'person' && m.type !== 'organization' && m.type !== 'place') continue;
    // An unlinked mention counts by its text, as `show` lists it.
    const name = (m.entity !== undefined ? names.get(m.entity) : undefined) ?? m.text;
    const key = `${m.type}\u0000${name}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, [m.type, name, 1]);
    else entry[2]++;
  }
  return { date: analysis.meta.date, totals, named: [...counts.values()] };
}

export class ArchiveSummary {
  private files = 0;
  private articles = 0;
  private undated = 0;
  private first?: string;
  private last?: string;
  private readonly totals = Object.fromEntries(MENTION_TYPES.map((t) => [t, 0])) as Record<
    MentionType,
    number
  >;
  private readonly named = new Map<Listed, Map<string, NamedCount>>(LISTED.map(([t]) => [t, new Map()]));

  addFile(): void {
    this.files++;
  }

  add(part: SummaryPart): void {
    this.articles++;
    const date = part.date;
    if (date === undefined) this.undated++;
    else {
      if (this.first === undefined || date < this.first) this.first = date;
      if (this.last === undefined || date > this.last) this.last = date;
    }
    for (const t of MENTION_TYPES) this.totals[t] += part.totals[t] ?? 0;
    for (const [type, name, mentions] of part.named) {
      const table = this.named.get(type) as Map<string, NamedCount>;
      const entry = table.get(name);
      if (entry === undefined) table.set(name, { name, articles: 1, mentions });
      else {
        entry.articles++;
        entry.mentions += mentions;
      }
    }
  }

  toJson(): SummaryJson {
    const list = (type: Listed): NamedCount[] =>
      [...(this.named.get(type) as Map<string, NamedCount>).values()].sort(
        (a, b) =>
          b.articles - a.articles ||
          b.mentions - a.mentions ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
    return {
      files: this.files,
      articles: this.articles,
      undated: this.undated,
      dateRange:
        this.first !== undefined && this.last !== undefined ? { first: this.first, last: this.last } : null,
      totals: { ...this.totals },
      people: list('person'),
      organizations: list('organization'),
      places: list('place'),
    };
  }

  render(format: SummaryFormat): string {
    const s = this.toJson();
    if (format === 'json') return `${JSON.stringify(s, null, 2)}\n`;
    if (format === 'csv') {
      const rows = ['type,name,articles,mentions'];
      for (const [type, key] of LISTED)
        for (const n of s[key]) rows.push([type, csvField(n.name), n.articles, n.mentions].join(','));
      return `${rows.join('\r\n')}\r\n`;
    }
    const lines = [
      `${s.articles} article${s.articles === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}` +
        (s.dateRange ? `, dated ${s.dateRange.first} to ${s.dateRange.last}` : '') +
        (s.undated > 0 ? ` (${s.undated} undated)` : ''),
      `Mentions: ${MENTION_TYPES.map((t) => `${t} ${s.totals[t]}`).join(', ')}`,
    ];
    for (const [, key] of LISTED) {
      const rows = s[key];
      lines.push('', `${key[0].toUpperCase()}${key.slice(1)} (${rows.length})`);
      if (rows.length === 0) lines.push('  none found');
      else {
        lines.push('  articles  mentions  name');
        for (const n of rows)
          lines.push(
            `  ${String(n.articles).padStart(8)}  ${String(n.mentions).padStart(8)}  ${printable(n.name)}`,
          );
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
