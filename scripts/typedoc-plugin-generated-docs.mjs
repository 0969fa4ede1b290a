// typedoc plugin (listed in typedoc.json): regenerates docs/generated/*.md from the built
// packages before typedoc expands its projectDocuments globs, so the legal tables in the site
// are always the rows the code uses, and a clean clone needs no extra step. If the packages are
// not built, it reports a warning, which fails the run (treatWarningsAsErrors).
export async function load(app) {
  try {
    const { generateDocs } = await import('./generate-docs.mjs');
    const titles = generateDocs();
    app.logger.info(`generated ${titles.length} legal-table pages in docs/generated`);
  } catch (error) {
    app.logger.warn(
      `could not generate docs/generated (build the packages first: npx turbo run build): ${error.message}`,
    );
  }
}
