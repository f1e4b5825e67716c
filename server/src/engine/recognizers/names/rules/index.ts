// The name rules in order of precedence: the first rule with a verdict decides what a piece of a
// name run is. Rules that rule a piece out come before the evidence they would otherwise lose to
// (a product before the gazetteer's maker, a unit before the acronym rule).
import type { Candidate } from '../../../model/candidate';
import type { BlockContext } from '../../context';
import type { Piece } from '../pieces';
import { NamePiece } from './namePiece';
import { ClassifyInstead, NOT_A_NAME, type NameRule } from './rule';
import { currencyPrefix, eventName, groupWord, unitAfterNumber } from './nonNames';
import { acronymInside, makerBeforeModel, product } from './products';
import { knownBrand, knownOrganization, knownPlace, publication, team } from './gazetteer';
import {
  ambiguousPlace,
  areaNoun,
  inPlace,
  nearPlace,
  placeThenWord,
  region,
  site,
  townBeforeRegion,
} from './places';
import {
  acronym,
  bracketedAcronym,
  byDefault,
  creditAgency,
  orgContext,
  orgExtension,
  orgShape,
  ticker,
} from './organizations';
import {
  age,
  cue,
  given,
  knownSurname,
  personShape,
  speech,
  surname,
  trailingCommonNoun,
  unknownPair,
} from './people';
import { MATCH_RULES, RESULTS_RULES, clubByWords } from './teams';

export const NAME_RULES: readonly NameRule[] = [
  groupWord,
  eventName,
  currencyPrefix,
  ...RESULTS_RULES,
  ticker,
  product,
  makerBeforeModel,
  knownOrganization,
  team,
  ...MATCH_RULES,
  knownPlace,
  site,
  region,
  areaNoun,
  orgShape,
  orgContext,
  creditAgency,
  unitAfterNumber,
  bracketedAcronym,
  acronym,
  cue,
  age,
  knownBrand,
  publication,
  orgExtension,
  // After the organization rules: "outside Superdrug" is the shop, "near Mirali" a place.
  nearPlace,
  townBeforeRegion,
  placeThenWord,
  trailingCommonNoun,
  acronymInside,
  personShape,
  inPlace,
  surname,
  speech,
  given,
  knownSurname,
  unknownPair,
  clubByWords,
  ambiguousPlace,
  byDefault,
];

/** Told which rule decided which piece (for tests and for tracing a wrong reading). */
export type NameRuleObserver = (rule: NameRule, piece: Piece, verdict: Candidate | undefined) => void;

/**
 * What the piece is: the candidate of the first rule with a verdict, or undefined when a rule
 * rules it out. `cues` are the block's ranks and titles by their end offset.
 */
export function classifyPiece(
  ctx: BlockContext,
  piece: Piece,
  cues: ReadonlyMap<number, Candidate>,
  observe?: NameRuleObserver,
): Candidate | undefined {
  const p = new NamePiece(ctx, piece.first, piece.last, cues);
  for (const rule of NAME_RULES) {
    const verdict = rule.classify(p, ctx);
    if (verdict === undefined) continue;
    if (verdict instanceof ClassifyInstead) {
      observe?.(rule, piece, undefined);
      return classifyPiece(ctx, verdict.piece, cues, observe);
    }
    const found = verdict === NOT_A_NAME ? undefined : verdict;
    observe?.(rule, piece, found);
    return found;
  }
  return undefined;
}
