// Types of calling-codes.js, which scripts/phone-metadata.mjs generates from libphonenumber-js's
// metadata at every build and test run (git-ignored; so is every other .js file here).

/** The metadata format version of libphonenumber-js (`version` of its metadata JSON). */
export declare const version: number;
/** Every country calling code the metadata knows (geographic and non-geographic), in numeric order. */
export declare const callingCodes: readonly string[];
