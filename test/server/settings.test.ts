// Settings parsing: good values are taken, bad ones fall back to defaults with a warning.
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';

describe('settings', () => {
  it('gives the defaults for a missing section', () => {
    assert.deepEqual(parseSettings(undefined), {
      settings: { ...DEFAULT_SETTINGS, lexicon: [] },
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
    });
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

  it('rejects a settings section that is not an object', () => {
    const { settings, warnings } = parseSettings('auto');
    assert.equal(settings.analyzePlainText, 'auto');
    assert.equal(warnings.length, 1);
  });
});
