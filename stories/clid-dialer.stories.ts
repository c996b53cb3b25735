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
import { withRules } from './shared.js';

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
