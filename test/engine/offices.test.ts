// Ranks, titles and honorifics in sentences written for these tests, marked as a reader would
// (the own wire set's conventions, test/fixtures/wire/README.md): a rank word inside an office is
// the office's, an abbreviated rank is one rank, an honorific stands outside the name, words saying
// when an office was held stand outside it; and what the relations say about them (who holds
// which office, and whose rank table a rank is read in).
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { Analysis, Entity } from '../../server/src/engine/model/types';

const analyzer = new Analyzer();
const analyze = (text: string): Analysis => analyzer.analyze(text, { articleDate: '2025-05-14' });
const marked = (text: string): string[] =>
  analyze(text)
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => `${m.type}:${m.text}`);

function entity(a: Analysis, type: Entity['type'], name: string): Entity {
  const e = a.entities.find((x) => x.type === type && x.name === name);
  assert.ok(e, `no ${type} named ${name}: ${a.entities.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return e;
}

function check(cases: [string, string[]][]): void {
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(marked(text), expected));
}

describe('engine: offices', () => {
  describe('a job title that holds a rank word is a title, whole', () => {
    check([
      [
        'Chief Financial Officer Ines Abara said margins would recover.',
        ['title:Chief Financial Officer', 'person:Ines Abara'],
      ],
      [
        'Airbus Chief Operating Officer Maren Dahl will retire.',
        ['organization:Airbus', 'title:Chief Operating Officer', 'person:Maren Dahl'],
      ],
      [
        'The results were read out by Chief Election Commissioner Farooq Ahmed Durrani.',
        ['title:Chief Election Commissioner', 'person:Farooq Ahmed Durrani'],
      ],
      [
        'Brig. Sanjay Rao, the General Officer Commanding (GOC) of the division, spoke.',
        ['rank:Brig.', 'person:Sanjay Rao', 'title:General Officer Commanding', 'title:GOC'],
      ],
      [
        'Attorney General Dana Whitcomb filed the motion.',
        ['title:Attorney General', 'person:Dana Whitcomb'],
      ],
      ['Lt. Gov. Marcus Ortega signed the bill.', ['title:Lt. Gov.', 'person:Marcus Ortega']],
      [
        'Sen. Alicia Brandt and Rep. Tom Okafor voted against it.',
        ['title:Sen.', 'person:Alicia Brandt', 'title:Rep.', 'person:Tom Okafor'],
      ],
    ]);

    it('"Commander" after a unit is its office; the unit is an organization', () => {
      assert.deepEqual(marked('He met Lahore Corps Commander Lt Gen Imtiaz Qadir on Friday.'), [
        'organization:Lahore Corps',
        'title:Commander',
        'rank:Lt Gen',
        'person:Imtiaz Qadir',
      ]);
      assert.deepEqual(marked('Later the Corps Commander inspected the posts.'), ['title:Corps Commander']);
    });

    it('a lone rank word is a rank where it stands as one', () => {
      assert.deepEqual(marked('Police said Officer Dana Lee was hurt in the crash.'), [
        'rank:Officer',
        'person:Dana Lee',
      ]);
      assert.deepEqual(marked('The ship was led by Navy Commander Ilse Berg.'), [
        'organization:Navy',
        'rank:Commander',
        'person:Ilse Berg',
      ]);
      assert.deepEqual(marked('Chief of Army Staff General Amir Khalid visited the base.'), [
        'title:Chief of Army Staff',
        'rank:General',
        'person:Amir Khalid',
      ]);
    });

    it('a force’s acronym or a branch before a lone rank says whose rank it is', () => {
      assert.deepEqual(marked('Officials said IDF Colonel Avi Stern led it.'), [
        'organization:IDF',
        'rank:Colonel',
        'person:Avi Stern',
      ]);
      assert.deepEqual(marked('Later Republican Guard Colonel Ali Hassan arrived.'), [
        'organization:Republican Guard',
        'rank:Colonel',
        'person:Ali Hassan',
      ]);
    });

    it('a team position written in lower case is no office', () => {
      const types = analyze('After lunch, captain Owen Pryce declared on 350.').mentions.map((m) => m.type);
      assert.ok(!types.includes('title'), types.join(', '));
      assert.ok(types.includes('person'), types.join(', '));
    });

    it('a chief financial officer is never given a police rank', () => {
      const a = analyze('Chief Financial Officer Ines Abara said margins would recover.');
      const person = entity(a, 'person', 'Ines Abara');
      assert.equal(person.rank, undefined);
      assert.equal(person.title, 'Chief Financial Officer');
    });
  });

  describe('an abbreviated rank is one rank', () => {
    check([
      ['Lt. General Vikram Sood reviewed the parade.', ['rank:Lt. General', 'person:Vikram Sood']],
      [
        'Maj. Gen. Ana Ruiz and Brig. Gen. Paul Stone arrived.',
        ['rank:Maj. Gen.', 'person:Ana Ruiz', 'rank:Brig. Gen.', 'person:Paul Stone'],
      ],
      ['Lt Col Nadia Rahim briefed the press.', ['rank:Lt Col', 'person:Nadia Rahim']],
      ['Lt. Col. Jonas Vilkas was there too.', ['rank:Lt. Col.', 'person:Jonas Vilkas']],
    ]);

    it('a mixed form is the rank in full', () => {
      const a = analyze('Lt. General Vikram Sood reviewed the parade.');
      assert.equal(entity(a, 'person', 'Vikram Sood').rank, 'Lieutenant General');
    });
  });

  describe('honorifics', () => {
    check([
      ['Sheikh Rubina Kabir addressed the rally.', ['person:Sheikh Rubina Kabir']],
      ['Party spokeswoman Begum Nasreen Akhtar said so.', ['title:spokeswoman', 'person:Nasreen Akhtar']],
      ['Dr. Helena Marsh and Mr. Omar Saleh agreed.', ['person:Helena Marsh', 'person:Omar Saleh']],
    ]);

    it('the office before an honorific is the named person’s', () => {
      const a = analyze('Party spokeswoman Begum Nasreen Akhtar said so.');
      assert.equal(entity(a, 'person', 'Nasreen Akhtar').title, 'spokeswoman');
    });
  });

  describe('a plural office before a list of people', () => {
    const text = 'Interior Ministers Karin Holm of Denmark and Pieter Jansen of the Netherlands met.';
    it('is a title, and each name a person', () => {
      assert.deepEqual(marked(text), [
        'title:Interior Ministers',
        'person:Karin Holm',
        'place:Denmark',
        'person:Pieter Jansen',
        'place:Netherlands',
      ]);
    });
    it('each person holds it, and is of the country after their name', () => {
      const a = analyze(text);
      const countryOf = (p: Entity): string | undefined => a.entities.find((e) => e.id === p.country)?.name;
      for (const [name, country] of [
        ['Karin Holm', 'Denmark'],
        ['Pieter Jansen', 'Netherlands'],
      ]) {
        const p = entity(a, 'person', name);
        assert.equal(p.title, 'Interior Ministers', name);
        assert.equal(countryOf(p), country, name);
      }
    });
  });

  describe('words saying when an office was held', () => {
    const text =
      'The bill was backed by former Prime Minister Rahela Noor and outgoing Finance Minister Tariq Zaman.';
    it('stand outside the title', () => {
      assert.deepEqual(marked(text), [
        'title:Prime Minister',
        'person:Rahela Noor',
        'title:Finance Minister',
        'person:Tariq Zaman',
      ]);
    });
    it('stay in the office the person is given', () => {
      const a = analyze(text);
      assert.equal(entity(a, 'person', 'Rahela Noor').title, 'former Prime Minister');
      assert.equal(entity(a, 'person', 'Tariq Zaman').title, 'outgoing Finance Minister');
    });
  });

  it('an organization just before an office is the office’s, and its holder’s', () => {
    const a = analyze('Airbus Chief Operating Officer Maren Dahl will retire.');
    const airbus = entity(a, 'organization', 'Airbus');
    assert.equal(entity(a, 'title', 'Chief Operating Officer').organization, airbus.id);
    assert.equal(entity(a, 'person', 'Maren Dahl').organization, airbus.id);
  });

  it('an abbreviated office is named in full for its holder', () => {
    const a = analyze('Lt. Gov. Marcus Ortega signed the bill.');
    assert.equal(entity(a, 'person', 'Marcus Ortega').title, 'Lieutenant Governor');
    assert.equal(entity(a, 'title', 'Lt. Gov.').title, 'Lieutenant Governor');
  });

  it('an acronym in brackets after an office is the same office, with the same holder', () => {
    const a = analyze('Chief of Army Staff (COAS) General Amir Khalid visited the base.');
    const office = entity(a, 'title', 'Chief of Army Staff');
    assert.deepEqual(office.aliases, ['COAS']);
    assert.equal(a.entities.find((e) => e.id === office.holder)?.name, 'Amir Khalid');
    assert.equal(entity(a, 'person', 'Amir Khalid').title, 'Chief of Army Staff');
  });

  describe('a rank is read in the table of its holder’s country', () => {
    const info = (text: string, person: string) => entity(analyze(text), 'person', person).rankInfo;

    it('an Indian lieutenant general: the India table, its NATO code only comparable', () => {
      const i = info('Lt Gen Harjeet Mann of the Indian Army opened the bridge.', 'Harjeet Mann');
      assert.equal(i?.tradition, 'India');
      assert.equal(i?.country, 'India');
      assert.equal(i?.countryFrom, 'text');
      assert.equal(i?.nato, 'OF-8');
      assert.equal(i?.natoBasis, 'comparable');
      assert.equal(i?.otherTradition, undefined);
    });

    it('a Pakistani soldier: the Pakistan table, also for ranks only it has (Naik)', () => {
      const i = info('Pakistani Naik Gul Zaman was wounded.', 'Gul Zaman');
      assert.equal(i?.tradition, 'Pakistan');
      assert.equal(i?.name, 'Naik');
    });

    it('a Bangladeshi brigadier general is one star, in the Bangladesh table', () => {
      const i = info('Bangladeshi Brigadier General Rafiq Islam spoke.', 'Rafiq Islam');
      assert.equal(i?.tradition, 'Bangladesh');
      assert.equal(i?.nato, 'OF-6');
    });

    it('the force written before the rank gives the country ("Russian Aerospace Forces Colonel")', () => {
      const i = info('Russian Aerospace Forces Colonel Ivan Orlov spoke.', 'Ivan Orlov');
      assert.equal(i?.tradition, 'Soviet-style');
      assert.equal(i?.countryFrom, 'text');
    });

    it('with no country in the text, the dateline’s country', () => {
      const i = info('PESHAWAR, May 14 (APP) - Maj Gen Adil Rehman met elders on Wednesday.', 'Adil Rehman');
      assert.equal(i?.tradition, 'Pakistan');
      assert.equal(i?.countryFrom, 'dateline');
    });

    it('a country with no table of its own: said so, the code only comparable', () => {
      const i = info('Ghanaian Major General Kofi Mensah led the mission.', 'Kofi Mensah');
      assert.equal(i?.country, 'Ghana');
      assert.equal(i?.otherTradition, true);
      assert.equal(i?.natoBasis, 'comparable');
      assert.equal(i?.nato, 'OF-7');
    });

    it('a borrowed table: Australia’s ranks are the UK’s, their codes only comparable', () => {
      const i = info('Australian Brigadier Ann Lowe spoke.', 'Ann Lowe');
      assert.equal(i?.tradition, 'UK');
      assert.equal(i?.otherTradition, undefined);
      assert.equal(i?.natoBasis, 'comparable');
    });

    it('a US "Army General" is the US Army’s General, official in the US table', () => {
      const i = info('U.S. Army General Mark Reyes spoke in Texas.', 'Mark Reyes');
      assert.equal(i?.tradition, 'US');
      assert.equal(i?.name, 'General');
      assert.equal(i?.natoBasis, 'official');
    });

    it('no country anywhere: none is invented', () => {
      const i = info('Colonel Bruno Keller retired on Tuesday.', 'Bruno Keller');
      assert.equal(i?.country, undefined);
      assert.equal(i?.otherTradition, undefined);
    });
  });
});
