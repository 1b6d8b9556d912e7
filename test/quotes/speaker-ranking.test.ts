import { organization, person, quotePairs } from './helpers.js';

describe('quotes: a speaker is a person or a body, never a label, a document or a medium', () => {
  it('reads "it said" as the body named last before it, not the medium it wrote on', () => {
    const text =
      'The port authority denied any delay in a statement on Telegram on Monday.\n\n' +
      '“All ships left the harbour on schedule and no cargo was lost,” it said.';
    const orgs = [organization(text, 'port authority', ['port authority']), organization(text, 'Telegram', ['Telegram'])];
    expect(quotePairs(text, [], orgs)).toEqual([['All ships left the harbour on schedule and no cargo was lost,', 'port authority']]);
  });

  it('never makes a platform named as someone\'s channel the speaker ("in his Telegram channel", "her Facebook page")', () => {
    const owned =
      'The attack was reported by the mayor, Olga Brandt, in her Facebook post.\n\n' +
      '‘Two warehouses burned down overnight near the river,’ it is said in the message.';
    expect(quotePairs(owned, [], [organization(owned, 'Facebook', ['Facebook'])]).map(([, s]) => s)).not.toContain('Facebook');
    const channel =
      'The figures appeared on the Telegram channel of the regional police.\n\n' +
      '“Nine cars were stopped at the checkpoint,” it said.';
    expect(quotePairs(channel, [], [organization(channel, 'Telegram', ['Telegram'])]).map(([, s]) => s)).not.toContain('Telegram');
  });

  it('reads "the force" as the police force named before it', () => {
    const text = 'Dorset Police said a man was hurt.\n\nThe force added in a statement: “We would appeal for anyone who saw the crash to call us.”';
    expect(quotePairs(text, [], [organization(text, 'Dorset Police', ['Dorset Police'])])).toEqual([
      ['We would appeal for anyone who saw the crash to call us.', 'Dorset Police'],
    ]);
  });

  it('reads the speaker before a relative clause, not its object ("Sergeant X who is leading the investigation said")', () => {
    const text = 'Sergeant Tom Reddy who is leading the investigation said in a statement: “We need to hear from anyone who saw the van.”';
    const people = [person(text, 'Tom Reddy', 'm', [['Tom Reddy', 'name']], 'Sergeant')];
    expect(quotePairs(text, people)).toEqual([['We need to hear from anyone who saw the van.', 'Tom Reddy']]);
  });

  it('reads "revealed" and "disclosed" after a quote as words of saying', () => {
    const text =
      'The harbour board counted the ships on Friday.\n\n' +
      '“Nine ferries and two tankers left the port before the storm,” the board revealed in a post.';
    expect(quotePairs(text, [], [organization(text, 'harbour board', ['harbour board', 'board'])])).toEqual([
      ['Nine ferries and two tankers left the port before the storm,', 'harbour board'],
    ]);
  });

  it('takes a body named with "on" for the author when no word of saying comes before ("blamed the fire on the Union")', () => {
    const text = 'Officials blamed the fire on the Farmers Union.\n\n“We had nothing to do with the fire in the barn,” it said.';
    const orgs = [organization(text, 'Farmers Union', ['Farmers Union'])];
    expect(quotePairs(text, [], orgs)).toEqual([['We had nothing to do with the fire in the barn,', 'Farmers Union']]);
  });

  it('reads "the statement continued" as the author quoted just before', () => {
    const text =
      '“The board will meet again on Friday to review the contract,” the Water Board said.\n\n' +
      '“No decision on prices has been taken yet,” the statement continued.';
    const orgs = [organization(text, 'Water Board', ['Water Board'])];
    expect(quotePairs(text, [], orgs).map(([, s]) => s)).toEqual(['Water Board', 'Water Board']);
  });

  it('gives an unnamed spokesperson of a body the body ("a Harbour Police spokesperson said")', () => {
    const text = '“Two divers were brought ashore safely,” a Harbour Police spokesperson said.';
    const orgs = [organization(text, 'Harbour Police', ['Harbour Police'])];
    expect(quotePairs(text, [], orgs)).toEqual([['Two divers were brought ashore safely,', 'Harbour Police']]);
  });

  it('resolves "the official" to the office holder named just before', () => {
    const text =
      'The losses were confirmed by regional chief Marta Ilves, who said a school was hit.\n\n' +
      '“Repairs will start as soon as the shelling stops,” the official added.';
    const people = [person(text, 'Marta Ilves', 'f', [['Marta Ilves', 'name']], 'chief')];
    expect(quotePairs(text, people)).toEqual([['Repairs will start as soon as the shelling stops,', 'Marta Ilves']]);
  });

  it('takes the spelling written last when one person is spelled two ways', () => {
    const text =
      'Envoy Pavel Orlov arrived on Monday.\n\nLater, Pawel Orlov met reporters, and Orlov refused to answer.\n\n' +
      'The official asked, “Why would we send a drone at all?”';
    const people = [
      person(text, 'Pavel Orlov', 'm', [['Pavel Orlov', 'name'], ['Orlov refused', 'surname']]),
      person(text, 'Pawel Orlov', 'm', [['Pawel Orlov', 'name']]),
    ];
    expect(quotePairs(text, people)).toEqual([['Why would we send a drone at all?', 'Pawel Orlov']]);
  });

  it('does not give a role word such as "the businessman" to whoever was named last', () => {
    const text = 'Senator Lia Brandt spoke first.\n\n“We need a new airport,” the businessman said.';
    const people = [person(text, 'Lia Brandt', 'f', [['Lia Brandt', 'name']], 'Senator')];
    expect(quotePairs(text, people)).toEqual([['We need a new airport,', 'the businessman']]);
  });

  it('leaves "the second official" and a person\'s "letter" as written', () => {
    const text =
      'Officer Tom Reid described the raid.\n\n“We found nothing in the house,” the second official said.\n\n' +
      '“Nothing will change until the vote,” Senator Ada Lum said.\n\n“We ask the board to reconsider,” the letter said.';
    const people = [
      person(text, 'Tom Reid', 'm', [['Tom Reid', 'name']], 'Officer'),
      person(text, 'Ada Lum', 'f', [['Ada Lum', 'name']], 'Senator'),
    ];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['the second official', 'Ada Lum', 'the letter']);
  });

  it('reads a relative who shares a known person\'s surname as her own name', () => {
    const text =
      'Paul Arden Voss was shot on Tuesday. Marta Voss can be heard shouting at the officers.\n\n“Please do not shoot,” she says.';
    const people = [person(text, 'Paul Arden Voss', 'm', [['Paul Arden Voss', 'name'], ['Voss can', 'surname']])];
    expect(quotePairs(text, people)).toEqual([['Please do not shoot,', 'Marta Voss']]);
  });

  it('reads "X shot back" as a speech tag', () => {
    const text = '“He wants to look tough tonight,” Grant shot back.';
    expect(quotePairs(text)).toEqual([['He wants to look tough tonight,', 'Grant']]);
  });

  it('reads the subject after a leading clause of "with", "once", "while" …', () => {
    const text = 'With prices rising across the county, Mayor Lena Park had a blunt message for residents: “Budgets will be tight this winter.”';
    const people = [person(text, 'Lena Park', 'f', [['Lena Park', 'name']], 'Mayor')];
    expect(quotePairs(text, people)).toEqual([['Budgets will be tight this winter.', 'Lena Park']]);
  });

  it('reads a name after a title as a person\'s, though no list knows it ("foreign policy chief Jorun Vell")', () => {
    const text = 'Union foreign policy chief Jorun Vell urged calm.\n\n“We ask every side to stop the shelling now,” he said in a statement.';
    expect(quotePairs(text)).toEqual([['We ask every side to stop the shelling now,', 'Jorun Vell']]);
  });

  it('reads a name in apposition to a possessive description ("Mira’s husband, Teo, said")', () => {
    const text = 'Mira told reporters about the night. Mira’s husband, Teo, said the water rose fast. “We lost the car,” he said.';
    const people = [person(text, 'Mira', 'f', [['Mira', 'surname']])];
    expect(quotePairs(text, people)).toEqual([['We lost the car,', 'Teo']]);
  });

  it('reads an inverted tag with a description before the name ("says farm owner, Ella Dunn")', () => {
    const text = 'The storm passed at noon.\n“It was over in a minute, and then everything was gone,” says farm owner, Ella Dunn.';
    expect(quotePairs(text)).toEqual([['It was over in a minute, and then everything was gone,', 'Ella Dunn']]);
  });

  it('gives a tag that names an office the person who holds it ("Kent’s Police Commander, Chief Inspector X, said:")', () => {
    const text = 'Kent’s Police Commander, Chief Inspector Rob Hale, said: “We are still searching the woods.”';
    const people = [person(text, 'Rob Hale', 'm', [['Commander', 'title'], ['Rob Hale', 'name']], 'Commander')];
    expect(quotePairs(text, people)).toEqual([['We are still searching the woods.', 'Rob Hale']]);
  });

  it('reads a surname spelled once with a letter changed as the known person ("Hollis … Hollys believes")', () => {
    const text =
      '“The campaign is worried,” said Dana Hollis, a county organizer.\n\n' +
      'Hollys believes the party waited too long to start its work in the county, and that the volunteers who ' +
      'knocked on doors in the spring were never called back, so that by the autumn most of them had gone to ' +
      'other campaigns or given up on politics altogether, which left Mayor Rita Stone with no one to send out.\n\n' +
      '“They thought one rally would be enough,” she said.';
    const people = [person(text, 'Dana Hollis', 'f', [['Dana Hollis', 'name']]), person(text, 'Rita Stone', 'f', [['Rita Stone', 'name']], 'Mayor')];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Dana Hollis', 'Dana Hollis']);
  });

  it('gives a quote an outlet relays the person it cites ("TASS reported, citing the governor")', () => {
    const text =
      '"The fire is out and no one was hurt," Tass reported, citing regional governor Ivan Rudov.\n\n' +
      '"Two drones were shot down," Interfax quoted Mayor Olga Fenn as saying.\n\n' +
      '"This is not a hard race," he said, citing the party’s strong polling.';
    const people = [person(text, 'Ivan Rudov', 'm', [['Ivan Rudov', 'name']], 'governor'), person(text, 'Olga Fenn', 'f', [['Olga Fenn', 'name']], 'Mayor')];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Ivan Rudov', 'Olga Fenn', 'Ivan Rudov']);
  });

  it('gives a bare surname the spelling written last of one person spelled two ways, not another person of that name', () => {
    const text =
      'Envoy Pavel Orlov landed on Monday. Pawel Orlov then met the press.\n\n“We sent no drone,” Orlov said.\n\n' +
      'Rita Kerr and her brother Sam Kerr spoke next.\n\n“The hall is full,” Kerr said.';
    const people = [
      person(text, 'Pavel Orlov', 'm', [['Pavel Orlov', 'name'], ['Orlov said', 'surname']]),
      person(text, 'Pawel Orlov', 'm', [['Pawel Orlov', 'name']]),
      person(text, 'Rita Kerr', 'f', [['Rita Kerr', 'name'], ['Kerr said', 'surname']]),
      person(text, 'Sam Kerr', 'm', [['Sam Kerr', 'name']]),
    ];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Pawel Orlov', 'Rita Kerr']);
  });
});
