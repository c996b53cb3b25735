// The reference softphone: each `clid-call` of the dialer becomes a JsSIP call whose From and
// P-Asserted-Identity present the chosen callback number (sipIdentity from clid-picker/telephony,
// exported by the drop-in). The page shows the call's progress in a live region and can hang up.
// How each call ended goes back to the store (`dialer.reportOutcome`): with `rules.sticky`, a number
// that reached a customer is the one the next call to them presents.
//
// `?server=wss://…&domain=…` in the address fills the fields and connects at once.
import { sipIdentity } from '/dist/clid-picker.min.js';
import JsSIP from '/vendor/jssip.js';

const form = document.getElementById('connection');
const serverField = document.getElementById('server');
const domainField = document.getElementById('domain');
const connectButton = document.getElementById('connect');
const connectionState = document.getElementById('connection-state');
const dialer = document.getElementById('dialer');
const callState = document.getElementById('call-state');
const hangupButton = document.getElementById('hangup');
const calls = document.getElementById('calls');

const SERVER_KEY = 'clid-softphone-example:server';
/** This softphone's own SIP user (the agent of the dialer's config). */
const AGENT = 'agent-0042';
/** Phases during which the call can be hung up. */
const LIVE = new Set(['trying', 'ringing', 'answered']);
const params = new URLSearchParams(location.search);
serverField.value = params.get('server') ?? localStorage.getItem(SERVER_KEY) ?? '';
if (params.has('domain')) domainField.value = params.get('domain');

/** The JsSIP user agent while connected or connecting, and the SIP domain it was started with. */
let ua = null;
let domain = '';
/** The call in progress (one at a time). */
let session = null;

function setConnection(text, connected) {
  connectionState.textContent = text;
  connectionState.dataset.connected = String(connected);
  connectButton.textContent = ua ? 'Disconnect' : 'Connect';
}

function connect() {
  const server = serverField.value.trim();
  domain = domainField.value.trim();
  let socket;
  try {
    socket = new JsSIP.WebSocketInterface(server);
  } catch (error) {
    setConnection(`Cannot use ${server || 'an empty address'}: ${error.message}`, false);
    return;
  }
  localStorage.setItem(SERVER_KEY, server);
  ua = new JsSIP.UA({
    sockets: [socket],
    uri: `sip:${AGENT}@${domain}`,
    register: false, // this page only places calls
    session_timers: false,
    user_agent: 'clid-picker reference softphone (JsSIP)',
  });
  ua.on('connecting', () => setConnection(`Connecting to ${server}…`, false));
  ua.on('connected', () => setConnection(`Connected to ${server}.`, true));
  ua.on('disconnected', () => setConnection(`Not connected: ${server} does not answer; retrying…`, false));
  setConnection(`Connecting to ${server}…`, false);
  ua.start();
}

function disconnect() {
  const old = ua;
  ua = null;
  old?.stop();
  setConnection('Not connected.', false);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (ua) disconnect();
  else connect();
});
if (params.has('server')) connect();

/** "UK Sales (+442079460000)". */
const describe = (clid) => (clid.name ? `${clid.name} (${clid.number})` : clid.number);

const WHY = {
  requested: 'requested',
  'field-rule': 'by field rule',
  'prefix-rule': 'by prefix rule',
  selector: 'by the selector hook',
  sticky: 'the number that last reached this customer',
  'local-presence': 'local presence',
  call: 'your choice for this call',
  'agent-default': 'your default',
  'account-default': "the account's default",
  fallback: 'the first permitted number',
};

/**
 * How a call that never connected ended, as the store takes it, from JsSIP's `failed` cause:
 * busy (486, 600), no answer (the callee's timer, a request timeout, or the agent hanging up
 * before an answer), else failed.
 */
function outcomeOf(cause) {
  if (cause === JsSIP.C.causes.BUSY) return 'busy';
  const unanswered = [JsSIP.C.causes.NO_ANSWER, JsSIP.C.causes.REQUEST_TIMEOUT, JsSIP.C.causes.CANCELED];
  return unanswered.includes(cause) ? 'no-answer' : 'failed';
}

