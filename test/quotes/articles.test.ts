/**
 * Short articles of the kind the tool is scored on (governors' Telegram statements, ministry
 * statements, mayors, military spokesmen), run through the whole pipeline so that speakers are
 * resolved through the officials and organisations extractors, as in production.
 */
import { extractRecord } from '../../src/pipeline.js';

function speakers(text: string): [string, string | null][] {
  const record = extractRecord({ id: 't', text } as Parameters<typeof extractRecord>[0]);
  return (record.quotes ?? []).map((q) => [q.text, q.speaker]);
}

describe('quotes in short regional news articles', () => {
  it('a governor on Telegram: surname after the quote, then "he added"', () => {
    const text =
      'Drones attacked three districts of the Oryol Region overnight, Governor Andrei Klychkov said on Sunday.\n\n' +
      '“Air defense forces shot down eleven drones over the region. There are no casualties,” Klychkov wrote on his Telegram channel.\n\n' +
      'He added that a power line in the Mtsensk district was damaged. “Repair crews are already at work,” he added.';
    expect(speakers(text)).toEqual([
      ['Air defense forces shot down eleven drones over the region. There are no casualties,', 'Andrei Klychkov'],
      ['Repair crews are already at work,', 'Andrei Klychkov'],
    ]);
  });

  it('a ministry statement with straight quotes, then a spokesman introducing a quote with a colon', () => {
    const text =
      'The Ministry of Defense said on Monday that its air defenses had destroyed 42 Ukrainian drones over six regions.\n\n' +
      '"All of the drones were intercepted and destroyed," the ministry said in a statement.\n\n' +
      'Major General Igor Volkov, a spokesman for the ministry, told reporters: "The enemy attempted a massive attack on civilian infrastructure."';
    expect(speakers(text)).toEqual([
      ['All of the drones were intercepted and destroyed,', 'Ministry of Defense'],
      ['The enemy attempted a massive attack on civilian infrastructure.', 'Igor Volkov'],
    ]);
  });

  it('a mayor: inverted tag with a relative clause, then "she said"', () => {
    const text =
      'Mayor Olga Petrenko of the city of Zaporizhzhia addressed residents on Tuesday evening.\n\n' +
      '"Two apartment buildings were hit. Rescuers are searching the rubble," said Petrenko, who visited the site.\n\n' +
      'She asked residents to stay in shelters. "Please do not ignore the air raid alerts," she said.';
    expect(speakers(text)).toEqual([
      ['Two apartment buildings were hit. Rescuers are searching the rubble,', 'Olga Petrenko'],
      ['Please do not ignore the air raid alerts,', 'Olga Petrenko'],
    ]);
  });

  it('a quote split around its tag gives two items with one speaker', () => {
    const text =
      'The governor of the Belgorod Region, Vyacheslav Gladkov, reported a drone strike on a car in the village of Shebekino.\n\n' +
      '“The driver was injured and taken to hospital,” Gladkov wrote. “His condition is stable.”';
    expect(speakers(text)).toEqual([
      ['The driver was injured and taken to hospital,', 'Vyacheslav Gladkov'],
      ['His condition is stable.', 'Vyacheslav Gladkov'],
    ]);
  });

  it('a place inside the subject\'s "of" phrase is never the speaker', () => {
    const text =
      'Governor Roman Starovoit of the Kursk Region said on Wednesday: “The situation in the border districts remains difficult.”\n\n' +
      '“We will continue to evacuate children,” added Gov. Roman Starovoit (Kursk), the head of the regional headquarters.';
    expect(speakers(text)).toEqual([
      ['The situation in the border districts remains difficult.', 'Roman Starovoit'],
      ['We will continue to evacuate children,', 'Roman Starovoit'],
    ]);
  });

  it('a name in apposition to "the governor of X" after the quote', () => {
    const text = '“Air defense is working,” the governor of the Belgorod Region, Vyacheslav Gladkov, wrote on Telegram.';
    expect(speakers(text)).toEqual([['Air defense is working,', 'Vyacheslav Gladkov']]);
  });

  it('a spokesman for a ministry is the spokesman, never the ministry; the Kremlin speaks for itself', () => {
    const text =
      'A spokesman for the Ministry of Emergency Situations said: “The fire has been contained.”\n\n' +
      'The Kremlin said: “Such attacks will not go unanswered.”';
    const got = speakers(text);
    expect(got.map(([q]) => q)).toEqual(['The fire has been contained.', 'Such attacks will not go unanswered.']);
    expect(got[0]![1] === null || /^a spokesman\b/i.test(got[0]![1]!)).toBe(true);
    expect(got[1]![1]).toBe('Kremlin');
  });

  it('a colon after a sentence with no reporting verb, quote in the next paragraph', () => {
    const text =
      'Governor Alexander Bogomaz issued a stark warning to residents of the Bryansk Region on Thursday:\n\n' +
      '“Do not approach fallen drone debris. Call the emergency services.”';
    expect(speakers(text)).toEqual([['Do not approach fallen drone debris. Call the emergency services.', 'Alexander Bogomaz']]);
  });

  it('"He wrote on Telegram:" refers to the governor of the sentence before', () => {
    const text =
      'Acting Governor Alexander Khinshtein visited the border town of Sudzha on Friday. He wrote on Telegram: "The town is being restored step by step."';
    expect(speakers(text)).toEqual([['The town is being restored step by step.', 'Alexander Khinshtein']]);
  });

  it('"“A.” Y added: “B.”": the colon tag introduces the next quote, not the one before it', () => {
    const text =
      'Governor Vyacheslav Gladkov said: “Two houses were damaged.” Mayor Valentin Demidov added: “The school will stay closed on Monday.”';
    expect(speakers(text)).toEqual([
      ['Two houses were damaged.', 'Vyacheslav Gladkov'],
      ['The school will stay closed on Monday.', 'Valentin Demidov'],
    ]);
  });

  it('a possessive before office words and the name ("Ukraine\'s Air Force spokesman Yuriy Ihnat")', () => {
    const text = '“The attack lasted more than three hours,” said Ukraine\'s Air Force spokesman Yuriy Ihnat.';
    expect(speakers(text)).toEqual([['The attack lasted more than three hours,', 'Yuriy Ihnat']]);
  });

  it('guillemets after a colon, speaker in apposition to "the head of the region"', () => {
    const text = 'The head of the Kursk Region, Alexander Khinshtein, wrote: «The border areas were shelled overnight.»';
    expect(speakers(text)).toEqual([['The border areas were shelled overnight.', 'Alexander Khinshtein']]);
  });

  it('an untagged quote after a sentence whose subject reports speech', () => {
    const text = 'Kharkiv Mayor Ihor Terekhov said the city was attacked twice overnight. “Three people were injured, one of them a child.”';
    expect(speakers(text)).toEqual([['Three people were injured, one of them a child.', 'Ihor Terekhov']]);
  });

  it('a quoted fragment inside paraphrase is a partial quote of the sentence subject', () => {
    const text = 'Deputy Defense Minister Anna Malyar said that "the enemy is suffering heavy losses."';
    expect(speakers(text)).toEqual([['the enemy is suffering heavy losses.', 'Anna Malyar']]);
  });
});

