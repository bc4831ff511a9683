/** The rules every entry shares: IDs, slugs, visible text, web addresses, dates, statuses and the base schema. */
import { z } from 'zod';

/**
 * Permanent entry ID: one capital letter for the kind, a dash, three or more digits, with no
 * extra leading zeros (so D-0007 cannot stand beside D-007 as a second item number 7).
 */
export const ID_PATTERN = /^[PDAB]-(?:\d{3}|[1-9]\d{3,})$/;

/** A file name without `.mdx`, and so a URL segment; also the form of theme and law keys. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ASCII_FOR: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', '&': ' en ' };

/** A file name (and URL segment) for a title: lowercase ASCII words joined by dashes, at most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßæœøłđı&]/g, (char) => ASCII_FOR[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

/** Characters that reorder text (bidi controls) and hide in it (zero-width), as in the "Trojan Source" attacks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u034F\u115F\u1160\u3164\uFFA0\u180E]|\p{Cc}|\p{Cf}/gu;

/** Text that a reader can see: at least `min` visible characters, and no bidi controls. */
export function visibleText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !BIDI_CONTROLS.test(value), {
      error:
        'bevat een onzichtbaar teken dat de leesrichting omdraait (bidi-teken); typ de tekst opnieuw zonder te plakken',
    })
    .refine((value) => value.replace(INVISIBLE, '').length >= min, {
      error: `verwacht minstens ${min} zichtbare tekens`,
    });
}

/** Attaches the Dutch description and one example to a field, for the codebook and the scaffold. */
export function field<T extends z.ZodType>(schema: T, description: string, example: unknown): T {
  return schema.meta({ description, examples: [example] });
}

/**
 * A web address on http(s) (`protocol` narrows it), written as browsers and HTML validators accept
 * it: no spaces, quotes, angle brackets, backslashes or control characters.
 */
export function webAddress(protocol: RegExp = /^https?$/) {
  return z.url({ protocol }).refine((value) => !/[\s"'<>\\`\p{Cc}]/u.test(value), {
    error: 'verwacht een webadres zonder spaties, aanhalingstekens, < > of \\; kopieer het adres uit de adresbalk',
  });
}

/** A calendar date written as YYYY-MM-DD; YAML dates are read back into that form. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'verwacht een bestaande datum in de vorm JJJJ-MM-DD' }),
);

/** A list of entry IDs that a relation field points to. */
export function idList(description: string, example: string[]) {
  return field(
    z.array(z.string().regex(ID_PATTERN, { error: 'verwacht een ID zoals "D-007"' })).default([]),
    description,
    example,
  );
}

/** A list of plain-text items, each non-empty. */
export function textList(description: string, example: string[]) {
  return field(z.array(z.string().trim().min(1)).default([]), description, example);
}

/** A structured source: enough to find it again and to cite it. */
export const sourceSchema = z.strictObject({
  title: field(visibleText(3, 500), 'Titel van de bron', 'Participatiewet, artikel 18'),
  author: field(z.string().trim().min(2).optional(), 'Auteur of organisatie', 'Rijksoverheid'),
  year: field(z.number().int().min(1800).max(2100).optional(), 'Jaar van verschijnen', 2015),
  publisher: field(z.string().trim().min(2).optional(), 'Uitgever of tijdschrift', 'Staatscourant'),
  url: field(webAddress().optional(), 'Vindplaats op internet', 'https://wetten.overheid.nl/BWBR0015703'),
  accessed: field(
    dateSchema.optional(),
    'Datum waarop je de bron hebt geraadpleegd (JJJJ-MM-DD); nodig bij een bron op internet, want die kan veranderen',
    '2026-12-02',
  ),
});

/** Whether an entry with this status has a page: published and withdrawn entries do, concepts never. */
export const isShown = (status: unknown): boolean => status === 'gepubliceerd' || status === 'ingetrokken';

/** Whether an entry with this status is live: shown with its relations, in lists, maps and search. */
export const isLive = (status: unknown): boolean => status === 'gepubliceerd';

export const levels = ['lokaal', 'regionaal', 'landelijk'] as const;
export const statuses = ['concept', 'gepubliceerd', 'ingetrokken'] as const;
/** Kinds of review; `leergroep` means the learning group discussed the entry (without it, the page says it has not yet). */
export const reviewKinds = ['redactie', 'leergroep', 'juridisch', 'ervaringsdeskundige'] as const;
export const anonymisations = ['geanonimiseerd', 'samengesteld', 'openbare bron', 'fictief'] as const;

/** How an entry that describes people or cases was made safe to publish. */
export const anonymisationSchema = field(
  z.enum(anonymisations),
  'Hoe de casus is beschermd: geanonimiseerd, samengesteld (uit meerdere situaties), openbare bron of fictief',
  'samengesteld',
);

/**
 * Fields a concept may still leave out or empty; an entry needs them once it is published. The
 * schemas require them, and the content check reports them for a concept as a warning only.
 * `npm run intake` fills in the ID and the dates.
 */
export const NEEDED_BEFORE_PUBLICATION = ['id', 'published', 'updated', 'questions'] as const;

