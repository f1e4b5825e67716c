// Capitalised words that are none of the types we mark, whatever the gazetteers say about them.
import { isEventName } from '../people';
import { NOT_A_NAME, type NameRule } from './rule';

/** "the Rohingya", "Sunnis": a people or faith alone is none of our types. */
export const groupWord: NameRule = {
  id: 'group-word',
  examples: [['Aid reached the Rohingya in the camps.', 'Rohingya', 'none']],
  classify: (p, ctx) =>
    p.last - p.first === 1 && ctx.lexicon.groupWords.has(p.key) ? NOT_A_NAME : undefined,
};

/** "US$700 billion": a currency's country prefix, not a place. */
export const currencyPrefix: NameRule = {
  id: 'currency-prefix',
  examples: [['The deal is worth US$700 million.', 'US', 'none']],
  classify: (p, ctx) => (ctx.text[p.end] === '$' ? NOT_A_NAME : undefined),
};

/** "300BPD", "12KT": a unit written against its number is no name. */
export const unitAfterNumber: NameRule = {
  id: 'unit-after-number',
  examples: [['The rig pumps 300BPD from the field.', 'BPD', 'none']],
  classify: (p) =>
    p.words.length === 1 && p.allCaps && p.tokens[p.first].attached && p.prev?.kind === 'number'
      ? NOT_A_NAME
      : undefined,
};

/** "Kargil Vijay Diwas", "World Cup", "Cannes Film Festival": an event's name, and none of its words a name. */
export const eventName: NameRule = {
  id: 'event-name',
  examples: [
    ['Veterans gathered to mark Kargil Vijay Diwas in the town.', 'Kargil Vijay Diwas', 'none'],
    ['Crowds filled the park for Harvest Day.', 'Harvest Day', 'none'],
  ],
  classify: (p, ctx) => (isEventName(p.tokens, p.first, p.last, ctx.lexicon) ? NOT_A_NAME : undefined),
};
