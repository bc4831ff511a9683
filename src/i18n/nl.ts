/** Every UI string of the site, in Dutch (one dictionary, so an English one can follow). */
import { kindNames, kinds, type Kind } from '../schemas/kinds.ts';
import type { RelationField } from '../schemas/relations.ts';
import { search } from './nl-search.ts';

/** A kind's name as a label: a capital first letter and a typographic apostrophe (dilemma's → Dilemma’s). */
function kindLabels(form: 'singular' | 'plural'): Record<Kind, string> {
  const label = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`.replaceAll("'", '’');
  return Object.fromEntries(kindNames.map((kind) => [kind, label(kinds[kind][form])])) as Record<Kind, string>;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (isoDay: string) => dateFormat.format(new Date(`${isoDay}T00:00:00Z`));

/** Every UI string of the site, in Dutch. An English dictionary can follow with the same keys. */
export const ui = {
  lang: 'nl',
  siteName: 'Kennisbank Do No Harm',
  tagline: 'Praktijken, dilemma’s, aannames en beleidsvoorstellen voor zorgzaam sociaal werk',
  skipLink: 'Naar de inhoud',
  navLabel: 'Hoofdmenu',
  // The names of the kinds are defined once, in src/schemas/kinds.ts; here they start with a capital.
  kindPlural: kindLabels('plural'),
  kindSingular: kindLabels('singular'),
  kindIntro: {
    practice:
      'Voorbeelden van sociaal werk dat schade helpt voorkomen, verlichten of herstellen, met wat ervoor nodig was en welke risico’s eraan zitten.',
    dilemma:
      'Situaties waarin sociaal werkers klem zitten tussen regels en zorg. Elk dilemma stelt een vraag aan beleidsmakers.',
    assumption:
      'Aannames en waarden achter beleid en wet, met wat ervoor en ertegen pleit, de schade die ze kunnen doen en een zorgzaam alternatief.',
    proposal:
      'Voorstellen voor beleid waarvan wie het meest onder druk staat het meest profiteert, gericht aan gemeente, provincie of Rijk.',
  } satisfies Record<Kind, string>,
  nav: { themes: 'Thema’s', about: 'Over' },
  footer: {
    licence: 'De inhoud is vrij te gebruiken onder',
    source: 'Broncode en inhoud',
    accessibility: 'Toegankelijkheid',
    about: 'Over deze kennisbank',
    data: 'Open data',
  },
  home: {
    title: 'Samen leren over sociaal werk dat geen schade doet',
    intro: [
      'Sociaal werk heeft twee gezichten: het kan mensen ondersteunen, maar ook beperken of beschadigen. Wie meer afwijkt van de heersende normen, krijgt vaker de onderdrukkende kant te zien.',
      'Deze kennisbank hoort bij een landelijke leergroep ‘do no harm’ (geweldloos werken). Sociaal werkers, hun organisaties en onderzoekers verzamelen hier praktijken die schade helpen voorkomen, verlichten of herstellen, de dilemma’s die ze daarbij tegenkomen, de aannames en waarden achter beleid, en voorstellen om dat beleid te veranderen. Zo praten we vanuit de praktijk terug naar de overheid.',
    ],
    usesTitle: 'Waar wil je beginnen?',
    /** The ways in by role: each a title, a sentence and links (href set on the home page). */
    roles: {
      practice: {
        title: 'Ik ben sociaal werker',
        text: 'Zoek hoe anderen schade voorkomen, verlichten of herstellen, en dilemma’s die je herkent uit je eigen werk.',
        links: ['Praktijken', 'Dilemma’s per thema'],
      },
      policy: {
        title: 'Ik werk aan beleid',
        text: 'Elk dilemma stelt een vraag aan beleidsmakers. Voorstellen zeggen wat er anders kan. Elk item heeft een vaste link om naar te verwijzen.',
        links: ['Beleidsvoorstellen', 'Zo verwijs je naar een item'],
      },
      contribute: {
        title: 'Ik wil iets delen',
        text: 'Schrijf een praktijk of dilemma uit je eigen werk op. Je hebt geen account nodig.',
        links: ['Deel een praktijk of dilemma'],
      },
    },
    featuredTitle: 'Uitgelicht dilemma',
    featuredMore: 'Lees het hele dilemma',
    feed: 'Volg nieuwe en bijgewerkte items met een feedlezer',
    kindsTitle: 'Vier soorten items',
    themesTitle: 'Thema’s',
    recentTitle: 'Onlangs bijgewerkt',
  },
  index: {
    sortLabel: 'Sorteren',
    byId: 'op nummer',
    byUpdate: 'op laatst bijgewerkt',
    byTheme: 'Per thema bekijken',
    none: 'Er zijn nog geen items van deze soort.',
    contribute: (kind: string) => `Deel een ${kind}`,
  },
  entry: {
    permalink: 'Vaste link',
    themes: 'Thema’s',
    laws: 'Wetten',
    lawCheckedOn: 'Stand van de wet',
    lawNotChecked: 'nog niet nagekeken',
    notDiscussed: 'Opgesteld door de redactie, nog niet besproken in de leergroep.',
    level: 'Bestuurslaag',
    published: 'Gepubliceerd',
    updated: 'Bijgewerkt',
    review: 'Getoetst',
    notReviewed: 'Nog niet getoetst',
    sources: 'Bronnen',
    questions: 'Vragen voor de leergroep',
    relations: 'Samenhang',
    relationsIntro: 'Hoe dit item verbonden is met andere items.',
    noRelations: 'Dit item is nog niet verbonden met andere items.',
    origin: 'Herkomst',
    aliases: 'Ook bekend als',
    passageLink: (kind: 'heading' | 'paragraph', number: number) =>
      kind === 'heading' ? `Link naar kopje ${number}` : `Link naar alinea ${number}`,
    history: 'Wijzigingen',
    historyUnavailable: 'De geschiedenis van dit item is hier niet beschikbaar.',
    version: 'Versie',
    report: 'Meld een fout in dit item',
    reportSubject: (id: string, version: string) => `Fout in ${id} (versie ${version})`,
    handoutQr: (url: string) => `QR-code met de vaste link ${url}`,
    handoutHeader: (id: string, version: string) => `${id} · versie van ${formatDay(version)}`,
    body: 'Toelichting',
    /** The two jump links under an entry's title, one for each of its readers, with what each part holds per kind. */
    readers: {
      label: 'Lees verder',
      practice: 'Voor de praktijk',
      policy: 'Voor beleid',
      practiceHint: {
        dilemma: 'de situatie, vragen voor de leergroep en praktijken',
        practice: 'de aanpak en vragen voor de leergroep',
        assumption: 'de toelichting, vragen en praktijken die dit bevragen',
        proposal: 'de toelichting, vragen en praktijken waarop het voortbouwt',
      } satisfies Record<Kind, string>,
      policyHint: {
        dilemma: 'de vraag aan beleidsmakers, voorstellen en citeren',
        practice: 'voorstellen die hierop voortbouwen en citeren',
        assumption: 'het zorgzame alternatief, voorstellen en citeren',
        proposal: 'wie er baat bij heeft en citeren',
      } satisfies Record<Kind, string>,
    },
  },
  version: {
    earlier: 'Dit is een eerdere versie',
    fixed: 'Dit is een vaste versie',
    of: (id: string) => `van ${id}, zoals het op deze datum gepubliceerd werd:`,
    earlierText: 'De tekst kan sindsdien veranderd zijn.',
    currentText: 'Het is ook de huidige versie. Deze pagina blijft deze tekst tonen, ook als het item later verandert.',
    readCurrent: 'Lees de huidige versie',
    readWithdrawn: 'Dit item is later ingetrokken: lees waarom',
    whatChanged: 'Wat veranderde',
    thisVersion: 'Deze versie',
    versions: 'Versies',
    title: (date: string) => `versie ${date}`,
    changedSince: 'Wat veranderde in deze versie',
    comparedWith: 'Vergeleken met de versie van',
    latestChanged: 'Wat veranderde in de laatste versie',
    firstVersion: 'Dit is de eerste gepubliceerde versie: er is geen eerdere om mee te vergelijken.',
    noChanges: 'Alleen de datum en de wijzigingsnotities zijn anders dan in de vorige versie.',
    legendBefore: 'Toegevoegde tekst is ',
    legendAdded: 'onderstreept',
    legendBetween: ', weggehaalde tekst is ',
    legendRemoved: 'doorgestreept',
    added: 'toegevoegd:',
    removed: 'verwijderd:',
    current: 'huidige versie',
    onlyCurrent: 'Eerdere versies zijn hier niet te vinden.',
  },
  anonymisation: {
    geanonimiseerd: 'Geanonimiseerd: namen en herkenbare details zijn weggelaten.',
    samengesteld:
      'Samengesteld voorbeeld: gebaseerd op meerdere situaties, zodat niemand herkenbaar is. Het beschrijft geen echte persoon.',
    'openbare bron': 'Gebaseerd op een openbare bron.',
    fictief: 'Verzonnen voorbeeld: het beschrijft geen echte personen of organisaties.',
  },
  reviewKind: {
    redactie: 'redactie',
    leergroep: 'besproken in de leergroep',
    juridisch: 'juridische toets',
    ervaringsdeskundige: 'ervaringsdeskundige',
  },
  facts: {
    tension: 'Waarden die botsen',
    question: 'Vraag aan beleidsmakers',
    actors: 'Betrokkenen',
    harm: 'Wat het doet met schade',
    setting: 'Wie en waar',
    conditions: 'Wat het mogelijk maakte',
    risks: 'Risico’s',
    type: 'Soort',
    appearsIn: 'Waar het voorkomt',
    evidenceFor: 'Wat ervoor pleit',
    evidenceAgainst: 'Wat ertegen pleit',
    noEvidence: 'Nog geen onderbouwing met bronnen verzameld.',
    effects: 'Schade die het kan doen',
    alternative: 'Zorgzaam alternatief',
    addressedTo: 'Gericht aan',
    proposalStatus: 'Stand',
    benefits: 'Wie er het meest baat bij heeft',
  },
  concept: {
    title: 'Concept — niet gepubliceerd',
    text: 'Alleen jij ziet dit, op je eigen computer (npm run dev). Het item staat niet op de site, niet in lijsten en niet in de zoekresultaten, tot het gepubliceerd is.',
    noId: 'nog geen ID',
    noIdText: 'Het krijgt een ID vóór publicatie (npm run intake).',
    notPublished: 'nog niet',
    noQuestionsYet: 'Nog geen vragen voor de leergroep. Schrijf er minstens één voordat dit item gepubliceerd wordt.',
  },
  withdrawn: {
    title: 'Dit item is ingetrokken',
    text: 'Het blijft hier staan, zodat verwijzingen ernaar blijven werken.',
    reason: 'Reden',
    date: 'Ingetrokken op',
    replacedBy: 'Vervangen door',
  },
  themes: {
    title: 'Thema’s',
    intro: 'Alle items, geordend naar thema. Een item kan bij meer thema’s horen.',
    entries: (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`,
    none: 'Nog geen items bij dit thema.',
  },
  map: {
    title: 'Relatiekaart',
    themeIntro: 'Van aanname naar dilemma naar praktijk en voorstel, binnen dit thema.',
    themeIntroLimited: (count: number) =>
      `Van aanname naar dilemma naar praktijk en voorstel: de ${count} laatst bijgewerkte items van dit thema.`,
    entryIntro: 'Dit item en de items waarmee het direct verbonden is.',
    tableCaption: 'De relaties uit de kaart als tabel',
    tableSummary: (count: number) => `De ${count} ${count === 1 ? 'relatie' : 'relaties'} als tabel`,
    legend: 'Soorten lijnen in de kaart',
    more: (count: number, kinds: string) => `+${count} meer: ${kinds}`,
    from: 'Van',
    relation: 'Relatie',
    to: 'Naar',
  },
  /** Each relation read from the entry that states it (`label`) and from the other side (`inverse`). */
  relation: {
    restsOn: { label: 'Berust op', inverse: 'Ligt ten grondslag aan' },
    respondsTo: { label: 'Reageert op', inverse: 'Praktijken die hierop reageren' },
    challenges: { label: 'Bevraagt', inverse: 'Bevraagd door' },
    addresses: { label: 'Pakt aan', inverse: 'Aangepakt door' },
    revises: { label: 'Herziet', inverse: 'Herzien door' },
    buildsOn: { label: 'Bouwt voort op', inverse: 'Basis voor' },
  } satisfies Record<RelationField, { label: string; inverse: string }>,
  search,
  cite: {
    title: 'Citeer deze pagina',
    intro:
      'Kopieer de verwijzing in de vorm die je nodig hebt. Verwijs naar deze versie als het om deze tekst gaat: die blijft op zijn eigen adres te lezen. De versiedatum is de datum van de wijziging.',
    noRetrievalDate:
      'Zet bij het citeren de datum waarop je deze pagina raadpleegde vóór de link: “Geraadpleegd op [datum], van”.',
    apa: 'APA (7e editie)',
    thisVersion: 'Deze versie, in APA (de tekst blijft zoals je hem nu leest)',
    latest: 'Altijd de nieuwste versie, in APA (de tekst kan later veranderen)',
    bibtex: 'BibTeX',
    ris: 'RIS (voor Zotero, EndNote, Mendeley)',
    csl: 'CSL-JSON',
    otherFormats: 'Andere vormen: BibTeX, RIS (Zotero, EndNote, Mendeley) en CSL-JSON',
    permalink: 'Vaste link',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
  },
  redirecting: 'Je wordt doorgestuurd naar',
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is het adres verkeerd overgenomen. Items zijn altijd te vinden via hun vaste nummer, zoals /D-001/.',
    unknownId:
      'Er is geen item met het nummer {id}. Misschien staat er een cijfer verkeerd, of is het item nog niet gepubliceerd.',
    typedIdHint:
      'Zoek je een item op zijn nummer? Typ het zo: een hoofdletter, een streepje, drie cijfers en een schuine streep aan het eind, bijvoorbeeld /D-007/.',
    browse: 'Verder zoeken',
  },
  entriesOfKind: (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`,
  formatDate: formatDay,
} as const;
