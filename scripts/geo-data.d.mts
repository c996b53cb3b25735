// Types of what TypeScript code imports from geo-data.mjs (.storybook/main.ts).

/** Writes src/geo/data/*.js afresh unless up to date; returns the modules' sources by file name. */
export function writeGeoData(): Map<string, string>;
