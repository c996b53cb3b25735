/**
 * `<clid-dialer>`: one story per way the presented number is chosen (domain rules 4 to 9).
 * Each story makes its own store (memory storage) on first render, so stories never share a
 * remembered default.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { ClidDialer } from '../src/components/clid-dialer/clid-dialer.js';
import { loadPhoneKit } from '../src/phone/phone-kit.js';
import { createClidStore, type ClidConfig, type ClidSelector, type ClidStoreOptions } from '../src/store/index.js';
import { localPresence, withHealth, withRules } from './shared.js';

/** UK, US and San Francisco numbers with field and prefix rules; Berlin (`de`) is not permitted. */
const dialerConfig: ClidConfig = withRules;

interface Args {
  destination: string;
  region?: string;
  label?: string;
  disabled: boolean;
  locked: boolean;
  theme?: 'light' | 'dark';
}

/** A fresh store for one render: memory storage, plus the story's options. */
const storeFor = (options: ClidStoreOptions = {}, config: ClidConfig = dialerConfig) =>
  createClidStore(config, { storage: 'memory', ...options });

const dialer = (args: Args, store = storeFor(), extra: Partial<ClidDialer> = {}) =>
  html`<clid-dialer
    .store=${store}
    .destination=${args.destination}
    calling-hours=${extra.callingHours ?? ''}
    .record=${extra.record}
    kind=${extra.kind ?? 'outbound'}
    region=${args.region ?? ''}
    label=${args.label ?? 'Present as'}
    ?disabled=${args.disabled}
    ?locked=${args.locked}
    .phoneKit=${extra.phoneKit ?? loadPhoneKit}
  ></clid-dialer>`;

/** A selector hook that answers `answer` after a short, visible wait. */
const slowly =
  (answer: ReturnType<ClidSelector>, ms = 600): ClidSelector =>
  () =>
    new Promise((resolve) => setTimeout(() => resolve(answer), ms));

