// The local-presence page: click-to-dial links call through the <clid-dialer>, whose account
// presents the number nearest each destination (rules.localPresence) or the one that last reached
// the customer (rules.sticky). There is no phone line here: "Mark last call answered" tells the
// store how the last call ended, as a softphone does from its SIP events (dialer.reportOutcome).
import { eventLog } from './log.js';

const add = eventLog(document.getElementById('log'), document.getElementById('clear'));
for (const type of ['clid-call', 'clid-change', 'clid-default-change', 'clid-rejected', 'clid-error']) {
  document.addEventListener(type, (e) => add(type, e.detail));
}

const phone = document.getElementById('dialer');
document.getElementById('lang').addEventListener('change', (e) => (phone.lang = e.target.value));

const answered = document.getElementById('answered');
let lastCall = null;
phone.addEventListener('clid-call', (e) => {
  lastCall = e.detail;
  answered.disabled = false;
});
answered.addEventListener('click', () => {
  if (!lastCall) return;
  phone.reportOutcome(lastCall.callId, 'answered');
  add('outcome', { callId: lastCall.callId, destination: lastCall.destination, outcome: 'answered' });
  answered.disabled = true;
});
