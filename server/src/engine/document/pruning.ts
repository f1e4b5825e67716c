// The document's last stage: entities nobody mentions any more (a country only referred to by a
// mention linking dropped, an organization merged into another) go, unless another entity
// points at them (a country, a parent organization, a holder).
import type { Entity } from '../model/types';

export function referencedEntities(entities: readonly Entity[]): Entity[] {
  const referenced = new Set<string>();
  for (const e of entities) {
    if (e.country) referenced.add(e.country);
    if (e.parent) referenced.add(e.parent);
    if (e.organization) referenced.add(e.organization);
    if (e.holder) referenced.add(e.holder);
  }
  return entities.filter((e) => e.mentions.length > 0 || referenced.has(e.id));
}
