// Setting and server text shown in a VS Code notification can never form a link there.
import assert from 'node:assert/strict';
import { plainForNotification } from '../../client/src/notificationText';
import { seededRandom } from '../helpers/random';

/** What a notification makes a link of: "[label](" then a command, web or file target. */
const LINK = /\[[^\]]+\]\((?:command:|https?:\/\/|file:)/i;

describe('client: text for notifications', () => {
  it('parts a command link so that it shows as written and does not link', () => {
    const value = '[Open a terminal](command:workbench.action.terminal.new)';
    assert.ok(LINK.test(value));
    const shown = plainForNotification(`newsmark.analyzePlainText "${value}" is not auto`);
    assert.equal(
      shown,
      'newsmark.analyzePlainText "[Open a terminal] (command:workbench.action.terminal.new)" is not auto',
    );
    assert.ok(!LINK.test(shown));
  });

  it('parts web, file, nested and repeated links alike', () => {
    for (const value of [
      '[x](https://example.org/a)',
      '[x](HTTP://example.org)',
      '[x](file:///etc/passwd)',
      '[[x]](command:a) and [y](command:b)',
      '[a]]((command:b)',
      '[run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22ls%22%7D "a title")',
    ]) {
      const shown = plainForNotification(value);
      assert.ok(!LINK.test(shown), `${value} → ${shown}`);
      assert.ok(!shown.includes(']('), shown);
    }
  });

  it('leaves text with no "](" unchanged, brackets and parentheses included', () => {
    for (const text of ['', 'Large document (2,000,001 characters).', 'a [note] (see below)', '(x)[y]'])
      assert.equal(plainForNotification(text), text);
  });

  it('never leaves a link in random text made of brackets, parentheses and targets', () => {
    const random = seededRandom(6);
    const pieces = ['[', ']', '(', ')', 'command:x', 'https://h', 'file:/f', 'a', ' ', '"t"'];
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = 0; j < 12; j++) text += pieces[Math.floor(random() * pieces.length)];
      const shown = plainForNotification(text);
      assert.ok(!LINK.test(shown), `${text} → ${shown}`);
      assert.equal(shown.replace(/\] \(/g, ']('), text.replace(/\] \(/g, ']('));
    }
  });
});
