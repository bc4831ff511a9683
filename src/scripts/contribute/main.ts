/** Starts the contribution form: zod without its compiled fast path first, then the form and its schemas. */

// zod decides whether to compile a fast parser (with `new Function`) when a schema is made, and
// making the schemas is part of loading them. The page's CSP allows no 'unsafe-eval', and even
// zod's caught probe for eval is reported as a CSP violation, so zod's global setting `jitless`
// (what `z.config({ jitless: true })` sets) goes in before the form's modules are loaded.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

void import('./form.ts').then(({ startContributeForm }) => startContributeForm());

export {};
