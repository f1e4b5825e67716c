// brat standoff: the T, A, N and R lines of the seed, offsets in code points after emoji, mentions
// over a line break in fragments, and every T line's text found at its offsets in the .txt, which
// is the article unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toBrat } from '../../server/src/export/brat';
import { HOSTILE, inputOf, ROOT, roundTripArticles } from './helpers';

const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');
const brat = (text: string, date?: string): { txt: string; ann: string[] } => {
  const [txt, ann] = toBrat(inputOf(text, 'article', date)).files;
  assert.deepEqual([txt.suffix, ann.suffix], ['.txt', '.ann']);
  return { txt: txt.content, ann: ann.content.split('\n').filter((l) => l !== '') };
};

describe('export: brat standoff', () => {
  it('writes the seed mentions, their values and relations', () => {
    const { ann } = brat(seed);
    const t = (type: string, text: string): string => {
      const line = ann.find((l) => l.startsWith('T') && l.includes(`\t${type} `) && l.endsWith(`\t${text}`));
      assert.ok(line, `no T line for ${type} ${text}`);
      return line.split('\t')[0];
    };
    assert.ok(ann.includes(`${t('Person', 'Ruslan Zhaksylykov')}\tPerson 210 228\tRuslan Zhaksylykov`));
    const date = t('Date', 'Nov. 7');
    assert.ok(ann.some((l) => /^A\d+\tResolution /.test(l) && l.endsWith(` ${date} article-year`)));
    assert.ok(
      ann.some((l) => /^N\d+\t/.test(l) && l.endsWith(`Reference ${date} TIMEX3:2023-11-07\tNov. 7`)),
    );
    const kazakhstan = t('Place', 'Kazakhstan');
    assert.ok(ann.some((l) => l.endsWith(`Reference ${kazakhstan} Wikidata:Q232\tKazakhstan`)));
    const person = t('Person', 'Ruslan Zhaksylykov');
    assert.ok(ann.some((l) => l.endsWith(`\tHasRank Arg1:${person} Arg2:${t('Rank', 'Colonel General')}`)));
    assert.ok(
      ann.some((l) => l.endsWith(`\tHasTitle Arg1:${person} Arg2:${t('Title', 'Minister of Defense')}`)),
    );
  });

  it('counts code points: emoji before a mention move it by one each, not two', () => {
    const text = '🎉🇫🇷 Senator John Miller visited Paris.';
    const { ann } = brat(text, '2024-03-01');
    // 🎉 is one code point, 🇫🇷 two (two regional indicators), then a space: "Senator" starts at 4.
    assert.ok(ann.includes('T1\tTitle 4 11\tSenator'), ann.join('\n'));
    assert.ok(ann.includes('T2\tPerson 12 23\tJohn Miller'), ann.join('\n'));
    assert.ok(ann.includes('T3\tPlace 32 37\tParis'), ann.join('\n'));
  });

  it('writes a mention over a line break as one fragment per line', () => {
    // The engine ends a name at a line break; the analysis of one line, laid on the text with a break.
    const input = inputOf('The Ministry of Defense said so.', 'article', '2024-03-01');
    const text = 'The Ministry of\nDefense said so.';
    const mentions = input.analysis.mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
    const [, file] = toBrat({ ...input, text, analysis: { ...input.analysis, mentions } }).files;
    const ann = file.content.split('\n');
    assert.ok(ann.includes('T1\tOrganization 4 15;16 23\tMinistry of Defense'), ann.join('\n'));
  });

  it('keeps the text unchanged and every T line at its code point offsets', () => {
    const docs = [...roundTripArticles(), { id: 'hostile', text: HOSTILE, articleDate: undefined }];
    for (const doc of docs) {
      const { txt, ann } = brat(doc.text, doc.articleDate);
      assert.equal(txt, doc.text, doc.id);
      const points = [...txt];
      for (const line of ann.filter((l) => l.startsWith('T'))) {
        const [, where, text] = line.split('\t');
        const fragments = where.split(' ').slice(1).join(' ').split(';');
        const found = fragments.map((f) => {
          const [s, e] = f.split(' ').map(Number);
          return points.slice(s, e).join('');
        });
        assert.equal(found.join(' '), text, `${doc.id}: ${line}`);
      }
    }
  });
});
