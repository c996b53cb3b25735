// The CRM page: click-to-dial links (data-clid-dial) call through the <clid-dialer>; every
// event the elements dispatch is logged, as a softphone integration would receive it.
import { eventLog } from './log.js';

const add = eventLog(document.getElementById('log'), document.getElementById('clear'));
for (const type of ['clid-call', 'clid-change', 'clid-default-change', 'clid-rejected', 'clid-error']) {
  document.addEventListener(type, (e) => add(type, e.detail));
}

// The agent's language: every text of the softphone follows the nearest lang.
const phone = document.getElementById('dialer');
document.getElementById('lang').addEventListener('change', (e) => (phone.lang = e.target.value));
