// Every entity type is shown: a label, an Outline group and icon, a terminal colour, and a hover
// card with something on it. Checked on a hand-made analysis holding one entity of every type, so a
// type added to MENTION_TYPES fails here until this analysis, and the expected rows, have one too.
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MENTION_TYPES } from '../../server/src/engine/model/types';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hoverAt } from '../../server/src/features/hover';
import { OUTLINE_GROUPS, TYPE_PRESENTATION } from '../../server/src/presentation/typePresentation';
import { oneOfEachType, TEXT } from './oneOfEachType';

const doc = TextDocument.create('file:///one-of-each.news', 'news', 1, TEXT);
const analysis = oneOfEachType();

function hoverLines(offset: number): string[] {
  const hover = hoverAt(doc, analysis, offset);
  assert.ok(hover, `no hover at ${offset}`);
  return (hover.contents as { value: string }).value.split('  \n');
}

describe('presentation/typePresentation', () => {
  it('the hand-made analysis holds every type', () => {
    assert.deepEqual(new Set(analysis.mentions.map((m) => m.type)), new Set(MENTION_TYPES));
  });

  it('gives each type its own label, terminal colour and Outline icon, and uses every Outline group', () => {
    const shown = MENTION_TYPES.map((t) => TYPE_PRESENTATION[t]);
    for (const key of ['label', 'cliColor', 'symbolKind'] as const)
      assert.equal(new Set(shown.map((p) => p[key])).size, MENTION_TYPES.length, `${key} repeated`);
    for (const group of OUTLINE_GROUPS)
      assert.ok(
        shown.some((p) => p.outlineGroup === group.name),
        `no type is listed under ${group.name}`,
      );
  });

  it('lists an entity of every type in the Outline, under its group, with its own icon', () => {
    const groups = documentSymbols(doc, analysis).slice(1);
    assert.deepEqual(
      groups.map((g) => [g.name, g.children?.map((c) => c.name)]),
      [
        ['People', ['Olzhas Khusainov']],
        ['Organizations', ['Ministry of Defense']],
        ['Places', ['Kazakhstan', 'Astana']],
        ['Nationalities', ['Kazakh']],
        ['Dates', ['2023-11-07']],
        ['Ranks & Titles', ['Colonel', 'head']],
      ],
    );
    // Each row's detail is what its type's outlineDetail says (each of these is mentioned once).
    assert.deepEqual(
      groups.map((g) => g.children?.map((c) => c.detail)),
      [
        ['Colonel · head'],
        ['MoD'],
        ['country', 'city'],
        [''],
        ['Tuesday · 1 day before publication'],
        ['Olzhas Khusainov', 'Olzhas Khusainov'],
      ],
    );
    const ranks = groups[5];
    assert.equal(ranks.kind, SymbolKind.Key);
    assert.deepEqual(
      ranks.children?.map((c) => c.kind),
      [SymbolKind.Key, SymbolKind.Property],
    );
  });

  it('hovers every mention with its type as the heading and at least one fact', () => {
    for (const m of analysis.mentions) {
      const lines = hoverLines(m.start);
      const name = analysis.entities.find((e) => e.id === m.entity)?.name ?? m.text;
      assert.equal(lines[0], `**${TYPE_PRESENTATION[m.type].label}** · ${name}`);
      // Below the heading, at least one labelled fact about the entity or date.
      const body = lines.slice(1, -1);
      assert.ok(
        body.some((l) => /^\*\*[^*]+:\*\* /.test(l)),
        `${m.type} "${m.text}": ${lines.join(' | ')}`,
      );
    }
  });

  it('writes a person’s, a country’s and a rank’s card from their facts (the last line says how it was found)', () => {
    const at = (text: string): number => TEXT.indexOf(text);
    assert.deepEqual(hoverLines(at('Olzhas')).slice(0, -1), [
      '**Person** · Olzhas Khusainov',
      '**Rank:** Colonel',
      '**Title:** head',
      '**Organization:** Ministry of Defense',
      '**Country:** Kazakhstan',
      '**Also called:** Khusainov',
      '1 mention in this article',
    ]);
    // A country's Country line would name itself; its Kind says what it is.
    assert.deepEqual(hoverLines(at('Kazakhstan')).slice(0, -1), [
      '**Place** · Kazakhstan',
      '**Kind:** country',
      '1 mention in this article',
    ]);
    // A rank is one entity per holder: no count.
    assert.deepEqual(hoverLines(at('Colonel')).slice(0, -1), [
      '**Rank** · Colonel',
      '**Normalised rank:** Colonel',
      '**Branch:** army',
      '**Tradition:** Soviet-style',
      '**NATO code:** comparable to OF-5',
      '**Held by:** Olzhas Khusainov',
      '**Source:** a rank table',
    ]);
    assert.deepEqual(hoverLines(at('Ministry')).slice(0, -1), [
      '**Organization** · Ministry of Defense',
      '**Acronym:** MoD',
      '**Also called:** MoD',
      '**Country:** Kazakhstan',
      '**People here:** Olzhas Khusainov',
      '1 mention in this article',
    ]);
  });
});
