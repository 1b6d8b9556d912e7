// The languages franc-min tells apart (ISO 639-3), with the code a record gives each: its ISO 639-1
// code where it has one, an individual language taking its macrolanguage's (swh → sw, arb → ar,
// cmn → zh), else its ISO 639-3 code, as BCP 47 does. Source: the ISO 639-3 code tables of SIL
// International (iso639-3.sil.org), columns Part1 and the macrolanguage mappings. Committed, not
// taken from Node's ICU, so a record does not change with the Node version.
// The first list is of languages written in the Latin script (franc-min's models by script).
const LATIN_SCRIPT = `
spa es Spanish|eng en English|por pt Portuguese|ind id Indonesian|fra fr French|deu de German
jav jv Javanese|vie vi Vietnamese|ita it Italian|tur tr Turkish|pol pl Polish|swh sw Swahili
sun su Sundanese|ron ro Romanian|hau ha Hausa|fuv ff Fulah|bos bs Bosnian|hrv hr Croatian
nld nl Dutch|srp sr Serbian|ckb ku Kurdish|yor yo Yoruba|uzn uz Uzbek|zlm ms Malay|ibo ig Igbo
ceb ceb Cebuano|tgl tl Tagalog|hun hu Hungarian|azj az Azerbaijani|ces cs Czech|run rn Rundi
plt mg Malagasy|qug qu Quechua|mad mad Madurese|nya ny Nyanja|zyb za Zhuang|kin rw Kinyarwanda
zul zu Zulu|swe sv Swedish|lin ln Lingala|som so Somali|hms hms Southern Qiandong Miao
hnj hnj Hmong Njua|ilo ilo Iloko`;
const OTHER_SCRIPTS = `
rus ru Russian|ukr uk Ukrainian|koi kv Komi|bel be Belarusian|bul bg Bulgarian|kaz kk Kazakh
arb ar Arabic|urd ur Urdu|pes fa Persian|skr skr Saraiki|pbu ps Pashto|hin hi Hindi|mar mr Marathi
mai mai Maithili|bho bho Bhojpuri|npi ne Nepali|mag mag Magahi|cmn zh Chinese|ben bn Bengali
jpn ja Japanese|kor ko Korean|tel te Telugu|tam ta Tamil|guj gu Gujarati|kan kn Kannada
mal ml Malayalam|mya my Burmese|pan pa Punjabi|amh am Amharic|tha th Thai|sin si Sinhala|ell el Greek`;

export interface LanguageName {
  /** The code a record carries: ISO 639-1 where the language has one, else ISO 639-3. */
  code: string;
  /** Its English name, for messages. */
  name: string;
  /** Written in the Latin script, where a short text is easily taken for another language. */
  latin: boolean;
}

let byIso3: Map<string, LanguageName> | undefined;

/** The table, read into a map at its first use (a record's language, an option checked). */
function table(): Map<string, LanguageName> {
  if (byIso3) return byIso3;
  byIso3 = new Map();
  for (const [list, latin] of [[LATIN_SCRIPT, true], [OTHER_SCRIPTS, false]] as const) {
    for (const entry of list.split(/[|\n]/)) {
      const [iso3, code, ...name] = entry.trim().split(' ');
      if (iso3 && code) byIso3.set(iso3, { code, name: name.join(' '), latin });
    }
  }
  return byIso3;
}

/** The record's code of a language franc-min names (ISO 639-3); `und` stays `und`. */
export function recordLanguageCode(iso3: string): string {
  return table().get(iso3)?.code ?? iso3;
}

/** Whether a language franc-min names (ISO 639-3) is written in the Latin script. */
export function isLatinScript(iso3: string): boolean {
  return table().get(iso3)?.latin ?? false;
}

/** The English name of a record's language code ("pt" → "Portuguese"), or the code itself. */
export function languageName(code: string): string {
  for (const entry of table().values()) if (entry.code === code) return entry.name;
  return code;
}

/** Every code a record may carry, `und` aside: what `--lang` accepts. */
export function knownLanguageCodes(): string[] {
  return [...new Set([...table().values()].map((entry) => entry.code))];
}
