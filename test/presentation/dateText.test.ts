// Date descriptions used by the hover and the Outline, against dates counted by hand.
import assert from 'node:assert/strict';
import { describeDate, distanceText } from '../../server/src/presentation/dateText';

describe('presentation/dateText', () => {
  it('counts days, months and years from the article date', () => {
    assert.equal(distanceText('2023-11-07', '2023-11-08'), '1 day before publication');
    assert.equal(distanceText('2023-11-08', '2023-11-08'), 'on the publication date');
    assert.equal(distanceText('2023-12-25', '2023-11-08'), '47 days after publication');
    assert.equal(distanceText('2024-03-01', '2024-02-28'), '2 days after publication');
    assert.equal(distanceText('2023-10', '2023-11-08'), '1 month before publication');
    assert.equal(distanceText('2024', '2023-11-08'), '1 year after publication');
    assert.equal(distanceText('2023', '2023-11-08'), 'the year of publication');
    assert.equal(distanceText('2023-W45', '2023-11-08'), undefined);
    assert.equal(distanceText('2023-11-07', undefined), undefined);
  });

  it('describes a resolved date with its weekday and an unresolved one as unresolved', () => {
    const d = describeDate(
      {
        start: 0,
        end: 6,
        type: 'date',
        text: 'Nov. 7',
        value: '2023-11-07',
        resolution: 'article-year',
        source: 'dates',
      },
      '2023-11-08',
    );
    assert.equal(d.weekday, 'Tuesday');
    assert.equal(d.distance, '1 day before publication');
    assert.match(d.how as string, /year/);
    const u = describeDate(
      { start: 0, end: 9, type: 'date', text: 'yesterday', resolution: 'unresolved', source: 'dates' },
      undefined,
    );
    assert.equal(u.value, undefined);
    assert.match(u.how as string, /unresolved/);
    // A year below 100 stays that year (Date.UTC would read 0050 as 1950, a Wednesday).
    const early = describeDate(
      {
        start: 0,
        end: 4,
        type: 'date',
        text: 'x',
        value: '0050-03-01',
        resolution: 'explicit',
        source: 'dates',
      },
      '0050-03-08',
    );
    assert.equal(early.weekday, 'Tuesday');
    assert.equal(early.distance, '7 days before publication');
  });
});
