// Word lists the counts extractor reads. General English data only: function words, units,
// currencies, time words. Everything is lower-cased; look words up lower-cased.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { FUNCTION_WORDS } from './function-words.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Numbers written as words, with their values; "dozen" multiplies like a scale below a hundred. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);
export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['lakh', 1e5], ['million', 1e6], ['crore', 1e7], ['billion', 1e9], ['trillion', 1e12],
]);

/** Words that, right before a number, say how exact it is: kept as the count's `qualifier`. */
export const QUALIFIERS = [
  'at least', 'at most', 'more than', 'fewer than', 'less than', 'no more than', 'no fewer than', 'no less than',
  'not more than', 'not less than', 'as many as', 'as few as', 'upwards of', 'close to', 'nearly', 'almost',
  'about', 'around', 'approximately', 'roughly', 'some', 'over', 'under', 'up to', 'an estimated', 'estimated',
  'just over', 'just under', 'well over', 'well under', 'more or less', 'only', 'exactly', 'a total of', 'a further',
  'another', 'an additional', 'a record',
] as const;

/**
 * Words that end a noun phrase after a number: prepositions, determiners, conjunctions, pronouns,
 * auxiliaries and the adverbs that follow a subject. "five drones shot down in …" stops at "shot"
 * by the verb rules, "two in the Belgorod Region" stops at once at "in".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...WEEKDAY_NAMES,
  ...`whereas than
  of in on at by for from to into onto over under above below across around near nearby along through throughout
  with within without inside outside about against between among amid amidst during behind beyond toward
  towards upon via per off out up down away back past
  is are was were be been being am has have had having do does did will would shall should can could may might must
  each every all both some any no none
  not too very just only even already reportedly allegedly apparently respectively altogether overall
  total apiece including such like overnight ago last next`.split(/\s+/).filter(Boolean),
]);

/** The preposition that puts a count somewhere: "five drones shot down in the Bryansk Region". */
export const LOCATIVE_PREPOSITIONS = set(`
  in over above near across around on at outside inside within throughout of into onto from along off
`);

/** Irregular and unchanging plurals that the "-s" rule would miss. */
export const IRREGULAR_PLURALS = set(`
  people children men women police aircraft personnel staff troops cattle sheep deer fish livestock militia
  clergy crew crews feet teeth mice geese oxen spacecraft hovercraft watercraft offspring series species
  infantry artillery cavalry youth poultry swine salmon trout bison moose headquarters
  passers-by servicemen servicewomen firemen policemen policewomen fishermen gunmen congressmen
  businessmen tradesmen craftsmen linemen alumni data media criteria phenomena
`);

/** Words ending in "s" that are not plural nouns: they never close a plural noun phrase. */
export const NOT_PLURAL_S = set(`
  was has is does says goes gets makes takes gives comes sees means seems news as us this its his hers yours ours
  theirs thus plus bus gas lens process status campus virus census chaos bonus focus corpus atlas canvas
  address business witness press class glass boss loss moss mass grass across less unless various previous
  serious numerous famous nervous dangerous anonymous enormous obvious tremendous continuous ambitious religious
  previous analysis crisis basis thesis emphasis diagnosis paralysis axis oasis tennis
  measles mumps rabies diabetes herpes scabies rickets shingles
`);

/** Ordinary verbs that end a noun phrase ("one drone hit a building"); regular past forms are caught by "-ed". */
export const VERB_WORDS = set(`
  hit shot struck fell fall falls fallen came come went go got get made make took take taken gave give given sent
  brought caught built lost left kept held found saw seen flew flown drove driven ran run threw thrown broke
  broken began begun became become said say told tell met meet rose risen hid hidden sank sunk sought bought
  fought stood sat led lay laid put set cut spread burst blew blown shut hurt cost let quit remain remains
  remained appear appears appeared include includes included say says try tries need needs want wants
  gets makes takes has is does goes comes sees seems becomes holds leads wins runs shows tells thinks knows
  looks gives keeps puts calls uses stands tweeted
`);

/** Words ending in "ed" or "ing" that are nouns, not verb forms. */
export const ED_ING_NOUNS = set(`
  bed shed red sled hundred thousand kindred building buildings housing housings dwelling dwellings being beings
  wedding weddings meeting meetings bombing bombings shooting shootings killing killings sibling siblings
  offering offerings opening openings ceiling ceilings wing wings ring rings king kings thing things string
  evening evenings morning mornings warning warnings painting paintings recording recordings filing filings
  landing landings crossing crossings clothing bedding lodging lodgings holding holdings finding findings
  hearing hearings rating ratings ruling rulings setting settings saving savings earning earnings spring springs
  swing swings sting cling feeling feelings fitting fittings
`);

