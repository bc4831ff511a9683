/** The schema of an assumption or value (aanname of waarde). */
import { z } from 'zod';
import { baseSchema, field, sourceSchema, textList } from './shared.ts';

export const assumptionTypes = ['aanname', 'waarde'] as const;

const evidenceItem = z.strictObject({
  claim: field(z.string().trim().min(10), 'Wat de bron laat zien', 'Sancties leiden niet vanzelf tot werk.'),
  sources: field(z.array(sourceSchema).min(1), 'Bronnen voor deze bewering, minstens één', [
    { title: 'Titel van het rapport', publisher: 'Uitgever', year: 2020 },
  ]),
});

/** An assumption or value behind policy; the claim itself is the title. */
export const assumptionSchema = baseSchema.extend({
  type: field(
    z.enum(assumptionTypes),
    'aanname (een bewering over hoe het is) of waarde (wat goed zou zijn)',
    'aanname',
  ),
  appearsIn: textList('Waar dit zichtbaar is in beleid of wet', [
    'Participatiewet, artikel 18 (verlagen van de uitkering)',
  ]),
  evidence: field(
    z
      .strictObject({
        for: field(z.array(evidenceItem).default([]), 'Wat de aanname ondersteunt', []),
        against: field(z.array(evidenceItem).default([]), 'Wat de aanname tegenspreekt', []),
      })
      .default({ for: [], against: [] }),
    'Onderbouwing voor en tegen, elk met bronnen',
    { for: [], against: [] },
  ),
  effects: textList('De schade die deze aanname of waarde kan doen', ['Mensen durven geen hulp meer te vragen']),
  alternative: field(
    z.string().trim().min(10),
    'Een zorgzame herformulering',
    'Mensen willen meedoen; ondersteuning werkt beter dan straf.',
  ),
});

export type Assumption = z.infer<typeof assumptionSchema>;