/** Fields every entry kind shares. */
export const baseSchema = z.strictObject({
  id: field(
    z.string().regex(ID_PATTERN, { error: 'verwacht een ID zoals "D-007"' }),
    'Permanente ID: letter van de soort (P, D, A of B), streepje, drie of meer cijfers. Wordt nooit gewijzigd of hergebruikt',
    'D-007',
  ),
  title: field(visibleText(3, 160), 'Titel van het item', 'Gegevens delen voor openbare orde'),
  summary: field(
    visibleText(20, 300),
    'Samenvatting in eenvoudige taal (B1), hoogstens 300 tekens; gebruikt in lijsten, zoekresultaten en citaties',
    'Wijkteams worden gevraagd gegevens te delen met politie en gemeente. Wat betekent dat voor het vertrouwen van inwoners?',
  ),
  themes: field(
    z.array(z.string().trim().min(1)).min(1),
    "Sleutels van thema's uit content/themes.yaml, minstens één",
    ['gegevensdeling'],
  ),
  laws: field(z.array(z.string().trim().min(1)).default([]), 'Sleutels van wetten uit content/laws.yaml', ['avg']),
  level: field(z.enum(levels), 'Bestuurslaag: lokaal, regionaal of landelijk', 'lokaal'),
  published: field(dateSchema, 'Datum van eerste publicatie (JJJJ-MM-DD)', '2026-11-28'),
  updated: field(dateSchema, 'Datum van de laatste inhoudelijke wijziging (JJJJ-MM-DD)', '2026-11-28'),
  lawCheckedOn: field(
    dateSchema.optional(),
    'Datum waarop de wettelijke feiten in dit item (wetten, artikelen, regels) voor het laatst zijn nagekeken in de officiële bronnen (JJJJ-MM-DD). Nodig bij elk gepubliceerd item met laws; op de pagina staat "Stand van de wet"',
    '2026-12-02',
  ),
  changes: field(
    z
      .array(
        z.strictObject({
          date: field(dateSchema, 'Datum van de wijziging (JJJJ-MM-DD), dezelfde als in updated', '2026-12-01'),
          note: field(
            visibleText(10, 300),
            'Wat er veranderde, in één of twee zinnen voor lezers (B1)',
            'Een bron toegevoegd en de vraag aan beleidsmakers scherper gemaakt.',
          ),
        }),
      )
      .default([]),
    'Wijzigingen voor lezers: zet bij elke inhoudelijke wijziging (een nieuwe datum in updated) een regel met die datum en wat er veranderde. Dit staat op de pagina onder "Wijzigingen"',
    [{ date: '2026-12-01', note: 'Een bron toegevoegd en de vraag aan beleidsmakers scherper gemaakt.' }],
  ),
  status: field(
    z.enum(statuses),
    'concept (niet gepubliceerd), gepubliceerd, of ingetrokken (blijft vindbaar met reden)',
    'gepubliceerd',
  ),
  withdrawal: field(
    z
      .strictObject({
        date: field(dateSchema, 'Datum van intrekken', '2026-11-28'),
        reason: field(
          z.string().trim().min(10),
          'Waarom het item is ingetrokken',
          'Samengevoegd met een ander dilemma.',
        ),
        replacedBy: field(
          z.string().regex(ID_PATTERN, { error: 'verwacht een ID zoals "D-007"' }).optional(),
          'ID van het item dat dit vervangt',
          'D-012',
        ),
      })
      .optional(),
    'Alleen bij status ingetrokken: datum, reden en eventueel de vervanger',
    { date: '2026-11-28', reason: 'Samengevoegd met een ander dilemma.', replacedBy: 'D-012' },
  ),
  review: field(
    z
      .array(
        z.strictObject({
          kind: field(z.enum(reviewKinds), 'Soort toetsing', 'redactie'),
          date: field(dateSchema, 'Datum van de toetsing', '2026-11-28'),
        }),
      )
      .default([]),
    'Toetsingen, met datum: redactie, leergroep (besproken in de leergroep), juridisch of ervaringsdeskundige. Zonder leergroep staat op de pagina dat het item nog niet in de leergroep is besproken',
    [{ kind: 'redactie', date: '2026-11-28' }],
  ),
  formerSlugs: field(
    z
      .array(
        z.string().regex(SLUG_PATTERN, {
          error: 'verwacht een oude bestandsnaam zonder .mdx, zoals "gegevens-delen"',
        }),
      )
      .default([]),
    'Vroegere bestandsnamen (zonder .mdx) van dit item; hun oude adressen blijven doorverwijzen naar het item',
    ['gegevens-delen-openbare-orde'],
  ),
  aliases: textList('Synoniemen en afkortingen waarop gezocht wordt', ['Wmo', 'sociaal wijkteam']),
  questions: textList('Gespreksvragen voor de leergroep', ['Wanneer deel jij gegevens zonder toestemming?']),
  sources: field(z.array(sourceSchema).default([]), 'Bronnen voor de beweringen in dit item', [
    { title: 'Participatiewet', publisher: 'Rijksoverheid', url: 'https://wetten.overheid.nl/BWBR0015703' },
  ]),
});

export type Source = z.infer<typeof sourceSchema>;
export type Level = (typeof levels)[number];
export type Status = (typeof statuses)[number];
