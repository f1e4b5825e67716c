// The look-up key of a name: how every table and cache in the engine files a surface form, so
// "Lt. Gen." and "lt. gen.", or "Ministry’s" and "Ministry's", find the same entry.

/** Lower-cases and folds curly apostrophes, so look-ups match however the text was typed. */
export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  // Most keys are plain words and single-spaced phrases: skip the replacements when there is
  // nothing to replace (a character loop is cheaper than a pattern for these short strings).
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f)
      return fold(lower);
    if (c === 32 && (i === 0 || i === n - 1 || lower.charCodeAt(i + 1) === 32)) return fold(lower);
  }
  return lower;
}

function fold(lower: string): string {
  return lower.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}
