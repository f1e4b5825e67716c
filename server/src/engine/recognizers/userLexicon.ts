// The user's own entries: names the engine should know ("Anitkabyr" is a place) and names it
// should leave alone (type "none"). They run first and outrank every other recognizer, so a
// correction always wins. A "none" entry claims its span so nothing else marks it, and is then
// dropped from the output.
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { MENTION_TYPES, type LexiconEntry, type Problem } from '../model/types';
import { longestPhrase, wordCount } from '../text/phrases';
import { isEntityType } from '../data/lexicon';
import type { Recognizer } from './context';

export const recognizeUserEntries: Recognizer = (ctx) => {
  const { text, lexicon } = ctx;
  if (lexicon.user.table.size === 0) return [];
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'punct') continue;
    const match = longestPhrase(text, tokens, i, lexicon.user);
    if (!match) continue;
    const entry = match.value;
    const start = tokens[match.first].start;
    const end = tokens[match.last - 1].end;
    // Whole words only: "Ata" must not match inside "Ataturk" (tokens guarantee that).
    out.push(
      candidate({
        start,
        end,
        type: entry.type === 'none' ? 'organization' : entry.type,
        source: 'lexicon:user',
        priority: PRIORITY.user,
        key: entry.name,
        country: entry.country,
        suppress: entry.type === 'none' ? true : undefined,
      }),
    );
    i = match.last - 1;
  }
  return out;
};

/**
 * How large a user lexicon may be. A workspace's settings can set the lexicon, so it is read as
 * hostile: a name's words bound how far each phrase look-up reads (the look-up runs at every word
 * of every block), and the counts bound the index built when the lexicon changes.
 */
export const USER_LEXICON_LIMITS = {
  entries: 100_000,
  aliasesPerEntry: 50,
  /** Words of one name or alias, counted as the phrase index counts them. */
  wordsPerName: 20,
  charactersPerName: 200,
} as const;

/** The entries that can be used, and a warning for each kind of entry that cannot. */
export interface CheckedEntries {
  good: LexiconEntry[];
  problems: Problem[];
}

/** What is wrong with an entry: malformed (no name, an unknown type), a name too long, too many aliases. */
type Fault = 'malformed' | 'long' | 'aliases';

function faultOf(raw: unknown): Fault | undefined {
  const e = raw as Partial<LexiconEntry> | null | undefined;
  if (typeof e !== 'object' || e === null) return 'malformed';
  if (typeof e.name !== 'string' || e.name.trim() === '') return 'malformed';
  if (e.type !== 'none' && !(typeof e.type === 'string' && isEntityType(e.type))) return 'malformed';
  const aliases: unknown = e.aliases;
  if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string')))
    return 'malformed';
  if (tooLong(e.name)) return 'long';
  if (aliases === undefined) return undefined;
  if (aliases.length > USER_LEXICON_LIMITS.aliasesPerEntry) return 'aliases';
  return (aliases as string[]).some(tooLong) ? 'long' : undefined;
}

/** Whether a name or alias has more words or characters than USER_LEXICON_LIMITS allow. */
export function tooLong(name: string): boolean {
  const limits = USER_LEXICON_LIMITS;
  return name.length > limits.charactersPerName || wordCount(name) > limits.wordsPerName;
}

/**
 * Sorts the user's entries into those the engine can use and warnings (problems at the start of
 * the document) for the others, each naming the rule or limit it broke. Entries past the limit of
 * entries are left out with one warning.
 */
export function checkUserEntries(entries: readonly unknown[]): CheckedEntries {
  const limits = USER_LEXICON_LIMITS;
  const counts: Record<Fault, number> = { malformed: 0, long: 0, aliases: 0 };
  const good: LexiconEntry[] = [];
  const used = Math.min(entries.length, limits.entries);
  for (let i = 0; i < used; i++) {
    const fault = faultOf(entries[i]);
    if (fault === undefined) good.push(entries[i] as LexiconEntry);
    else counts[fault]++;
  }
  const messages: string[] = [];
  const ignored = (n: number): string =>
    `${n} user lexicon ${n === 1 ? 'entry was' : 'entries were'} ignored`;
  if (counts.malformed > 0)
    messages.push(
      `${ignored(counts.malformed)}: each needs a "name" and a "type" (${MENTION_TYPES.join(', ')} or none), and its "aliases", if any, must be a list of strings.`,
    );
  if (counts.long > 0)
    messages.push(
      `${ignored(counts.long)}: a name or alias may have at most ${limits.wordsPerName} words and ${limits.charactersPerName} characters.`,
    );
  if (counts.aliases > 0)
    messages.push(`${ignored(counts.aliases)}: an entry may have at most ${limits.aliasesPerEntry} aliases.`);
  if (entries.length > limits.entries)
    messages.push(
      `The user lexicon has ${count(entries.length)} entries; only the first ${count(limits.entries)} are used (the most it may have).`,
    );
  const problems = messages.map((message): Problem => ({
    start: 0,
    end: 0,
    severity: 'warning',
    code: 'lexicon-entry',
    message,
  }));
  return { good, problems };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Whether two lists of entries say the same, field by field: how a lexicon that arrives as a new
 * list (settings read again) is known to be the one already indexed, without serialising either.
 */
export function sameEntries(a: readonly LexiconEntry[], b: readonly LexiconEntry[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x?.name !== y?.name || x?.type !== y?.type || x?.country !== y?.country) return false;
    const xs = x?.aliases;
    const ys = y?.aliases;
    if (xs === ys) continue;
    if (!Array.isArray(xs) || !Array.isArray(ys) || xs.length !== ys.length) return false;
    for (let j = 0; j < xs.length; j++) if (xs[j] !== ys[j]) return false;
  }
  return true;
}
