// Cutting a name run where one name ends and the next begins ("Kazakhstan and Türkiye",
// "Gendarmerie of the Ministry of Internal Affairs", "Governor of Washington Chris Gregoire"):
// the cutting rules of README.md ("One `of` per name", "A place inside an organization's name"),
// in the order they are asked.
import type { BlockContext } from '../../context';
import type { Piece } from '../pieces';
import type { CutRule } from './rule';
import { captionLabel, trailingMarks, weakStart } from './edges';
import { knownName, placeBeforePerson, placeThenOffice } from './places';
import { and, camelCasedBrand, functionWord, of } from './words';
import { afterOrganization } from './organizations';
import { demonymBeforeName, loneDemonym } from './demonyms';
import { compoundParticiple } from './compounds';
import { slash } from './slashes';
import { eventWhole } from './events';
import { resultsName, teamName } from './teams';

export const CUT_RULES: readonly CutRule[] = [
  resultsName,
  weakStart,
  trailingMarks,
  captionLabel,
  compoundParticiple,
  eventWhole,
  teamName,
  knownName,
  slash,
  placeBeforePerson,
  functionWord,
  camelCasedBrand,
  placeThenOffice,
  afterOrganization,
  and,
  of,
  demonymBeforeName,
  loneDemonym,
];

/** Told which rule cut which stretch of tokens (for tests and for tracing a wrong reading). */
export type CutRuleObserver = (rule: CutRule, first: number, last: number) => void;

/**
 * Cuts the run at tokens [first, last) into the names it holds: `names` gets the pieces to
 * classify, `nationalities` the demonyms that stand alone ("Kazakh cadets"). A stretch no rule
 * cuts is one name.
 */
export function cutIntoNames(
  ctx: BlockContext,
  first: number,
  last: number,
  names: Piece[],
  nationalities: Piece[],
  observe?: CutRuleObserver,
): void {
  if (first >= last) return;
  for (const rule of CUT_RULES) {
    const cut = rule.cut(ctx, first, last);
    if (cut === undefined) continue;
    observe?.(rule, first, last);
    switch (cut.kind) {
      case 'narrow':
        first = cut.first;
        last = cut.last;
        if (first >= last) return;
        continue;
      case 'whole':
        names.push({ first, last });
        return;
      case 'split':
        cutIntoNames(ctx, first, cut.leftEnd, names, nationalities, observe);
        cutIntoNames(ctx, cut.rightStart, last, names, nationalities, observe);
        return;
      case 'nationality':
        nationalities.push({ first, last: cut.last });
        cutIntoNames(ctx, cut.last, last, names, nationalities, observe);
        return;
    }
  }
  names.push({ first, last });
}
