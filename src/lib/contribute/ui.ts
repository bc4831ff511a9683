/** The contribution form's Dutch texts (B1): the page, the form, and the hand-over message. */
import type { Kind } from '../../schemas/kinds.ts';
import type { Section } from './model.ts';

/** Texts of the page /bijdragen/ and of its form. */
export const contributeUi = {
  title: 'Deel een praktijk of dilemma',
  description:
    'Schrijf een praktijk of dilemma uit je eigen werk op voor de kennisbank. Het formulier controleert je tekst op je eigen apparaat en verstuurt niets.',
  lead: 'Heb je in je werk iets meegemaakt waar anderen van kunnen leren? Iets wat schade voorkwam, verlichtte of herstelde, of een situatie waarin je klem zat tussen regels en zorg? Schrijf het hier op. Zo leren we samen van de praktijk.',
  stepsTitle: 'Zo werkt het',
  steps: [
    'Kies wat je wilt delen en vul het formulier in. Dat duurt ongeveer tien minuten.',
    'Het formulier helpt je terwijl je typt: het zegt wat nog ontbreekt en waarschuwt als er persoonsgegevens in je tekst staan, zoals een telefoonnummer of een adres.',
    'Daarna maak je er een bestand van en stuur je het per e-mail naar de redactie. Je hebt geen account nodig.',
    'De redactie leest je bijdrage, geeft haar een nummer en laat haar toetsen. Pas daarna komt ze op de site.',
  ],
  privacyTitle: 'Wat je typt, blijft bij jou',
  privacy: [
    'Dit formulier verstuurt niets. Wat je typt, blijft in deze browser op dit apparaat, tot je zelf de e-mail aan de redactie verstuurt.',
    'Je concept wordt bewaard in de opslag van deze browser (localStorage), zodat het niet verloren gaat als je de pagina herlaadt of per ongeluk sluit. Het blijft 30 dagen na je laatste wijziging bewaard, of tot je op ‘Concept wissen’ klikt. Werk je op een gedeelde computer? Wis het concept dan als je klaar bent.',
  ],
  noScriptTitle: 'Zonder JavaScript: stuur je bijdrage per e-mail',
  noScript: (address: string) =>
    `Het formulier werkt alleen als JavaScript aan staat. Je kunt je bijdrage ook per e-mail sturen naar ${address}. Kopieer het sjabloon van de soort die je wilt delen in je e-mail en vul het in. Regels die met # beginnen, zijn uitleg. Zet er geen namen, adressen, telefoonnummers of andere persoonsgegevens in.`,
  noScriptMail: 'E-mail aan de redactie',
  template: (kind: string) => `Sjabloon voor een ${kind}`,
  loading: 'Het formulier wordt geladen…',
  kindLegend: 'Wat wil je delen?',
  kindSuggestion: 'Of doe de redactie een suggestie:',
  kindHelp: {
    practice: 'Iets wat jij of je team doet en dat schade voorkomt, verlicht of herstelt.',
    dilemma: 'Een situatie waarin je klem zat tussen regels en zorg, met een vraag aan beleidsmakers.',
    assumption: 'Een aanname of waarde achter beleid of wet die je ter discussie wilt stellen.',
    proposal: 'Een voorstel voor beter beleid, gericht aan gemeente, provincie of Rijk.',
  } satisfies Record<Kind, string>,
  sections: {
    story: 'Je verhaal',
    filing: 'Waar gaat het over?',
    extra: 'Aanvullen (niet verplicht)',
    safety: 'Hoe is de casus beschermd?',
  } satisfies Record<Section, string>,
  required: 'verplicht',
  beforePublication: 'nodig vóór publicatie',
  example: 'Bijvoorbeeld:',
  oneLine: 'Eén per regel.',
  atLeast: (count: number) => (count === 1 ? 'Kies er minstens één.' : `Minstens ${count}.`),
  chooseAny: 'Kies wat past; je mag dit ook leeg laten.',
  characters: (count: number, max: number) => `${count} van ${max} tekens`,
  body: {
    help: 'Schrijf in gewone taal, zonder namen of herkenbare details. Verwijs naar een ander item met zijn nummer tussen dubbele vierkante haken, zoals [[D-001]].',
  },
  safetyHelp:
    'Beschrijf je een echte situatie? Vraag dan toestemming aan de mensen om wie het gaat, ook als je de situatie anonimiseert.',
  anonymisation: {
    geanonimiseerd: 'Een echte situatie. Alles waaraan iemand herkend kan worden, is weggelaten of veranderd.',
    samengesteld: 'Gemaakt uit meerdere echte situaties. Niemand komt er precies zo in voor.',
    'openbare bron':
      'De situatie komt uit een openbare bron, zoals een rapport of een uitspraak van een rechter. Noem die bron bij Bronnen.',
    fictief: 'Een verzonnen voorbeeld. Zeg dat ook in je tekst.',
  } as Record<string, string>,
  picker: {
    search: 'Zoek op nummer of titel',
    chosen: 'Gekozen',
    none: 'Nog niets gekozen.',
    add: (label: string) => `Toevoegen: ${label}`,
    addTyped: (id: string) => `${id} toevoegen`,
    remove: (label: string) => `Weghalen: ${label}`,
    added: 'toegevoegd.',
    removed: 'weggehaald.',
    noMatch: 'Geen item gevonden. Typ een nummer, zoals A-001, om het toch toe te voegen.',
    unknownTitle: 'onbekend item',
  },
  groups: {
    item: (number: number) => `Nummer ${number}`,
    add: (label: string) => `Toevoegen aan ${label.toLowerCase()}`,
    remove: (number: number) => `Nummer ${number} weghalen`,
  },
  contact: {
    label: 'Hoe kan de redactie je bereiken?',
    optional: 'niet verplicht',
    help: 'Bijvoorbeeld je e-mailadres of telefoonnummer, als de redactie je iets mag vragen. Dit komt alleen in de e-mail aan de redactie, nooit in het bestand of op de site.',
  },
  summary: {
    title: 'Er is nog iets te doen',
    intro: 'Los deze punten op. Kies een punt om naar het veld te gaan.',
    privacy: 'Persoonsgegevens',
  },
  submit: 'Controleren en bestand maken',
  clear: 'Concept wissen',
  clearConfirm: 'Weet je zeker dat je je concept wilt wissen? Dit kan niet ongedaan worden gemaakt.',
  cleared: 'Je concept is gewist.',
  saved: (time: string) => `Concept bewaard op dit apparaat om ${time}.`,
  restored: (date: string) => `Je concept van ${date} is teruggezet.`,
  storageUnavailable:
    'Deze browser laat het formulier niets bewaren. Je concept gaat verloren als je de pagina sluit; maak het dus in één keer af.',
  stale: 'Je hebt iets veranderd. Kies opnieuw ‘Controleren en bestand maken’.',
  result: {
    title: 'Je bijdrage is klaar',
    intro: 'Het formulier vond geen problemen meer. Maak nu het bestand en stuur het naar de redactie.',
    download: (name: string) => `Bestand downloaden (${name})`,
    copy: 'Tekst kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
    mail: 'E-mail aan de redactie',
    mailWithText: 'Je e-mailprogramma opent een bericht met je bijdrage erin. Controleer het en verstuur het.',
    mailAttach: (name: string) =>
      `Je bijdrage is te lang om in het bericht te zetten. Download eerst het bestand en voeg ${name} als bijlage toe aan het bericht.`,
    issue: 'Als issue indienen',
    issueNote: 'Een issue is openbaar. Je contactgegevens gaan daar niet mee.',
    issueAttach: (name: string) => `Voeg het gedownloade bestand ${name} toe aan het issue.`,
    preview: 'Bekijk het bestand',
    next: 'De redactie leest je bijdrage en neemt haar op in de kennisbank. Je concept blijft op dit apparaat tot je het wist.',
  },
} as const;

/** The e-mail and issue texts of the hand-over. */
export const handover = {
  subject: (kind: string, title: string) => `Bijdrage voor de kennisbank (${kind}): ${title}`,
  greeting: 'Beste redactie,',
  intro: (kind: string, title: string) =>
    `Hierbij mijn bijdrage voor de Kennisbank Do No Harm: een ${kind} met de titel “${title}”. Ik heb hem gemaakt met het formulier op /bijdragen/.`,
  contact: (contact: string) => `Als je vragen hebt, kun je me bereiken via: ${contact}`,
  fileBelow: (name: string) => `Het bestand ${name} staat hieronder, van de eerste tot de laatste regel.`,
  fileEnd: '(einde van het bestand)',
  attach: (name: string) => `Het bestand ${name} staat als bijlage bij dit bericht.`,
  attachIssue: (name: string) => `Het bestand ${name} is te lang voor dit veld; ik voeg het als bijlage toe.`,
  closing: 'Met vriendelijke groet,',
};
