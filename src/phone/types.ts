/**
 * The phone kit's interface: what the dialer (or your own code) reads typed numbers with. Its
 * implementation is `typed-number.ts`; `loadPhoneKit()` in `phone-kit.ts` loads it.
 * @module
 */

/**
 * Why typed text is not a callable number: too few or too many digits, not a number at all,
 * national format with no region to read it in, or otherwise not a valid number.
 */
export type PhoneProblem = 'too-short' | 'too-long' | 'not-a-number' | 'needs-country' | 'invalid';

/** Parsing and as-you-type formatting of phone numbers, with a default region. */
export interface PhoneKit {
  /**
   * The number in E.164 (always starts with `+`), or why not (a {@link PhoneProblem}). A leading
   * international `00` is read as `+`; `region` (ISO 3166, e.g. `GB`) reads national formats.
   */
  parse(text: string, region?: string): string;
  /** The text formatted as far as it has been typed (`020 7946 0`), for the input field. */
  format(text: string, region?: string): string;
  /**
   * Makes sure the kit can read `text` (typed in `region`): loads the metadata of its calling code
   * (from its `+` or `00` prefix, or the region's for national input) when it is not loaded yet.
   * Returns `undefined` when {@link parse} and {@link format} can read the text now, else a
   * promise that settles once they can (until then they answer as for an unknown country).
   * Optional: a kit that holds the metadata of every country needs none.
   */
  load?(text: string, region?: string): Promise<void> | undefined;
}

/** Options of `loadPhoneKit`. */
export interface PhoneKitOptions {
  /**
   * `'all'` (the default): the kit resolves with the metadata of every country (one more file
   * of about 19 KiB gzip). `'on-demand'`: with none; {@link PhoneKit.load} loads each calling
   * code's (0.1 to 1.4 KiB gzip) when a number needs it. The dialer asks for `'on-demand'`.
   */
  metadata?: 'all' | 'on-demand';
}

/** A typed number read by a {@link PhoneKit}: its E.164 form, or why it is not a callable number. */
export type ParsedNumber =
  { readonly valid: true; readonly e164: string } | { readonly valid: false; readonly problem: PhoneProblem };
