// Everything the engine builds once before it can read a word: the data files, the phrase indexes
// of the gazetteers, the derived tables, the compiled date patterns. Each is otherwise built on first use, so the first
// document a user opens would wait for all of it (about 60 ms here, beside 5 ms for the article).
// A server calls this once it is initialised, before any document arrives; it reads no text.
import { loadLexicon, type Lexicon } from './lexicon';
import { preparePhraseTable } from './phrases';
import { titleTables } from './titles';
import { orgTables } from './organizations';
import { prepareDateRules } from './dates';
import { prepareKnownNames } from './nameCuts';

export function prepareEngine(lexicon: Lexicon = loadLexicon()): void {
  preparePhraseTable(lexicon.rankForms);
  prepareKnownNames(lexicon);
  preparePhraseTable(titleTables(lexicon).compounds);
  orgTables(lexicon);
  prepareDateRules();
}
