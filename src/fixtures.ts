// `npm run build:fixtures` builds the site once more with the edge-case posts of
// tests/fixtures/posts (a draft, awkward titles, a real image) into dist-fixtures/,
// so tests can prove how they are handled without adding them to the real blog.
export const isFixtureBuild = Boolean(process.env.SHIPIT_FIXTURES);
export const outDir = isFixtureBuild ? './dist-fixtures' : './dist';