describe('speakers written with a police rank', () => {
  it('"Police Chief X of the Y Police Department said": the chief speaks, not a body named after him', () => {
    const text =
      'A man was arrested in Brenton on Tuesday after a two-hour standoff.\n\n' +
      '"We talked with him through the door until he came out," Police Chief Dana Morrell of the Brenton Police Department said.';
    expect(speakers(text)).toEqual([['We talked with him through the door until he came out,', 'Dana Morrell']]);
  });

  it('an abbreviated "Asst." and an ordinal before the rank are part of the speaker’s title', () => {
    const text =
      'Officers were called to a home on Elm Street late on Friday.\n\n' +
      '"They saw the flash and heard the shots," 1st Asst. Chief Carla Wendt explained at a news conference.\n\n' +
      '"Nobody else was hurt," 2nd Lt. Omar Pilcher said.';
    expect(speakers(text)).toEqual([
      ['They saw the flash and heard the shots,', 'Carla Wendt'],
      ['Nobody else was hurt,', 'Omar Pilcher'],
    ]);
  });
});

describe('words relayed with "quoted … as saying"', () => {
  it('the person quoted is the speaker, before or after the quote, whatever the verb', () => {
    const text =
      'Chief Minister Ravi Kondal toured the flooded villages of the district on Monday.\n\n' +
      'A local daily quoted the chief minister as saying, “No family will be left without shelter.”\n\n' +
      '“Relief camps will stay open until the water recedes,” an aide quoted Kondal as saying.';
    expect(speakers(text)).toEqual([
      ['No family will be left without shelter.', 'Ravi Kondal'],
      ['Relief camps will stay open until the water recedes,', 'Ravi Kondal'],
    ]);
  });
});

describe('a statement that "goes on to say"', () => {
  it('the verb going on is no part of the speaker', () => {
    const text =
      'Two men were detained after a break-in at a pharmacy, the Keswick Police Department said in a media release on Friday.\n\n' +
      'The media release goes on to say “both men were found hiding behind the counter.”\n\n' +
      'Inspector Hal Nyberg goes on to say, “The stolen boxes were all recovered.”';
    expect(speakers(text)).toEqual([
      ['both men were found hiding behind the counter.', 'Keswick Police Department'],
      ['The stolen boxes were all recovered.', 'Hal Nyberg'],
    ]);
  });
});
