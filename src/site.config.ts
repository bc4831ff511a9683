/** Settings of this site that an organisation running it may change. */
export const siteConfig = {
  /** The address the site is published at, e.g. "https://kennisbank.example.org"; makes permanent links absolute. */
  siteUrl: undefined as string | undefined,
  /** Where the source code and the content live; shown in the footer when set. */
  repositoryUrl: undefined as string | undefined,
  /** The licence of the content. */
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  /** The article on care that the manifesto cites (Joan Tronto, 2017). */
  careArticle: {
    title: 'There is an alternative: homines curans and the limits of neoliberalism',
    author: 'Joan C. Tronto',
    year: 2017,
    journal: 'International Journal of Care and Caring, 1(1), 27–43',
    url: 'https://bristoluniversitypressdigital.com/view/journals/ijcc/1/1/article-p27.xml',
  },
} as const;
