/**
 * The import rules of newsfacts (`npm run depcheck`, run by .ci/run). Extractors talk to each other
 * only through declared results (src/extractors/results.ts and the `needs` of each extractor), input
 * sources hand bytes on without knowing articles, and extraction never reaches into the summary.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'extractor-imports-another-kind',
      severity: 'error',
      comment:
        'An extractor folder (src/extractors/<kind>/) imports another kind\'s folder. Read what another kind found ' +
        'through ctx.results and `needs`; put word knowledge in src/language/ and shared queries beside the framework.',
      from: { path: '^src/extractors/(?<kind>[^/]+)/' },
      to: { path: '^src/extractors/[^/]+/', pathNot: '^src/extractors/$1/' },
    },
    {
      name: 'sources-import-article',
      severity: 'error',
      comment: 'Input sources (src/sources/) read bytes and hand them on; turning them into an article is src/article/\'s work.',
      from: { path: '^src/sources/' },
      to: { path: '^src/article/' },
    },
    {
      name: 'extraction-imports-summary',
      severity: 'error',
      comment: 'Extraction (extractors, document, language, pipeline) makes one record from one article and knows nothing of summaries.',
      from: { path: '^src/(?:extractors/|document/|language/|pipeline\\.ts$)' },
      to: { path: '^src/summary/' },
    },
    {
      name: 'not-resolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve would slip past every rule above.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports couple folders as much as value imports do
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
