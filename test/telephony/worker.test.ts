import { expect } from '@open-wc/testing';

describe('clid-picker/telephony without a DOM', () => {
  it('runs in a module worker', async () => {
    const worker = new Worker(new URL('./fixtures/worker.ts', import.meta.url), { type: 'module' });
    const answer = await new Promise<any>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
    });
    worker.terminate();
    expect(answer.hasDocument).to.equal(false);
    expect(answer.sip.extraHeaders).to.deep.equal([
      'P-Asserted-Identity: "UK Sales" <sip:+442079460000@pbx.example.com>',
    ]);
    expect(answer.vcc.from).to.deep.equal({ agentId: 'agent-0042', presentedCLID: '+442079460000' });
  });
});
