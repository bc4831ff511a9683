/** Settings of this site that an organisation running it may change. */
export const siteConfig = {
  /** Where readers report a mistake in an entry; the entry's ID and version are added to the subject. */
  reportAddress: 'info@associatiewijkteams.nl',
  /**
   * Where contributions from /bijdragen/ are sent. CONFIGURE `editorsEmail`: the editors' shared
   * mailbox, an organisational address and never a person's (until then, the general address above).
   * `newIssueUrl`, when set, is the forge's new-issue address (e.g. https://codeberg.org/<org>/<repo>/issues/new);
   * the form prefills it with ?title=…&body=…, as GitHub, Gitea and Forgejo read it.
   */
  contribute: {
    editorsEmail: 'info@associatiewijkteams.nl',
    newIssueUrl: undefined as string | undefined,
  },
  /** Who publishes the knowledge base; named as author and publisher in citations. */
  publisher: 'Leergroep Do No Harm',
  /** Where the source code and the content live; shown in the footer when set. */
  repositoryUrl: undefined as string | undefined,
  /** The licence of the content. */
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  /**
   * Personal data that may be published on purpose, each with the reason why. Everything else
   * that looks like a BSN, IBAN, phone number, e-mail address, address or birth date fails the check.
   * Names to look for are not kept here: list them one per line in a file outside the repository
   * and point KENNISBANK_NAMES_FILE (or `npm run check -- --names <file>`) at it.
   */
  personalData: {
    allow: [
      {
        value: 'info@associatiewijkteams.nl',
        reason: 'Algemeen contactadres van de Associatie Wijkteams uit het manifest; geen persoonlijk adres.',
      },
    ],
  },
  /**
   * Editorial advice from `npm run check` (warnings, never errors). `lawCheckMaxAgeMonths`: an entry
   * with laws whose lawCheckedOn is older than this gets a warning to check the law again.
   * `readability`: the B1 rules for summaries (see CONTRIBUTING.md, "Leesbaarheid"): the most words a
   * sentence may have on average, and the most letters in one word (per part of a word with a hyphen).
   */
  contentCheck: {
    lawCheckMaxAgeMonths: 12,
    readability: { maxAverageSentenceWords: 15, maxWordLetters: 16 },
  },
  /**
   * The manifesto of the learning group, as entries cite it (content/**: sources). The document has
   * no title and no date: the title is a description in square brackets (APA), the year is left out
   * (cited as "z.d."). It names two contact persons and registration through the Associatie Wijkteams.
   */
  manifesto: {
    title: '[Manifest: oproep om samen te leren in een landelijke leergroep ‘do no harm’]',
    author: 'Pieter van den Born en Sophie Hospers',
    publisher: 'Associatie Wijkteams',
  },
  /** The article on care that the manifesto cites (Joan Tronto, 2017). */
  careArticle: {
    title: 'There is an alternative: homines curans and the limits of neoliberalism',
    author: 'Joan C. Tronto',
    year: 2017,
    journal: 'International Journal of Care and Caring, 1(1), 27–43',
    url: 'https://bristoluniversitypressdigital.com/view/journals/ijcc/1/1/article-p27.xml',
  },
} as const;
