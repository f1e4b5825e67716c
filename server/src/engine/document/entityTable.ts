// The entities of one document as linking makes them: one per type and key, each with an id of its
// type's prefix and its name ("P-ruslan-zhaksylykov", "-2" for a second of the same name), and the
// names it is written by. Runs on every mention of a large document: every derived string is
// memoised, and no look-up builds a string.
import { TYPE_FACTS, type Entity, type MentionType } from '../model/types';
import { Memo } from '../cache/memo';

function slug(text: string): string {
  // Plain ASCII has nothing to decompose or strip: skip the two costly Unicode passes.
  const folded = /^\p{ASCII}*$/u.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return (
    folded
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'x'
  );
}

/** Each entity type's id base ("P-ruslan-zhaksylykov") by name. */
const idBaseMemo = new Map<MentionType, Memo<string>>();
function idBase(type: MentionType, name: string): string {
  let memo = idBaseMemo.get(type);
  if (!memo) {
    memo = new Memo((text) => `${TYPE_FACTS[type].idPrefix}-${slug(text)}`);
    idBaseMemo.set(type, memo);
  }
  return memo.get(name);
}

/** The words of a name, as linking counts them (a person is named by their fullest form). */
export function words(text: string): string[] {
  return text.split(/[\s]+/).filter((w) => /\p{L}/u.test(w));
}

export class EntityTable {
  /** Every entity, in the order it was first mentioned. */
  readonly list: Entity[] = [];
  /** Every entity by id: ids are unique. */
  readonly byId = new Map<string, Entity>();
  /** One map per entity type, keyed by the entity's key: no "type + key" string per mention. */
  private readonly byKey = new Map<MentionType, Map<string, Entity>>();
  /** Id base → next number to try, so ids stay O(1). */
  private readonly nextSuffix = new Map<string, number>();
  /**
   * Each entity's names so far, as a set: an entity mentioned thousands of times in an archive
   * would otherwise search its alias list on every mention.
   */
  private readonly surfaces = new Map<Entity, Set<string>>();

  /** The entity of a mention of `type` (a nationality's is a place) with `key`, made with `name`. */
  entityFor(type: MentionType, key: string, name: string): Entity {
    const entityType = TYPE_FACTS[type].entityType;
    let ofType = this.byKey.get(entityType);
    if (!ofType) {
      ofType = new Map();
      this.byKey.set(entityType, ofType);
    }
    let e = ofType.get(key);
    if (!e) {
      const base = idBase(entityType, name);
      let id = base;
      for (let n = this.nextSuffix.get(base) ?? 2; this.byId.has(id); n++) {
        id = `${base}-${n}`;
        this.nextSuffix.set(base, n + 1);
      }
      e = { id, type: entityType, name, aliases: [], mentions: [] };
      ofType.set(key, e);
      this.list.push(e);
      this.byId.set(id, e);
    }
    return e;
  }

  /**
   * Records that mention `index`, of `type` and written `surface`, refers to `e`. A new way of
   * writing it is an alias; for a person, a longer one becomes the name (the old name an alias).
   */
  addMention(e: Entity, index: number, type: MentionType, surface: string): void {
    e.mentions.push(index);
    if (surface === e.name) return;
    let known = this.surfaces.get(e);
    if (!known) {
      known = new Set([e.name, ...e.aliases]);
      this.surfaces.set(e, known);
    }
    if (known.has(surface)) return;
    known.add(surface);
    if (type === 'person' && words(surface).length > words(e.name).length) {
      e.aliases.push(e.name);
      e.name = surface;
    } else e.aliases.push(surface);
  }
}
