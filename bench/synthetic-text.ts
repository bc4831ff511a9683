/** The words, sentences and seeded randomness of the synthetic corpus, and two small statistics helpers. */

/** A small seeded pseudo-random generator (mulberry32) with the helpers the generator needs. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** `count` different items (fewer if there are not enough). */
  const some = <T>(items: readonly T[], count: number, choose: () => T = () => pick(items)): T[] => {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++)
      chosen.add(choose());
    return [...chosen];
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}

/** The generator made by createRandom. */
export type Random = ReturnType<typeof createRandom>;

/** Counts the words of a text as an editor would: runs of letters, digits or dashes. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** The median of a list of numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// Everyday words from the field, a few with diacritics; no names, no digits.
export const WORDS = `sociaal werker wijkteam inwoner gemeente uitkering korting regels zorg vertrouwen gesprek hulp
schulden woning huur ontruiming jeugd gezin ouders kinderen school werk inkomen bijstand re-integratie
participatie meedoen activering maatregel sanctie handhaving rechtmatigheid controle toezicht melding
signaal gegevens privacy toestemming delen politie veiligheid overlast buurt wijk netwerk mantelzorg
naaste vrijwilliger organisatie management leidinggevende team collega beroepscode opdracht subsidie
contract tijdelijk ruimte moed afwijken uitzondering maatwerk beleid wet regeling aanvraag besluit
bezwaar beroep termijn formulier loket afspraak huisbezoek telefoon brief dossier plan doelen afspraken
schade voorkomen verlichten herstellen verhaal luisteren vragen begrijpen steun rust zekerheid stress
armoede bestaanszekerheid schaamte angst macht afhankelijkheid waardigheid respect erkenning ongelijkheid
verschil normen middenklasse diversiteit taal cultuur migratie status verblijf toegang drempel wachtlijst
indicatie voorziening ondersteuning begeleiding behandeling huisarts praktijkondersteuner schuldhulp
budget noodfonds betaling achterstand incasso beslag deurwaarder energie boodschappen voedselbank
moreel beraad reflectie intervisie leergroep ervaringsdeskundige cliënt bewoner burger samenleving
overheid ministerie gemeenteraad wethouder ambtenaar uitvoering klantmanager consulent casus situatie
verandering tijd geduld openheid eerlijkheid twijfel keuze dilemma spanning botsing afweging oordeel
verantwoordelijkheid aansprakelijkheid risico fout gevolg oplossing alternatief idee voorstel toets
evaluatie onderzoek rapport bron ervaring praktijk kennis inzicht patroon systeem structuur ketens
samenwerking overleg afstemming regie eigen kracht zelfredzaamheid motivatie gedrag straf beloning
privé ideeën coördinatie café ruïne financiële zorgvuldig langzaam samen eerst altijd nooit soms vaak
goed slecht moeilijk eenvoudig helder onduidelijk streng mild open gesloten dichtbij ver lokaal landelijk`
  .split(/\s+/)
  .filter(Boolean);
export const SMALL = `de het een en of maar want dus dat die dit deze van voor met zonder door naar bij in op over onder
tussen als dan wel niet ook nog al er zo hoe wat wie waar wanneer waarom kan moet mag wil zal wordt is zijn
heeft hebben krijgt geeft doet gaat blijft lijkt maakt vraagt zegt ziet weet`
  .split(/\s+/)
  .filter(Boolean);
export const VALUES = ['rechtmatigheid', 'zorg', 'vertrouwen', 'veiligheid', 'autonomie', 'bescherming', 'gelijkheid'];
export const ROLES = [
  'sociaal werker in het wijkteam',
  'klantmanager werk en inkomen',
  'inwoner met een bijstandsuitkering',
  'ouder',
  'jongere',
  'woningcorporatie',
  'politie',
  'leidinggevende',
  'schuldhulpverlener',
  'huisarts',
];
export const ADDRESSEES = [
  'gemeenteraad',
  'college van burgemeester en wethouders',
  'Tweede Kamer',
  'ministerie van SZW',
];
export const ORGANISATIONS = [
  'Sociaal en Cultureel Planbureau',
  'Nationale ombudsman',
  'Movisie',
  'Kennisplatform Sociaal Domein',
  'Beroepsvereniging van Professionals in Sociaal Werk',
  'Rijksoverheid',
];

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function phrase(random: Random, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(random.chance(0.35) ? random.pick(SMALL) : random.pick(WORDS));
  return words.join(' ');
}

export function sentence(random: Random, min = 6, max = 16, end = '.'): string {
  return `${capitalise(phrase(random, random.int(min, max)))}${end}`;
}

/** Sentences up to `maxLength` characters, cut at a word. */
export function shortText(random: Random, maxLength: number, minLength: number): string {
  let text = sentence(random, 8, 18);
  while (text.length < minLength) text += ` ${sentence(random, 6, 14)}`;
  if (text.length <= maxLength) return text;
  return `${text.slice(0, text.lastIndexOf(' ', maxLength - 1))}.`;
}
