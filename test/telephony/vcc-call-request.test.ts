import { expect } from '@open-wc/testing';
import { createClidStore, memoryStorage } from '../../src/store/index.js';
import { vccCallRequest, VCC_REFERENCE_MAX_LENGTH, type VccCallRequestOptions } from '../../src/telephony/index.js';

const CALL = { clid: { id: 'uk', number: '+442079460000', name: 'UK Sales' }, destination: '+14155550123' };

/** The error that `vccCallRequest(call, options)` throws. */
function thrown(call: unknown, options: unknown): Error {
  try {
    vccCallRequest(call as typeof CALL, options as VccCallRequestOptions);
  } catch (error) {
    return error as Error;
  }
  throw new Error('vccCallRequest accepted it');
}

/** The TypeError message that `vccCallRequest(call, options)` throws. */
function typeError(call: unknown, options: unknown): string {
  const error = thrown(call, options);
  expect(error).to.be.instanceOf(TypeError);
  return error.message;
}

describe('vccCallRequest', () => {
  it('places the call from an agent, presenting the chosen number', () => {
    expect(vccCallRequest(CALL, { agentId: 'agent-0042' })).to.deep.equal({
      from: { agentId: 'agent-0042', presentedCLID: '+442079460000' },
      to: { telephoneNumber: '+14155550123' },
    });
  });

  it('or offers it to agent groups (a copy of the list)', () => {
    const groups = ['Sales', 'Sales EMEA'];
    const body = vccCallRequest(CALL, { groups });
    expect(body).to.deep.equal({
      from: { groups: ['Sales', 'Sales EMEA'], presentedCLID: '+442079460000' },
      to: { telephoneNumber: '+14155550123' },
    });
    expect((body.from as { groups: string[] }).groups).not.to.equal(groups);
  });

  it('adds regarding.reference and application when given', () => {
    expect(
      vccCallRequest(CALL, { agentId: 'agent-0042', reference: 'Case 01234', application: 'Outbound sales' }),
    ).to.deep.equal({
      from: { agentId: 'agent-0042', presentedCLID: '+442079460000' },
      to: { telephoneNumber: '+14155550123' },
      regarding: { reference: 'Case 01234' },
      application: 'Outbound sales',
    });
  });

  it('takes a reference of exactly 2,000 characters, and an empty one', () => {
    const reference = 'r'.repeat(2000);
    expect(VCC_REFERENCE_MAX_LENGTH).to.equal(2000);
    expect(vccCallRequest(CALL, { agentId: 'a', reference }).regarding).to.deep.equal({ reference });
    expect(vccCallRequest(CALL, { agentId: 'a', reference: '' }).regarding).to.deep.equal({ reference: '' });
  });

  it('is JSON as VCC expects it (nothing undefined in it)', () => {
    expect(JSON.parse(JSON.stringify(vccCallRequest(CALL, { groups: ['Sales'] })))).to.deep.equal({
      from: { groups: ['Sales'], presentedCLID: '+442079460000' },
      to: { telephoneNumber: '+14155550123' },
    });
    expect(Object.keys(vccCallRequest(CALL, { agentId: 'a' }))).to.deep.equal(['from', 'to']);
  });

  it('takes the detail of a call the store placed', async () => {
    const store = createClidStore(
      {
        numbers: [
          { id: 'uk', number: '+44 20 7946 0000' },
          { id: 'support', number: '+44 161 496 0000' },
        ],
        rules: { fields: [{ field: 'Department', value: 'Support', number: 'support' }] },
      },
      { storage: memoryStorage() },
    );
    const detail = await store.placeCall({ destination: '+44 20 7946 0123', record: { Department: 'Support' } });
    expect(vccCallRequest(detail, { agentId: 'agent-0042' }).from.presentedCLID).to.equal('+441614960000');
    expect(vccCallRequest(detail, { agentId: 'agent-0042' }).to.telephoneNumber).to.equal('+442079460123');
    store.destroy();
  });

  describe('bad input', () => {
    it('exactly one of agentId and groups (TypeError)', () => {
      expect(typeError(CALL, {})).to.equal('vccCallRequest: give exactly one of agentId and groups');
      expect(typeError(CALL, { agentId: 'a', groups: ['Sales'] })).to.equal(
        'vccCallRequest: give exactly one of agentId and groups',
      );
    });
    it('an agentId that is not a non-empty string', () => {
      for (const agentId of ['', '  ', 42, null]) {
        expect(typeError(CALL, { agentId })).to.equal('vccCallRequest: agentId is not a non-empty string');
      }
    });
    it('groups that are not a non-empty array of non-empty strings', () => {
      for (const groups of [[], 'Sales', ['Sales', ''], ['Sales', 7], null]) {
        expect(typeError(CALL, { groups })).to.equal(
          'vccCallRequest: groups is not a non-empty array of non-empty strings',
        );
      }
    });
    it('a reference longer than 2,000 characters is a RangeError', () => {
      const error = thrown(CALL, { agentId: 'a', reference: 'r'.repeat(2001) });
      expect(error).to.be.instanceOf(RangeError);
      expect(error.message).to.equal('vccCallRequest: reference is longer than 2000 characters');
    });
    it('a reference that is not a string', () => {
      for (const reference of [1234, null, ['Case']]) {
        expect(typeError(CALL, { agentId: 'a', reference })).to.equal('vccCallRequest: reference is not a string');
      }
    });
    it('an application that is not a non-empty string', () => {
      for (const application of ['', 5, null]) {
        expect(typeError(CALL, { agentId: 'a', application })).to.equal(
          'vccCallRequest: application is not a non-empty string',
        );
      }
    });
    it('no options', () => {
      for (const options of [undefined, null, 'agent-0042']) {
        expect(typeError(CALL, options)).to.equal('vccCallRequest: options are required');
      }
    });
    it('a chosen number or a destination that is not E.164', () => {
      expect(typeError({ ...CALL, clid: { number: '02079460000' } }, { agentId: 'a' })).to.equal(
        'vccCallRequest: call.clid.number "02079460000" is not an E.164 number',
      );
      expect(typeError({ clid: CALL.clid }, { agentId: 'a' })).to.equal(
        'vccCallRequest: call.destination undefined is not an E.164 number',
      );
      expect(typeError({ ...CALL, destination: '+1 415 555 0123' }, { agentId: 'a' })).to.equal(
        'vccCallRequest: call.destination "+1 415 555 0123" is not an E.164 number',
      );
      expect(typeError(undefined, { agentId: 'a' })).to.equal(
        'vccCallRequest: call.clid.number undefined is not an E.164 number',
      );
    });
  });
});
