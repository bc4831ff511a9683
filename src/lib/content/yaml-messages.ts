/** Plain-Dutch explanations of YAML mistakes editors make: which field, where, and how to write it instead. */

/** A place in a file as an editor's editor shows it (1-based), and the field on that line if there is one. */
export interface TextPlace {
  line: number;
  column: number;
  field?: string | undefined;
}

/** How to write any text safely: the form `npm run new` uses, where quotes, colons and # need no care. */
export const BLOCK_FORM_HINT =
  'Veiligst is de tekst op een eigen regel onder het veld, ingesprongen met twee spaties, na ">-": dan mogen aanhalingstekens, dubbele punten en # er gewoon in';

const FIELD_LINE = /^(\s*)(?:-\s+)?([A-Za-z][\w]*)\s*:(?:\s+|$)(.*)$/;
const SPECIAL_START: Record<string, string> = {
  '[': 'een [ (dat begint een lijst)',
  '{': 'een { (dat begint een blok)',
  '@': 'een @',
  '`': 'een `',
  '*': 'een * (dat is in YAML een verwijzing)',
  '&': 'een & (dat is in YAML een verwijzing)',
  '!': 'een ! (dat is in YAML een label)',
  '%': 'een %',
  '|': 'een |',
  '>': 'een >',
};

/**
 * The first line, up to `last`, whose value opens a quote or a `[` list that the line does not
 * close: YAML reads on into the next lines, and reports the mistake only where it gets stuck.
 */
export function unclosedOpening(lines: readonly string[], last: number): number | undefined {
  for (let index = 0; index <= Math.min(last, lines.length - 1); index += 1) {
    const value = (FIELD_LINE.exec(lines[index] ?? '')?.[3] ?? '').trim();
    if (value.startsWith('"') && !/^"(?:[^"\\]|\\.)*"/.test(value)) return index;
    if (value.startsWith("'") && !/^'(?:[^']|'')*'/.test(value)) return index;
    if (value.startsWith('[') && !value.includes(']')) return index;
  }
  return undefined;
}

/** The field a line sets, looking upwards for the nearest `key:` line at or above it. */
export function fieldAt(lines: readonly string[], index: number): string | undefined {
  for (let at = Math.min(index, lines.length - 1); at >= 0; at -= 1) {
    const match = FIELD_LINE.exec(lines[at] ?? '');
    if (match && !(lines[at] ?? '').trimStart().startsWith('#')) return match[2];
  }
  return undefined;
}

/**
 * A plain-Dutch reason for a js-yaml error `reason` on line `index` (0-based) of `lines`, with the
 * fix. Looks at the line itself for the usual causes: an apostrophe inside single quotes, a quote
 * inside double quotes, a colon in an unquoted text, a special first character, stray indentation.
 */