/** Words that make the thing counted more or less of a number, not the thing: dropped from `item`. */
export const ITEM_PREFIX_WORDS = set(`more other additional further extra fewer less new separate different individual total`);

/** Words opening a paragraph that leaves the place an article reports on: "Elsewhere, four people were hurt." */
export const PLACE_SHIFT_OPENERS = set(`elsewhere separately`);

/** Nouns for countries: "38 countries" lie in no one place. */
export const COUNTRY_NOUNS = set(`country countries nation nations`);

/** Place nouns for a country's first-level parts and countries: "26 states" cannot lie inside one county or city. */
export const DIVISION_NOUNS: ReadonlySet<string> = new Set([...COUNTRY_NOUNS, ...set(`
  state states region regions oblast oblasts province provinces county counties krai krais republic republics
  territory territories
`)]);

/** Nouns that are places: a count of these is a total over places, not what its parts count. */
export const PLACE_NOUNS = set(`
  region regions oblast oblasts province provinces district districts area areas city cities town towns village
  villages settlement settlements country countries state states county counties territory territories locality
  localities municipality municipalities republic republics krai okrug community communities front fronts
  direction directions sector sectors zone zones
`);

/** Units of distance: "430 miles southeast of Manila" measures from a place, not in it. */
export const DISTANCE_UNITS = set(`km kms kilometre kilometres kilometer kilometers mile miles mi metre metres meter meters m`);

/** Units of physical measure: "1000 feet" is neither a count of things nor a year. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([...DISTANCE_UNITS, ...set(`
  mph kph km/h kmh cm mm
  centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters nm
  foot feet ft inch inches yard yards kg kgs kilogram kilograms kilo kilos gram grams mg lb lbs pound pounds
  ounce ounces oz ton tons tonne tonnes litre litres liter liters ml gallon gallons barrel barrels bbl
  degree degrees ° celsius fahrenheit kelvin acre acres hectare hectares ha sq square cubic knot knots
  watt watts kw kwh mw mwh gw gwh megawatt megawatts gigawatt gigawatts kilowatt kilowatts volt volts hz mhz ghz
  byte bytes kb mb gb tb calorie calories magnitude richter decibel decibels db
`)]);

/** Units of measure, money and time, and "times", "percent": a number of these is not a count of things. */
export const NON_COUNT_NOUNS: ReadonlySet<string> = new Set([...MEASURE_UNITS, ...set(`
  percent per-cent percentage percentages pct point points basis bps
  dollar dollars usd cent cents euro euros eur pound sterling gbp ruble rubles rouble roubles rub hryvnia
  hryvnias hryvnas uah yuan renminbi yen jpy rupee rupees franc francs chf lira liras lire zloty zlotys
  krona kronor krone kroner shekel shekels dinar dinars dirham dirhams peso pesos reais rand bitcoin bitcoins
  second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week weeks weekend weekends
  fortnight fortnights month months year years yr yrs decade decades century centuries millennium millennia
  morning mornings afternoon afternoons evening evenings a.m am p.m pm o'clock gmt utc msk est edt pst pdt cet cest bst
  time times fold term terms summer summers winter winters autumn autumns season seasons semester semesters
  quarter quarters figures
`)]);

/** Words that put a label on the number after them: "No. 5", "Route 66", "room 101", "page 3". */
export const LABEL_WORDS = set(`
  no no. nos nos. number num num. # route flight article section chapter page pages room apartment apt apt. flat
  house building unit floor line item code version level category grade class size zone phase stage round episode
  season vol vol. volume part step block lot plot gate platform track highway road street exit channel precinct
  ward seat table figure fig fig. tier rank row column group division bus tram train car
  aged age ages
`);

/**
 * Verbs of getting in touch: a number in digits right after one ("call 999") or after "on" in its
 * clause ("contact the police on 101") is a phone number. Only the forms that ask or tell one to:
 * "called on 30 states" is another verb.
 */
export const CONTACT_VERBS = set(`call calling ring ringing phone phoning dial dialling dialing text texting contact contacting telephone`);
/** A word right after a number that makes it a phone number: "on 101 quoting incident 1234". */
export const PHONE_FOLLOWERS = set(`quoting quote`);

/** Words before a number that make it a definite reference back, not a new count ("the two sides"). */
export const DEFINITE_WORDS = set(`the these those its their his her our your my whose`);

/** Words before "one" that make it a pronoun or an idiom: "no one", "every one", "the one". */
export const PRONOUN_ONE_BEFORE = set(`no any every each the this that which someone anyone no-one each`);

/** Month names and abbreviations: a number beside one is a day of the month. */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.flatMap((a) => [a, `${a}.`])]);

