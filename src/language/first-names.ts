import { fold } from './fold.js';
import { readEntries, words } from './word-file.js';

// Common given names, general data: English-language, European, Slavic (in the usual Latin
// transliterations, Russian and Ukrainian spellings both), Arabic, Turkish, East and South Asian.
// A capitalised word found here starts a person's name; the list also gives the gender that
// "he" and "she" are matched against. Names borne by either sex are in UNISEX.

const MALE = `
aaron abdul abdullah abraham adam adrian ahmad ahmed ahmet alan albert alberto aleksandr aleksei aleksey alessandro
alex alexander alexandr alexandre alexei alexey alfred ali allen alvin amir anatolii anatoliy anatoly andre andreas
andrei andrew andrey andrii andriy andrzej angelo anthony anton antonio arkadiy arkady armen arnold arsen arseniy
arseny artem arthur artur artyom avi barack barry bashar ben benjamin benny bernard bernie bill billy bob bobby
bogdan bohdan boris brad bradley brandon brett brian bruce bryan carl carlos cesar charles charlie chris christian
christopher chuck clarence claude cliff clint colin corey craig curtis dale damian dan daniel daniil danny danylo
darren dave david dean denis dennis denys derek devin dick dmitri dmitriy dmitry dmytro dominic don donald doug
douglas duncan dwight earl ed eddie edgar eduard edward edwin egor elijah emil emmanuel emre enrique eric erik ernest
eugene evan evgeniy evgeny fedor felix fernando filip francesco francis francisco frank franklin fred frederick
fumio fyodor gabriel gary gennadiy gennady george georgiy georgy gerald gerhard giorgi giuseppe glenn gordon graham
grant greg gregory grigory hafez hamid hamza hans harold harry hassan heinz henry herbert herman howard hugh hussein
ian ibrahim igor ihor illia ilya ismail ivan jack jacob jacques jake james jan jared jason javier jay jean jeb jeff
jeffrey jeremy jerome jerry jesse jim jimmy joe joel johann john johnny jon jonathan jorge jose joseph josh joshua
juan julian justin kamil karl keith ken kenneth kevin khalid kirill konstantin kostiantyn kostyantyn kris kurt kyle
kyrylo lance larry lawrence leon leonard leonid leo lev lloyd louis luca lucas luis luke lyndon mahmoud mahmud
maksim maksym malcolm marco marcus mario mark martin marvin matt matthew maurice max maxim mehmet michael michel
miguel mike mikhail mitch mitchell mitt mohamed mohammad mohammed mohsen moshe muhammad mustafa mykhailo mykhaylo
mykola nabil narendra nathan neil newt nicholas nick nicolas nikita nikolai nikolay norman oleg oleh oleksandr
oleksii oleksiy omar osama oscar otto pablo patrick paul pavel pavlo pedro pete peter petr petro phil philip pierre
pyotr qassem rafael rahul ralph ramon ramzan rand randy ray raymond recep reince reza richard rick rishi rob robert
roberto rodney roger roman ron ronald ross roy rudolph rudy ruslan russell ryan salman sam samuel scott sean serge
sergei sergey sergii sergio sergiu sergiy serhii serhiy seth shawn shinzo stanislav stanislaw stefan stephen steve
steven stuart svyatoslav taras ted terry thomas tim timothy todd tom tommy tony travis tucker tyler vadim vadym
valentin valerii valeriy valery vasili vasiliy vasily vasyl viacheslav victor viktor vincent vitalii vitaliy vitaly
vladimir vladislav vladyslav volodymyr vyacheslav walid walter warren wayne wesley william willie wolfgang
xavier yaroslav yegor yevgeniy yevgeny yevhen yevhenii yitzhak yosef youssef yuri yurii yuriy yury yusuf zbigniew
ashton austin blake brent caleb cody connor dalton darrell derrick devon dustin dylan elliot elliott ethan floyd
garrett gavin glen hunter isaac jeremiah jonah josiah kirk landon leroy lonnie marc mason micah miles nolan owen
preston reggie reginald rex roland russ shane sidney spencer stanley terrence trevor troy vernon wade wyatt zachary
zach cameron laurence borys hryhoriy yakiv vsevolod danylo mstyslav nazar orest ostap rostyslav stepan sviatoslav
fedir kuzma matviy savva timur tymur vladlen arkadii gleb innokenty lavrentiy makar prokhor rinat semyon timofey
trofim yakov yefim zakhar eldar aslan ramil marat rustam farid rashid khaled yasser fahd faisal ghassan jamal karim
marwan nasser rami sami yahya ziad abbas ayman bassam hamad hani jamil majid mounir nizar saad saeed salim tarek wael
viktor yevgen emmanuel francois jean-pierre jean-claude jean-luc olaf jens sebastian matteo giorgio giovanni sergio
mateusz tomasz piotr krzysztof pawel marek jaroslaw donald keir rishi boris vitali rustem rostislav matvei
mikheil levan davit irakli zurab tigran nikol ilham aleksandar milos nenad dragan goran zoran
`;

