/** The catalogue of content problems: every type with its Dutch message, and how values are shown in them. */
import { closest, distance } from 'fastest-levenshtein';
import { kinds, type Kind } from '../../schemas/kinds.ts';
import { REGISTRY_FILE, VOCABULARY_FILES } from './paths.ts';

/** One problem found in the content: where it is, the bad value, and a Dutch message with the fix. */
export interface Problem {
  type: ProblemType;
  /** A `fout` stops publication; a `waarschuwing` is editorial advice and publishes. */
  severity: Severity;
  file: string;
  field: string;
  value: string;
  message: string;
}

export type Severity = 'fout' | 'waarschuwing';

const kindName = (kind: Kind) => kinds[kind].singular;
const folderOf = (kind: Kind) => `content/${kinds[kind].folder}/`;
const maybe = (suggestion: string | undefined) => (suggestion ? ` Bedoel je ${suggestion}?` : '');

/** Every kind of problem the integrity check reports, each with its Dutch message. */
export const problemTypes = {
  'unreadable-file': (c: { error: string }) => `het bestand kan niet gelezen worden: ${c.error}.`,
  'missing-frontmatter': () =>
    'heeft geen frontmatter. Begin het bestand met een blok tussen twee regels "---", zoals in de andere items van deze soort.',
  'unloaded-file': (c: { value: string; suggestion: string }) =>
    `${c.value} wordt door geen enkele collectie geladen en zou stil verdwijnen. ${c.suggestion}`,
  'bad-filename': (c: { value: string; suggestion: string }) =>
    `${c.value}: de bestandsnaam wordt de URL en mag alleen kleine letters, cijfers en streepjes bevatten. Hernoem naar "${c.suggestion}".`,
  'reserved-filename': (c: { value: string }) =>
    `${c.value} is al de naam van een pagina van de site. Kies een andere bestandsnaam, bijvoorbeeld met het onderwerp erin.`,
  'missing-field': (c: { example: string }) => `ontbreekt. Voeg het veld toe, bijvoorbeeld: ${c.example}`,
  'needed-before-publication': (c: { example: string }) =>
    `ontbreekt nog. Voor een concept mag dat, maar vóór publicatie moet het erin, bijvoorbeeld: ${c.example}`,
  'concept-without-id': (c: { next: string }) =>
    `dit concept heeft nog geen ID. Dat mag; \`npm run intake -- <bestand>\` geeft het het volgende vrije ID (nu "${c.next}") vóór publicatie.`,
  'unknown-key': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekend veld.${maybe(c.suggestion)} Anders verwijderen: onbekende velden worden niet gepubliceerd.`,
  'empty-field': (c: { example: string; required: boolean }) =>
    `is leeg: er staat niets achter de dubbele punt. ${c.required ? 'Vul een waarde in' : 'Vul een waarde in, of haal de hele regel weg (dit veld is niet verplicht)'}. Voorbeeld: ${c.example}`,
  'wrong-type': (c: { value: string; expected: string; found: string; fix: string }) =>
    `verwacht ${c.expected}, maar hier staat ${c.found}: ${c.value}. ${c.fix}`,
  'too-short': (c: { value: string; length: number; min: number; unit: string }) =>
    `is te kort: ${c.length} ${c.unit}, minstens ${c.min} nodig. Gevonden: ${c.value}.`,
  'too-long': (c: { value: string; length: number; max: number; unit: string; rest: string }) =>
    `is te lang: ${c.length} ${c.unit}, hoogstens ${c.max}. Maak het ${c.length - c.max} ${c.unit} korter.${c.rest}`,
  'too-few': (c: { value: string; count: number; min: number; example: string }) =>
    `heeft ${c.count} ${c.count === 1 ? 'item' : 'items'}, minstens ${c.min} nodig. Gevonden: ${c.value}. Voorbeeld: ${c.example}`,
  'too-many': (c: { value: string; count: number; max: number }) =>
    `heeft ${c.count} items, hoogstens ${c.max}. Haal er ${c.count - c.max} weg.`,
  'out-of-range': (c: { value: string; range: string }) => `${c.value} kan niet: ${c.range}.`,
  'not-an-option': (c: { value: string; options: string; suggestion: string | undefined }) =>
    `${c.value} is geen van de mogelijke waarden.${maybe(c.suggestion)} Kies een van: ${c.options}.`,
  'bad-date': (c: { value: string }) =>
    `${c.value} is geen bestaande datum. Schrijf een datum die op de kalender staat, als JJJJ-MM-DD, bijvoorbeeld 2026-11-28.`,
  'bad-web-address': (c: { value: string; fix: string }) => `${c.value} is geen volledig webadres. ${c.fix}`,
  'invalid-value': (c: { value: string; reason: string; suggestion: string | undefined; example: string }) =>
    `${c.reason.replace(/\.$/, '')}; gevonden: ${c.value}.${maybe(c.suggestion)} Voorbeeld van een goede waarde: ${c.example}`,
  'truncated-by-comment': (c: { value: string; kept: string }) =>
    `${c.value}: alles vanaf " #" valt weg, omdat YAML het als uitleg (commentaar) leest; gepubliceerd wordt alleen ${c.kept}. Zet de hele tekst tussen dubbele aanhalingstekens.`,
  orphan: () =>
    'dit item heeft geen relatie met een ander item en niets verwijst ernaar. Lezers vinden het dan alleen via zoeken of een thema. Voeg een relatie toe (bijvoorbeeld restsOn, respondsTo of addresses) of verwijs ernaar met [[ID]] in een ander item.',
  'updated-without-change-note': (c: { value: string }) =>
    `${c.value} is de datum van de laatste inhoudelijke wijziging, maar bij changes staat geen regel met die datum. Schrijf voor lezers wat er veranderde: changes: [{ date: ${c.value.replaceAll('"', '')}, note: "…" }]. Op de pagina staan anders alleen de datums.`,
  'unused-theme': (c: { value: string; count: number }) =>
    c.count === 1
      ? 'geen enkel gepubliceerd item heeft dit thema, dus de themapagina is leeg. Geef een item dit thema, of haal het thema weg als het niet meer nodig is.'
      : `${c.value}: geen enkel gepubliceerd item heeft deze ${c.count} thema's, dus hun themapagina's zijn leeg. Geef items deze thema's, of haal weg wat niet meer nodig is.`,
  'relation-to-broken-file': (c: { value: string; broken: string }) =>
    `${c.value} staat in ${c.broken}, dat zelf een probleem heeft (zie daar). Los dat eerst op; deze verwijzing is dan vanzelf goed.`,
  'invalid-key': (c: { value: string; reason: string }) => `sleutel ${c.value} is ongeldig: ${c.reason}.`,
  'malformed-id': (c: { value: string; next: string }) =>
    `${c.value} is geen geldig ID. Een ID is een letter (P, D, A of B), een streepje en drie of meer cijfers, zonder extra nullen vooraan; het volgende vrije ID hier is "${c.next}".`,
  'id-prefix-mismatch': (c: { value: string; idKind: Kind; kind: Kind; next: string }) =>
    `${c.value} begint met de letter van een ${kindName(c.idKind)}, maar het bestand staat bij de ${kinds[c.kind].plural}. Gebruik "${c.next}" (het volgende vrije ID) of verplaats het bestand naar ${folderOf(c.idKind)}.`,
  'duplicate-id': (c: { value: string; others: string[]; next: string }) =>
    `${c.value} wordt ook gebruikt in ${c.others.join(', ')}. Een ID hoort bij precies één item; geef het nieuwe item "${c.next}".`,
  'unknown-relation': (c: { value: string; target: Kind; suggestion: string | undefined }) =>
    `${c.value} bestaat niet.${maybe(c.suggestion)} Gebruik het ID van een bestaand item van de soort ${kindName(c.target)} (${kinds[c.target].prefix}-…) of haal de verwijzing weg.`,
  'wrong-kind-relation': (c: { value: string; found: Kind; target: Kind }) =>
    `${c.value} is het ID van een ${kindName(c.found)}, maar hier hoort een ${kindName(c.target)} (ID met ${kinds[c.target].prefix}-). Zet de verwijzing in het juiste veld of kies een ander ID.`,
  'self-relation': (c: { value: string }) => `${c.value} is het item zelf. Haal deze verwijzing weg.`,
  'duplicate-relation': (c: { value: string }) =>
    `${c.value} staat twee keer in de lijst. Haal de dubbele verwijzing weg.`,
  'relation-to-unpublished': (c: { value: string }) =>
    `${c.value} heeft status concept en wordt niet gepubliceerd. Publiceer dat item eerst of haal de verwijzing weg.`,
  'relation-to-withdrawn': (c: { value: string; replacement: string | undefined }) =>
    `${c.value} is ingetrokken.${c.replacement ? ` Verwijs naar de vervanger "${c.replacement}".` : ' Haal de verwijzing weg.'}`,
  'unknown-theme': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekend thema.${maybe(c.suggestion)} Kies een sleutel uit content/${VOCABULARY_FILES.themes} of voeg het thema daar toe.`,
  'unknown-law': (c: { value: string; suggestion: string | undefined }) =>
    `${c.value} is geen bekende wet.${maybe(c.suggestion)} Kies een sleutel uit content/${VOCABULARY_FILES.laws} of voeg de wet daar toe.`,
  'synonym-twice': (c: { reason: string }) => `${c.reason}.`,
  'missing-vocabulary': () => 'ontbreekt. Zonder dit bestand kunnen thema’s en wetten niet gecontroleerd worden.',
  'unknown-body-link': (c: { value: string; suggestion: string | undefined }) =>
    `[[${c.value.replaceAll('"', '')}]] linkt naar een ID dat niet bestaat.${maybe(c.suggestion)} Gebruik [[ID]] met het ID van een bestaand item.`,
  'malformed-body-link': (c: { value: string }) =>
    `${c.value} is geen geldige link naar een item. Schrijf [[D-007]]: twee vierkante haken om een bestaand ID.`,
  'unsafe-html': (c: { value: string; what: string }) =>
    `${c.value} is ${c.what}. Dat kan code uitvoeren of iets van buiten de site laden en mag niet in een item. Haal het weg; voor opmaak is gewone Markdown genoeg.`,
  'unsupported-html': (c: { value: string; what: string }) =>
    `${c.value} is ${c.what} en wordt niet gepubliceerd: in een item mag alleen eenvoudige opmaak. Haal het weg of gebruik gewone Markdown.`,
  'rejected-file': (c: { reason: string }) => `${c.reason}.`,
  'missing-registry': () =>
    `ontbreekt. Dit bestand houdt bij welke ID's en adressen ooit gepubliceerd zijn, zodat die blijven werken. Zet het terug (git checkout -- content/${REGISTRY_FILE}) of maak het met \`npm run registry\`.`,
  'registry-id-removed': (c: { value: string; commit: string }) =>
    `${c.value} stond in een eerdere versie van het register (${c.commit}) en is eruit gehaald. Een gepubliceerd ID blijft altijd in het register: zet de regel terug, en trek het item in (status: ingetrokken) in plaats van het te verwijderen.`,
  'former-slug-is-current': (c: { value: string }) =>
    `${c.value} is de huidige bestandsnaam van dit item. Een oude naam die gelijk is aan de huidige maakt van de pagina een doorverwijzing naar zichzelf. Haal hem weg uit formerSlugs.`,
  'former-slug-reserved': (c: { value: string }) =>
    `${c.value} is al de naam van een pagina van de site; er kan geen doorverwijzing met die naam komen. Haal hem weg uit formerSlugs.`,
  'replacement-unpublished': (c: { value: string }) =>
    `${c.value} heeft status concept. Een lezer van het ingetrokken item zou naar een pagina gestuurd worden die niet bestaat. Publiceer de vervanger eerst of haal replacedBy weg.`,
  'replacement-cycle': (c: { value: string; cycle: string }) =>
    `${c.value} verwijst in een kring terug naar dit item (${c.cycle}). Laat de keten eindigen bij een gepubliceerd item.`,
  'withdrawn-before-published': (c: { value: string; published: string }) =>
    `${c.value} ligt vóór de publicatiedatum ${c.published}. Een item kan pas worden ingetrokken nadat het is gepubliceerd; zet de datum van intrekken op of na ${c.published}.`,
  'personal-data': (c: { value: string; label: string; rewrite: string }) =>
    `${c.value} lijkt op een ${c.label}. ${c.rewrite}. Is het een openbaar gegeven van een organisatie, zoals een algemeen contactadres? Zet het dan met een reden op de allowlist in src/site.config.ts.`,
  'allowlist-without-reason': () =>
    'heeft geen reden. Schrijf bij elk gegeven op de allowlist waarom het openbaar mag zijn, bijvoorbeeld "algemeen contactadres van de organisatie".',
  'updated-before-published': (c: { value: string; published: string }) =>
    `${c.value} ligt vóór de publicatiedatum ${c.published}. Zet "updated" op of na "published".`,
  'withdrawn-without-reason': () =>
    'status is ingetrokken, maar een reden ontbreekt. Voeg toe: withdrawal: { date: JJJJ-MM-DD, reason: "…", replacedBy: "…" }.',
  'slug-collision': (c: { value: string; other: string }) =>
    `${c.value} is ook de naam van ${c.other}, dus het oude adres zou naar twee items wijzen. Haal deze oude naam weg.`,
  'registered-entry-missing': (c: { value: string; url: string }) =>
    `${c.value} is gepubliceerd geweest op ${c.url}, maar er is geen item meer met dit ID. Verwijder een gepubliceerd item nooit: zet het bestand terug en trek het in met status: ingetrokken en withdrawal (datum, reden, vervanger).`,
  'registered-url-missing': (c: { value: string; slug: string }) =>
    `${c.value} is een gepubliceerd adres van dit item en zou niet meer werken. Voeg de oude bestandsnaam toe: formerSlugs: ["${c.slug}"].`,
  'registered-version-missing': (c: { value: string }) =>
    `${c.value} is een gepubliceerde versie van dit item, maar die staat niet meer in de git-geschiedenis. Is de geschiedenis herschreven (rebase, squash of force-push)? Dat is de enige manier om een versie kwijt te raken: haal de oude commits terug (uit een andere kopie of met git reflog), want wie deze versie citeerde moet de tekst kunnen blijven lezen.`,
  'shallow-history': () =>
    'Deze git-kopie is ondiep (een "shallow clone"): de geschiedenis van de inhoud ontbreekt, en daarmee de eerdere versies van de items, die gepubliceerd moeten blijven. Er wordt niets gebouwd. Haal de hele geschiedenis op met `git fetch --unshallow` (of clone zonder --depth; in CI bijvoorbeeld `fetch-depth: 0`) en bouw opnieuw.',
  'registered-entry-unpublished': () =>
    'dit item is al gepubliceerd geweest en kan niet terug naar concept. Trek het in met status: ingetrokken en withdrawal (datum, reden).',
  'law-check-missing': (c: { laws: string; today: string }) =>
    `ontbreekt. Dit item noemt wetten (${c.laws}). Kijk de wettelijke feiten na in de officiële tekst (wetten.overheid.nl) en zet de datum waarop je dat deed: lawCheckedOn: ${c.today}. Vul alleen een datum in als je echt hebt nagekeken.`,
  'law-check-outdated': (c: { value: string; months: number; max: number }) =>
    `${c.value}: de wettelijke feiten zijn ${c.months} maanden geleden voor het laatst nagekeken (grens: ${c.max} maanden). Kijk na of de wet nog zo is, pas het item aan waar nodig en zet de nieuwe datum in lawCheckedOn.`,
  'law-check-in-future': (c: { value: string; today: string }) =>
    `${c.value} ligt na vandaag (${c.today}). Zet de datum waarop je de wet echt hebt nagekeken.`,
  'summary-long-sentences': (c: { value: string; average: number; max: number }) =>
    `de zinnen zijn gemiddeld ${String(c.average).replace('.', ',')} woorden lang; voor taalniveau B1 hoogstens ${c.max}. Maak de zinnen korter, bijvoorbeeld door deze zin te splitsen: ${c.value}.`,
  'summary-long-word': (c: { value: string; letters: number; max: number }) =>
    `${c.value} is een lang woord (${c.letters} letters; voor B1 hoogstens ${c.max}). Gebruik een korter woord of schrijf het uit in een paar woorden. Noemt het woord het onderwerp, zet het dan bij knownLongWords in content/jargon.yaml.`,
  'summary-jargon': (c: { value: string; alternative: string }) =>
    `${c.value} is vaktaal. Schrijf liever: ${c.alternative} (zie content/jargon.yaml).`,
  'withdrawal-without-status': () =>
    'staat er, maar de status is niet "ingetrokken". Zet status op ingetrokken of verwijder withdrawal.',
} as const satisfies Record<string, (context: never) => string>;

