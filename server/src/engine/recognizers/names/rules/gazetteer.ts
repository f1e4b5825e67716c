// Names the gazetteers know: organizations, places (and places read as sports teams), and
// newspapers named after a known place. Their candidates carry the gazetteer's canonical name as
// key, so every spelling of one entry links to one entity. Demonyms are set apart while runs are
// cut (cuts.ts): a piece that reaches these rules is never a demonym alone.
import { PRIORITY, candidate } from '../../../model/candidate';
import { placeByKey } from '../places';
import { teamEvidence } from '../teams';
import { pieceCandidate, type NameRule } from './rule';

/** An organization the gazetteer knows by this name ("NATO", "Ford Motor Company"). */
export const knownOrganization: NameRule = {
  id: 'known-organization',
  source: 'names',
  examples: [['Officials at NATO met on Monday.', 'NATO', 'organization']],
  classify: (p, ctx) => {
    const org = p.org;
    if (org === undefined) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'organization',
      source: 'names',
      priority: PRIORITY.knownOrganization,
      key: org.name,
      country: org.country ? ctx.lexicon.countryByIso.get(org.country)?.name : undefined,
    });
  },
};

/** A country or city in a match report is its team ("Belgium defeated Panama 3 – 0"). */
export const team: NameRule = {
  id: 'team',
  source: 'names:team',
  examples: [['Belgium beat Panama 3 – 0 on Monday.', 'Panama', 'organization']],
  classify: (p, ctx) => {
    const place = p.place;
    if (place === undefined || !p.placeHere || place.kind === 'site' || place.kind === 'continent')
      return undefined;
    const evidence = teamEvidence(ctx, p.first, p.last);
    if (evidence === undefined) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'organization',
      source: 'names:team',
      priority: PRIORITY.name,
      key: place.key,
      weak: evidence === 'weak' || undefined,
    });
  },
};

/** A place the gazetteers know; a name that is also a word only after "in", "from", …. */
export const knownPlace: NameRule = {
  id: 'known-place',
  source: 'names',
  examples: [
    ['Talks resumed in Nairobi on Friday.', 'Nairobi', 'place'],
    ['The ministry said Kazakhstan would sign.', 'Kazakhstan', 'place'],
  ],
  classify: (p) => {
    const place = p.place;
    if (place === undefined || !p.placeHere) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'place',
      source: 'names',
      priority: PRIORITY.name,
      key: place.key,
      country: place.country,
    });
  },
};

/** A newspaper named after its place: "Toronto Star", "Edmonton Sun", "Daily Mail". */
export const publication: NameRule = {
  id: 'publication',
  source: 'names:publication',
  examples: [['The story ran in the Nairobi Star on Sunday.', 'Nairobi Star', 'organization']],
  classify: (p, ctx) => {
    const words = p.words;
    if (
      words.length !== 2 ||
      !ctx.lexicon.orgCues.publications.has(words[1].key) ||
      (placeByKey(words[0].key, ctx.lexicon) === undefined && words[0].key !== 'daily')
    )
      return undefined;
    return pieceCandidate(p, 'organization', 'names:publication');
  },
};
