// The account's callback numbers and rules, shared by the React and Vue examples. A real app
// fetches this (VCC's callback-number API) and creates the store once.
import type { ClidConfig } from 'clid-picker';

export const config: ClidConfig = {
  accountId: 'acme',
  agentId: 'agent-7',
  numbers: [
    { id: 'uk', number: '+442079460000', name: 'UK Sales' },
    { id: 'us', number: '+14155550100', name: 'US Sales' },
    { id: 'finance', number: '+442079460999', name: 'Finance' },
  ],
  rules: {
    fields: [{ field: 'Department', value: 'Finance', number: 'finance' }],
    prefixes: [{ prefix: '+1', number: 'us' }],
  },
};

/** The CRM records the agent opens; each opening mounts a new softphone panel. */
export const records: Record<string, { name: string; phone: string; Department: string }> = {
  '1': { name: 'Ada Lovelace', phone: '+14155550199', Department: 'Sales' },
  '2': { name: 'Charles Babbage', phone: '+442071234567', Department: 'Finance' },
};