export type ProblemType = keyof typeof problemTypes;

/** Problem types that are editorial advice: reported, but they do not stop publication. */
export const WARNING_TYPES: ReadonlySet<ProblemType> = new Set<ProblemType>([
  'needed-before-publication',
  'concept-without-id',
  'orphan',
  'unused-theme',
  'updated-without-change-note',
  'law-check-missing',
  'law-check-outdated',
  'summary-long-sentences',
  'summary-long-word',
  'summary-jargon',
]);

/** The problems that stop publication. */
export const errorsOf = (problems: readonly Problem[]): Problem[] =>
  problems.filter((found) => found.severity === 'fout');

type Context<T extends ProblemType> = Omit<Parameters<(typeof problemTypes)[T]>[0], 'value'>;

/** A problem of the given type at a place, with its message. */
export function problem<T extends ProblemType>(
  type: T,
  at: { file: string; field: string; value: unknown },
  context: Context<T>,
): Problem {
  const value = formatValue(at.value);
  const message = (problemTypes[type] as (c: object) => string)({ ...context, value });
  const severity = WARNING_TYPES.has(type) ? 'waarschuwing' : 'fout';
  return { type, severity, file: at.file, field: at.field, value, message };
}

/** Shows a value the way an editor wrote it, shortened. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '(leeg)';
  if (typeof value === 'string') return value.length > 78 ? `"${value.slice(0, 70)}…"` : `"${value}"`;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    const text = `[${value.map((item) => (typeof item === 'string' ? item : String(item))).join(', ')}]`;
    return text.length > 80 ? `${text.slice(0, 76)}…]` : text;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `themes[1]`, `sources[0].url`: a path into the frontmatter as an editor reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  return distance(value.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

