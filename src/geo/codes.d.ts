// Types of codes.js, which scripts/geo-data.mjs generates at every build and test run (git-ignored).

/** The country calling codes that have a place module in ./data/ (every code libphonenumber knows), in numeric order. */
export declare const callingCodes: readonly string[];
