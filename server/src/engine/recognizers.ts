// The recognizers, in the order they run on each block. Later recognizers see the candidates of
// earlier ones: ranks and titles are cues for people, so they run before the name recognizers.
import type { Recognizer } from './candidate';
import { recognizeDates } from './dates';

export const RECOGNIZERS: Recognizer[] = [recognizeDates];