export function explainYamlError(reason: string, lines: readonly string[], index: number): string {
  const line = lines[index] ?? '';
  const match = FIELD_LINE.exec(line);
  const key = match?.[2];
  const value = (match?.[3] ?? '').trim();
  if (reason.startsWith('duplicated mapping key')) {
    return `het veld ${key ? `"${key}" ` : ''}staat twee keer in het blok. Haal een van de twee weg`;
  }
  if (reason.startsWith('tab characters')) return 'deze regel springt in met een tab. Gebruik spaties (twee per niveau)';
  if (reason.startsWith('unknown tag')) return 'een onbekend YAML-label (iets als !!naam). Haal het weg';
  if (reason.startsWith('expected a single document')) return 'een regel "---" midden in het blok. Haal die weg';
  if (reason.startsWith('unknown escape sequence')) {
    return `een \\ in tekst tussen dubbele aanhalingstekens. Schrijf \\\\ of gebruik enkele aanhalingstekens. ${BLOCK_FORM_HINT}`;
  }
  if (reason === 'unclosed' && value.startsWith('[')) {
    return `de lijst begint met [ maar wordt op deze regel niet gesloten met ]. Zet ] aan het eind, bijvoorbeeld ${key}: [wonen, zorg]`;
  }
  if (reason === 'unclosed' || reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) {
    return `de tekst begint met een aanhalingsteken (${value[0] ?? '"'}) dat op deze regel niet wordt gesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin. ${BLOCK_FORM_HINT}`;
  }
  if (reason.startsWith('missed comma between flow collection') || reason.includes('flow collection')) {
    return 'een lijst tussen [ en ] wordt niet gesloten, of mist een komma tussen twee items. Schrijf bijvoorbeeld [wonen, zorg]';
  }
  if (value.startsWith("'") && value.slice(1).includes("'") && !/^'(?:[^']|'')*'$/.test(value)) {
    const inner = value.slice(1, value.lastIndexOf("'"));
    return `de tekst staat tussen enkele aanhalingstekens en bevat zelf een apostrof ('). Schrijf die apostrof dubbel: ${key}: '${inner.replaceAll("'", "''")}'. Of gebruik dubbele aanhalingstekens: ${key}: "${inner}". ${BLOCK_FORM_HINT}`;
  }
  if (value.startsWith('"') && value.slice(1).includes('"') && !/^"(?:[^"\\]|\\.)*"$/.test(value)) {
    const inner = value.slice(1, value.lastIndexOf('"'));
    return `de tekst staat tussen dubbele aanhalingstekens en bevat zelf een " . Gebruik enkele aanhalingstekens: ${key}: '${inner.replaceAll("'", "''")}', of schrijf \\" voor elk aanhalingsteken binnenin. ${BLOCK_FORM_HINT}`;
  }
  if (reason.startsWith('unidentified alias') || reason === 'alias') {
    return 'een YAML-verwijzing (&naam of *naam) is niet toegestaan. Schrijf de waarde voluit; begint je tekst met * of &, zet hem dan tussen dubbele aanhalingstekens';
  }
  const indent = (text: string) => /^\s*/.exec(text)?.[0].length ?? 0;
  const above = lines.slice(0, index).findLast((text) => text.trim() !== '' && !text.trimStart().startsWith('#'));
  const aboveMatch = above === undefined ? undefined : FIELD_LINE.exec(above);
  // A line indented under a field that already has its value on its own line.
  if (above !== undefined && indent(line) > indent(above) && aboveMatch?.[3]?.trim() && !/^[>|]/.test(aboveMatch[3].trim())) {
    return `deze regel springt verder in dan de regel erboven (veld "${aboveMatch[2]}") toelaat. Laat hem op dezelfde hoogte beginnen als de andere velden, of, als het een item van een lijst is, met "- " ervoor`;
  }
  if (key && /^>-?\s*\S/.test(value)) {
    return `na ">-" komt de tekst niet op dezelfde regel, maar op de regel eronder, twee spaties ingesprongen:\n      ${key}: >-\n        ${value.replace(/^>-?\s*/, '')}`;
  }
  const special = SPECIAL_START[value[0] ?? ''];
  if (key && special && !/^\[.*\]$/.test(value) && !/^\{.*\}$/.test(value)) {
    return `de tekst begint met ${special}. Zet de hele tekst tussen dubbele aanhalingstekens: ${key}: "${value.replaceAll('"', '\\"')}". ${BLOCK_FORM_HINT}`;
  }
  if (key && /:\s/.test(value) && !/^["']/.test(value)) {
    return `de tekst bevat een dubbele punt met een spatie erna, en dat leest YAML als een nieuw veld. Zet de hele tekst tussen dubbele aanhalingstekens: ${key}: "${value.replaceAll('"', '\\"')}". ${BLOCK_FORM_HINT}`;
  }
  return `de inspringing, een dubbele punt of een aanhalingsteken klopt niet. Vergelijk de regel met een ander item van deze soort. ${BLOCK_FORM_HINT}`;
}
