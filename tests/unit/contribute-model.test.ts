import { describe, expect, test } from 'vitest';
import { EDITOR_FIELDS, formFields, sectionOf, type FormField } from '../../src/lib/contribute/model.ts';
import { descriptionOf } from '../../src/lib/content/codebook.ts';
import { kindNames, kinds } from '../../src/schemas/kinds.ts';
import { anonymisations, levels } from '../../src/schemas/shared.ts';

const vocabularies = { themeKeys: ['activering', 'wonen'], lawKeys: ['avg', 'participatiewet'] };
const fieldsOf = (kind: (typeof kindNames)[number]) =>
  new Map(formFields(kind, vocabularies).map((field) => [field.key, field]));
const dilemma = fieldsOf('dilemma');
const at = (fields: Map<string, FormField>, key: string) => {
  const field = fields.get(key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
};

describe('the contribution form model', () => {
  test.each(kindNames)('asks every field of a %s except those only editors set, in the schema’s order', (kind) => {
    const keys = formFields(kind, vocabularies).map((field) => field.key);
    const schemaKeys = Object.keys(kinds[kind].schema.shape);
    expect(keys).toEqual(schemaKeys.filter((key) => !(EDITOR_FIELDS as readonly string[]).includes(key)));
    for (const key of ['id', 'status', 'published', 'updated', 'changes', 'review', 'formerSlugs', 'withdrawal']) {
      expect(keys).not.toContain(key);
    }
  });

  test('takes help and examples from the schema metadata', () => {
    const tension = at(dilemma, 'tension');
    expect(tension.help).toBe(descriptionOf(kinds.dilemma.schema.shape.tension));
    expect(tension.example).toBe('rechtmatigheid, zorg');
    expect(at(dilemma, 'question').example).toBe(
      'Mag het wijkteam weigeren gegevens te delen als dat het vertrouwen van inwoners schaadt?',
    );
  });

  test('labels a field with the site’s own label for it, or else the first clause of its description', () => {
    expect(at(dilemma, 'question').label).toBe('Vraag aan beleidsmakers');
    expect(at(dilemma, 'restsOn').label).toBe('Berust op');
    expect(at(dilemma, 'summary').label).toBe('Samenvatting in eenvoudige taal');
    expect(at(dilemma, 'anonymisation').label).toBe('Hoe de casus is beschermd');
  });

  test('marks required fields as the schema does: no default and not optional', () => {
    expect(at(dilemma, 'title').required).toBe(true);
    expect(at(dilemma, 'tension').required).toBe(true);
    expect(at(dilemma, 'actors').required).toBe(false);
    expect(at(dilemma, 'laws').required).toBe(false);
  });

  test('asks for what a concept may still leave out without demanding it: a dilemma’s questions', () => {
    expect(at(dilemma, 'questions')).toMatchObject({ required: false, beforePublication: true });
    expect(at(fieldsOf('practice'), 'questions')).toMatchObject({ required: false, beforePublication: false });
    expect(sectionOf(at(dilemma, 'questions'), 'dilemma')).toBe('story');
  });

  test('reads the control, the options and the limits from the schema', () => {
    expect(at(dilemma, 'title')).toMatchObject({ control: 'text', min: 3, max: 160 });
    expect(at(dilemma, 'summary')).toMatchObject({ control: 'longtext', min: 20, max: 300 });
    expect(at(dilemma, 'tension')).toMatchObject({ control: 'lines', min: 2 });
    expect(at(dilemma, 'level')).toMatchObject({ control: 'choice', options: levels });
    expect(at(dilemma, 'anonymisation')).toMatchObject({ control: 'choice', options: anonymisations });
    expect(at(fieldsOf('practice'), 'harm')).toMatchObject({
      control: 'choices',
      options: ['voorkomen', 'verlichten', 'herstellen'],
    });
  });

  test('offers the themes and laws of the vocabularies as choices', () => {
    expect(at(dilemma, 'themes')).toMatchObject({
      control: 'choices',
      vocabulary: 'themes',
      options: vocabularies.themeKeys,
      min: 1,
    });
    expect(at(dilemma, 'laws')).toMatchObject({
      control: 'choices',
      vocabulary: 'laws',
      options: vocabularies.lawKeys,
    });
  });

  test('makes relation fields a picker of entries of the kind they point to', () => {
    expect(at(dilemma, 'restsOn')).toMatchObject({ control: 'relations', target: 'assumption' });
    const proposal = fieldsOf('proposal');
    expect(at(proposal, 'buildsOn')).toMatchObject({ control: 'relations', target: 'practice' });
    expect(at(proposal, 'addresses')).toMatchObject({ control: 'relations', target: 'dilemma' });
  });

  test('makes lists of parts repeatable groups, with their own fields', () => {
    const sources = at(dilemma, 'sources');
    expect(sources.control).toBe('groups');
    expect(sources.fields.map((part) => [part.key, part.control, part.required])).toEqual([
      ['title', 'text', true],
      ['author', 'text', false],
      ['year', 'number', false],
      ['publisher', 'text', false],
      ['url', 'url', false],
      ['accessed', 'text', false],
    ]);
    const evidence = at(fieldsOf('assumption'), 'evidence');
    expect(evidence.control).toBe('group');
    expect(evidence.fields.map((part) => [part.key, part.control])).toEqual([
      ['for', 'groups'],
      ['against', 'groups'],
    ]);
    expect(evidence.fields[0]!.fields.map((part) => part.key)).toEqual(['claim', 'sources']);
  });

  test('puts the story first, then how it is filed, what may be added, and how the case was made safe', () => {
    const sections = Object.fromEntries([...dilemma.values()].map((field) => [field.key, sectionOf(field, 'dilemma')]));
    expect(sections).toMatchObject({
      title: 'story',
      summary: 'story',
      tension: 'story',
      question: 'story',
      themes: 'filing',
      level: 'filing',
      restsOn: 'filing',
      laws: 'filing',
      actors: 'extra',
      sources: 'extra',
      anonymisation: 'safety',
    });
  });
});
