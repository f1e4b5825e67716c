// Everything the engine builds once before it can read a word: the data files, the tables derived
// from them (phrase indexes of the gazetteers, look-up sets), the compiled date patterns. Each is
// otherwise built on first use, so the first document a user opens would wait for all of it (about
// 60 ms here, beside 5 ms for the article). A server calls this once it is initialised, before any
// document arrives; it reads no text.
import { loadLexicon, type Lexicon } from './data/lexicon';
import { derive } from './data/derived';
import { prepareDateRules } from './recognizers/dates';

export function prepareEngine(lexicon: Lexicon = loadLexicon()): void {
  derive(lexicon);
  prepareDateRules();
}
