/** The schemas of the vocabularies: themes (content/themes.yaml) and laws (content/laws.yaml). */
import { z } from 'zod';
import { field, SLUG_PATTERN, visibleText, webAddress } from './shared.ts';

const key = (example: string) =>
  field(
    z
      .string()
      .regex(SLUG_PATTERN, { error: 'verwacht een sleutel in kleine letters met streepjes, zoals "gegevensdeling"' }),
    'Vaste sleutel, gebruikt in entries en URL’s',
    example,
  );

/** A theme, stored under its key in content/themes.yaml: a Dutch title and a one-paragraph description. */
export const themeSchema = z.strictObject({
  title: field(visibleText(3, 160), 'Naam van het thema', 'Gegevensdeling en privacy'),
  description: field(visibleText(20, 2000), 'Beschrijving in één alinea', 'Over het delen van gegevens van inwoners.'),
});

/** A law that entries cite, stored under its key in content/laws.yaml. */
export const lawSchema = z.strictObject({
  title: field(visibleText(2, 160), 'Naam van de wet', 'Participatiewet'),
  abbreviation: field(z.string().trim().min(2).optional(), 'Gangbare afkorting', 'Pw'),
  url: field(webAddress(/^https$/).optional(), 'Officiële tekst', 'https://wetten.overheid.nl/BWBR0015703'),
});

/** content/themes.yaml: theme key → theme. */
export const themesFileSchema = z.record(key('gegevensdeling'), themeSchema);
/** content/laws.yaml: law key → law. */
export const lawsFileSchema = z.record(key('participatiewet'), lawSchema);

export type Theme = z.infer<typeof themeSchema>;
export type Law = z.infer<typeof lawSchema>;
