// schema.org JSON-LD: the NewsArticle of the seed, expanded by a real JSON-LD processor (jsonld.js),
// every expanded term checked against schema.org's vocabulary as schema-dts lists it, the article
// body given back exactly, and sameAs only where the country table has an item.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { toJsonLd } from '../../server/src/export/jsonld';
import { HOSTILE, inputOf, ROOT, roundTripArticles } from './helpers';

const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');
const SCHEMA_ORG = 'http://schema.org/';

/** The names schema.org defines, read from schema-dts's typings: types and properties. */
function schemaOrgTerms(): Set<string> {
  const typings = readFileSync(join(ROOT, 'node_modules/schema-dts/dist/schema.d.ts'), 'utf8');
  const terms = new Set<string>();
  for (const m of typings.matchAll(/"@type": "(\w+)"/g)) terms.add(m[1]);
  for (const m of typings.matchAll(/^\s+"(\w+)"\??:/gm)) terms.add(m[1]);
  return terms;
}

/**
 * Tests run offline: "https://schema.org" resolves to the one mapping of schema.org's context these
 * documents need, its vocabulary (the published context's @vocab is http://schema.org/).
 */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA_ORG } } };
};

/** Every property and type IRI in an expanded document. */
function iris(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const n of node) iris(n, found);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') for (const t of [value].flat()) found.add(String(t));
      else if (!key.startsWith('@')) found.add(key);
      if (key !== '@value') iris(value, found);
    }
  return found;
}

type Json = { [key: string]: unknown };
const article = (text: string, date?: string): Json =>
  JSON.parse(toJsonLd(inputOf(text, 'article', date)).files[0].content) as Json;

describe('export: schema.org JSON-LD', () => {
  it('describes the seed as a NewsArticle with its people, organizations and places', () => {
    const doc = article(seed);
    assert.equal(doc['@context'], 'https://schema.org');
    assert.equal(doc['@type'], 'NewsArticle');
    assert.equal(doc.datePublished, '2023-11-08');
    assert.equal(doc.dateline, 'ASTANA');
    const mentions = doc.mentions as Json[];
    assert.deepEqual(
      mentions.find((m) => m.name === 'Ruslan Zhaksylykov'),
      {
        '@type': 'Person',
        name: 'Ruslan Zhaksylykov',
        alternateName: ['Zhaksylykov'],
        jobTitle: ['Colonel General', 'Minister of Defense'],
        affiliation: { '@type': 'Organization', name: 'Ministry of Defense' },
        nationality: {
          '@type': 'Country',
          name: 'Kazakhstan',
          sameAs: 'https://www.wikidata.org/entity/Q232',
        },
      },
    );
    assert.deepEqual(
      mentions.find((m) => m.name === 'Türkiye'),
      { '@type': 'Country', name: 'Türkiye', sameAs: 'https://www.wikidata.org/entity/Q43' },
    );
    assert.deepEqual(
      mentions.find((m) => m.name === 'Astana'),
      { '@type': 'City', name: 'Astana', alternateName: ['ASTANA'] },
    );
    // Only countries get sameAs: no offline table gives items for cities.
    assert.equal(
      mentions.filter((m) => m.sameAs !== undefined).every((m) => m['@type'] === 'Country'),
      true,
    );
  });

  it('uses only schema.org terms, as a JSON-LD processor expands them', async () => {
    const vocabulary = schemaOrgTerms();
    assert.ok(vocabulary.has('NewsArticle') && vocabulary.has('jobTitle') && !vocabulary.has('rank'));
    for (const text of [seed, HOSTILE]) {
      const expanded = await jsonld.expand(article(text) as jsonld.JsonLdDocument, { documentLoader });
      const used = iris(expanded);
      assert.ok(used.size > 5, 'the expansion kept the terms');
      for (const iri of used) {
        assert.ok(iri.startsWith(SCHEMA_ORG), `${iri} is not schema.org's`);
        assert.ok(vocabulary.has(iri.slice(SCHEMA_ORG.length)), `${iri} is not in schema.org's vocabulary`);
      }
    }
  });

  it('would catch a term schema.org does not have', async () => {
    const expanded = await jsonld.expand({ ...article(seed), rank: 'General' } as jsonld.JsonLdDocument, {
      documentLoader,
    });
    assert.ok(iris(expanded).has(`${SCHEMA_ORG}rank`));
    assert.ok(!schemaOrgTerms().has('rank'));
  });

  it('keeps the article body exactly, hostile text and emoji included', () => {
    for (const a of [
      ...roundTripArticles(),
      { id: 'hostile', text: HOSTILE },
      { id: 'emoji', text: '😀 "x"\u2028y' },
    ])
      assert.equal(article(a.text).articleBody, a.text, a.id);
  });
});
