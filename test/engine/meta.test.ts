// Article metadata: where the publication date comes from (header, front matter, a date line
// under the title, the option) and the dateline at the top of the body. Expected values are
// read off the inputs by hand.
import * as assert from 'node:assert/strict';
import { readArticleMeta } from '../../server/src/engine/document/meta';
import { analyze } from '../../server/src/engine/pipeline';

const span = (text: string, s: { start: number; end: number } | undefined): string =>
  s ? text.slice(s.start, s.end) : '(none)';

describe('article meta: the article date', () => {
  it('reads a header line', () => {
    const text = 'date 2023-11-08\nASTANA — Kazakhstan signed.';
    const { meta, problems, candidates } = readArticleMeta(text);
    assert.equal(meta.date, '2023-11-08');
    assert.equal(meta.dateSource, 'header');
    assert.equal(span(text, meta.dateSpan), '2023-11-08');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      candidates.filter((c) => c.type === 'date').map((c) => [span(text, c), c.value]),
      [['2023-11-08', '2023-11-08']],
    );
  });

  for (const bad of ['2023-13-45', 'yesterday', '08/11/2023']) {
    it(`reports a malformed header date "${bad}" and sets no date`, () => {
      const text = `date ${bad}\nBody text.`;
      const { meta, problems } = readArticleMeta(text);
      assert.equal(meta.date, undefined);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].code, 'article-date');
      assert.match(problems[0].message, new RegExp(bad.replace(/[/]/g, '\\/')));
      assert.equal(span(text, problems[0]), bad);
    });
  }

  it('leaves relative dates unresolved under a malformed header', () => {
    const a = analyze('date 2023-13-45\n\nHe spoke yesterday.');
    const y = a.mentions.find((m) => m.text === 'yesterday');
    assert.equal(a.meta.date, undefined);
    assert.equal(y?.resolution, 'unresolved');
    assert.equal(y?.value, undefined);
    assert.ok(a.problems.some((p) => p.code === 'article-date'));
  });

  it('reads a front matter date with a clock time as its calendar day', () => {
    const text = '---\ntitle: Visit\ndate: 2023-11-08T10:00:00Z\n---\nBody.';
    const { meta, problems } = readArticleMeta(text);
    assert.equal(meta.date, '2023-11-08');
    assert.equal(meta.dateSource, 'front-matter');
    assert.equal(span(text, meta.dateSpan), '2023-11-08');
    assert.deepEqual(problems, []);
  });

  it('reads a quoted front matter date in CRLF text', () => {
    const text = '---\r\ndate: "2023-11-08"\r\n---\r\nBody.';
    assert.equal(readArticleMeta(text).meta.date, '2023-11-08');
  });

  for (const bad of ['soon', '2023-11-08junk', '2023-02-30T10:00']) {
    it(`reports a malformed front matter date "${bad}"`, () => {
      const { meta, problems } = readArticleMeta(`---\ndate: ${bad}\n---\nBody.`);
      assert.equal(meta.date, undefined);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].code, 'article-date');
    });
  }

  const DATE_LINES: [string, string, string][] = [
    ['Thursday, February 23, 2006', '2006-02-23', 'Thursday, February 23, 2006'],
    ['February 23, 2006', '2006-02-23', 'February 23, 2006'],
    ['23 February 2006', '2006-02-23', '23 February 2006'],
    ['June 01, 2009', '2009-06-01', 'June 01, 2009'],
    ['  Monday, March 27, 2006  ', '2006-03-27', 'Monday, March 27, 2006'],
    ['Thursday, May 7, 2015 On Tuesday, the government said', '2015-05-07', 'Thursday, May 7, 2015'],
    ['07/30/2014', '2014-07-30', '07/30/2014'],
    ['30/07/2014', '2014-07-30', '30/07/2014'],
    ['July 30, 2014 4:15 PM EDT', '2014-07-30', 'July 30, 2014'],
    ['Wednesday, July 30, 2014 at 6.40 a.m.', '2014-07-30', 'Wednesday, July 30, 2014'],
    ['2014-07-30 16:15', '2014-07-30', '2014-07-30'],
  ];
  for (const [line, value, written] of DATE_LINES) {
    it(`takes the date line "${line.trim()}" under a title`, () => {
      for (const nl of ['\n', '\r\n']) {
        const text = `Australian children suffering from iodine deficiency${nl}${line}${nl}Body text.`;
        const { meta, candidates } = readArticleMeta(text);
        assert.equal(meta.date, value);
        assert.equal(meta.dateSource, 'date-line');
        assert.equal(meta.title, 'Australian children suffering from iodine deficiency');
        assert.equal(span(text, meta.dateSpan), written);
        const c = candidates.find((k) => k.type === 'date');
        assert.equal(span(text, c), written);
        assert.equal(c?.value, value);
      }
    });
  }

  it('takes no date line when the second line only mentions a date', () => {
    for (const text of [
      'Title\nFebruary 2006 was cold.\nBody.',
      'Title\nFebruary 23, 2006 was cold.\nBody.',
      'Title\nBody.\nFebruary 23, 2006',
    ]) {
      assert.equal(readArticleMeta(text).meta.date, undefined, text);
    }
  });

  it('reports a date line that is no real date, and sets no date', () => {
    const text = 'Title\nFebruary 30, 2006\nBody.';
    const { meta, problems } = readArticleMeta(text);
    assert.equal(meta.date, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'article-date');
    assert.equal(span(text, problems[0]), 'February 30, 2006');
  });

  it('reads a year below 100 as written, in the header, the date line and the option alike', () => {
    // Date.UTC maps years 0–99 to 1900–1999; "0099-12-31" must neither be moved nor refused.
    assert.equal(readArticleMeta('date 0099-12-31\nBody.').meta.date, '0099-12-31');
    assert.equal(readArticleMeta('Title\n0099-12-31\nBody.').meta.date, '0099-12-31');
    assert.equal(readArticleMeta('Body.', '0099-12-31').meta.date, '0099-12-31');
    assert.equal(readArticleMeta('date 0099-02-29\nBody.').meta.date, undefined); // 99 is no leap year
  });

  it('prefers a header over a date line', () => {
    const { meta } = readArticleMeta('date 2023-11-08\nFebruary 23, 2006\nBody.');
    assert.equal(meta.date, '2023-11-08');
    assert.equal(meta.dateSource, 'header');
  });

  it('lets the option override the text, and reports a bad option', () => {
    assert.equal(readArticleMeta('Title\nFebruary 23, 2006\nBody.', '2010-01-01').meta.dateSource, 'option');
    const bad = readArticleMeta('Title\nBody.', 'next week');
    assert.equal(bad.meta.date, undefined);
    assert.equal(bad.problems[0]?.severity, 'error');
  });

  it('never crashes on empty or junk input', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', '\u0000\uD800---\n', 'date', 'date ', '---\ndate:\n---']) {
      assert.doesNotThrow(() => readArticleMeta(text));
    }
  });
});