const meta: Meta<Args> = {
  title: 'Elements/clid-dialer',
  component: 'clid-dialer',
  args: { destination: '+33 1 42 68 53 00', region: 'GB', disabled: false, locked: false },
  argTypes: {
    region: { control: 'text', description: 'ISO 3166 country for national-format numbers' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => dialer(args),
};
export default meta;

type Story = StoryObj<Args>;

/** A destination no rule covers: the agent's default is presented. */
export const ManualWithDefault: Story = {
  render: (args) => {
    const store = storeFor();
    store.select('fin', { scope: 'default' });
    return dialer(args, store);
  },
};

/**
 * The agent chose US Sales for this call: it wins over the +44 prefix rule for a manual call, and
 * the picker marks it "Your choice for this call".
 */
export const ManualOverride: Story = {
  args: { destination: '020 7946 0123' },
  render: (args) => {
    const store = storeFor();
    store.select('us');
    return dialer(args, store);
  },
};

/** The open CRM record says Department = Finance: the field rule picks Finance Line. */
export const FieldRule: Story = {
  args: { destination: '020 7946 0123' },
  render: (args) => dialer(args, storeFor(), { record: { Department: 'Finance', Name: 'Ada Lovelace' } }),
};

/**
 * +1 and +1415 both match a San Francisco number: the longest prefix wins (SF Local). The picker
 * shows SF Local, marked "Automatic, chosen by prefix +1415", as the status line says.
 */
export const PrefixRuleLongestWins: Story = {
  args: { destination: '+1 415 555 0123' },
};

/** A custom selector hook answers US Sales after a short wait ("Checking number…" meanwhile). */
export const SelectorReturnsNumber: Story = {
  render: (args) => dialer(args, storeFor({ selector: slowly('us') })),
};

/** The selector hook answers null: the chain goes on to the account default. */
export const SelectorReturnsNull: Story = {
  render: (args) => dialer(args, storeFor({ selector: slowly(null) })),
};

/** The selector hook answers a number the account does not have: rejected, shown, not presented. */
export const SelectorUnknownNumber: Story = {
  render: (args) => dialer(args, storeFor({ selector: slowly('+442079469999') })),
};

/** The selector hook answers Berlin, which this agent may not present: rejected. */
export const SelectorNotPermitted: Story = {
  render: (args) => dialer(args, storeFor({ selector: slowly('de') })),
};

/** The selector hook throws: it is passed over and the account default applies. */
export const SelectorThrows: Story = {
  render: (args) =>
    dialer(
      args,
      storeFor({
        selector: () => {
          throw new Error('CRM lookup failed');
        },
      }),
    ),
};

/** The selector hook never answers: after its 1 s timeout the account default applies. */
export const SelectorTimesOut: Story = {
  render: (args) => dialer(args, storeFor({ selector: () => new Promise(() => {}), selectorTimeoutMs: 1000 })),
};

/** The agent may present no number at all: the panel says so and no call can be placed. */
export const NoPermittedNumbers: Story = {
  render: (args) => dialer(args, storeFor({}, { ...dialerConfig, accountId: 'demo-none', permitted: [] })),
};

/** Consults and transfers use the same choice as outbound calls (rule 8). */
export const ConsultAndTransfer: Story = {
  args: { destination: '+1 415 555 0123' },
  render: (args) =>
    html`<div style="display:flex;gap:1rem;flex-wrap:wrap">
      ${dialer({ ...args, label: 'Consult as' }, storeFor(), { kind: 'consult' })}
      ${dialer({ ...args, label: 'Transfer as' }, storeFor(), { kind: 'transfer' })}
    </div>`,
};

/** A national number with no region to read it in: the field says what is missing. */
export const InvalidDestination: Story = {
  args: { destination: '020 7946 0000', region: '' },
};

/** The phone metadata has not arrived yet: the field keeps what was typed, the Call button waits. */
export const MetadataStillLoading: Story = {
  args: { destination: '020 7946 0000' },
  render: (args) => dialer(args, storeFor(), { phoneKit: () => new Promise(() => {}) }),
};

/** Dark, right-to-left and German: the number stays left-to-right. */
export const DarkRtlGerman: Story = {
  args: { destination: '+49 30 901820', theme: 'dark', label: undefined },
  render: (args) =>
    html`<div lang="de" dir="rtl" style="background:#111;padding:1rem;color-scheme:dark">
      <clid-dialer .store=${storeFor()} .destination=${args.destination} theme="dark"></clid-dialer>
    </div>`,
};

/**
 * A dialer that places `dial(destination, options)` as soon as it has rendered, as a
 * click-to-dial link would; `lang` sets the agent's language.
 */
const dialed = (destination: string, options: Parameters<ClidDialer['dial']>[1], lang = 'en') => {
  const el = document.createElement('clid-dialer');
  // The picker's own label, in the agent's language (a label set here would stay English).
  Object.assign(el, { store: storeFor(), region: 'GB' });
  // A refusal is what these stories show: the dialer renders it, so the rejection is dropped here.
  el.updateComplete.then(() => el.dial(destination, options)).catch(() => {});
  return html`<div lang=${lang}>${el}</div>`;
};

/**
 * A click-to-dial request for Berlin, which this agent may not present: refused with the
 * destination and the number named. The destination stays in the field and the picker has the
 * focus, so one choice and Enter on Call place the call.
 */
export const RefusedDestinationKept: Story = {
  render: () => dialed('+44 20 7946 0123', { requested: 'de', record: { Department: 'Sales' } }),
};

/** The same refusal on a German page: every text in German. */
export const RefusedGerman: Story = {
  render: () => dialed('+44 20 7946 0123', { requested: 'de' }, 'de'),
};

/** The same refusal on a French page. */
export const RefusedFrench: Story = {
  render: () => dialed('+44 20 7946 0123', { requested: 'de' }, 'fr'),
};

/** A request that names a number the account does not have, by an id: the message never shows the id. */
export const RefusedUnknownId: Story = {
  render: () => dialed('+1 415 555 0123', { requested: '3f2c9a7e-5b1d-4c8e-9a0f-7d6e5c4b3a21' }),
};

/** Local presence: a San Francisco destination gets the San Francisco number (same area code, 415). */
export const LocalPresenceArea: Story = {
  name: 'Local presence: same area code',
  args: { destination: '+1 415 555 0123', region: 'US' },
  render: (args) => dialer(args, storeFor({}, localPresence)),
};

/** Local presence: Oakland (510) has no number of its own: the one in the same state, "local to California". */
export const LocalPresenceRegion: Story = {
  name: 'Local presence: same state',
  args: { destination: '+1 510 555 0142', region: 'US' },
  render: (args) => dialer(args, storeFor({}, localPresence)),
};

/**
 * Local presence: Miami has no number in Florida: one in the same country. Chicago's own number is
 * flagged as spam, so a Chicago destination gets the same answer.
 */
export const LocalPresenceCountry: Story = {
  name: 'Local presence: same country',
  args: { destination: '+1 305 555 0134', region: 'US' },
  render: (args) => dialer(args, storeFor({}, localPresence)),
};

/**
 * Sticky: this customer answered a call from New York, so the next call to them presents New York
 * again ("Automatic, this customer answered it on …"), over local presence.
 */
export const StickyNumber: Story = {
  name: 'Sticky number',
  args: { destination: '', region: 'US' },
  render: (args) => {
    const store = storeFor({}, localPresence);
    const el = document.createElement('clid-dialer');
    Object.assign(el, { store, region: args.region, label: 'Present as' });
    // An earlier call, answered: then the agent dials the same customer.
    store
      .placeCall({ destination: '+13055550134', requested: 'ny' })
      .then((call) => {
        store.reportOutcome(call.callId, 'answered');
        el.destination = '+1 305 555 0134';
      })
      .catch(() => {});
    return el;
  },
};

/** A flagged number requested for the call: the picker and the status line say "Flagged as spam". */
export const FlaggedNumberRequested: Story = {
  name: 'Flagged number',
  args: { destination: '+1 415 555 0123', region: 'US' },
  render: (args) => {
    const store = storeFor({}, withHealth);
    store.select('us-west');
    return dialer(args, store);
  },
};

/** Candidate destinations round the world: at any moment it is night in at least one of them. */
const ROUND_THE_WORLD = [
  ['+1 415 555 0123', 'America/Los_Angeles'],
  ['+44 20 7946 0123', 'Europe/London'],
  ['+81 3 1234 5678', 'Asia/Tokyo'],
  ['+61 2 9876 5432', 'Australia/Sydney'],
  ['+1 808 555 0123', 'Pacific/Honolulu'],
];

/**
 * A call outside calling hours (`calling-hours="08:00-21:00"`): the destination is one where it is
 * night now, so the dialer warns, and the Call button still calls.
 */
export const OutsideCallingHours: Story = {
  name: 'Outside calling hours',
  render: (args) => {
    const hour = (zone: string) =>
      +new Intl.DateTimeFormat('en', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(Date.now());
    // The places go round the clock, so one of them is always outside the hours.
    const outside = ROUND_THE_WORLD.find(([, zone]) => hour(zone) < 8 || hour(zone) >= 21);
    if (!outside) throw new Error('every place of ROUND_THE_WORLD is within 08:00-21:00');
    const [destination] = outside;
    return dialer({ ...args, destination }, storeFor(), { callingHours: '08:00-21:00' });
  },
};
