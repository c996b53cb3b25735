// Types of what TypeScript code imports from phone-metadata.mjs (.storybook/main.ts).

/** Writes src/phone/metadata/*.js afresh; returns the modules' sources by file name. */
export function writePhoneMetadata(): Map<string, string>;
