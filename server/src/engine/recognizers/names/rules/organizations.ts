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

/** A ticker's symbol and exchange code as wire stories write them: "(SCHW.N)", "(BARC.L)", "(7203.T)". */
export const TICKER = /^\(\s*[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,2}\s*\)/u;

/**
 * "Charles Schwab Corp (SCHW.N)": a stock ticker in brackets is the company's, not a name of its
 * own (appositions.ts records it on the company); neither its symbol nor its exchange is marked.
 */
export const ticker: NameRule = {
  id: 'ticker',
  examples: [
    ['Zorvex Ltd (ZVX.L) rose 3%.', 'ZVX', 'none'],
    ['Quvaro (QVR.N) rose 3%.', 'N', 'none'],
  ],
  classify: (p, ctx) => {
    if (p.last - p.first !== 1) return undefined;
    const { tokens } = p;
    // The symbol right after the bracket, or the exchange code after the symbol's full stop.
    const open = p.prev?.text === '(' ? p.first - 1 : tokens[p.first - 1]?.text === '.' ? p.first - 3 : -1;
    return open >= 0 &&
      tokens[open]?.text === '(' &&
      TICKER.test(ctx.text.slice(tokens[open].start, tokens[open].start + 16))
      ? NOT_A_NAME
      : undefined;
  },
};

/**
 * "REUTERS/Marek Dolny": in a photo credit the name in capitals before the slash is the agency
 * whose photographer follows.
 */
export const creditAgency: NameRule = {
  id: 'credit-agency',
  source: 'names:credit-agency',
  examples: [['Boats in the harbour. NORDPRESS/Ilse Varga', 'NORDPRESS', 'organization']],
  classify: (p) => {
    const slash = p.tokens[p.last];
    return p.allCaps &&
      slash?.text === '/' &&
      slash.attached &&
      p.tokens[p.last + 1]?.attached === true &&
      p.tokens[p.last + 1].upper
      ? pieceCandidate(p, 'organization', 'names:credit-agency')
      : undefined;
  },
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
