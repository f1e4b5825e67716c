// Everything the engine builds once before it can read a word: the data files, the phrase indexes
// of the gazetteers, the derived tables, the compiled date patterns. Each is otherwise built on first use, so the first
// document a user opens would wait for all of it (about 60 ms here, beside 5 ms for the article).
// A server calls this once it is initialised, before any document arrives; it reads no text.
import { loadLexicon, type Lexicon } from './data/lexicon';
import { preparePhraseTable } from './text/phrases';
import { titleTables } from './recognizers/titles';
import { orgTables } from './recognizers/names/organizations';
import { prepareDateRules } from './recognizers/dates';
import { prepareKnownNames } from './recognizers/names/cuts';

export function prepareEngine(lexicon: Lexicon = loadLexicon()): void {
  preparePhraseTable(lexicon.rankForms);
  prepareKnownNames(lexicon);
  preparePhraseTable(titleTables(lexicon).compounds);
  orgTables(lexicon);
  prepareDateRules();
}
