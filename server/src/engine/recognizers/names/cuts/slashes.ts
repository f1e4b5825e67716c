// Cut rule at a slash written tight between two names: "Kurram/Orakzai" is two places, a photo
// credit "REUTERS/Marek Dolny/File Photo" an agency, a photographer and a caption's label. A name
// the gazetteers know with a slash in it is kept whole by the known-name rule, which is asked
// first; a single letter on either side is part of one form ("A/S").
import { split, type CutRule } from './rule';

export const slash: CutRule = {
  id: 'slash',
  why: 'Cut at a slash between two names ("REUTERS/Marek Dolny/File Photo", "Gilgit/Skardu").',
  examples: [
    ['Crowds at the port. REUTERS/Amina Yusuf/File Photo', 'Amina Yusuf', 'person'],
    ['Flights between Lahore/Multan resumed.', 'Multan', 'place'],
  ],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    for (let i = first + 1; i < last - 1; i++) {
      if (tokens[i].text !== '/') continue;
      if (tokens[i - 1].text.length > 1 && tokens[i + 1].text.length > 1) return split(i, i + 1);
    }
    return undefined;
  },
};
