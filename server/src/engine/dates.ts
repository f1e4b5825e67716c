// Date recognizer — being written (see issue 3); returns nothing until then.
import type { Candidate, Recognizer } from './candidate';

export const recognizeDates: Recognizer = (): Candidate[] => [];
