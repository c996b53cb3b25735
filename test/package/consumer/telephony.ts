// `clid-picker/telephony`: a `clid-call` detail turned into a SIP identity or a VCC call request.
import type { CallDetail } from 'clid-picker/store';
import { sipIdentity, vccCallRequest, type SipIdentity, type VccCallRequest } from 'clid-picker/telephony';

declare const call: CallDetail;
const identity: SipIdentity = sipIdentity(call, { domain: 'pbx.example.com', header: 'P-Asserted-Identity' });
const fromUser: string = identity.fromUserName;
const request: VccCallRequest = vccCallRequest(call, { agentId: 'agent-7', reference: 'case 4821' });
// @ts-expect-error the domain is required
sipIdentity(call, {});
// @ts-expect-error no such identity header
sipIdentity(call, { domain: 'pbx.example.com', header: 'X-Caller' });
export { fromUser, request };
