/** Zod without its compiled fast path: the page's CSP allows no 'unsafe-eval'. Imported first, before any schema parses. */
import { z } from 'zod';

z.config({ jitless: true });
