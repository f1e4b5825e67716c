// Every relation rule: what it reads, what it concludes, a sentence it fires on and what that
// sentence yields. The passes (chains.ts, holders.ts, countries.ts, rankRows.ts) name the rule at
// the place it concludes; test/engine/relations.test.ts runs every example and checks both that
// its rule fired and that the fact is there.
import type { MentionType } from '../../model/types';

/** An entity fact a rule's example yields: the entity (by type and name), the field, the value. */
export interface RelationExample {
  sentence: string;
  /** The entity the rule tells something about, by type and name. */
  entity: [type: MentionType, name: string];
  /** An entity's field; for an id field, the value is the name of the entity it points to. */
  field: 'country' | 'organization' | 'parent' | 'holder' | 'rank' | 'title' | 'rankInfo.tradition';
  value: string;
}

export interface RelationRule {
  /** One line: what the rule reads and what it concludes. */
  explains: string;
  example: RelationExample;
}

export const RELATION_RULES = {
  'country-before': {
    explains: 'A country written just before a title or an organization is its country.',
    example: {
      sentence: "Kazakhstan's Defense Minister Ruslan Zhaksylykov spoke on Monday.",
      entity: ['title', 'Defense Minister'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  'demonym-name': {
    explains:
      'An organization whose name starts with a demonym is that country’s, when the article names it.',
    example: {
      sentence: 'Turkish Aerospace Industries builds drones in Türkiye.',
      entity: ['organization', 'Turkish Aerospace Industries'],
      field: 'country',
      value: 'Türkiye',
    },
  },
  'title-of-organization': {
    explains: 'An organization after "of" or "at" a title is the organization of the office.',
    example: {
      sentence: 'Haluk Gergün, the head of the Department of International Cooperation, spoke.',
      entity: ['title', 'head'],
      field: 'organization',
      value: 'Department of International Cooperation',
    },
  },
  'organization-of-parent': {
    explains: 'An organization after "of" or "at" another is its parent.',
    example: {
      sentence: 'The Gendarmerie of the Ministry of Internal Affairs sent officers.',
      entity: ['organization', 'Gendarmerie'],
      field: 'parent',
      value: 'Ministry of Internal Affairs',
    },
  },
  'of-country': {
    explains: 'A country after "of" or "in" a title or an organization (or its chain) is its country.',
    example: {
      sentence: 'He visited the Defense Industry Directorate of Türkiye on Monday.',
      entity: ['organization', 'Defense Industry Directorate'],
      field: 'country',
      value: 'Türkiye',
    },
  },
  'before-name': {
    explains: 'A rank or a title right before a name (commas between) is the person’s.',
    example: {
      sentence: 'Minister of Defense, Colonel General Ruslan Zhaksylykov arrived.',
      entity: ['rank', 'Colonel General'],
      field: 'holder',
      value: 'Ruslan Zhaksylykov',
    },
  },
  'nationality-before-name': {
    explains: 'A nationality among the words before a name is the person’s country.',
    example: {
      sentence: 'Kazakh Colonel General Ruslan Zhaksylykov inspected the troops.',
      entity: ['person', 'Ruslan Zhaksylykov'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  apposition: {
    explains: 'A title or a rank after a name and a comma is the person’s.',
    example: {
      sentence: 'Haluk Gergün, the head of the agency, spoke.',
      entity: ['title', 'head'],
      field: 'holder',
      value: 'Haluk Gergün',
    },
  },
  'ministry-of-minister': {
    explains: 'A "Minister of X" or "X Minister" heads the "Ministry of X" the article names.',
    example: {
      sentence: 'Defense Minister Yashar Guler visited the Ministry of Defense on Monday.',
      entity: ['title', 'Defense Minister'],
      field: 'organization',
      value: 'Ministry of Defense',
    },
  },
  'minister-country': {
    explains: 'The organization of a title with a country is in that country, unless written otherwise.',
    example: {
      sentence: "Kazakhstan's Minister of Defense Ruslan Zhaksylykov spoke at the Ministry of Defense.",
      entity: ['organization', 'Ministry of Defense'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  'parent-country': {
    explains: 'An organization with no country written takes its parent’s.',
    example: {
      sentence: 'The Gendarmerie of the Ministry of Internal Affairs of Kazakhstan sent officers.',
      entity: ['organization', 'Gendarmerie'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  'state-body-country': {
    explains:
      'A state body (ministry, army …) takes the country named last before it, unless named as the other party.',
    example: {
      sentence: 'Kazakhstan held elections. The Ministry of Internal Affairs said turnout was high.',
      entity: ['organization', 'Ministry of Internal Affairs'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  'holder-takes-title': {
    explains: 'A person takes the title they hold, and its organization and country.',
    example: {
      sentence: 'Defense Minister Yashar Guler visited the Ministry of Defense on Monday.',
      entity: ['person', 'Yashar Guler'],
      field: 'organization',
      value: 'Ministry of Defense',
    },
  },
  'holder-takes-rank': {
    explains: 'A person takes the rank they hold.',
    example: {
      sentence: 'General Mark Milley spoke.',
      entity: ['person', 'Mark Milley'],
      field: 'rank',
      value: 'General',
    },
  },
  'organization-country': {
    explains: 'A person with no country takes their organization’s.',
    example: {
      sentence: 'Haluk Gergün, the head of the Defense Industry Agency of Türkiye, spoke.',
      entity: ['person', 'Haluk Gergün'],
      field: 'country',
      value: 'Türkiye',
    },
  },
  'rank-row': {
    explains: 'A rank shows its table row for the tradition of its holder’s country (else the US row).',
    example: {
      sentence: 'Kazakh Colonel General Ruslan Zhaksylykov inspected the troops.',
      entity: ['rank', 'Colonel General'],
      field: 'rankInfo.tradition',
      value: 'Soviet-style',
    },
  },
} as const satisfies Record<string, RelationRule>;

export type RelationRuleId = keyof typeof RELATION_RULES;
