/**
 * `<clid-provider>`: one store shared by the elements inside it.
 */
import { html } from 'lit';
import '../src/define.js';
import { createClidStore } from '../src/store/index.js';
import { several } from './shared.js';

export default {
  title: 'Elements/clid-provider',
  component: 'clid-provider',
  render: () =>
    html`<clid-provider .store=${createClidStore(several, { storage: 'memory' })}>
      <div style="display:flex;gap:1rem;flex-wrap:wrap;min-block-size:24rem">
        <clid-picker label="Softphone"></clid-picker>
        <clid-picker label="CRM side panel"></clid-picker>
      </div>
    </clid-provider>`,
};

/** Two pickers, one store: choosing in one shows in the other. */
export const SharedStore = { name: 'Shared store' };

/** The config as a JSON script child. */
export const JsonScript = {
  name: 'Config in a JSON script',
  render: () =>
    html`<clid-provider .storeOptions=${{ storage: 'memory' }}>
      <script type="application/json">
        {
          "numbers": [
            { "id": "uk", "number": "+442079460000", "name": "UK Sales" },
            { "id": "us", "number": "+14155550100", "name": "US Sales" }
          ]
        }
      </script>
      <clid-picker label="Present as"></clid-picker>
    </clid-provider>`,
};

/** An invalid config: the provider shows the message. */
export const InvalidConfig = {
  name: 'Invalid config',
  render: () =>
    html`<clid-provider config='{"numbers": "none"}'><clid-picker label="Present as"></clid-picker></clid-provider>`,
};
