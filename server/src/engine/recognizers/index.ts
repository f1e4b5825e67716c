// The recognizers, in the order they run on each block. The user's own entries come first: a
// correction always wins. Later recognizers see the candidates of
// earlier ones: dates first (so "May" and "March" are not names), then ranks and titles, which are
// cues for the people the name recognizer finds after them.
import { recognizeUserEntries } from './userLexicon';
import { recognizeDates } from './dates';
import { recognizeRanks } from './ranks';
import { recognizeTitles } from './titles';
import { recognizeNames } from './names';
import type { Recognizer } from './context';

export const RECOGNIZERS: Recognizer[] = [
  recognizeUserEntries,
  recognizeDates,
  recognizeRanks,
  recognizeTitles,
  recognizeNames,
];
