// Relations an editor wants in the hover and the outline: person → rank, title, organization,
// country; title → organization; organization → parent, country; rank → its table row. They are
// read from how news writes them: a rank or title right before a name ("Minister of Defense,
// Colonel General Ruslan Zhaksylykov"), an appositive after it ("Haluk Gergün, the head of …"),
// and "of"/"at" chains ("head of the Department of International Cooperation at the Ministry of
// Defense"). Each rule is listed, with an example, in rules.ts.
import type { Lexicon } from '../../data/lexicon';
import type { Linked } from '../linking';
import { readChains } from './chains';
import { findCoHolders, findHolders, holdersTake, rankTitleEntities } from './holders';
import { organizationCountries, peopleCountries } from './countries';
import { rankRows } from './rankRows';
import { RelationDocument } from './document';
import type { RelationRuleId } from './rules';

const unheard = (): void => {};

/**
 * Adds the relations to the linked entities, and makes the rank and title entities (one per
 * holder), which linking leaves to this stage. `fired` hears each rule that concludes something.
 */
export function addRelations(
  text: string,
  linked: Linked,
  lexicon: Lexicon,
  fired: (rule: RelationRuleId) => void = unheard,
): void {
  const doc = new RelationDocument(text, linked, lexicon, fired);
  const chains = readChains(doc);
  const holderOf = findHolders(doc);
  const rankTitles = rankTitleEntities(doc, holderOf, chains);
  const coHolders = findCoHolders(doc, holderOf);
  organizationCountries(doc, chains.orgCountry);
  holdersTake(doc, rankTitles, coHolders);
  peopleCountries(doc);
  rankRows(doc, rankTitles);
}