/**
 * Tells the store how the call ended (once per call), and notes it on the call's entry
 * (`data-reported`) once the store has taken it.
 */
function report(entry, callId, outcome) {
  if (entry.dataset.reported) return;
  try {
    dialer.reportOutcome(callId, outcome);
    entry.dataset.reported = outcome;
  } catch (error) {
    console.error(`The store did not take the outcome ${outcome} of call ${callId}: ${error.message}`);
  }
}

/** Shows the call's phase in the live region (announced) and on its entry in the call list. */
function show(entry, phase, text) {
  callState.textContent = text;
  callState.dataset.phase = phase;
  if (entry) {
    entry.dataset.outcome = phase;
    entry.querySelector('.outcome').textContent = text;
  }
  hangupButton.disabled = !LIVE.has(phase);
}

/** Adds an entry to the call list: what was dialed, the number presented, and why. */
function addEntry(detail) {
  const entry = document.createElement('li');
  entry.dataset.callId = detail.callId;
  entry.dataset.source = detail.source;
  entry.dataset.clid = detail.clid.number;
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = `${detail.destination} as ${describe(detail.clid)}, ${WHY[detail.source] ?? detail.source}`;
  const outcome = document.createElement('span');
  outcome.className = 'outcome';
  entry.append(what, outcome);
  calls.prepend(entry);
  return entry;
}

/** The identity the server says it received (our test Kamailio echoes it in X-Clid-* headers). */
function echo(entry, response) {
  const fromUser = response?.getHeader?.('X-Clid-From-User');
  const asserted = response?.getHeader?.('X-Clid-P-Asserted-Identity');
  if (!fromUser && !asserted) return;
  const seen = document.createElement('span');
  seen.className = 'seen';
  seen.textContent = `The server received From ${fromUser}, P-Asserted-Identity ${asserted}`;
  entry.append(seen);
}

dialer.addEventListener('clid-call', (event) => {
  const detail = event.detail;
  const entry = addEntry(detail);
  if (!ua?.isConnected()) {
    show(entry, 'failed', 'Not placed: connect to a SIP server first.');
    return;
  }
  if (session?.isInProgress() || session?.isEstablished()) session.terminate();
  const target = `sip:${detail.destination}@${domain}`;
  session = ua.call(target, {
    ...sipIdentity(detail, { domain }),
    mediaConstraints: { audio: false, video: false },
    rtcOfferConstraints: { offerToReceiveAudio: true },
    eventHandlers: {
      connecting: () => show(entry, 'trying', `Trying ${detail.destination}…`),
      progress: () => show(entry, 'ringing', `Ringing ${detail.destination}…`),
      accepted: () => {
        show(entry, 'answered', `Answered: connected to ${detail.destination}.`);
        report(entry, detail.callId, 'answered');
      },
      ended: () => show(entry, 'ended', `Call with ${detail.destination} ended.`),
      failed: ({ cause, message }) => {
        echo(entry, message);
        report(entry, detail.callId, outcomeOf(cause));
        if (cause === JsSIP.C.causes.BUSY) show(entry, 'busy', `Busy: ${detail.destination} is busy.`);
        else if (cause === JsSIP.C.causes.CANCELED)
          show(entry, 'ended', `You hung up before ${detail.destination} answered.`);
        else show(entry, 'failed', `Failed: ${cause}.`);
      },
    },
  });
});

dialer.addEventListener('clid-rejected', (event) => {
  callState.textContent = `Not placed: ${event.detail.message}`;
  callState.dataset.phase = 'refused';
  const entry = document.createElement('li');
  entry.dataset.outcome = 'refused';
  entry.textContent = `Not placed: ${event.detail.message}`;
  calls.prepend(entry);
});

hangupButton.addEventListener('click', () => {
  if (session?.isInProgress() || session?.isEstablished()) session.terminate();
});
