// Regenerates every data file in server/data, in the order their inputs need:
// the organization and place builders read the name, word and organization lists earlier steps write,
// and the brand builder all of them.
await import('./build-ranks.mjs');
await import('./build-words.mjs');
await import('./build-countries.mjs');
await import('./build-names.mjs');
await import('./build-organizations.mjs');
await import('./build-places.mjs');
await import('./build-brands.mjs');
