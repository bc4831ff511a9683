import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUB_CLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const SCHEMA = 'http://schema.org/';
const DOMAIN_INCLUDES = 'http://schema.org/domainIncludes';
const RANGE_INCLUDES = 'http://schema.org/rangeIncludes';
const CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';

/** One term of the vocabulary in the shape of schema.org's own JSON-LD release, as the validator reads it. */
interface Term {
  '@id': string;
  '@type'?: 'rdfs:Class' | 'rdf:Property';
  'rdfs:subClassOf'?: { '@id': string }[];
  'schema:domainIncludes'?: { '@id': string }[];
  'schema:rangeIncludes'?: { '@id': string }[];
}

/** Reads the vocabulary's classes and properties from the N-Quads file. */
function readVocabulary(): { '@graph': Term[] } {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const terms = new Map<string, Term>();
  const term = (id: string) => terms.get(id) ?? terms.set(id, { '@id': id }).get(id)!;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [, subject, predicate, object] = /^<([^>]+)> <([^>]+)> <([^>]+)>/.exec(line) ?? [];
    if (!subject || !predicate || !object || !subject.startsWith('http://schema.org/')) continue;
    if (predicate === RDF_TYPE && object === CLASS) term(subject)['@type'] = 'rdfs:Class';
    else if (predicate === RDF_TYPE && object === PROPERTY) term(subject)['@type'] ??= 'rdf:Property';
    else if (predicate === SUB_CLASS_OF) (term(subject)['rdfs:subClassOf'] ??= []).push({ '@id': object });
    else if (predicate === DOMAIN_INCLUDES) (term(subject)['schema:domainIncludes'] ??= []).push({ '@id': object });
    else if (predicate === RANGE_INCLUDES) (term(subject)['schema:rangeIncludes'] ??= []).push({ '@id': object });
  }
  return { '@graph': [...terms.values()] };
}

let vocabulary: { '@graph': Term[] } | undefined;

/**
 * The schema.org vocabulary, read from the N-Quads file of @vocabulary/schema (the current schema.org release,
 * packaged), in the shape of schema.org's JSON-LD file (`schemaorg-all-https.jsonld`) that the validator expects:
 * classes with their parents, properties with the classes they belong to and the values they take. No network.
 */
export function schemaOrgVocabulary(): { '@graph': Term[] } {
  return (vocabulary ??= readVocabulary());
}

/** What the validator reports: a message, its severity and where. */
export interface StructuredDataIssue {
  issueMessage: string;
  severity: 'ERROR' | 'WARNING';
  rootType?: string;
  fieldNames?: string[];
  path?: unknown;
}

let validator: Validator | undefined;

/** Validates the structured data (JSON-LD, microdata, RDFa) of an HTML page against schema.org and Google's rules. */
export async function validateStructuredData(html: string): Promise<StructuredDataIssue[]> {
  validator ??= new Validator(schemaOrgVocabulary());
  const extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(html);
  return (await validator.validate(extracted)) as StructuredDataIssue[];
}

const short = (id: string) => id.replace(SCHEMA, '');

/** Each class with its parents and each property with its range, by their short names ("CreativeWork"). */
function hierarchy() {
  const parents = new Map<string, string[]>();
  const ranges = new Map<string, string[]>();
  for (const term of schemaOrgVocabulary()['@graph']) {
    const name = short(term['@id']);
    if (term['rdfs:subClassOf'])
      parents.set(
        name,
        term['rdfs:subClassOf'].map((parent) => short(parent['@id'])),
      );
    if (term['schema:rangeIncludes']) {
      ranges.set(name, term['schema:rangeIncludes'].map((range) => short(range['@id'])).sort());
    }
  }
  return { parents, ranges };
}

/** Whether a class is the given class or descends from it. */
function isA(type: string, ancestor: string, parents: ReadonlyMap<string, string[]>): boolean {
  const seen = new Set<string>();
  const queue = [type];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(parents.get(next) ?? []));
  }
  return false;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** Whether a string is an ISO 8601 date (Date) or date and time (DateTime) that exists in the calendar. */
function isIsoDate(value: string, pattern: RegExp): boolean {
  const [, year, month, day] = pattern.exec(value) ?? [];
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

const isAbsoluteUrl = (value: string) => URL.canParse(value) && /^https?:\/\//.test(value);

/**
 * What the validator leaves out (its schema.org check knows types and properties, not their values): each value
 * against the range schema.org gives its property. A typed object must be of a class in the range (or descend
 * from one); text where only dates are expected must be an ISO 8601 date that exists; text where a URL and no
 * text is expected must be an absolute URL.
 */
export function rangeIssues(data: unknown): string[] {
  const { parents, ranges } = hierarchy();
  const issues: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    const type = typeof node['@type'] === 'string' ? node['@type'] : undefined;
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      const range = ranges.get(property);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && typeof item === 'object') {
          const itemType = (item as Record<string, unknown>)['@type'];
          if (
            type &&
            range &&
            typeof itemType === 'string' &&
            !range.some((allowed) => isA(itemType, allowed, parents))
          ) {
            issues.push(`${type}.${property}: een ${itemType} past niet in ${range.join(', ')}`);
          }
          visit(item as Record<string, unknown>);
        } else if (type && range && typeof item === 'string') {
          const issue = textIssue(item, range, parents);
          if (issue) issues.push(`${type}.${property}: ${issue}`);
        }
      }
    }
  };
  if (data !== null && typeof data === 'object') visit(data as Record<string, unknown>);
  return issues;
}

/** Why a text value does not fit a range, if it does not. */
function textIssue(
  value: string,
  range: readonly string[],
  parents: ReadonlyMap<string, string[]>,
): string | undefined {
  const takesText = range.some((allowed) => isA(allowed, 'Text', parents) && allowed !== 'URL');
  if (takesText) return undefined;
  const dates = range.filter((allowed) => allowed === 'Date' || allowed === 'DateTime');
  if (dates.length > 0) {
    const fits =
      (dates.includes('Date') && isIsoDate(value, DATE)) || (dates.includes('DateTime') && isIsoDate(value, DATE_TIME));
    return fits ? undefined : `${JSON.stringify(value)} is geen ${dates.join(' of ')} (ISO 8601)`;
  }
  if (range.includes('URL') && !isAbsoluteUrl(value)) return `${JSON.stringify(value)} is geen absolute URL`;
  return undefined;
}
