/**
 * Loads the iframe bridge on demand, so it adds almost nothing to the script-tag drop-in: the
 * bridge is a chunk of its own next to `clid-picker.min.js`, fetched on the first call.
 *
 * @example
 * <script type="module">
 *   import { loadClidBridge } from '/vendor/clid-picker/clid-picker.min.js';
 *   const { createClidBridgeClient } = await loadClidBridge();
 *   const phone = createClidBridgeClient({ target: frame.contentWindow, origin: 'https://softphone.example' });
 * </script>
 * @module
 */

/** The `clid-picker/bridge` module: `connectClidBridge`, `createClidBridgeClient` and the protocol. */
export const loadClidBridge = (): Promise<typeof import('./bridge.js')> => import('./bridge.js');
