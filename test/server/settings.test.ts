// Settings parsing: good values are taken, bad ones fall back to defaults with a warning.
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';

describe('settings', () => {
  it('gives the defaults for a missing section', () => {
    assert.deepEqual(parseSettings(undefined), {
      settings: { ...DEFAULT_SETTINGS, lexicon: [], inlayHints: { dates: true, ranks: false } },
      warnings: [],
    });
    assert.deepEqual(parseSettings(null).warnings, []);
  });

  it('reads valid values', () => {
    const { settings, warnings } = parseSettings({
      analyzePlainText: 'always',
      maxDocumentSize: 1234.9,
      articleDate: ' 2024-01-02 ',
      lexicon: [{ name: ' Arif Çetin ', type: 'person', aliases: ['Çetin', ' '], country: 'Türkiye' }],
    });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings, {
      analyzePlainText: 'always',
      maxDocumentSize: 1234,
      articleDate: '2024-01-02',
      lexicon: [{ name: 'Arif Çetin', type: 'person', aliases: ['Çetin'], country: 'Türkiye' }],
      inlayHints: { dates: true, ranks: false },
    });
  });

  it('reads which inlay hints are shown, keeping the default of a value that is not a boolean', () => {
    assert.deepEqual(parseSettings({ inlayHints: { dates: false, ranks: true } }).settings.inlayHints, {
      dates: false,
      ranks: true,
    });
    const { settings, warnings } = parseSettings({ inlayHints: { dates: 'no', ranks: true } });
    assert.deepEqual(settings.inlayHints, { dates: true, ranks: true });
    assert.deepEqual(warnings, ['newsmark.inlayHints.dates "no" is not true or false; true is used.']);
    assert.deepEqual(parseSettings({ inlayHints: 3 }).warnings, [
      'newsmark.inlayHints is not an object; the defaults are used.',
    ]);
    // Parsing never changes the defaults it starts from.
    assert.deepEqual(DEFAULT_SETTINGS.inlayHints, { dates: true, ranks: false });
  });

  it('falls back with one warning per bad value and keeps the good lexicon entries', () => {
    const { settings, warnings } = parseSettings({
      analyzePlainText: 'sometimes',
      maxDocumentSize: -5,
      articleDate: 20240102,
      lexicon: [
        { name: 'NATO', type: 'organization' },
        { name: '', type: 'person' },
        { name: 'X', type: 'alien' },
        42,
        { name: 'Y', type: 'place', aliases: 'Z' },
        { name: 'W', type: 'none' },
      ],
    });
    assert.equal(settings.analyzePlainText, 'auto');
    assert.equal(settings.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize);
    assert.equal(settings.articleDate, undefined);
    assert.deepEqual(settings.lexicon, [
      { name: 'NATO', type: 'organization' },
      { name: 'W', type: 'none' },
    ]);
    assert.equal(warnings.length, 7);
    assert.match(warnings.join('\n'), /lexicon\[1\] has no "name"/);
    assert.match(warnings.join('\n'), /lexicon\[2\] has type "alien"/);
    assert.match(warnings.join('\n'), /lexicon\[3\] is not an object/);
    assert.match(warnings.join('\n'), /lexicon\[4\] "aliases" must be a list of strings/);
  });

  it('ignores lexicon entries past a limit, naming the limit (a workspace may set the lexicon)', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `W${i}`).join(' ');
    const ok = { name: 'Qazaq', type: 'place' };
    const { settings, warnings } = parseSettings({
      lexicon: [
        { name: words(1300), type: 'organization' },
        { name: 'Q', type: 'place', aliases: ['Qz', 'x'.repeat(201)] },
        { name: 'Q', type: 'place', aliases: Array.from({ length: 51 }, (_, i) => `Q${i}`) },
        ...Array.from({ length: 100_000 }, () => ok),
      ],
    });
    assert.deepEqual(warnings, [
      'newsmark.lexicon[0] has a name longer than a name may be (at most 20 words and 200 characters); the entry is ignored.',
      'newsmark.lexicon[1] has an alias longer than a name may be (at most 20 words and 200 characters); the entry is ignored.',
      'newsmark.lexicon[2] has 51 aliases; an entry may have at most 50; the entry is ignored.',
      'newsmark.lexicon has 100003 entries; only the first 100000 are used (the most it may have).',
    ]);
    assert.equal(settings.lexicon.length, 100_000 - 3);
  });

  it('rejects a settings section that is not an object', () => {
    const { settings, warnings } = parseSettings('auto');
    assert.equal(settings.analyzePlainText, 'auto');
    assert.equal(warnings.length, 1);
  });
});
