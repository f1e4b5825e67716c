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
  'organization-before': {
    explains: 'An organization written just before a title ("Delmont Chief Executive") is the office’s.',
    example: {
      sentence: 'Kestrel Logistics Chief Financial Officer Ines Abara spoke on Monday.',
      entity: ['title', 'Chief Financial Officer'],
      field: 'organization',
      value: 'Kestrel Logistics',
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
    explains: 'A nationality before a name, or a country before its rank or office, is the person’s country.',
    example: {
      sentence: 'Kazakh Colonel General Ruslan Zhaksylykov inspected the troops.',
      entity: ['person', 'Ruslan Zhaksylykov'],
      field: 'country',
      value: 'Kazakhstan',
    },
  },
  'person-of-country': {
    explains: 'A country after a person’s name and "of" ("Mira Holm of Norway") is the person’s.',
    example: {
      sentence: 'The prize went to Mira Holmqvist of Norway on Monday.',
      entity: ['person', 'Mira Holmqvist'],
      field: 'country',
      value: 'Norway',
    },
  },
  'person-of-organization': {
    explains: 'An organization after a person’s name and "of" ("… of the Indian Army") is the person’s.',
    example: {
      sentence: 'Major Ravi Menon of the Indian Army led the patrol.',
      entity: ['person', 'Ravi Menon'],
      field: 'organization',
      value: 'Indian Army',
    },
  },
  'plural-title-holders': {
    explains: 'The people listed after a plural title ("Foreign Ministers A of X and B of Y") all hold it.',
    example: {
      sentence: 'Foreign Ministers Anders Vik of Norway and Petra Lind of Sweden met in Oslo.',
      entity: ['person', 'Petra Lind'],
      field: 'title',
      value: 'Foreign Ministers',
    },
  },
  'office-acronym': {
    explains: 'An acronym in brackets right after a title ("… Commanding (GOC)") is the same office.',
    example: {
      sentence: 'Chief of Army Staff (COAS) General Tariq Wazir visited the troops.',
      entity: ['title', 'Chief of Army Staff'],
      field: 'holder',
      value: 'Tariq Wazir',
    },
  },
  'when-held': {
    explains: 'A word before a title saying when it was held ("former", "ex-") stays in the office.',
    example: {
      sentence: 'The party was led by former Prime Minister Lena Brandt.',
      entity: ['person', 'Lena Brandt'],
      field: 'title',
      value: 'former Prime Minister',
    },
  },
  'organization-before-rank': {
    explains:
      'An organization written just before a person’s rank ("Pakistan Army Major …") is the person’s.',
    example: {
      sentence: 'Pakistan Army Major Saad Qureshi led the convoy.',
      entity: ['person', 'Saad Qureshi'],
      field: 'organization',
      value: 'Pakistan Army',
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
  'dateline-country': {
    explains: 'A rank holder whose country the text does not give is read in the dateline’s country.',
    example: {
      sentence: 'LAHORE, March 3 (APP) - Lt Gen Kamran Wattoo inspected the troops on Monday.',
      entity: ['rank', 'Lieutenant General'],
      field: 'rankInfo.tradition',
      value: 'Pakistan',
    },
  },
  'rank-row': {
    explains: 'A rank shows the row of its holder’s country’s tradition; with none, another row to compare.',
    example: {
      sentence: 'Kazakh Colonel General Ruslan Zhaksylykov inspected the troops.',
      entity: ['rank', 'Colonel General'],
      field: 'rankInfo.tradition',
      value: 'Soviet-style',
    },
  },
} as const satisfies Record<string, RelationRule>;

export type RelationRuleId = keyof typeof RELATION_RULES;
