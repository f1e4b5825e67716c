// Every way the engine can find a mention, by the key recognizers put in `Candidate.source`, with the
// sentence a reader sees on hover ("found as …"). A key is typed, so a recognizer cannot emit one
// that has no explanation, and code that tests for a source (linking's teams and defaults) cannot
// misspell it. The keys are part of the JSON output: renaming one changes the output.

/** The sources, each with `how`: what the evidence was, in the reader's words. */
export const SOURCES = {
  // The article's metadata, found by its position (document/meta.ts).
  'article-header': { how: 'Read from the article header' },
  'article-date-line': { how: 'Read from the date line under the title' },
  dateline: { how: 'Read from the dateline' },
  byline: { how: 'Read from the byline above the dateline' },
  // The recognizers (recognizers/).
  'lexicon:user': { how: 'From your lexicon (newsmark.lexicon)' },
  dates: { how: 'Found as a date' },
  ranks: { how: 'Found in the rank table' },
  titles: { how: 'Found as an office' },
  // The name recognizer (recognizers/names/): 'names' is a gazetteer entry, the rest one rule each.
  names: { how: 'Found in the gazetteer' },
  'names:brand': { how: 'Found among the brands and operators of the name-suggestion-index' },
  'names:cue': { how: 'A rank, title or honorific stands before the name' },
  'names:person-shape': { how: 'Shaped like a person’s name (given name or surname)' },
  'names:surname': { how: 'Shaped like a surname' },
  'names:age': { how: 'An age follows the name ("…, 41,")' },
  'names:speech': { how: 'The source of reported speech' },
  'names:given': { how: 'A given name' },
  'names:town-region': { how: 'A comma and its country or region follow ("Troy, New York")' },
  'names:known-surname': { how: 'A surname the name lists know' },
  'names:publication': { how: 'A newspaper named after its place' },
  'names:unknown-pair': { how: 'Two capitalised words that are not common words' },
  'names:org-shape': { how: 'Named like an organization (a head such as Ministry, Agency, Industries)' },
  'names:org-extension': { how: 'A known organization’s name and more' },
  'names:org-context': { how: 'Context says organization ("automaker …", "…’s shares")' },
  'names:coordination': { how: 'Listed with names of this kind' },
  'names:acronym': { how: 'An acronym' },
  'names:credit-agency': { how: 'The agency of a photo credit (AGENCY/Photographer)' },
  'names:acronym-of': { how: 'The acronym of the name right before it' },
  'names:team': { how: 'A team in a match report (score, result or squad words around it)' },
  'names:club-name': { how: 'A place and a plural nickname: a club ("Leeds Rhinos")' },
  'names:results': { how: 'A team in a results line or a standings table' },
  'names:athlete': { how: 'An athlete in a results list (country in brackets, result)' },
  'names:scorer': { how: 'A scorer, batsman or bowler in a results line or scorecard' },
  'names:site': { how: 'Named like a site (Airport, Museum, Center)' },
  'names:region': { how: 'Named like a geographic feature (Island, River, Gulf)' },
  'names:area-noun': { how: 'A word after it says place ("… sector", "… district", "… valleys")' },
  'names:in-place': { how: 'One unknown word after "in": a place' },
  'names:near': { how: 'Placed by "near", "outside" or a compass point ("north of …")' },
  'names:ambiguous-place': { how: 'A place name that is also a word or a given name' },
  'names:default': { how: 'Typed by its other mentions in this article' },
  // The document stage (document/linking.ts): a capitalised word no recognizer took.
  linking: { how: 'Another mention in this article says what it is' },
  'linking:short-name': { how: 'A short form of an organization this article names in full' },
} as const satisfies Record<string, { how: string }>;

/** How a mention was found: a key of SOURCES. */
export type Source = keyof typeof SOURCES;
