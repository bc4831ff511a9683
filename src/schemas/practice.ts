/** The schema of a practice (praktijk). */
import { z } from 'zod';
import { anonymisationSchema, baseSchema, field, idList, textList } from './shared.ts';

export const harmResponses = ['voorkomen', 'verlichten', 'herstellen'] as const;

/** A practice (praktijk): how social workers prevent, alleviate or repair harm. */
export const practiceSchema = baseSchema.extend({
  harm: field(
    z.array(z.enum(harmResponses)).min(1),
    'Wat de praktijk doet met schade: voorkomen, verlichten en/of herstellen',
    ['voorkomen', 'herstellen'],
  ),
  setting: field(
    z.string().trim().min(10),
    'Wie dit doet en waar, zonder namen van personen',
    'Een wijkteam in een middelgrote gemeente',
  ),
  conditions: textList('Wat de praktijk mogelijk maakte', ['Ruimte van het management', 'Een vast contract']),
  risks: textList('Risico’s, bijvoorbeeld werken tussen de regels', ['Afwijken van het werkproces']),
  respondsTo: idList("Dilemma's waarop deze praktijk reageert", ['D-001']),
  challenges: idList('Aannames of waarden die deze praktijk bevraagt', ['A-002']),
  anonymisation: anonymisationSchema,
});

export type Practice = z.infer<typeof practiceSchema>;
