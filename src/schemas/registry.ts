/** The schema of content/registry.json: every ID and URL ever published. */
import { z } from 'zod';
import { ID_PATTERN } from './shared.ts';

/**
 * content/registry.json: every entry ID ever published, with every URL it has been published at.
 * Written by `npm run registry`; entries are never removed, so the check can prove they still resolve.
 */
export const registrySchema = z.record(
  z.string().regex(ID_PATTERN, { error: 'verwacht een ID zoals "D-007"' }),
  z
    .array(
      z.string().regex(/^\/[a-z]+\/[a-z0-9-]+\/$/, { error: 'verwacht een adres zoals "/dilemmas/gegevens-delen/"' }),
    )
    .min(1),
);

export type Registry = z.infer<typeof registrySchema>;
