/**
 * Where the dialer's call goes: the destination's place and its local time ("San Francisco, CA ·
 * 7:42 AM", or a range over several time zones), kept current each minute while shown, and whether
 * a call now would fall outside the `calling-hours`. A lazily loaded chunk of its own, which the
 * dialer's logic fetches once a destination is valid; it brings the place lookup
 * (`src/geo/places.ts`), which fetches each calling code's data when a number needs it.
 * @module
 */
import type { CallDetail } from '../../store/index.js';
import { placeOf, placeOfSync, type PlaceInfo } from '../../geo/places.js';
import { fill } from '../../strings.js';
import type { DialerStrings } from './clid-dialer.strings.js';
import { clock } from './clock.js';

export { placeOf };

/** Calling hours in minutes after local midnight: `[from, to)`; `from > to` crosses midnight. */
export type CallingHours = readonly [from: number, to: number];

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** Values already warned about, so a re-render does not repeat the warning. */
const warned = new Set<string>();

/**
 * Reads a `calling-hours` value: `"08:00-21:00"` (24-hour `HH:MM-HH:MM`; `24:00` ends a day; a
 * range may cross midnight, `"22:00-06:00"`). Anything else is ignored (`null`), with one console
 * warning per value that names it.
 *
 * @example
 * callingHours('08:00-21:00'); // [480, 1260]
 */
export function callingHours(value: string | undefined | null): CallingHours | null {
  if (!value) return null;
  const m = HOURS.exec(value.replace(/\s/g, ''));
  const from = m ? +m[1] * 60 + +m[2] : 0;
  const to = m ? +m[3] * 60 + +m[4] : 0;
  if (m && from !== to && to <= 24 * 60) return [from, to];
  if (!warned.has(value)) {
    warned.add(value);
    console.warn(
      `clid-dialer: calling-hours ${JSON.stringify(value)} is ignored: expected "HH:MM-HH:MM" (24-hour, the destination's local time), e.g. "08:00-21:00"`,
    );
  }
  return null;
}

/**
 * Calling hours as the warning writes them: `08:00–21:00`.
 *
 * @example
 * hoursText([480, 1260]); // '08:00–21:00'
 */
