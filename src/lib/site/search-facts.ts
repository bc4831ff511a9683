/** What an entry page gives search besides its prose: its facts as one text (build time only; it imports the schemas). */
import { kinds, type EntryData, type Kind } from '../../schemas/kinds.ts';
import type { Law } from '../../schemas/vocabulary.ts';

/**
 * The facts of an entry that search finds it by but never shows as an excerpt (the facts table is
 * not prose): its kind, themes, laws and level, and the facts of its kind (values in tension, actors,
 * setting, conditions, risks, where an assumption shows, its effects, addressees), as one text.
 */
export function searchFacts(
  kind: Kind,
  data: EntryData,
  vocabularies: { themes: ReadonlyMap<string, { title: string }>; laws: ReadonlyMap<string, Law> },
): string {
  const facts: string[] = [kinds[kind].singular, data.level];
  for (const key of data.themes) facts.push(vocabularies.themes.get(key)?.title ?? key);
  for (const key of data.laws) {
    const law = vocabularies.laws.get(key);
    facts.push(law ? [law.title, law.abbreviation].filter(Boolean).join(' ') : key);
  }
  if ('tension' in data) facts.push(...data.tension, ...data.actors);
  if ('setting' in data) facts.push(...data.harm, data.setting, ...data.conditions, ...data.risks);
  if ('appearsIn' in data) facts.push(data.type, ...data.appearsIn, ...data.effects);
  if ('addressedTo' in data) facts.push(...data.addressedTo, data.proposalStatus);
  return facts.join('. ');
}
