// Every name rule, cut rule and list rule fires on its own examples. For each example sentence the
// name recognizer is traced to show that the rule decided (or cut) the piece holding the example's
// span, and the whole engine is run to show how the span ends up marked: with the example's type
// and the rule's source, or not at all. The test walks the rule tables, so a rule added without an
// example that fires fails here.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { tokenize } from '../../server/src/engine/text/tokens';
import { blockContext } from '../../server/src/engine/recognizers/context';
import { RECOGNIZERS } from '../../server/src/engine/recognizers';
import { findNames, recognizeNames } from '../../server/src/engine/recognizers/names';
import { NAME_RULES } from '../../server/src/engine/recognizers/names/rules';
import { CUT_RULES } from '../../server/src/engine/recognizers/names/cuts';
import type { CutRule } from '../../server/src/engine/recognizers/names/cuts/rule';
import { LIST_RULES } from '../../server/src/engine/recognizers/names/lists';
import { SOURCES, type Source } from '../../server/src/engine/model/sources';
import type { NameRule, RuleExample } from '../../server/src/engine/recognizers/names/rules/rule';
import type { Candidate } from '../../server/src/engine/model/candidate';

interface Decision {
  rule: NameRule;
  start: number;
  end: number;
  verdict: Candidate | undefined;
}

interface CutMade {
  rule: CutRule;
  start: number;
  end: number;
}

/**
 * Which cut rule cut which stretch of the sentence's runs, and which name rule decided each piece
 * (the sentence read as one block, after the recognizers that run before names).
 */
function trace(sentence: string): { cuts: CutMade[]; decisions: Decision[] } {
  const ctx = blockContext({ text: sentence, tokenized: tokenize(sentence), lexicon: loadLexicon() });
  const found: Candidate[] = [];
  for (const recognize of RECOGNIZERS.slice(0, RECOGNIZERS.indexOf(recognizeNames)))
    found.push(...recognize(ctx, found));
  const decisions: Decision[] = [];
  const cuts: CutMade[] = [];
  const tokens = ctx.tokenized.tokens;
  findNames(ctx, found, {
    name: (rule, piece, verdict) =>
      decisions.push({ rule, start: tokens[piece.first].start, end: tokens[piece.last - 1].end, verdict }),
    cut: (rule, first, last) => cuts.push({ rule, start: tokens[first].start, end: tokens[last - 1].end }),
  });
  return { cuts, decisions };
}

/** Checks how the engine marks the example's span in the end. */
function checkMarked(example: RuleExample, source: Source | undefined): void {
  const [sentence, span, marked] = example;
  const start = sentence.indexOf(span);
  assert.ok(start >= 0, `"${span}" is not in "${sentence}"`);
  const end = start + span.length;
  const mentions = new Analyzer().analyze(sentence, { articleDate: '2024-03-06' }).mentions;
  const shown = mentions.map((m) => `${m.type}:${m.text} (${m.source})`).join(', ');
  if (marked === 'none') {
    const over = mentions.filter((m) => m.start < end && m.end > start);
    assert.deepEqual(over, [], `"${span}" should not be marked; marked: ${shown}`);
    return;
  }
  const m = mentions.find((x) => x.start === start && x.end === end);
  assert.ok(m, `"${span}" should be marked ${marked}; marked: ${shown}`);
  assert.equal(m.type, marked, `type of "${span}"; marked: ${shown}`);
  if (source !== undefined) assert.equal(m.source, source, `source of "${span}"; marked: ${shown}`);
}

describe('engine: every name rule fires on its examples', () => {
  it('has unique rule ids, and an example for every rule', () => {
    const ids = NAME_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    for (const rule of NAME_RULES) assert.ok(rule.examples.length > 0, `${rule.id} has no example`);
  });

  for (const rule of NAME_RULES) {
    for (const example of rule.examples) {
      const [sentence, span, marked] = example;
      it(`${rule.id}: "${span}" in "${sentence}" → ${marked}`, () => {
        const start = sentence.indexOf(span);
        const { decisions } = trace(sentence);
        const decided = decisions.find(
          (d) => d.rule === rule && d.start <= start && d.end >= start + span.length,
        );
        const seen = decisions.map((d) => `${d.rule.id}: ${sentence.slice(d.start, d.end)}`).join(', ');
        assert.ok(decided, `${rule.id} decided no piece holding "${span}"; decided: ${seen}`);
        if (rule.source !== undefined) {
          assert.equal(decided.verdict?.source, rule.source);
          assert.equal(sentence.slice(decided.start, decided.end), span, `the piece ${rule.id} decided`);
        }
        checkMarked(example, rule.source);
      });
    }
  }
});

describe('engine: every cut rule cuts on its examples', () => {
  it('has unique rule ids, an explanation and an example for every rule', () => {
    const ids = CUT_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    for (const rule of CUT_RULES) {
      assert.ok(rule.why.length > 0, `${rule.id} says nothing`);
      assert.ok(rule.examples.length > 0, `${rule.id} has no example`);
    }
  });

  for (const rule of CUT_RULES) {
    for (const example of rule.examples) {
      const [sentence, span, marked] = example;
      it(`${rule.id}: "${span}" in "${sentence}" → ${marked}`, () => {
        const start = sentence.indexOf(span);
        const { cuts } = trace(sentence);
        const seen = cuts.map((c) => `${c.rule.id}: ${sentence.slice(c.start, c.end)}`).join(', ');
        assert.ok(
          cuts.some((c) => c.rule === rule && c.start <= start && c.end >= start + span.length),
          `${rule.id} cut no stretch holding "${span}"; cuts: ${seen}`,
        );
        checkMarked(example, undefined);
      });
    }
  }
});

describe('engine: every list rule retypes on its examples', () => {
  it('has an example for every rule', () => {
    for (const rule of LIST_RULES) assert.ok(rule.examples.length > 0, `${rule.id} has no example`);
  });

  for (const rule of LIST_RULES) {
    for (const example of rule.examples) {
      const [sentence, span, marked] = example;
      it(`${rule.id}: "${span}" in "${sentence}" → ${marked}`, () => checkMarked(example, rule.source));
    }
  }

  it('leaves no source of the name recognizer without a rule that makes it', () => {
    const made = new Set<Source>();
    for (const rule of [...NAME_RULES, ...LIST_RULES]) if (rule.source) made.add(rule.source);
    const names = (Object.keys(SOURCES) as Source[]).filter((s) => s.startsWith('names'));
    assert.deepEqual(
      names.filter((s) => !made.has(s)),
      [],
    );
  });
});
