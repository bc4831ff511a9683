/** Personal-data problems: what the detector finds in texts, file names and former names, and allowlist entries without a reason. */
import { findPersonalData, findPersonalDataInName, personalDataLabels, type PersonalDataKind } from '../personal-data/detect.ts';
import { problem, type Problem } from './problems.ts';

/** How to write around each class of personal data instead, for the message (Dutch, B1). */
export const personalDataRewrites: Record<PersonalDataKind, string> = {
  bsn: 'Haal het nummer weg: een BSN hoort nooit in een item',
  iban: 'Haal het rekeningnummer weg; schrijf bijvoorbeeld "zijn bankrekening"',
  telefoon: 'Haal het nummer weg; schrijf bijvoorbeeld "de inwoner belde het wijkteam"',
  'e-mail': 'Haal het adres weg; schrijf bijvoorbeeld "ze mailde haar klantmanager"',
  postcode: 'Haal het adres weg; schrijf bijvoorbeeld "een wijk in een middelgrote gemeente"',
  geboortedatum: 'Schrijf een leeftijd of levensfase, bijvoorbeeld "een jongere van rond de twintig"',
  naam: 'Gebruik een rol in plaats van een naam, bijvoorbeeld "de inwoner" of "een collega"',
};

/** Names to look for and public data that may stay, each with its reason. */
export interface PrivacyOptions {
  /** Names of people (clients, workers) that must never appear; kept outside the repository. */
  names?: readonly string[];
  /** Deliberately public data, such as an organisation's general contact address, each with its reason. */
  allow?: readonly { value: string; reason: string }[];
}

/** The privacy checks, set up once for a whole tree. */
export function privacyChecks(options: PrivacyOptions = {}) {
  const allow = options.allow ?? [];
  const detector = { names: options.names ?? [], allow: allow.map((item) => item.value) };
  const found = (file: string, field: (line: number) => string) => (finding: { line: number; masked: string; kind: string }) =>
    problem(
      'personal-data',
      { file, field: field(finding.line), value: finding.masked },
      {
        label: personalDataLabels[finding.kind as PersonalDataKind],
        rewrite: personalDataRewrites[finding.kind as PersonalDataKind],
      },
    );
  return {
    /** Allowlist entries without a real reason. */
    allowlist: (): Problem[] =>
      allow.flatMap((item, index) =>
        item.reason.trim().length < 10
          ? [
              problem(
                'allowlist-without-reason',
                { file: 'src/site.config.ts', field: `personalData.allow[${index}]`, value: item.value },
                {},
              ),
            ]
          : [],
      ),
    /** Personal data in a file's text, by line. */
    text: (file: string, text: string): Problem[] =>
      findPersonalData(text, detector).map(found(file, (line) => `regel ${line}`)),
    /** Personal data in a name that becomes a URL (a file name, a former name). */
    name: (file: string, field: string, name: string): Problem[] =>
      findPersonalDataInName(name, detector).map(found(file, () => field)),
  };
}
