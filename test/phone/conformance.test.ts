// The kit that loads libphonenumber-js's metadata per calling code gives exactly the answers of
// the kit with every country's metadata (`libphonenumber-js/min`, as the dialer used before): for
// the example number of every region that libphonenumber-js ships, typed in international form,
// with the 00 prefix, and in national form with the dialer's `region`.
import { expect } from '@open-wc/testing';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  AsYouType,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/min';
import { formatNumber, loadFormats } from '../../src/phone/format.js';
import { loadPhoneKit, type PhoneKit, type PhoneProblem } from '../../src/phone/phone-kit.js';

/** The full kit: the dialer's reading of typed numbers on `libphonenumber-js/min` (all metadata). */
const plus = (text: string): string => text.trim().replace(/^00[\s\-.]*(?=[1-9])/, '+');
const LENGTH: Partial<Record<string, PhoneProblem>> = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  NOT_A_NUMBER: 'not-a-number',
};
const fullKit: PhoneKit = {
  parse(text, region) {
    text = plus(text);
    const cc = region as CountryCode | undefined;
    if (/[^\d\s\-.()+]/.test(text) || !/\d/.test(text)) return 'not-a-number';
    try {
      const n = parsePhoneNumberFromString(text, cc);
      if (n?.isValid()) return n.number;
      const length = validatePhoneNumberLength(text, cc);
      if (length && LENGTH[length]) return LENGTH[length];
      return length === 'INVALID_COUNTRY' && !text.startsWith('+') ? 'needs-country' : 'invalid';
    } catch {
      return 'invalid';
    }
  },
  format(text, region) {
    const t = plus(text);
    if (/[^\d\s\-.()+]/.test(t) || (!region && !t.startsWith('+'))) return text;
    try {
      return new AsYouType(region as CountryCode | undefined).input(t);
    } catch {
      return text;
    }
  },
};

const regions = Object.keys(examples) as CountryCode[];

describe('phone kit loaded per calling code, against libphonenumber-js/min', () => {
  let kit: PhoneKit;
  before(async () => {
    kit = await loadPhoneKit({ metadata: 'on-demand' });
  });

  it('runs every region libphonenumber-js has an example number for', () => {
    expect(regions).to.have.length(245);
  });

  for (const region of regions) {
    it(`${region}: the same E.164, validity and formats, international and national`, async () => {
      const example = parsePhoneNumberFromString(examples[region], region)!;
      const e164 = example.number;
      const typed = {
        international: example.formatInternational(),
        'with 00': `00 ${example.formatInternational().slice(1)}`,
        e164,
      };
      for (const [form, text] of Object.entries(typed)) {
        await kit.load!(text);
        expect(kit.load!(text), `${form}: loaded once`).to.equal(undefined);
        expect(kit.parse(text), `${form} ${text}`).to.equal(fullKit.parse(text));
        expect(kit.format(text), `${form} ${text} as typed`).to.equal(fullKit.format(text));
      }
      const national = example.formatNational();
      await kit.load!(national, region);
      expect(kit.parse(national, region), `national ${national}`).to.equal(fullKit.parse(national, region));
      expect(kit.format(national, region), `national ${national} as typed`).to.equal(fullKit.format(national, region));
      expect(kit.parse(examples[region], region), `digits ${examples[region]}`).to.equal(
        fullKit.parse(examples[region], region),
      );
      expect(kit.parse(e164).startsWith('+'), 'valid').to.equal(example.isValid());

      await loadFormats([e164]);
      expect(formatNumber(e164), 'shown as').to.equal(parsePhoneNumberFromString(e164)?.formatInternational());
    });
  }
});

describe('phone kit loaded per calling code: non-geographic numbers (+800, +870, +979 …)', () => {
  const NON_GEOGRAPHIC = ['800', '808', '870', '878', '881', '882', '883', '888', '979'];
  /** Numbers the full kit finds valid under a code: two leading digits, then a fixed fill, 6 to 12 digits long. */
  const validUnder = (code: string): string[] => {
    const found: string[] = [];
    for (const fill of ['3456789012', '0345678901']) {
      for (let lead = 0; lead < 100 && found.length < 3; lead++) {
        for (let length = 6; length <= 12; length++) {
          const text = `+${code}${String(lead).padStart(2, '0')}${fill.slice(0, length - 2)}`;
          if (fullKit.parse(text).startsWith('+')) found.push(text);
        }
      }
    }
    return found;
  };

  for (const code of NON_GEOGRAPHIC) {
    it(`+${code}: the same E.164, validity and formats`, async () => {
      const kit = await loadPhoneKit({ metadata: 'on-demand' });
      const numbers = validUnder(code);
      expect(numbers, 'valid numbers to check').to.not.be.empty;
      for (const text of numbers) {
        await kit.load!(text);
        expect(kit.parse(text), text).to.equal(fullKit.parse(text));
        expect(kit.format(text), `${text} as typed`).to.equal(fullKit.format(text));
        await loadFormats([text]);
        expect(formatNumber(text), `${text} shown as`).to.equal(
          parsePhoneNumberFromString(text)?.formatInternational(),
        );
      }
    });
  }
});
