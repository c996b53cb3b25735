/** The package's version, from package.json (written by scripts/write-version.mjs; checked by the build). */
export const VERSION = '0.1.0';
