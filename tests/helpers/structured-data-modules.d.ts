// Types for two packages that ship none, as far as the tests use them.

declare module '@adobe/structured-data-validator' {
  /** Validates data from WebAutoExtractor against schema.org (given its vocabulary) and Google's rules. */
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(extracted: unknown): Promise<unknown[]>;
  }
}

declare module '@marbec/web-auto-extractor' {
  /** Reads JSON-LD, microdata, RDFa and meta tags from HTML. */
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] });
    parse(html: string): { jsonld: Record<string, unknown[]>; errors?: unknown[] } & Record<string, unknown>;
  }
}
