// Which documents are analysed: news always; text and Markdown when they look like an article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articleMarker, detectArticle } from '../../server/src/articleDetection';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');

describe('articleDetection', () => {
  it('recognises the seed by its header line (leading space allowed)', () => {
    assert.equal(articleMarker(SEED), 'header');
    assert.deepEqual(detectArticle('plaintext', SEED, 'auto'), { analyze: true, reason: 'header' });
  });

  it('recognises front matter with a date and a dateline near the top', () => {
    assert.equal(articleMarker('---\ntitle: A\ndate: 2023-11-08\n---\nBody'), 'front-matter');
    assert.equal(articleMarker('---\ndate: "2023-11-08"\n---\n'), 'front-matter');
    assert.equal(articleMarker('Headline\n\nASTANA — Body text.'), 'dateline');
    assert.equal(articleMarker('WASHINGTON (Reuters) - Body.'), 'dateline');
    assert.equal(articleMarker('Headline\n\nNEW YORK, United States — Body.'), 'dateline');
  });

  it('does not take ordinary text for an article', () => {
    assert.equal(articleMarker(''), undefined);
    assert.equal(articleMarker('# README\n\nInstall with npm - it is quick.'), undefined);
    assert.equal(articleMarker('date: tomorrow\nnothing here'), undefined);
    assert.equal(articleMarker('a\nb\nc\nd\ne\nf\ng\nASTANA — too deep to be a dateline'), undefined);
    assert.equal(articleMarker('---\ntitle: no date\n---\n'), undefined);
  });

  it('follows the analyzePlainText setting and the language', () => {
    assert.equal(detectArticle('news', '', 'never').analyze, true);
    assert.equal(detectArticle('plaintext', SEED, 'never').analyze, false);
    assert.equal(detectArticle('markdown', 'just notes', 'always').analyze, true);
    assert.equal(detectArticle('markdown', 'just notes', 'auto').reason, 'not-an-article');
    assert.equal(detectArticle('typescript', SEED, 'always').analyze, false);
  });

  it('takes the plain-text language names other editors send (Neovim and Emacs send "text")', () => {
    assert.deepEqual(detectArticle('text', SEED, 'auto'), { analyze: true, reason: 'header' });
    assert.equal(detectArticle('text', 'just notes', 'auto').analyze, false);
  });
});