/** Street words: "10 Downing Street", "42 Lenin Ave." make the number a house number. */
export const STREET_WORDS = set(`
  street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane ln drive dr way place square sq highway
  hwy prospekt prospect embankment alley court ct terrace parkway pkwy crescent close plaza ulitsa
`);

/** Words before a year that make it one: "in 2024", "since 1991". */
export const YEAR_CUES = set(`in since by from until till of during before after around circa year years early late mid fiscal fy below above than pre post`);

/**
 * Nouns that "one" introduces as a manner of speaking, not as a count: "one reason", "one study
 * found", "one official said". A number above one with them ("three studies") is still a count.
 */
export const NOT_COUNTED_AFTER_ONE = set(`
  reason question example estimate study report survey poll analysis way thing sort kind type point hand side
  issue problem exception feature headline factor aspect option idea source official observer analyst
  participant user questioner expert critic commentator insider aide hell day time moment night morning
  evening afternoon week month year occasion instance case version theory view account possibility
`);

/** Verbs whose bare number counts people: "the strike killed 3 and wounded 12", "3 killed". */
export const CASUALTY_VERBS = set(`
  killed injured wounded hurt dead died evacuated rescued detained arrested hospitalized hospitalised missing homeless
  killing injuring wounding evacuating rescuing detaining arresting kill kills injure injures wound wounds
`);

/**
 * A patient's state after a bare number: "four in a serious condition" counts people ("in good
 * condition" may be a building's, so only a medical grade makes it so); "two critically" counts
 * what its sibling counts ("five people were injured, two critically").
 */
export const CONDITION_NOUNS = set(`condition conditions`);
export const MEDICAL_CONDITIONS = set(`critical serious stable moderate grave life-threatening non-life-threatening`);
export const CONDITION_ADVERBS = set(`critically seriously gravely severely fatally slightly moderately badly`);

/** Nouns that are casualties themselves: "one death", "one fatality" is a count wherever it stands. */
export const CASUALTY_NOUNS = set(`death deaths fatality fatalities injury injuries casualty casualties`);

/** Verbs of attack whose object is the place struck: "two glide bombs to attack Kharkiv's Kyivskyi district". */
export const STRIKE_VERBS = set(`
  attack attacks attacked attacking hit hits hitting strike strikes struck striking shell shells shelled shelling
  bomb bombs bombed bombing target targets targeted targeting
`);

/** Heads that name people: a casualty number may take one of these from a sibling count. */
export const PEOPLE_NOUNS = set(`
  people persons person civilians civilian children child kids adults residents resident soldiers soldier
  servicemen serviceman troops men man women woman workers worker passengers passenger victims victim police
  officers officer firefighters rescuers miners students pupils teenagers minors infants babies boys girls
  inhabitants villagers citizens migrants refugees prisoners hostages fighters militants journalists others
  employees staff crew patients tourists pedestrians drivers volunteers protesters demonstrators
`);

/** Phrases that make a count a running total ("has since killed 300", "since the war began"; "so far" is not one: a day's toll as it stands): it has no one time. */
export const RUNNING_TOTAL_PHRASES = [`since`];
/** Words after "since" that start the span within the report's day, not a running total: "since yesterday evening", "since midnight". */
export const SINCE_TODAY_WORDS = set(`yesterday midnight dawn overnight tonight today`);
/** Words before "since" that make it a comparison, not a running total: "the highest number since 1994". */
export const SINCE_COMPARISONS = set(`highest lowest largest biggest smallest worst best most fewest least first last`);

/** Phrases of a standing fact ("20,000 people live in the valley", "is home to 50,000", "consisted of four buildings"): no event, no time. */
export const STANDING_FACT_PHRASES = [
  `live in`, `live on`, `reside`, `resides`, `inhabit`, `inhabits`, `population of`, `home to`, `consists of`, `consisted of`, `comprises`, `comprised`,
];

/** Nouns of an event a later sentence refers back to by "the attack", "in the blast": where and when it happened. */
export const EVENT_NOUNS = set(`
  attack attacks strike strikes raid raids assault bombardment shelling explosion explosions blast blasts
  incident crash collision fire blaze eruption earthquake quake landslide landslides mudslide flood floods
  flooding storm shooting stampede ambush
`);

/** Verbs that bring a toll to a figure: "the death toll rose to 42", "has surpassed 150", "stands at 194". */
export const TOLL_VERBS = set(`
  rose risen rises rising climbed climbs climbing jumped jumps reached reaches reaching surpassed surpasses passed
  exceeded exceeds topped tops hit hits stands stood increased increases grew grown mounted mounts is was now
`);

/** What a toll is called: "the death toll", "the number of people killed". */
export const TOLL_SUBJECTS = [`death toll`, `toll`, `number of dead`, `number of deaths`, `number of people killed`, `number of fatalities`, `number of victims`];
