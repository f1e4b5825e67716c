// Organization evidence: the gazetteer of known organizations and acronyms, and the shape of a name
// (a head noun such as "Ministry", "Directorate", "Industries", a company suffix such as "Inc.").
import { normalizeKey, type Lexicon, type OrganizationRow } from './lexicon';

interface OrgTables {
  heads: Set<string>;
  suffixes: Set<string>;
}
const tablesFor = new WeakMap<Lexicon, OrgTables>();

export function orgTables(lexicon: Lexicon): OrgTables {
  let t = tablesFor.get(lexicon);
  if (!t) {
    t = {
      heads: new Set(lexicon.orgWords.heads.map(normalizeKey)),
      suffixes: new Set(lexicon.orgWords.companySuffixes.map((s) => normalizeKey(s).replace(/\.$/, ''))),
    };
    tablesFor.set(lexicon, t);
  }
  return t;
}

export function lookUpOrganization(surface: string, lexicon: Lexicon): OrganizationRow | undefined {
  return lexicon.organizations.get(normalizeKey(surface));
}

/** True when `word` is an organization head noun ("Ministry", "Forces", "Industries"). */
export function isOrgHead(word: string, lexicon: Lexicon): boolean {
  const t = orgTables(lexicon);
  const key = normalizeKey(word);
  return t.heads.has(key) || t.suffixes.has(key.replace(/\.$/, ''));
}

/**
 * Heads that take a place as part of their own name ("Bank of England", "University of Michigan",
 * "Republic of Korea"), unlike government units whose "of Türkiye" only says whose they are.
 */
const PLACE_COMPLEMENT_HEADS = new Set([
  'bank',
  'university',
  'republic',
  'kingdom',
  'state',
  'states',
  'commonwealth',
  'college',
  'museum',
  'church',
  'city',
  'province',
  'gulf',
  'sea',
  'bay',
  'port',
  'islands',
  'federation',
  'emirates',
  'union',
  'school',
  'institute',
  'academy',
  'hospital',
  'club',
  'diocese',
  'archdiocese',
  'county',
  'district',
  'council',
]);

export function takesPlaceComplement(head: string): boolean {
  return PLACE_COMPLEMENT_HEADS.has(normalizeKey(head));
}

/** Legal-form abbreviations that always end a company's name ("Chrysler LLC", "Apple Inc."). */
const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'nv',
  'n.v',
  'jsc',
  'aş',
  'a.ş',
  'llp',
  'lp',
  'kk',
  'bv',
  'ab',
  'asa',
  'spa',
  's.p.a',
  'pty',
  'oy',
  'oyj',
  'se',
]);

export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(normalizeKey(word).replace(/\.$/, ''));
}
