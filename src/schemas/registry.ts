/** The schema of content/registry.json: every ID and URL ever published. */
import { z } from 'zod';
import { ID_PATTERN } from './shared.ts';

/**
 * content/registry.json: every entry ID ever published, with every URL it has been published at:
 * its pages (`/dilemmas/gegevens-delen/`) and the pages of its versions (`/D-007/versies/2026-11-28/`).
 * Written by `npm run registry`; entries are never removed, so the check can prove they still resolve.
 */
export const registrySchema = z.record(
  z.string().regex(ID_PATTERN, { error: 'verwacht een ID zoals "D-007"' }),
  z
    .array(
      z.string().regex(/^\/(?:[a-z]+\/[a-z0-9-]+|[PDAB]-\d{3,}\/versies\/\d{4}-\d{2}-\d{2})\/$/, {
        error: 'verwacht een adres zoals "/dilemmas/gegevens-delen/" of "/D-007/versies/2026-11-28/"',
      }),
    )
    .min(1),
);

export type Registry = z.infer<typeof registrySchema>;
