/** The relations between kinds: which field points from which kind to which, and how each reads both ways. */
import type { Kind } from './kinds.ts';

/**
 * Every relation between entries: stored once, as a list of IDs in `field` on the entry of
 * kind `from`, pointing to entries of kind `to`; shown on both sides (labels in the UI dictionary).
 */
export const relations = [
  { from: 'dilemma', field: 'restsOn', to: 'assumption' },
  { from: 'practice', field: 'respondsTo', to: 'dilemma' },
  { from: 'practice', field: 'challenges', to: 'assumption' },
  { from: 'proposal', field: 'addresses', to: 'dilemma' },
  { from: 'proposal', field: 'revises', to: 'assumption' },
  { from: 'proposal', field: 'buildsOn', to: 'practice' },
] as const satisfies readonly { from: Kind; field: string; to: Kind }[];

export type Relation = (typeof relations)[number];
export type RelationField = Relation['field'];
