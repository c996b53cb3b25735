// The CRM page around a softphone frame. The frame is loaded from this server's other host name
// (127.0.0.1 <-> localhost), so it is a real cross-origin frame; the page talks to it only
// through the clid-bridge client, with the frame's exact origin.
import { loadClidBridge } from '../dist/clid-picker.min.js';
import { eventLog } from './log.js';

const frame = document.getElementById('softphone');
const status = document.getElementById('bridge-status');
const select = document.getElementById('present-as');
const add = eventLog(document.getElementById('log'), document.getElementById('clear'));

const url = new URL('softphone.html', location.href);
const other = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname];
if (other) url.hostname = other;
frame.src = url.href;

const { createClidBridgeClient } = await loadClidBridge();
// Given the <iframe> itself, the client greets the softphone after each load (a reload reconnects).
const phone = createClidBridgeClient({ target: frame, origin: url.origin, debug: true });
for (const type of ['ready', 'call', 'change', 'rejected', 'error'])
  phone.addEventListener(type, (e) => add(type, e.detail));

/** The CRM's own "next call" menu, kept in step with the softphone's state. */
function show(state) {
  const none = new Option('Automatic (rules and defaults)', '');
  select.replaceChildren(none, ...state.numbers.map((n) => new Option(`${n.name ?? n.number} · ${n.number}`, n.id)));
  select.value = state.callChoice?.id ?? '';
  select.disabled = state.locked;
}
phone.addEventListener('ready', (e) => show(e.detail));
phone.addEventListener('change', () => phone.getState().then(show));
phone.ready.then((state) => {
  status.textContent = 'Connected';
  status.dataset.state = 'ready';
  show(state);
});
select.addEventListener(
  'change',
  () =>
    select.value &&
    phone.select(select.value).catch((e) => add('reply', { ok: false, reason: e.reason, message: e.message })),
);

document.addEventListener('click', (e) => {
  const button = e.target.closest?.('[data-dial]');
  if (!button) return;
  const d = button.dataset;
  phone
    .dial(d.dial, { record: JSON.parse(d.record), ...(d.requested && { requested: d.requested }) })
    .catch((err) => add('reply', { ok: false, reason: err.reason, message: err.message }));
});
