/** The schema of a dilemma. */
import { z } from 'zod';
import { anonymisationSchema, baseSchema, field, idList, textList } from './shared.ts';

/** A dilemma: a tension that social workers meet and that policy makers should answer. */
export const dilemmaSchema = baseSchema.extend({
  tension: field(z.array(z.string().trim().min(2)).min(2), 'De waarden die met elkaar botsen, minstens twee', [
    'rechtmatigheid',
    'zorg',
  ]),
  actors: textList('Wie erbij betrokken zijn (rollen, geen namen)', ['wijkteam', 'gemeente', 'inwoner']),
  restsOn: idList('Aannames of waarden waarop dit dilemma berust', ['A-001']),
  question: field(
    z.string().trim().min(10),
    'De vraag die dit dilemma aan beleidsmakers stelt',
    'Mag het wijkteam weigeren gegevens te delen als dat het vertrouwen van inwoners schaadt?',
  ),
  anonymisation: anonymisationSchema,
  questions: field(
    z.array(z.string().trim().min(1)).min(1),
    'Gespreksvragen voor de leergroep, minstens één: een dilemma is er om samen over te praten',
    ['Wanneer deel jij gegevens zonder toestemming?'],
  ),
});

export type Dilemma = z.infer<typeof dilemmaSchema>;
