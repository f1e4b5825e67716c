// What the hover card and `newsmark show` tell about an entity: labelled facts in plain text, in
// the order they are shown (its rank and office, the names of the entities it is linked to, its
// aliases). Decided here once per type; each view only escapes, colours and lays them out.
import type { Entity, RankInfo } from '../engine/model/types';
import type { AnalysisIndex } from './analysisIndex';

export interface Fact {
  /** As the hover card writes it ("Also called"); `newsmark show` writes it in lower case. */
  label: string;
  /** Plain text; each view escapes or cleans it for its medium. */
  text: string;
  /**
   * Whether `newsmark show` repeats the fact on the entity's one summary line, with its label or
   * alone (a place's kind, "city", says what it is). Undefined: on the hover card only.
   */
  summary?: 'labelled' | 'alone';
  /** A code the summary line adds in brackets (a rank's NATO code, which the editor shows on the rank's own card). */
  note?: string;
}

export type EntityFacts = (e: Entity, ix: AnalysisIndex) => Fact[];

/** The facts that have a text, in order (an absent rank or an unlinked country says nothing). */
function facts(...candidates: (Fact | undefined | false)[]): Fact[] {
  return candidates.filter((f): f is Fact => f !== undefined && f !== false && f.text !== '');
}

/** A fact naming a linked entity; none without the link. */
function linked(
  label: string,
  ix: AnalysisIndex,
  id: string | undefined,
  summary?: 'labelled',
): Fact | undefined {
  return id === undefined ? undefined : { label, text: ix.nameOf(id) as string, summary };
}

function aliases(e: Entity): Fact | undefined {
  return e.aliases.length > 0 ? { label: 'Also called', text: e.aliases.join(', ') } : undefined;
}

export const personFacts: EntityFacts = (e, ix) =>
  facts(
    e.rank !== undefined && { label: 'Rank', text: e.rank, summary: 'labelled', note: e.rankInfo?.nato },
    e.title !== undefined && { label: 'Title', text: e.title, summary: 'labelled' },
    linked('Organization', ix, e.organization, 'labelled'),
    linked('Country', ix, e.country, 'labelled'),
    aliases(e),
  );

export const organizationFacts: EntityFacts = (e, ix) =>
  facts(
    e.acronym !== undefined && { label: 'Acronym', text: e.acronym, summary: 'labelled' },
    aliases(e),
    linked('Part of', ix, e.parent, 'labelled'),
    linked('Country', ix, e.country, 'labelled'),
    {
      label: 'People here',
      text: ix
        .peopleOf(e.id)
        .map((p) => p.name)
        .join(', '),
    },
  );

export const placeFacts: EntityFacts = (e, ix) =>
  facts(
    e.placeKind !== undefined && { label: 'Kind', text: e.placeKind, summary: 'alone' },
    // A country's own Country line would name itself.
    e.country !== e.id && linked('Country', ix, e.country, 'labelled'),
    aliases(e),
  );

export const nationalityFacts: EntityFacts = (e, ix) => facts(linked('Country', ix, e.country, 'labelled'));

/**
 * Whose table the row is: the holder's country's, or, where that country has none for the rank,
 * another shown only for comparison; with no country in the article, the row is said to be a default.
 */
function traditionText(info: RankInfo): string {
  if (info.otherTradition)
    return `none for ${info.country} here; the ${info.tradition} rank shown to compare`;
  if (info.country === undefined) return `${info.tradition} (the holder’s country is not given)`;
  return info.tradition;
}

function natoText(info: RankInfo): string | undefined {
  if (!info.nato) return undefined;
  if (info.natoBasis === 'comparable') return `comparable to ${info.nato}`;
  return info.country === undefined
    ? `${info.nato} (official in the ${info.tradition} table)`
    : `${info.nato} (official)`;
}

export const rankFacts: EntityFacts = (e, ix) => {
  const info = e.rankInfo;
  const nato = info && natoText(info);
  return facts(
    { label: 'Normalised rank', text: info?.name ?? e.name },
    info?.branch !== undefined && { label: 'Branch', text: info.branch },
    info !== undefined && { label: 'Tradition', text: traditionText(info) },
    info?.country !== undefined && {
      label: 'Holder’s country',
      text: info.countryFrom === 'dateline' ? `${info.country} (from the dateline)` : info.country,
    },
    nato !== undefined && { label: 'NATO code', text: nato },
    linked('Held by', ix, e.holder),
    info?.source !== undefined && { label: 'Source', text: info.source },
  );
};

export const titleFacts: EntityFacts = (e, ix) =>
  facts(
    { label: 'Office', text: e.title ?? e.name },
    linked('Organization', ix, e.organization),
    linked('Held by', ix, e.holder),
  );

/** Dates are told from their mention (its value, weekday and distance: dateText.ts), not their entity. */
export const dateFacts: EntityFacts = () => [];
