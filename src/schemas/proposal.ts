/** The schema of a policy proposal (beleidsvoorstel). */
import { z } from 'zod';
import { baseSchema, field, idList } from './shared.ts';

export const proposalStatuses = ['idee', 'uitgewerkt', 'ingediend', 'aangenomen', 'afgewezen'] as const;

/** A policy proposal (beleidsvoorstel) addressed to government. */
export const proposalSchema = baseSchema.extend({
  addressedTo: field(z.array(z.string().trim().min(2)).min(1), 'Aan wie het voorstel gericht is', [
    'gemeenteraad',
    'ministerie van SZW',
  ]),
  addresses: idList("Dilemma's die dit voorstel aanpakt", ['D-001']),
  revises: idList('Aannames of waarden die dit voorstel herziet', ['A-001']),
  buildsOn: idList('Praktijken waarop dit voorstel voortbouwt', ['P-001']),
  benefits: field(
    z.string().trim().min(10),
    'Wie er het meest baat bij heeft; het manifest vraagt dat wie het meest onder druk staat het meest profiteert',
    'Inwoners met een bijstandsuitkering die nu een korting riskeren',
  ),
  proposalStatus: field(z.enum(proposalStatuses), 'Stand van het voorstel', 'idee'),
});

export type Proposal = z.infer<typeof proposalSchema>;
