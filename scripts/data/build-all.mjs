// Regenerates every data file in server/data, in the order their inputs need:
// the place and organization builders read the name and word lists the earlier steps write.
await import('./build-ranks.mjs');
await import('./build-words.mjs');
await import('./build-countries.mjs');
await import('./build-names.mjs');
await import('./build-places.mjs');
await import('./build-organizations.mjs');
