// Types of region-codes.js, which scripts/phone-metadata.mjs generates from libphonenumber-js's
// metadata at every build and test run (git-ignored; so is every other .js file here).

/** ISO 3166 region (`GB`) → its country calling code (`44`). */
export declare const regionCodes: Readonly<Record<string, string>>;
