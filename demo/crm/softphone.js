// The softphone frame: bridges the provider's store and the dialer to the CRM page around it.
// Only the CRM's exact origins are allowed. In production, list them in your configuration; the
// demo allows this server under both of its names (localhost and 127.0.0.1).
import { loadClidBridge } from '../dist/clid-picker.min.js';

const provider = document.getElementById('provider');
const dialer = document.getElementById('dialer');
const note = document.getElementById('bridge');
const here = new URL(location.href);
const origins = [here.origin];
const other = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[here.hostname];
if (other) origins.push(`${here.protocol}//${other}${here.port ? `:${here.port}` : ''}`);
// Narrowed to the page that embeds us when it is one of them, so nothing is posted to the other.
const embedder = document.referrer && new URL(document.referrer).origin;
if (origins.includes(embedder)) origins.splice(0, origins.length, embedder);

await customElements.whenDefined('clid-provider');
await provider.updateComplete;
if (parent !== window && provider.providedStore) {
  const { connectClidBridge } = await loadClidBridge();
  connectClidBridge({ target: parent, origins, store: provider.providedStore, dialer, debug: true });
  note.textContent = `clid-bridge open to ${origins.map((o) => new URL(o).host).join(', ')}`;
} else if (parent === window) {
  note.textContent = 'Open embedded.html to see this softphone inside a CRM page.';
}
