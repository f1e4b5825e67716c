// Document stage after linking: two organization names side by side, joined by a dash or a
// bracket, name one organization: "Turkish Aerospace Industries – TUSAŞ Aerospace Industries",
// "Defense Industry Agency (SSB)". The second's mentions and names join the first's entity.
import type { Linked } from './linking';

export function mergeAppositions(text: string, linked: Linked): void {
  const { mentions, byId } = linked;
  let merged = false;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.type !== 'organization' || b.type !== 'organization' || a.entity === b.entity) continue;
    const gap = text.slice(a.end, b.start);
    const bracketed = /^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(b.end, b.end + 3));
    if (!/^\s+[–—-]\s+$/.test(gap) && !bracketed) continue;
    const keep = byId.get(a.entity as string);
    const drop = byId.get(b.entity as string);
    if (!keep || !drop) continue;
    for (const index of drop.mentions) mentions[index].entity = keep.id;
    keep.mentions = [...keep.mentions, ...drop.mentions].sort((x, y) => x - y);
    for (const alias of [drop.name, ...drop.aliases]) {
      if (alias !== keep.name && !keep.aliases.includes(alias)) keep.aliases.push(alias);
    }
    if (bracketed && /^[\p{Lu}\d&.-]{2,10}$/u.test(b.text)) keep.acronym ??= b.text;
    drop.mentions = [];
    byId.delete(drop.id);
    merged = true;
  }
  // The merged-away entities leave the list too.
  if (merged) linked.entities = linked.entities.filter((e) => byId.has(e.id));
}
