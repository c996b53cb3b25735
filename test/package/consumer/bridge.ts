// `clid-picker/bridge`: the iframe bridge.
import { connectClidBridge, createClidBridgeClient, type ClidBridgeClient } from 'clid-picker/bridge';

export const connect: typeof connectClidBridge = connectClidBridge;
export const client = (): ClidBridgeClient =>
  createClidBridgeClient({ target: window.parent, origin: 'https://crm.example' });
