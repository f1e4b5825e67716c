// Document stage after linking: two organization names side by side, joined by a dash or a
// bracket, name one organization: "Turkish Aerospace Industries – TUSAŞ Aerospace Industries",
// "Defense Industry Agency (SSB)". The second's mentions and names join the first's entity. A
// stock ticker in brackets after a company's name ("(SCHW.N)") joins its names too.
import type { Entity, Mention } from '../model/types';
import { TICKER } from '../recognizers/names/rules/organizations';
import type { Linked } from './linking';

/** "Charles Schwab Corp (SCHW.N)": the ticker after a company's name is one more name of it. */
function addTicker(text: string, m: Mention, byId: ReadonlyMap<string, Entity>): void {
  const found = TICKER.exec(text.slice(m.end + 1, m.end + 17));
  const e = m.entity === undefined ? undefined : byId.get(m.entity);
  if (!found || !e) return;
  const symbol = found[0].slice(1, -1).trim();
  if (!e.aliases.includes(symbol)) e.aliases.push(symbol);
}

export function mergeAppositions(text: string, linked: Linked): void {
  const { mentions, byId } = linked;
  let merged = false;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    if (a.type === 'organization' && text.charCodeAt(a.end + 1) === 0x28) addTicker(text, a, byId);
    if (i + 1 === mentions.length) break;
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
