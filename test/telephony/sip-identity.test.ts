import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createClidStore, memoryStorage } from '../../src/store/index.js';
import { sipIdentity, type SipIdentityOptions } from '../../src/telephony/index.js';

const UK_SALES = { clid: { id: 'uk', number: '+442079460000', name: 'UK Sales' } };
const DOMAIN = { domain: 'pbx.example.com' };

/** The TypeError message that `sipIdentity(call, options)` throws. */
function typeError(call: unknown, options: unknown): string {
  try {
    sipIdentity(call as typeof UK_SALES, options as SipIdentityOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('sipIdentity accepted it');
}

describe('sipIdentity', () => {
  it('gives the JsSIP / SIP.js identity of the chosen number, with P-Asserted-Identity by default', () => {
    expect(sipIdentity(UK_SALES, DOMAIN)).to.deep.equal({
      fromUserName: '+442079460000',
      fromDisplayName: 'UK Sales',
      fromUri: 'sip:+442079460000@pbx.example.com',
      extraHeaders: ['P-Asserted-Identity: "UK Sales" <sip:+442079460000@pbx.example.com>'],
    });
  });

  it('takes the detail of a call the store placed', async () => {
    const store = createClidStore(
      {
        numbers: [
          { id: 'uk', number: '+44 20 7946 0000', name: 'UK Sales' },
          { id: 'us', number: '+1 415 555 0100', name: 'US West' },
        ],
        rules: { prefixes: [{ prefix: '+1415', number: 'us' }] },
      },
      { storage: memoryStorage() },
    );
    const detail = await store.placeCall({ destination: '+14155550123' });
    expect(sipIdentity(detail, DOMAIN).extraHeaders).to.deep.equal([
      'P-Asserted-Identity: "US West" <sip:+14155550100@pbx.example.com>',
    ]);
    store.destroy();
  });

  describe('plus', () => {
    it('false gives the digits without +, in From and in the header', () => {
      const identity = sipIdentity(UK_SALES, { ...DOMAIN, plus: false });
      expect(identity.fromUserName).to.equal('442079460000');
      expect(identity.fromUri).to.equal('sip:442079460000@pbx.example.com');
      expect(identity.extraHeaders).to.deep.equal([
        'P-Asserted-Identity: "UK Sales" <sip:442079460000@pbx.example.com>',
      ]);
    });
    it('true keeps the +', () => {
      expect(sipIdentity(UK_SALES, { ...DOMAIN, plus: true }).fromUserName).to.equal('+442079460000');
    });
  });

  describe('header', () => {
    it('P-Preferred-Identity', () => {
      expect(sipIdentity(UK_SALES, { ...DOMAIN, header: 'P-Preferred-Identity' }).extraHeaders).to.deep.equal([
        'P-Preferred-Identity: "UK Sales" <sip:+442079460000@pbx.example.com>',
      ]);
    });
    it('Remote-Party-ID, as the calling party, screened, not private', () => {
      expect(sipIdentity(UK_SALES, { ...DOMAIN, header: 'Remote-Party-ID' }).extraHeaders).to.deep.equal([
        'Remote-Party-ID: "UK Sales" <sip:+442079460000@pbx.example.com>;party=calling;screen=yes;privacy=off',
      ]);
    });
    it('false adds no header, and From still carries the number', () => {
      const identity = sipIdentity(UK_SALES, { ...DOMAIN, header: false });
      expect(identity.extraHeaders).to.deep.equal([]);
      expect(identity.fromUri).to.equal('sip:+442079460000@pbx.example.com');
    });
    it('gives a new array each time (JsSIP and SIP.js may add to it)', () => {
      const first = sipIdentity(UK_SALES, DOMAIN);
      first.extraHeaders.push('X-Other: 1');
      expect(sipIdentity(UK_SALES, DOMAIN).extraHeaders).to.have.length(1);
    });
  });

  describe('displayName', () => {
    it("a string replaces the number's name", () => {
      const identity = sipIdentity(UK_SALES, { ...DOMAIN, displayName: 'Acme' });
      expect(identity.fromDisplayName).to.equal('Acme');
      expect(identity.extraHeaders).to.deep.equal(['P-Asserted-Identity: "Acme" <sip:+442079460000@pbx.example.com>']);
    });
    it('false leaves the name out of From and of the header', () => {
      const identity = sipIdentity(UK_SALES, { ...DOMAIN, displayName: false });
      expect(identity).not.to.have.property('fromDisplayName');
      expect(identity.extraHeaders).to.deep.equal(['P-Asserted-Identity: <sip:+442079460000@pbx.example.com>']);
    });
    it('a number without a name (absent or null) gives no display name', () => {
      for (const clid of [{ number: '+442079460000' }, { number: '+442079460000', name: null }]) {
        const identity = sipIdentity({ clid } as unknown as typeof UK_SALES, DOMAIN);
        expect(identity).not.to.have.property('fromDisplayName');
        expect(identity.extraHeaders).to.deep.equal(['P-Asserted-Identity: <sip:+442079460000@pbx.example.com>']);
      }
    });
    it('keeps letters of any script', () => {
      expect(
        sipIdentity({ clid: { number: '+493090182000', name: 'Vertrieb Köln – Süd' } }, DOMAIN).fromDisplayName,
      ).to.equal('Vertrieb Köln – Süd');
    });
  });

  describe('names never inject header syntax', () => {
    const cases: [string, string | undefined][] = [
      [
        'UK Sales\r\nP-Asserted-Identity: <sip:+19005550000@evil.example>',
        'UK Sales P-Asserted-Identity: <sip:+19005550000@evil.example>',
      ],
      ['Sales "North" <sip:+19005550000@evil.example>', 'Sales North <sip:+19005550000@evil.example>'],
      ['back\\slash\\', 'back slash'],
      ['tab\tnul\u0000del\u007fc1\u0085ls\u2028end', 'tab nul del c1 ls end'],
      ['  spaced   out  ', 'spaced out'],
      ['"\\\r\n', undefined],
    ];
    for (const [name, safe] of cases) {
      it(`${JSON.stringify(name)} → ${JSON.stringify(safe)}`, () => {
        const identity = sipIdentity({ clid: { number: '+442079460000', name } }, DOMAIN);
        expect(identity.fromDisplayName).to.equal(safe);
        const nameAddress = safe === undefined ? '' : `"${safe}" `;
        expect(identity.extraHeaders).to.deep.equal([
          `P-Asserted-Identity: ${nameAddress}<sip:+442079460000@pbx.example.com>`,
        ]);
        // The same cleaning applies to a displayName given as an option.
        expect(sipIdentity(UK_SALES, { ...DOMAIN, displayName: name }).fromDisplayName).to.equal(safe);
      });
    }

    it('any name gives one header line with one quoted string and nothing else', () => {
      // The header must hold no control character: the class lists them on purpose.
      const line =
        // eslint-disable-next-line no-control-regex
        /^P-Asserted-Identity: (?:"[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+" )?<sip:\+442079460000@pbx\.example\.com>$/;
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.oneof(
              // Every character here is one UTF-16 unit, so spreading splits nothing.
              // eslint-disable-next-line @typescript-eslint/no-misused-spread
              fc.constantFrom(...'"\\\r\n\t\u0000\u001f\u007f\u0085\u2028 <>;:@,'),
              fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
            ),
          }),
          (name) => {
            const identity = sipIdentity({ clid: { number: '+442079460000', name } }, DOMAIN);
            expect(identity.extraHeaders).to.have.length(1);
            expect(identity.extraHeaders[0]).to.match(line);
            expect(identity.fromDisplayName ?? 'x').not.to.match(/["\\\r\n]|^\s|\s$/);
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('domain', () => {
    for (const domain of [
      'pbx.example.com',
      'PBX.Example.COM',
      'example.com.',
      'localhost',
      'sip-1.a.example',
      'xn--bcher-kva.example',
      '192.0.2.10',
      '[2001:db8::1]',
      '[::1]',
      '[::ffff:192.0.2.1]',
    ]) {
      it(`accepts ${domain}`, () => {
        expect(sipIdentity(UK_SALES, { domain }).fromUri).to.equal(`sip:+442079460000@${domain}`);
      });
    }
    const bad: unknown[] = [
      '',
      ' ',
      'pbx.example.com:5060',
      'sip:pbx.example.com',
      'user@pbx.example.com',
      'pbx example.com',
      'pbx.example.com\r\nX: 1',
      'pbx.example.com>',
      'a"b.example',
      'pbx..example.com',
      '-pbx.example.com',
      'pbx-.example.com',
      'pbx.123',
      'bücher.example',
      `${'a'.repeat(64)}.example`,
      `${'a.'.repeat(126)}ab`,
      '256.0.0.1',
      '1.2.3',
      '01.2.3.4',
      '[2001:db8::zz]',
      '[1:2:3]',
      '2001:db8::1',
      undefined,
      null,
      42,
      ['pbx.example.com'],
    ];
    for (const domain of bad) {
      it(`rejects ${JSON.stringify(domain)} with a TypeError`, () => {
        expect(typeError(UK_SALES, { domain })).to.equal(`sipIdentity: domain ${JSON.stringify(domain)} is not a host`);
      });
    }
    it('accepts a 253-character host name', () => {
      const domain = `${'a.'.repeat(125)}abc`;
      expect(domain).to.have.length(253);
      expect(sipIdentity(UK_SALES, { domain }).fromUri).to.equal(`sip:+442079460000@${domain}`);
    });
  });

  describe('bad input is a TypeError that says what is wrong', () => {
    it('no options, or options that are not an object', () => {
      for (const options of [undefined, null, 'pbx.example.com']) {
        expect(typeError(UK_SALES, options)).to.equal('sipIdentity: options are required');
      }
    });
    it('a call without a clid', () => {
      for (const call of [undefined, null, {}, { clid: null }, 'x']) {
        expect(typeError(call, DOMAIN)).to.equal('sipIdentity: call.clid.number undefined is not an E.164 number');
      }
    });
    it('a number that is not E.164', () => {
      expect(typeError({ clid: { number: '020 7946 0000' } }, DOMAIN)).to.equal(
        'sipIdentity: call.clid.number "020 7946 0000" is not an E.164 number',
      );
      expect(typeError({ clid: { number: '+44 20 7946 0000' } }, DOMAIN)).to.equal(
        'sipIdentity: call.clid.number "+44 20 7946 0000" is not an E.164 number',
      );
      expect(typeError({ clid: { number: 442079460000 } }, DOMAIN)).to.equal(
        'sipIdentity: call.clid.number 442079460000 is not an E.164 number',
      );
    });
    it('a name that is not a string', () => {
      expect(typeError({ clid: { number: '+442079460000', name: 7 } }, DOMAIN)).to.equal(
        'sipIdentity: call.clid.name is not a string',
      );
    });
    it('a displayName that is neither a string nor false', () => {
      for (const displayName of [true, null, 0]) {
        expect(typeError(UK_SALES, { ...DOMAIN, displayName })).to.equal(
          'sipIdentity: displayName is not a string or false',
        );
      }
    });
    it('a header that is not one of the three, or false', () => {
      for (const header of ['p-asserted-identity', 'X-Caller', true, null, '']) {
        expect(typeError(UK_SALES, { ...DOMAIN, header })).to.equal(
          `sipIdentity: header ${JSON.stringify(header)} is not one of P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID, false`,
        );
      }
    });
    it('a plus that is not a boolean', () => {
      for (const plus of ['false', 0, null]) {
        expect(typeError(UK_SALES, { ...DOMAIN, plus })).to.equal('sipIdentity: plus is not a boolean');
      }
    });
  });
});
