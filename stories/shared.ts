/**
 * Sample configs for stories, tests and the benchmark.
 * @module
 */
import type { ClidConfig } from '../src/store/index.js';

export const several: ClidConfig = {
  accountId: 'demo',
  agentId: 'agent-7',
  numbers: [
    { id: 'uk-sales', number: '+442079460000', name: 'UK Sales', tags: ['sales'] },
    { id: 'us-sales', number: '+14155550100', name: 'US Sales', tags: ['sales'] },
    { id: 'de-support', number: '+493012345678', name: 'Berlin Support', tags: ['support'] },
    { id: 'fr-support', number: '+33142680000', name: 'Paris Support', tags: ['support'] },
    { id: 'campaign', number: '+442079460999', name: 'Spring Campaign', tags: ['campaign'] },
  ],
  accountDefault: 'uk-sales',
};

/**
 * Numbers in every state of health (what the account's reputation source says): US West is
 * flagged as spam, US East at risk, Berlin blocked (never offered), UK Sales healthy.
 */
export const withHealth: ClidConfig = {
  accountId: 'demo-health',
  numbers: [
    { id: 'uk-sales', number: '+442079460000', name: 'UK Sales' },
    { id: 'us-west', number: '+14155550100', name: 'US West', health: 'flagged' },
    { id: 'us-east', number: '+12125550100', name: 'US East', health: 'at-risk' },
    { id: 'berlin', number: '+493012345678', name: 'Berlin Support', health: 'blocked' },
  ],
  accountDefault: 'uk-sales',
};

/**
 * Local presence and sticky numbers: numbers in two US states, the UK and Germany (Chicago is
 * flagged, so never chosen automatically). A destination gets the number of its area code, else of
 * its state, else of its country, else the account default (London); once a customer answered, the
 * number that reached them.
 */
export const localPresence: ClidConfig = {
  accountId: 'demo-local',
  agentId: 'agent-7',
  numbers: [
    { id: 'sf', number: '+14155550100', name: 'San Francisco' },
    { id: 'ny', number: '+12125550100', name: 'New York' },
    { id: 'chicago', number: '+13125550100', name: 'Chicago', health: 'flagged' },
    { id: 'london', number: '+442079460000', name: 'London' },
    { id: 'manchester', number: '+441614960000', name: 'Manchester' },
    { id: 'berlin', number: '+4930901820', name: 'Berlin' },
  ],
  accountDefault: 'london',
  rules: { localPresence: true, sticky: true },
};

export const one: ClidConfig = { accountId: 'demo-one', numbers: [several.numbers[0]] };

/** VCC's shape, with no names (the naming feature is optional). */
export const unnamed: ClidConfig = {
  accountId: 'demo-unnamed',
  numbers: [
    { callbackNumberId: 'a', callbackNumberClid: '+442079460000' },
    { callbackNumberId: 'b', callbackNumberClid: '+14155550100' },
    { callbackNumberId: 'c', callbackNumberClid: '+493012345678' },
  ],
};

/** This agent may use two of the five numbers. */
export const restricted: ClidConfig = {
  ...several,
  accountId: 'demo-restricted',
  permitted: ['us-sales', 'de-support'],
};

export const locked: ClidConfig = { ...several, accountId: 'demo-locked', locked: true };

export const empty: ClidConfig = { accountId: 'demo-empty', numbers: [] };

const regions = ['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Belfast', 'Oxford'];
const teams = ['Sales', 'Support', 'Billing', 'Renewals', 'Campaign'];

/** `count` numbers with names like "Leeds Billing 0042" and tags by team. */
export function many(count: number, accountId = `demo-many-${count}`): ClidConfig {
  return {
    accountId,
    numbers: Array.from({ length: count }, (_, i) => {
      const team = teams[i % teams.length];
      return {
        id: `n${i}`,
        number: `+4420${String(70000000 + i * 7).padStart(8, '0')}`,
        name: `${regions[(i >> 3) % regions.length]} ${team} ${String(i).padStart(4, '0')}`,
        tags: [team.toLowerCase()],
      };
    }),
  };
}

/**
 * UK, US, San Francisco and Finance numbers with field and prefix rules of every kind; `de`
 * (Berlin) is an account number this agent may not present.
 */
export const withRules: ClidConfig = {
  accountId: 'acme',
  agentId: 'a7',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+12125550100', name: 'US Sales' },
    { id: 'sf', number: '+14155550199', name: 'SF Local' },
    { id: 'fin', number: '+442079460001', name: 'Finance Line' },
    { id: 'de', number: '+4930901820', name: 'Berlin' },
  ],
  accountDefault: 'uk',
  permitted: ['uk', 'us', 'sf', 'fin'],
  rules: {
    fields: [{ field: 'Department', value: 'Finance', number: 'fin' }],
    prefixes: [
      { prefix: '+44', number: 'uk' },
      { prefix: '+1', number: 'us' },
      { prefix: '+1415', number: 'sf' },
    ],
  },
};

/** The bridge's account: no ids of account or agent, one prefix rule, `de` not permitted. */
export const bridgeAccount: ClidConfig = {
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+12125550100', name: 'US Sales' },
    { id: 'de', number: '+4930901820', name: 'Berlin' },
  ],
  permitted: ['uk', 'us'],
  rules: { prefixes: [{ prefix: '+1', number: 'us' }] },
};
