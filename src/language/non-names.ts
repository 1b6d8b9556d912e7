import { MONTH_WORDS_NOT_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { FUNCTION_WORDS } from './function-words.js';
import { SPEAKER_VERBS } from './speech.js';
import { words } from './word-file.js';

// Capitalised words that are not part of a person's name: function words that open a
// sentence, calendar words, and the heads of place and organisation names. General data.

/** Never a name token, wherever it stands. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(words(`
${FUNCTION_WORDS.join(' ')}
in on at by for from to of with even just only not no yes all some many most several both each every any
another other such one two three four five six seven eight nine ten first second third last next new old more less
${WEEKDAY_NAMES.join(' ')} ${MONTH_WORDS_NOT_NAMES.join(' ')}
ministry department forces force army navy party court council committee commission service services agency
university school college hospital church cathedral street road avenue square bridge airport station port region
oblast province district county city state republic federation union kingdom islands island river lake sea ocean
mountain mountains north south east west northern southern eastern western central news post times media channel
inc corp co ltd llc plc group company bank fund foundation institute center centre house senate congress parliament
duma kremlin pentagon administration office bureau police guard emergency emergencies security intelligence national
federal international global united nations olympic day week year month government cabinet assembly
headquarters staff secretariat directorate inspectorate prosecutor's command fleet brigade battalion regiment division corps troops systems defense defence air space
democrat democrats democratic republican republicans gop conservative conservatives liberal liberals labour labor
muslim jewish catholic orthodox god allah lord jesus christ internet web online twitter facebook telegram
youtube instagram tiktok google apple microsoft amazon netflix reuters associated press tass interfax
please thanks thank dear hello yes okay ok oh well breaking update updated read watch see photo video getty images
ap afp bbc cnn nbc cbs abc fox msnbc npr pbs
`));

/** Verbs of saying that mark the capitalised word before them as a speaker: "Caddell said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEAKER_VERBS);

/** Last words of the names of acts, laws and agreements: "Justice Against Sponsors of Terrorism Act" names no one. */
export const LAW_WORDS: ReadonlySet<string> = new Set(words('act acts amendment treaty accord accords agreement convention charter doctrine protocol'));

/** Small words inside the name of an act ("Justice Against Sponsors of Terrorism Act"); not "and" nor "the": "Putin and the Minsk Agreement" names Putin. */
export const LAW_NAME_CONNECTORS: ReadonlySet<string> = new Set(words('of for on to in against'));
