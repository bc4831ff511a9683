import type { Kind } from './kinds.ts';

/**
 * Every relation between entries: stored once on the entry that states it (`from`.`field`)
 * and shown on both sides, with a Dutch label for each direction.
 */
export const relations = [
  { from: 'dilemma', field: 'restsOn', to: 'assumption', label: 'Berust op', inverseLabel: 'Ligt ten grondslag aan' },
  {
    from: 'practice',
    field: 'respondsTo',
    to: 'dilemma',
    label: 'Reageert op',
    inverseLabel: 'Praktijken die hierop reageren',
  },
  { from: 'practice', field: 'challenges', to: 'assumption', label: 'Bevraagt', inverseLabel: 'Bevraagd door' },
  { from: 'proposal', field: 'addresses', to: 'dilemma', label: 'Pakt aan', inverseLabel: 'Aangepakt door' },
  { from: 'proposal', field: 'revises', to: 'assumption', label: 'Herziet', inverseLabel: 'Herzien door' },
  { from: 'proposal', field: 'buildsOn', to: 'practice', label: 'Bouwt voort op', inverseLabel: 'Basis voor' },
] as const satisfies readonly { from: Kind; field: string; to: Kind; label: string; inverseLabel: string }[];

export type Relation = (typeof relations)[number];
