import { spawnSync } from 'node:child_process';
import { CORE_CUES, CUE_VERBS } from '../../src/language/quoting.js';
import {
  AFTER_BODY_VERBS, AFTER_QUOTE_VERBS, ATTRIBUTION_VERBS, COUNT_REPORTING_VERBS, PERSON_VERBS, SOURCE_VERBS, SPEAKER_VERBS, speechVerbBases, speechVerbForms,
} from '../../src/language/speech.js';
import { recordOf } from './helpers.js';

describe('verbs of saying (data/language/speech-verbs.txt)', () => {
  test('the forms compromise conjugated are current (scripts/build-language.mjs --check)', () => {
    const run = spawnSync(process.execPath, ['scripts/build-language.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('every verb has every form, from compromise with the file\'s corrections', () => {
    expect(speechVerbForms('cue', ['past'])).toEqual(expect.arrayContaining(['said', 'told', 'wrote', 'tweeted', 'quipped']));
    expect(speechVerbForms('cue', ['gerund'])).toEqual(expect.arrayContaining(['snapping', 'murmuring', 'saying']));
    expect(speechVerbForms('cue', ['participle'])).toContain('written');
    expect(speechVerbForms('cue', ['other'])).toEqual(['pled']);
  });

  test('each extractor\'s list is its role\'s verbs in the forms it reads', () => {
    expect(SPEAKER_VERBS).toEqual(expect.arrayContaining(['said', 'says', 'emphasised', 'concludes']));
    expect(SPEAKER_VERBS).not.toContain('saying');
    expect(SOURCE_VERBS).toEqual(expect.arrayContaining(['said', 'tweeted', 'insisted']));
    expect(AFTER_QUOTE_VERBS).toEqual(expect.arrayContaining(['say', 'said', 'asked']));
    expect(COUNT_REPORTING_VERBS).toEqual(expect.arrayContaining(['reported', 'announced']));
    expect(ATTRIBUTION_VERBS).toEqual(expect.arrayContaining(['noted', 'reports']));
    expect(PERSON_VERBS).toEqual(expect.arrayContaining(['recalled', 'posted']));
  });

  test('every role but after-body is a selection of the cue verbs, and the core cues are among them', () => {
    for (const role of ['core', 'names-speaker', 'source', 'after-quote', 'reports-count', 'attributes-clause', 'acts-as-person']) {
      expect(speechVerbBases(role).length).toBeGreaterThan(0);
      for (const form of speechVerbForms(role)) expect(CUE_VERBS.has(form)).toBe(true);
    }
    for (const form of CORE_CUES) expect(CUE_VERBS.has(form)).toBe(true);
    const cueBases = new Set(speechVerbBases('cue'));
    expect(speechVerbBases('after-body').filter((b) => !cueBases.has(b))).toEqual(['issue', 'publish']);
    expect(AFTER_BODY_VERBS).toEqual(expect.arrayContaining(['said', 'issued', 'published']));
  });

  test('a verb of the file attributes a quote in the quotes extractor', () => {
    for (const verb of ['said', 'quipped', 'tweeted', 'cautioned']) {
      const { quotes } = recordOf(`The bridge reopened on Tuesday. "We will rebuild every house," Marina Kovalenko ${verb}.`);
      expect(quotes?.map((q) => q.speaker)).toEqual(['Marina Kovalenko']);
    }
  });
});
