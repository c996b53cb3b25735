/**
 * `clid-picker/bridge`: the iframe bridge between a softphone frame and a CRM page, over a small,
 * versioned postMessage protocol (see {@link "./protocol"}). The softphone side calls
 * {@link connectClidBridge}; the CRM side uses {@link createClidBridgeClient}. The script-tag
 * drop-in loads this module lazily through `loadClidBridge()`.
 *
 * @example
 * // softphone.html, inside the CRM's iframe
 * import { connectClidBridge } from 'clid-picker/bridge';
 * connectClidBridge({ target: parent, origins: ['https://crm.example'], store, dialer });
 *
 * // the CRM page around it
 * import { createClidBridgeClient } from 'clid-picker/bridge';
 * const phone = createClidBridgeClient({ target: frame.contentWindow, origin: 'https://softphone.example' });
 * await phone.dial('+442079460123');
 * @module
 */
export { connectClidBridge, type ClidBridge, type ClidBridgeOptions, type BridgeDialer } from './connect.js';
export {
  createClidBridgeClient,
  ClidBridgeClient,
  type ClidBridgeClientOptions,
  type ClidBridgeError,
} from './client.js';
export {
  CLID_BRIDGE_PROTOCOL,
  CLID_BRIDGE_VERSION,
  readCommand,
  readInbound,
  type BridgeCommand,
  type BridgeDialOptions,
  type BridgeEventDetails,
  type BridgeEventType,
  type BridgeInbound,
  type BridgeReply,
} from './protocol.js';