const FEMALE = `
abigail ada agnes aisha alexandra alina alice alicia alison alla allison alyona amanda amy ana anastasia anastasiia
andrea angela angelina anita ann anna anne annette antonina ashley audrey barbara beatrice betsy betty beverly
bonnie brenda bridget brittany carla carly carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl
christina christine cindy claire claudia colleen connie cynthia dana daria darya dasha debbie deborah debra denise
diana diane donna dora doris dorothy elaine eleanor elena elisabeth elizabeth ella ellen elvira emily emma erica
erin eva evelyn faith fiona florence frances galina gabriela gabrielle gina gloria grace halyna hanna hannah heather
heidi helen helena hillary holly hope huma ilona inna irene irina iryna isabel isabella ivanka jacqueline jane janet
janice jasmine jean jeanne jennifer jessica jill joan joanna joanne josephine joyce judith judy julia juliana julie
june karen karina kate katherine kathleen kathryn kathy katie katya kayleigh kellyanne kamala kateryna kira kristina
kristen kseniya ksenia lara larisa laura lauren leah liliya lilia linda lisa liz liza lois loretta lori louise
lucia lucy ludmila lyudmila lydia lynn madeleine madeline margaret margarita maria marianne marie marina marine
marsha martha mary maya megan melania melanie melissa meryl michelle mila mildred miranda molly monica nadezhda
nadia nadiya nancy naomi natalia natalie natalya nataliya natasha nicola nicole nikki nina nora olena olga olha
oksana olivia pam pamela patricia paula pauline peggy penny polina rachel rebecca regina rita roberta rosa rose
rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sofia sofiya sonia sophia sophie
stephanie susan susanna suzanne svetlana svitlana sylvia tamara tammy tanya tatiana tatyana tetiana tetyana teresa
theresa tiffany tina tracy ulyana ursula valentina valeria valerie vanessa vera veronica veronika victoria viktoriya
viktoria virginia vivian wanda wendy yana yelena yevgenia yulia yuliia yuliya zhanna zoe zoya
adrienne alexa alyssa amber annie ava becky bernadette brooke caitlin candace carrie cassandra chloe courtney
crystal danielle deirdre delores eileen elise ellie esther eve felicia gail gwen hailey harriet hazel ingrid
jackie jade jenna jenny jodi josie kara kayla kendra kristin krystal lacey latoya leticia lila lindsay lindsey
lorraine lucille mabel mackenzie mallory marcia margo marilyn marlene maureen mia michaela mindy misty myra nadine
nell olive paige patsy priscilla rachael ramona renee rhonda robyn roxanne ruby selena serena sheryl sierra simone
sonya stacey stacy stella sybil tara tasha terri tonya vicki whitney yvonne yolanda zelda lyudmyla maryna oleksandra
nataliia yaroslava zoryana khrystyna ruslana lesya ariana jacklyn azucena ursula annalena giorgia marine beata agnieszka
katarzyna malgorzata ewa yekaterina ekaterina yevgeniya evgenia darina alisa alena aliona inga viktoriia
`;

const UNISEX = `
alexis angel ashley casey chris dana francis jamie jean jesse jordan kelly kim leslie lee morgan pat robin sasha
shannon taylor terry tracy kris sam alex val
`;

const unisex = new Set(words(UNISEX));

/** Gender a given name tells, lower-cased key; null when it is borne by either sex. */
export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f' | null> = (() => {
  const m = new Map<string, 'm' | 'f' | null>();
  for (const w of words(MALE)) m.set(w, 'm');
  for (const w of words(FEMALE)) m.set(w, m.has(w) ? null : 'f');
  for (const w of unisex) m.set(w, null);
  // compromise's given names add to ours; where the two disagree on gender, ours wins
  for (const [w, g] of readEntries('given-names')) if (!m.has(w!)) m.set(w!, g === 'm' || g === 'f' ? g : null);
  return m;
})();

export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(fold(word));
}

export function genderOfFirstName(word: string): 'm' | 'f' | null {
  return FIRST_NAMES.get(fold(word)) ?? null;
}

/** Same as isFirstName for a word already folded. */
export function isFoldedFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower);
}

/** Lower-case words allowed inside a name: "Ludwig van Beethoven", "Osama bin Laden", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'di', 'du', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'y',
]);

// Letters that transliterations of one name from Cyrillic (and other scripts) write differently:
// Oleh/Oleg, Sergey/Sergei, Andriy/Andrii, Alexey/Aleksei. Each maps to one letter of a shared key.
const TRANSLITERATION_LETTERS: ReadonlyArray<[RegExp, string]> = [
  [/ks/gu, 'x'], [/h/gu, 'g'], [/[yj]/gu, 'i'], [/w/gu, 'v'], [/(?<letter>\p{L})\k<letter>/gu, '$<letter>'],
];

/** The key two transliterations of one given name share: "oleh" and "oleg" → "oleg", "sergey" and "sergei" → "sergei". */
export function transliterationKey(folded: string): string {
  let key = folded;
  for (const [from, to] of TRANSLITERATION_LETTERS) key = key.replace(from, to);
  return key;
}