export function hoursText([from, to]: CallingHours): string {
  const hhmm = (minutes: number): string =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${hhmm(from)}–${hhmm(to)}`;
}

/** The wall-clock time in `zone` at `now`, as a date whose UTC fields read that time (for formatting and comparing). */
function wallClock(now: number, zone: string): Date | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(now);
  } catch {
    return null; // a zone this engine does not know
  }
  const field = (type: string): number => +(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute')));
}

/**
 * The widest spread of local times worth showing as a range: the zones of one area (Idaho's two,
 * Mexico's mobiles) differ by a few hours; a toll-free or nationwide range (+1 800: Guam to Samoa)
 * says nothing of the callee's clock, so it shows no time and gives no warning.
 */
const WIDEST_MS = 6 * 3600_000;

/**
 * The earliest and latest wall-clock times of the zones at `now`; `null` when no zone is known or
 * they spread wider than {@link WIDEST_MS}.
 */
function span(zones: readonly string[], now: number): [Date, Date] | null {
  const times = zones.map((zone) => wallClock(now, zone)).filter((t): t is Date => t !== null);
  if (!times.length) return null;
  times.sort((a, b) => a.getTime() - b.getTime());
  const [first, last] = [times[0], times[times.length - 1]];
  return last.getTime() - first.getTime() > WIDEST_MS ? null : [first, last];
}

/**
 * The local time of `zones` at `now` in language `lang`: "7:42 AM", or a range when the zones'
 * clocks differ ("7:42 – 8:42 AM"); `''` when no zone is known or they spread over more than six hours.
 *
 * @example
 * localTime(['America/Los_Angeles'], Date.UTC(2026, 11, 3, 15, 42), 'en'); // '7:42 AM'
 */
export function localTime(zones: readonly string[], now: number, lang: string): string {
  const times = span(zones, now);
  if (!times) return '';
  const format = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const [first, last] = times;
  return first.getTime() === last.getTime() ? format.format(first) : format.formatRange(first, last);
}

/**
 * A call in `zones` at `now` falls outside `hours` in at least one of them (never when the zones
 * spread too wide to say: see {@link localTime}).
 */
export function outsideHours(zones: readonly string[], now: number, [from, to]: CallingHours): boolean {
  const times = span(zones, now);
  if (!times) return false;
  return times.some((t) => {
    const minute = t.getUTCHours() * 60 + t.getUTCMinutes();
    const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
    return !inside;
  });
}

/** How a place reads in language `lang`: the data's name (English), or the country's name in that language. */
export function placeName(place: PlaceInfo, lang: string): string {
  if (place.area !== undefined || place.region !== undefined) return place.name;
  try {
    return new Intl.DisplayNames(lang, { type: 'region' }).of(place.country) ?? place.name;
  } catch {
    return place.name;
  }
}

/**
 * One dialer's "where the call goes": the place of the destination it is shown (loaded lazily),
 * and a timer that renders the dialer again at each new minute while a place is shown. `stop()`
 * (the dialer removed, or no valid destination) cancels the timer; nothing else is left behind.
 *
 * @example
 * const where = new Where(() => dialer.requestUpdate());
 * where.show('+14155550123'); // later: where.place → { name: 'San Francisco, CA', … }
 */
export class Where {
  /** The shown destination's place: `undefined` while loading or with no destination, `null` when unknown. */
  place?: PlaceInfo | null;
  #destination?: string;
  #timer?: unknown;
  readonly #changed: () => void;

  /** `changed` renders the dialer again (a place arrived, or a new minute began). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Shows where `e164` is (`undefined`: nothing to show, the timer stops). */
  show(e164: string | undefined): void {
    if (e164 === this.#destination) return;
    this.#destination = e164;
    this.#stopTimer();
    this.place = e164 ? placeOfSync(e164) : undefined;
    if (!e164) return;
    if (this.place === undefined) {
      placeOf(e164).then(
        (place) => {
          this.#arrived(e164, place);
        },
        () => {
          this.#arrived(e164, null);
        },
      );
    } else this.#tick();
  }

  /**
   * What the dialer shows of it: "San Francisco, CA · 7:42 AM" (`''`: no place), and the warning
   * when a call now falls outside `written` calling hours (`''`: inside, unknown or none).
   */
  view(strings: DialerStrings, lang: string, written?: string): { where: string; outsideHours: string } {
    const place = this.place;
    if (!place) return { where: '', outsideHours: '' };
    const now = clock.now();
    const time = localTime(place.timeZones, now, lang);
    const name = placeName(place, lang);
    const hours = callingHours(written);
    const outside = hours !== null && outsideHours(place.timeZones, now, hours);
    return {
      where: time ? fill(strings.where, name, time) : name,
      outsideHours: outside ? fill(strings.outsideHours, hoursText(hours)) : '',
    };
  }

  /** The dialer was removed: no timer, no pending render. */
  stop(): void {
    this.#destination = undefined;
    this.place = undefined;
    this.#stopTimer();
  }

  #arrived(e164: string, place: PlaceInfo | null): void {
    if (e164 !== this.#destination) return;
    this.place = place;
    this.#tick();
    this.#changed();
  }

  /** Renders again at the start of the next minute, while a place with time zones is shown. */
  #tick(): void {
    this.#stopTimer();
    if (!this.place?.timeZones.length) return;
    const wait = 60_000 - (clock.now() % 60_000);
    this.#timer = clock.setTimeout(() => {
      this.#timer = undefined;
      this.#tick();
      this.#changed();
    }, wait);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * A call's detail with where it goes, when the store has not said (it does only for accounts with
 * local presence, which load the place data) and the place is known: `place` (in English) and
 * `timeZones`. The store's own `call` event then lacks them; the dialer's `clid-call` has them.
 */
export function withPlace(call: CallDetail): CallDetail {
  if (call.place !== undefined) return call;
  const place = placeOfSync(call.destination);
  return place ? Object.freeze({ ...call, place: place.name, timeZones: place.timeZones }) : call;
}
