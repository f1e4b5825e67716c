// CSV: a row per mention with line, column and context, read back by an RFC 4180 parser written
// here, on hostile text (quotes, commas, line breaks, formulas) and every development article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_HEADER, toCsv } from '../../server/src/export/csv';
import { HOSTILE, inputOf, ROOT, roundTripArticles } from './helpers';

const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');

/** RFC 4180: fields split on commas, quoted fields may hold commas, "" and line breaks; rows end in CRLF. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        const q = csv.indexOf('"', i);
        assert.notEqual(q, -1, 'unclosed quote');
        field += csv.slice(i, q);
        i = q + 1;
        if (csv[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const end = csv.slice(i).search(/,|\r\n/);
      field = end === -1 ? csv.slice(i) : csv.slice(i, i + end);
      i += field.length;
    }
    row.push(field);
    if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (csv[i] === ',') i++;
    else assert.equal(i, csv.length, `junk after a field at ${i}`);
  }
  return rows;
}

const rowsOf = (text: string, name = 'article', date?: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(toCsv(inputOf(text, name, date)).files[0].content);
  assert.deepEqual(header, [...CSV_HEADER]);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe('export: CSV', () => {
  it('writes a row per mention with its line, column, value and entity', () => {
    const rows = rowsOf(seed, 'seed.txt');
    const nov7 = rows.find((r) => r.text === 'Nov. 7');
    assert.deepEqual(
      { ...nov7, context: undefined },
      {
        file: 'seed.txt',
        line: '1',
        column: '244',
        start: '243',
        end: '249',
        type: 'date',
        text: 'Nov. 7',
        value: '2023-11-07',
        entity: nov7?.entity,
        entity_name: nov7?.entity_name,
        context: undefined,
      },
    );
    assert.equal(
      nov7?.context,
      '…eneral Ruslan Zhaksylykov, to Ankara on Nov. 7, the ministry’s press service reported.',
    );
    const person = rows.find((r) => r.text === 'Zhaksylykov');
    assert.equal(person?.entity_name, 'Ruslan Zhaksylykov');
    assert.equal(person?.line, '3');
    assert.equal(person?.column, '1');
  });

  it('survives quotes, commas, line breaks and formulas in the text', () => {
    const rows = rowsOf(HOSTILE, 'a "b", c.txt');
    assert.ok(rows.length >= 4);
    for (const r of rows) {
      assert.equal(r.file, 'a "b", c.txt');
      assert.equal(HOSTILE.slice(Number(r.start), Number(r.end)), r.text);
    }
    const monday = rows.find((r) => r.text === 'Monday');
    assert.ok(monday?.context.includes('"A < B & C > D"'), monday?.context);
    assert.deepEqual(
      rowsOf('=cmd|" /C calc"!A0 said Paris\n').find((r) => r.text === 'Paris')?.context,
      '\'=cmd|" /C calc"!A0 said Paris',
    );
  });

  it('finds each row text at its offsets and line and column in every development article', () => {
    for (const doc of roundTripArticles()) {
      const lines = doc.text.split(/\r\n|\r|\n/);
      for (const r of rowsOf(doc.text, doc.id, doc.articleDate)) {
        assert.equal(doc.text.slice(Number(r.start), Number(r.end)), r.text, doc.id);
        const line = lines[Number(r.line) - 1];
        assert.ok(
          line.startsWith(r.text.split(/\r?\n/)[0], Number(r.column) - 1),
          `${doc.id}: ${r.text} at ${r.line}:${r.column}`,
        );
      }
    }
  });
});