describe('article meta: datelines', () => {
  const DATELINES: [string, string, string | undefined][] = [
    ['ASTANA — Kazakhstan and Türkiye signed a plan.', 'ASTANA', undefined],
    ['WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON', 'Reuters'],
    ['Ankara, Türkiye — The ministry said.', 'Ankara', undefined],
    ['KYIV, Ukraine (AP) — Drones struck.', 'KYIV', 'AP'],
    ['LONDON, Nov 7 (Reuters) - Shares fell.', 'LONDON', 'Reuters'],
    ['NEW YORK, Nov. 7 — Stocks rose.', 'NEW YORK', undefined],
  ];
  for (const [text, place, agency] of DATELINES) {
    it(text, () => {
      const { meta, candidates } = readArticleMeta(text);
      assert.equal(meta.dateline?.text, place);
      assert.equal(span(text, meta.dateline), place);
      assert.equal(meta.dateline?.agency, agency);
      assert.ok(candidates.some((c) => c.type === 'place' && span(text, c) === place));
    });
  }

  it('finds a dateline below a header, and the date inside it', () => {
    const text = 'date 2023-11-08\n\nLONDON, Nov 7 (Reuters) - Shares fell.';
    const a = analyze(text);
    assert.equal(a.meta.dateline?.text, 'LONDON');
    const dates = a.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.value]);
    assert.deepEqual(dates, [
      ['2023-11-08', '2023-11-08'],
      ['Nov 7', '2023-11-07'],
    ]);
  });

  it('takes no dateline from an ordinary first sentence', () => {
    assert.equal(readArticleMeta('The minister said - twice - that it was over.').meta.dateline, undefined);
  });
});
