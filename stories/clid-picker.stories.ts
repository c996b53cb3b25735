/**
 * `<clid-picker>` for designers: every state the agent can meet. Each story renders on its own
 * (no play functions); stores use memory storage so stories never share a remembered default.
 */
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { createClidStore, type ClidConfig } from '../src/store/index.js';
import { empty, locked, many, one, restricted, several, unnamed, withHealth } from './shared.js';

interface Args {
  label: string;
  disabled: boolean;
  locked: boolean;
  required: boolean;
  groupBy: '' | 'tag';
  density: '' | 'compact';
  theme: '' | 'light' | 'dark';
}

const memory = { storage: 'memory' as const };

/** A picker over a fresh store made from `config`, opened-up sizes so the popup has room. */
const picker = (
  config: ClidConfig,
  args: Partial<Args>,
  extra?: (store: ReturnType<typeof createClidStore>) => void,
): TemplateResult => {
  const store = createClidStore(config, memory);
  extra?.(store);
  return html`<div style="min-block-size: 26rem">
    <clid-picker
      .store=${store}
      label=${args.label ?? 'Present as'}
      ?disabled=${args.disabled}
      ?locked=${args.locked}
      ?required=${args.required}
      group-by=${args.groupBy || ''}
      density=${args.density || ''}
      theme=${args.theme || ''}
    ></clid-picker>
  </div>`;
};

export default {
  title: 'Elements/clid-picker',
  component: 'clid-picker',
  args: {
    label: 'Present as',
    disabled: false,
    locked: false,
    required: false,
    groupBy: '',
    density: '',
    theme: '',
  } satisfies Args,
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['', 'tag'] },
    density: { control: 'inline-radio', options: ['', 'compact'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args: Args) => picker(several, args),
};

export const Several = {};

export const Empty = { render: (args: Args) => picker(empty, args) };

export const OneNumber = { name: 'One number', render: (args: Args) => picker(one, args) };

export const Many = {
  name: 'Many (10,000)',
  render: (args: Args) => picker(many(10_000), args),
};

export const GroupedByTag = {
  name: 'Grouped by tag',
  args: { groupBy: 'tag' },
  render: (args: Args) => picker(many(60), args, (s) => s.select('n3', { scope: 'default' })),
};

export const NamesMissing = { name: 'Names missing', render: (args: Args) => picker(unnamed, args) };

export const RestrictedAgent = { name: 'Restricted agent', render: (args: Args) => picker(restricted, args) };

export const DefaultSet = {
  name: 'Default set',
  render: (args: Args) => picker(several, args, (s) => s.select('us-sales', { scope: 'default' })),
};

/**
 * Number health: US West is flagged as spam, US East at risk (the softer note), both said in
 * visible text and in the accessible name; Berlin is blocked, so it is not in the list at all.
 * The flagged number is chosen here, so the closed picker says it too.
 */
export const NumberHealth = {
  name: 'Number health (flagged, at risk, blocked)',
  render: (args: Args) => picker(withHealth, args, (s) => s.select('us-west', { scope: 'call' })),
};

export const Locked = { render: (args: Args) => picker(locked, args) };

export const Disabled = { args: { disabled: true } };

export const ErrorState = {
  name: 'Error (invalid config)',
  render: (args: Args) =>
    html`<clid-picker label=${args.label} .config=${{ numbers: [{ id: 'x', number: '+0 12' }] }}></clid-picker>`,
};

export const Dark = {
  args: { theme: 'dark' },
  render: (args: Args) =>
    html`<div style="background:#121212;padding:1rem;color-scheme:dark">${picker(several, args)}</div>`,
};

export const Compact = { args: { density: 'compact' } };

export const RightToLeft = {
  name: 'Right to left',
  render: (args: Args) =>
    html`<div dir="rtl" lang="ar">${picker(several, { ...args, label: 'رقم معاودة الاتصال' })}</div>`,
};

export const English = {
  render: (args: Args) => html`<div lang="en">${picker(several, { ...args, label: '' })}</div>`,
};

export const German = {
  name: 'German (de)',
  render: (args: Args) =>
    html`<div lang="de">
      ${picker(several, { ...args, label: '' }, (s) => s.select('uk-sales', { scope: 'default' }))}
    </div>`,
};
