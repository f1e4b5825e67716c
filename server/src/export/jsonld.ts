// schema.org NewsArticle as JSON-LD, for the web: datePublished, dateline, the article body, and
// the people, organizations and places it mentions with their names, other names, job titles,
// affiliations and, for countries, `sameAs` their Wikidata item. Typed by schema-dts (Google's
// typings of the schema.org vocabulary), so a property schema.org does not have fails to compile;
// test/export/jsonld.test.ts expands the output and checks every term again.
import type { Country, NewsArticle, Organization, Person, Place, Thing, WithContext } from 'schema-dts';
import type { Analysis, Entity } from '../engine/model/types';
import { wikidataOfCountry, wikidataUri } from './countryWikidata';
import type { ExportInput, ExportResult } from './types';

export function toJsonLd({ text, analysis }: ExportInput): ExportResult {
  const article: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(analysis.meta.title !== undefined && { headline: analysis.meta.title }),
    ...(analysis.meta.date !== undefined && { datePublished: analysis.meta.date }),
    ...(analysis.meta.dateline !== undefined && { dateline: analysis.meta.dateline.text }),
    articleBody: text,
    mentions: mentioned(analysis),
  };
  return { files: [{ suffix: '.jsonld', content: `${JSON.stringify(article, null, 2)}\n` }], warnings: [] };
}

/** The people, organizations and places the article names, in the order first named. */
function mentioned(analysis: Analysis): Thing[] {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const things: Thing[] = [];
  const seen = new Set<string>();
  const demonyms = new Set(analysis.mentions.filter((m) => m.type === 'nationality').map((m) => m.text));
  for (const m of analysis.mentions) {
    const entity = m.entity === undefined ? undefined : byId.get(m.entity);
    if (entity === undefined || seen.has(entity.id) || entity.mentions.length === 0) continue;
    const thing = describe(entity, byId, demonyms);
    if (thing === undefined) continue;
    seen.add(entity.id);
    things.push(thing);
  }
  return things;
}

function describe(e: Entity, byId: Map<string, Entity>, demonyms: Set<string>): Thing | undefined {
  const alternateName = e.aliases.filter((a) => a !== e.name);
  const named = { name: e.name, ...(alternateName.length > 0 && { alternateName }) };
  if (e.type === 'person') {
    const jobTitle = [e.rank, e.title].filter((t): t is string => t !== undefined);
    const organization = e.organization === undefined ? undefined : byId.get(e.organization);
    const country = e.country === undefined ? undefined : byId.get(e.country);
    const person: Person = {
      '@type': 'Person',
      ...named,
      ...(jobTitle.length > 0 && { jobTitle: jobTitle.length === 1 ? jobTitle[0] : jobTitle }),
      ...(organization !== undefined && { affiliation: organizationOf(organization) }),
      ...(country !== undefined && { nationality: place(country, demonyms) as Country }),
    };
    return person;
  }
  if (e.type === 'organization') return organizationOf(e, byId);
  if (e.type === 'place') return place(e, demonyms);
  return undefined;
}

function organizationOf(e: Entity, byId?: Map<string, Entity>): Organization {
  const alternateName = [
    ...(e.acronym !== undefined && e.acronym !== e.name ? [e.acronym] : []),
    ...e.aliases,
  ].filter((a, i, all) => a !== e.name && all.indexOf(a) === i);
  const parent = e.parent === undefined ? undefined : byId?.get(e.parent);
  return {
    '@type': 'Organization',
    name: e.name,
    ...(alternateName.length > 0 && { alternateName }),
    ...(parent !== undefined && { parentOrganization: organizationOf(parent) }),
  };
}

/** schema.org's place types for the gazetteer's kinds; a region or site is a Place. */
const PLACE_TYPES = { country: 'Country', city: 'City', continent: 'Continent' } as const;

/** A place's other names; "Kazakh", a demonym linked to Kazakhstan, is none. */
function place(e: Entity, demonyms: Set<string>): Place {
  const type = PLACE_TYPES[e.placeKind as keyof typeof PLACE_TYPES] ?? 'Place';
  const alternateName = e.aliases.filter((a) => a !== e.name && !demonyms.has(a));
  const qid = e.placeKind === 'country' ? wikidataOfCountry(e.name) : undefined;
  return {
    '@type': type,
    name: e.name,
    ...(alternateName.length > 0 && { alternateName }),
    ...(qid !== undefined && { sameAs: wikidataUri(qid) }),
  } as Place;
}
