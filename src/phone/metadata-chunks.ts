/**
 * libphonenumber-js metadata for the countries in use, not for the world. The build splits the
 * package's own metadata into one module per country calling code (`metadata/<code>.js`, from
 * `scripts/phone-metadata.mjs`; `clid-phone-<code>-<hash>.js` beside the script-tag bundle), and
 * this module loads the ones asked for and merges them into {@link metadata}, one object in
 * libphonenumber's format that its `core` functions take as their last argument. A calling code
 * comes whole (all its regions: `+1` brings the US, Canada and the Caribbean), so what is loaded
 * answers exactly as the full metadata does.
 *
 * @example
 * await loadCallingCodes(['44']);
 * parsePhoneNumberFromString('+442079460000', metadata)?.formatInternational(); // '+44 20 7946 0000'
 * @module
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import { lazy } from '../lazy.js';
import { callingCodes, version } from './metadata/calling-codes.js';

/** One calling code's part of the metadata, as `scripts/phone-metadata.mjs` writes it. */
interface CallingCodeChunk {
  regions: string[];
  countries: Record<string, unknown>;
  nonGeographic?: unknown;
}

/** The merged metadata, as this module writes it. */
interface MergedMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic: Record<string, unknown>;
}

const merged: MergedMetadata = { version, country_calling_codes: {}, countries: {}, nonGeographic: {} };

/** The merged metadata: every calling code loaded so far (it grows as their modules arrive). */
export const metadata = merged as unknown as MetadataJson;

const KNOWN = new Set(callingCodes);
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/**
 * The calling code an international number starts with (`+44 20…` → `44`), or `undefined` while
 * its digits do not say yet (or name no calling code). Calling codes are prefix-free, so at most
 * one of the first one, two or three digits is one.
 */
export const callingCodeOf = (international: string): string | undefined => {
  const digits = international.replace(/\D/g, '');
  for (let length = 1; length <= 3; length++) {
    if (KNOWN.has(digits.slice(0, length))) return digits.slice(0, length);
  }
  return undefined;
};

/** A region's metadata, once its calling code's is loaded (libphonenumber's array: `[code, international prefix, …]`). */
export const regionMetadata = (region: string): readonly unknown[] | undefined =>
  merged.countries[region] as unknown[] | undefined;

/** The calling codes whose metadata is in {@link metadata}, sorted (what the page has loaded). */
export const loadedCallingCodes = (): string[] => [...loaded].sort();

/** Whether the metadata of this calling code is in {@link metadata}. */
export const isLoaded = (code: string): boolean => loaded.has(code);

const merge = (code: string, chunk: CallingCodeChunk): void => {
  if (chunk.regions.length) merged.country_calling_codes[code] = chunk.regions;
  Object.assign(merged.countries, chunk.countries);
  if (chunk.nonGeographic) merged.nonGeographic[code] = chunk.nonGeographic;
  loaded.add(code);
};

/** Loads one calling code's module (once; again after a failure). */
const loadOne = (code: string): Promise<void> => {
  let load = loading.get(code);
  if (!load) {
    load = import(`./metadata/${code}.js`).then(
      (module: { default: CallingCodeChunk }) => merge(code, module.default),
      (error: unknown) => {
        loading.delete(code);
        throw error;
      },
    );
    loading.set(code, load);
  }
  return load;
};

/**
 * Loads the metadata of these calling codes (codes the metadata does not know are left out).
 * Resolves with whether anything new arrived; rejects when a module could not be loaded.
 */
export const loadCallingCodes = async (codes: Iterable<string | undefined>): Promise<boolean> => {
  const wanted = [...new Set(codes)].filter((code): code is string => !!code && KNOWN.has(code) && !loaded.has(code));
  await Promise.all(wanted.map(loadOne));
  return wanted.length > 0;
};

/**
 * Loads every country's metadata at once (libphonenumber-js's `metadata.min.json`, one module of
 * about 19 KiB gzip), for a kit asked to read any number from the start.
 */
export const loadAllCallingCodes: () => Promise<void> = lazy(() =>
  import('libphonenumber-js/metadata.min.json').then(({ default: all }) => {
    const full = all as unknown as MergedMetadata;
    Object.assign(merged.country_calling_codes, full.country_calling_codes);
    Object.assign(merged.countries, full.countries);
    Object.assign(merged.nonGeographic, full.nonGeographic);
    for (const code of callingCodes) loaded.add(code);
  }),
);
