/**
 * The lazy door to full phone-number handling. The heavy part (libphonenumber-js's `AsYouType`
 * and parsing, in `typed-number.ts`, on the formatting core of `international-format.ts`) is
 * fetched the first time {@link loadPhoneKit} is called, as chunks of their own next to the
 * script-tag bundle; nothing here costs the first paint.
 *
 * @example
 * const kit = await loadPhoneKit();
 * kit.parse('020 7946 0000', 'GB'); // '+442079460000'
 * kit.parse('020 7946 0000');       // 'needs-country'
 * kit.format('02079460', 'GB');     // '020 7946 0'
 * @module
 */
import { lazy } from '../lazy.js';
import { loadFormats } from './format.js';
import type { PhoneKit, PhoneKitOptions } from './types.js';

export type { PhoneKit, PhoneKitOptions, PhoneProblem } from './types.js';

const loadKit = lazy(() => import('./typed-number.js'));

/**
 * Loads the phone kit (its modules once; a failed load is retried at the next call). From then
 * on, numbers are also shown in their country's own grouping wherever their metadata is loaded.
 *
 * @example
 * loadPhoneKit().then((kit) => kit.parse('+44 20 7946 0000')); // '+442079460000'
 * // Only the metadata a number needs, when it needs it:
 * const kit = await loadPhoneKit({ metadata: 'on-demand' });
 * await kit.load?.('020 7946 0000', 'GB');
 * kit.parse('020 7946 0000', 'GB'); // '+442079460000'
 */
export const loadPhoneKit = (options: PhoneKitOptions = {}): Promise<PhoneKit> =>
  Promise.all([loadKit(), loadFormats(options.metadata === 'on-demand' ? [] : 'all')]).then(
    ([module]) => module.phoneKit,
  );
