// Cut rule for event names: "Cannes Film Festival", "Kargil Vijay Diwas", "Davis Cup" are one name
// each, of an event, and the place or person inside is not cut out of it (the event-name rule then
// marks none of it).
import { isEventName } from '../people';
import { WHOLE, type CutRule } from './rule';

export const eventWhole: CutRule = {
  id: 'event-whole',
  why: 'Keep an event’s name whole ("Lagos Jazz Festival"): the place in it is part of the event.',
  examples: [['Tickets for the Lagos Jazz Festival sold out.', 'Lagos Jazz Festival', 'none']],
  cut: (ctx, first, last) =>
    isEventName(ctx.tokenized.tokens, first, last, ctx.lexicon) ? WHOLE : undefined,
};
