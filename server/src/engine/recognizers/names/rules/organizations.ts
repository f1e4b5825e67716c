// Organizations by the shape of their name, by the words around them, by an acronym, and, last of
// all, by default: in news most capitalised names of unknown kind are organizations.
import type { BlockContext } from '../../context';
import { orgShaped } from '../pieces';
import { isLegalForm, organizationContext } from '../organizations';
import { ROMAN, type NamePiece } from './namePiece';
import { pieceCandidate, NOT_A_NAME, type NameRule } from './rule';

/** "Jim Press" is a person: a given name and one word that could also head an organization's name. */
function givenPair(p: NamePiece, ctx: BlockContext): boolean {
  const { words } = p;
  const lex = ctx.lexicon;
  return (
    words.length === 2 &&
    lex.givenNames.has(words[0].key) &&
    !lex.commonWords.has(words[0].key) &&
    !isLegalForm(words[1].text, ctx.lexicon) &&
    !lex.placeHeads.has(words[1].key)
  );
}

/** A head noun or a company suffix: "Ministry of Energy", "Kenya Airways", "Zorvex Ltd". */
export const orgShape: NameRule = {
  id: 'org-shape',
  source: 'names:org-shape',
  examples: [['The Ministry of Energy denied the report.', 'Ministry of Energy', 'organization']],
  classify: (p, ctx) =>
    orgShaped(ctx, p) && !givenPair(p, ctx)
      ? pieceCandidate(p, 'organization', 'names:org-shape')
      : undefined,
};

/**
 * Words around the name that only an organization's takes ("automaker Chrysler", "Ford's shares",
 * "Delmont said in a statement"). A name that begins with a given name is read so only where what
 * is said of it cannot be said of a person ("Tremaine reported revenue", not "Tremaine said …").
 */
export const orgContext: NameRule = {
  id: 'org-context',
  source: 'names:org-context',
  examples: [
    ['Shares in carmaker Zorvex fell sharply.', 'Zorvex', 'organization'],
    ['Lyon-based Tremaine reported revenue of $3 billion.', 'Tremaine', 'organization'],
  ],
  classify: (p, ctx) => {
    const context = organizationContext(p.tokens, p.first, p.last, ctx.lexicon);
    return context === 'organization' || (context === 'organization or person' && !p.given)
      ? pieceCandidate(p, 'organization', 'names:org-context')
      : undefined;
  },
};

/**
 * Is there a capitalised phrase right before the bracket at `paren` whose initials spell
 * `acronym` ("North Atlantic Treaty Organization (NATO)")? Then the acronym names what it names.
 */
function expansionBefore(ctx: BlockContext, paren: number, acronym: string): boolean {
  const { tokens } = ctx.tokenized;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let initials = '';
  for (let k = paren - 1; k >= 0 && paren - k <= 12; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (t.upper) initials = t.text[0] + initials;
    if (initials.length >= letters.length) return initials === letters;
  }
  return false;
}

/**
 * "Software Development Kit (SDK)": a bracketed acronym is what its expansion is; with no
 * organization before it, it is no organization.
 */
export const bracketedAcronym: NameRule = {
  id: 'bracketed-acronym',
  examples: [['The firm released its new toolkit (QXT) today.', 'QXT', 'none']],
  classify: (p, ctx) =>
    p.words.length === 1 &&
    p.allCaps &&
    p.prev?.text === '(' &&
    p.tokens[p.last]?.text === ')' &&
    !expansionBefore(ctx, p.first - 1, p.words[0].text)
      ? NOT_A_NAME
      : undefined,
};

/** An unknown acronym in news is nearly always an organization ("TUSAŞ", "SBU"). */
export const acronym: NameRule = {
  id: 'acronym',
  source: 'names:acronym',
  examples: [['Police said the KRPF had claimed the attack.', 'KRPF', 'organization']],
  classify: (p) => {
    const words = p.words;
    if (
      words.length !== 1 ||
      !p.allCaps ||
      !/^\p{Lu}{2,6}$/u.test(words[0].text) ||
      ROMAN.test(words[0].text)
    )
      return undefined;
    return pieceCandidate(p, 'organization', 'names:acronym', true);
  },
};

/** A known organization's name and more ("Apple Computer", "Ford Australia", "GM Europe"). */
export const orgExtension: NameRule = {
  id: 'org-extension',
  source: 'names:org-extension',
  examples: [['Reporters waited outside Apple Computer on Monday.', 'Apple Computer', 'organization']],
  classify: (p, ctx) =>
    p.words.length >= 2 && ctx.lexicon.organizations.get(p.words[0].key)
      ? pieceCandidate(p, 'organization', 'names:org-extension')
      : undefined,
};

/**
 * What is left is a capitalised name of unknown kind; in news most are organizations. The guess
 * is weak: linking keeps it only where another mention of the name says what it is.
 */
export const byDefault: NameRule = {
  id: 'default',
  source: 'names:default',
  examples: [['Quvaro expects a better year, said automaker Quvaro on Monday.', 'Quvaro', 'organization']],
  classify: (p) => pieceCandidate(p, 'organization', 'names:default', true),
};
