// The shared escaping and offset helpers, on hostile text written for them.
import assert from 'node:assert/strict';
import {
  codePointOffsets,
  csvField,
  inlineMarkup,
  LineIndex,
  xmlAttribute,
  xmlText,
  type MarkupSpan,
} from '../../server/src/export/markup';

describe('export: markup helpers', () => {
  it('escapes XML text so that < & > ]]> and CR survive a parser', () => {
    assert.equal(xmlText('a<b & c>d ]]> "q" \'s\'\r\n'), 'a&lt;b &amp; c&gt;d ]]&gt; "q" \'s\'&#13;\n');
  });

  it('escapes attributes, quotes and white space included', () => {
    assert.equal(xmlAttribute('say "no" <&>\n\tx\r'), 'say &quot;no&quot; &lt;&amp;&gt;&#10;&#9;x&#13;');
  });

  it('writes the characters XML cannot hold as U+FFFD and keeps surrogate pairs', () => {
    assert.equal(xmlText('a\u0000b\u000Bc\uD800d😀'), 'a\uFFFDb\uFFFDc\uFFFDd😀');
  });

  it('quotes CSV fields with commas, quotes and line breaks, and defuses formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvField('-1,5'), '"\'-1,5"');
    assert.equal(csvField(12), '12');
    assert.equal(csvField(undefined), '');
  });

  it('counts code points: a pair counts once, its second half with the first', () => {
    assert.deepEqual([...codePointOffsets('😀 Ann')], [0, 0, 1, 2, 3, 4, 5]);
    assert.deepEqual([...codePointOffsets('a\uD800b')], [0, 1, 2, 3]);
  });

  it('finds lines and columns after LF, CRLF and CR', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(lines.position(0), { line: 1, column: 1 });
    assert.deepEqual(lines.position(4), { line: 2, column: 2 });
    assert.deepEqual(lines.position(7), { line: 3, column: 1 });
    assert.deepEqual(lines.position(10), { line: 4, column: 1 });
  });

  it('cuts a context to its line and marks what was cut', () => {
    const lines = new LineIndex(
      'first line\nA long line where Paris is named, and more words follow here.\nlast',
    );
    assert.equal(lines.context(29, 34, 10), '…ine where Paris is named,…');
    assert.equal(lines.context(0, 5, 40), 'first line');
  });

  it('nests spans the rule allows and leaves out crossing ones', () => {
    const span = (start: number, end: number, kind: string): MarkupSpan => ({
      start,
      end,
      kind,
      open: `<${kind}>`,
      close: `</${kind}>`,
    });
    const dropped: string[] = [];
    const out = inlineMarkup(
      'Gen. Ann Lee & Co',
      0,
      17,
      [span(0, 12, 'p'), span(0, 4, 'f'), span(9, 17, 'x'), span(13, 14, 'o')],
      xmlText,
      (outer, inner) => outer === 'p' && inner === 'f',
      (s) => dropped.push(s.kind),
    );
    assert.equal(out, '<p><f>Gen.</f> Ann Lee</p> <o>&amp;</o> Co');
    assert.deepEqual(dropped, ['x']);
  });
});
