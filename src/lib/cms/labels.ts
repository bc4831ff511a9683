/** The Dutch labels of the CMS fields: one table keyed by field name, using the site's own words where it has them. */
import { ui } from '../../i18n/nl.ts';

/**
 * The label of every field of the content model, keyed by field name: a name means the same in
 * every kind and at every depth (`date` of a withdrawal and of a review). A schema field without a
 * label here still appears in the CMS, under its own name, and `tests/unit/cms-config.test.ts` fails.
 */
export const fieldLabels: Record<string, string> = {
  id: 'ID',
  title: 'Titel',
  summary: 'Samenvatting',
  themes: ui.entry.themes,
  laws: ui.entry.laws,
  level: ui.entry.level,
  published: 'Gepubliceerd op',
  updated: 'Laatst bijgewerkt op',
  lawCheckedOn: 'Wet nagekeken op',
  changes: 'Wijzigingen voor lezers',
  note: 'Wat er veranderde',
  status: 'Status',
  withdrawal: 'Intrekking',
  date: 'Datum',
  reason: ui.withdrawn.reason,
  replacedBy: ui.withdrawn.replacedBy,
  review: 'Toetsingen',
  kind: 'Soort toetsing',
  formerSlugs: 'Vroegere bestandsnamen',
  aliases: 'Zoekwoorden (synoniemen en afkortingen)',
  questions: ui.entry.questions,
  sources: ui.entry.sources,
  author: 'Auteur of organisatie',
  year: 'Jaar',
  publisher: 'Uitgever of tijdschrift',
  url: 'Webadres',
  accessed: 'Geraadpleegd op',
  anonymisation: 'Bescherming van de casus',
  harm: ui.facts.harm,
  setting: ui.facts.setting,
  conditions: ui.facts.conditions,
  risks: ui.facts.risks,
  respondsTo: ui.relation.respondsTo.label,
  challenges: ui.relation.challenges.label,
  tension: ui.facts.tension,
  actors: ui.facts.actors,
  restsOn: ui.relation.restsOn.label,
  question: ui.facts.question,
  type: ui.facts.type,
  appearsIn: ui.facts.appearsIn,
  evidence: 'Onderbouwing',
  for: ui.facts.evidenceFor,
  against: ui.facts.evidenceAgainst,
  claim: 'Bewering',
  effects: ui.facts.effects,
  alternative: ui.facts.alternative,
  addressedTo: ui.facts.addressedTo,
  addresses: ui.relation.addresses.label,
  revises: ui.relation.revises.label,
  buildsOn: ui.relation.buildsOn.label,
  benefits: ui.facts.benefits,
  proposalStatus: 'Stand van het voorstel',
};

/** What one item of a list field is called, for the CMS's "toevoegen" button. */
export const itemLabels: Record<string, string> = {
  review: 'toetsing',
  changes: 'wijziging',
  formerSlugs: 'bestandsnaam',
  aliases: 'zoekwoord',
  questions: 'vraag',
  sources: 'bron',
  conditions: 'voorwaarde',
  risks: 'risico',
  tension: 'waarde',
  actors: 'betrokkene',
  appearsIn: 'plek',
  for: 'onderbouwing',
  against: 'onderbouwing',
  effects: 'gevolg',
  addressedTo: 'ontvanger',
};

/** Text fields that take sentences: a text area instead of a single line. */
export const longTextFields: ReadonlySet<string> = new Set([
  'summary',
  'question',
  'setting',
  'benefits',
  'alternative',
  'reason',
  'claim',
]);

/** Extra help for editors on a few fields (by path), after the schema's own description. */
export const fieldHelp: Record<string, string> = {
  id: 'Laat leeg bij een nieuw item: `npm run intake -- <bestand>` geeft het de volgende vrije ID en de juiste bestandsnaam. Verander een bestaande ID nooit.',
  status:
    'Een nieuw item begint als concept. Zet op gepubliceerd als het klaar en getoetst is; bij intrekken vul je hieronder de intrekking in.',
  published:
    'Leeg laten bij een concept. Zet je de status op gepubliceerd en is dit veld leeg, dan vult de redactieomgeving bij opslaan de datum van vandaag in.',
  updated:
    'Verander deze datum bij een inhoudelijke wijziging, niet bij een verbeterde tikfout. Leeg bij een concept: bij publiceren komt hier de datum van vandaag.',
  lawCheckedOn:
    'Alleen bij een item met wetten. Vul de datum in waarop je artikelen en regels hebt nagekeken op wetten.overheid.nl, niet de datum van een andere wijziging. Lezers zien het als "Stand van de wet".',
  withdrawal: 'Alleen invullen als de status ingetrokken is. Leeg laten bij andere items.',
  'withdrawal.date':
    'Verplicht bij intrekken. Leeg gelaten vult de redactieomgeving bij opslaan de datum van vandaag in.',
  'withdrawal.reason': 'Verplicht bij intrekken: lezers zien de reden op de pagina van het item.',
  formerSlugs: 'Wordt ingevuld bij het hernoemen van een bestand; meestal leeg laten.',
};

/** Help for the body of an entry: Markdown, and the link syntax. */
export const bodyHelp =
  'Gewone tekst in Markdown: een witregel tussen alinea’s, **vet**, *schuin*, een regel die begint met "- " voor een opsomming. Link naar een ander item met zijn ID tussen dubbele vierkante haken: [[D-001]]. Geen namen of herkenbare details.';
