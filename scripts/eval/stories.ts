// MEANTIME's 120 articles come in four topics of 30 (the upstream folders corpus_airbus,
// corpus_apple, corpus_gm and corpus_stock), and inside a topic several articles often follow one
// story: the same aircraft programme, lawsuit, bankruptcy or market crash, with the same people and
// companies. The split (scripts/eval/split.ts) keeps each story below on one side, so that a name
// learnt while tuning is not rewarded again on the test side. Grouped by hand from the titles and
// dates in ../shared/data/dev/attribution.tsv; an article listed nowhere is a story of its own.
// Numbers are the Wikinews ids inside the document ids (`meantime_<number>_<title>`).

export interface Story {
  /** `<topic>/<label>`; the topic is the upstream folder without `corpus_`. */
  name: string;
  /** Why these articles are one story. */
  about: string;
  articles: number[];
}

export const MEANTIME_STORIES: readonly Story[] = [
  {
    name: 'airbus/air-force-tankers',
    about:
      'the Boeing–Air Force lease scandal, the KC-X tanker award to Northrop Grumman/EADS, its rerun, the UK tanker',
    articles: [1173, 5403, 100911, 102977, 108294],
  },
  {
    name: 'airbus/a380',
    about: 'the A380 from launch to first flight, delays, the job cuts they caused, first deliveries',
    articles: [3307, 8951, 25501, 51682, 61389, 62929, 78496, 82548, 82597],
  },
  {
    name: 'airbus/787-dreamliner',
    about: "the Boeing 787's orders, roll-out, maiden flight and first delivery",
    articles: [3835, 71526, 73808, 145930, 276079],
  },
  {
    name: 'apple/apple-corps',
    about: "the Beatles' Apple Corps trademark case against Apple Computer",
    articles: [37313, 40203, 60083],
  },
  {
    name: 'apple/intel-macs',
    about: 'the move to Intel processors: announced at WWDC 2005, then the first Intel Macs',
    articles: [10450, 30414, 40986],
  },
  {
    name: 'apple/iphone',
    about: "the iPhone's introduction, Cisco's trademark suit over its name, the SDK, the 3G and 3GS",
    articles: [58207, 58383, 101354, 107785, 127576],
  },
  {
    name: 'apple/iphone-4',
    about: 'the iPhone 4: launch, pre-orders, the antenna problem and its fallout',
    articles: [190356, 191597, 195869, 199629],
  },
  {
    name: 'apple/ipod',
    about: 'the iPod nano, the video iPod event, the volume limit, the 2007 range',
    articles: [21302, 23468, 23973, 37961, 78899],
  },
  {
    name: 'apple/itunes',
    about: 'the iTunes store: movies, UK prices, becoming the largest US music seller',
    articles: [43503, 89284, 103623],
  },
  {
    name: 'apple/jobs-leaves',
    about: "Steve Jobs's medical leave, resignation and death",
    articles: [238039, 279494, 287096],
  },
  {
    name: 'gm/bailout',
    about:
      'the 2008–09 auto bailout: the Senate vote, the White House plan, buyouts, more aid, Canadian loans',
    articles: [118147, 118175, 120554, 121134, 123881],
  },
  {
    name: 'gm/gm-bankruptcy',
    about: "GM's 2009 losses, dealer closures, bankruptcy, the rescue plan, New GM, the Saturn sale",
    articles: [126029, 126361, 126878, 127226, 127227, 127248, 127461],
  },
  {
    name: 'gm/chrysler-fiat',
    about: "Chrysler's bankruptcy, dealer closures and Fiat's stake",
    articles: [125796, 126311, 264435],
  },
  {
    name: 'gm/daimlerchrysler',
    about: 'DaimlerChrysler cutting jobs, then selling Chrysler Group',
    articles: [60658, 68899],
  },
  {
    name: 'gm/ford',
    about: 'Ford: job cuts, Australian aid, production cuts, the Taurus, Craiova, profits, sales',
    articles: [31706, 39951, 47720, 60086, 79240, 143300, 150433, 160257],
  },
  {
    name: 'stock/early-2007-selloff',
    about: 'the February–March 2007 global sell-off and the sub-prime lenders',
    articles: [61327, 62405],
  },
  {
    name: 'stock/september-2008',
    about: 'the week of AIG and the Russian market closures, central banks, the US rescue plan',
    articles: [113219, 113227, 113267, 113278, 113330],
  },
  {
    name: 'stock/october-2008',
    about: 'the October 2008 crash, day by day',
    articles: [114565, 114613, 114719, 114864, 114904, 115064, 115587, 115711],
  },
  {
    name: 'stock/2009-lows',
    about: 'the February–April 2009 lows and the rally that followed',
    articles: [121225, 121416, 121978, 122475, 124259],
  },
];
