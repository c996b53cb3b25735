import { expect } from '@open-wc/testing';
import {
  ClidConfigError,
  createClidStore,
  isE164,
  memoryStorage,
  parseConfig,
  PrefixIndex,
  toE164,
  type ClidConfig,
} from '../../src/store/index.js';
import { base, makeStore, UK, US } from '../helpers/fixtures.js';

const problems = (config: unknown): string[] => {
  try {
    parseConfig(config as ClidConfig);
  } catch (e) {
    expect(e).to.be.instanceOf(ClidConfigError);
    return (e as ClidConfigError).issues.map((i) => `${i.path}: ${i.problem}`);
  }
  throw new Error('config was accepted');
};

describe('config: E.164 numbers', () => {
  it('removes spaces, dashes, dots and parentheses, and checks the E.164 shape', () => {
    expect(toE164('+44 (20) 7946-0000')).to.equal('+442079460000');
    expect(toE164('+1.415.555.0100')).to.equal('+14155550100');
    expect(toE164('+0 12')).to.equal(null);
    expect(toE164('+123456')).to.equal(null); // 6 digits
    expect(toE164('+1234567')).to.equal('+1234567'); // 7 digits
    expect(toE164('+123456789012345')).to.equal('+123456789012345'); // 15
    expect(toE164('+1234567890123456')).to.equal(null); // 16
    expect(toE164('442079460000')).to.equal(null);
    expect(toE164(442079460000)).to.equal(null);
    expect(isE164('+44 20')).to.equal(false);
  });
});

describe('config: validation messages name the path and the problem', () => {
  it('invalid E.164', () => {
    expect(problems({ numbers: [UK, US, FR_BAD, { id: 'x', number: '+0 12' }] })).to.deep.equal([
      'numbers[2].number: "12" is not a valid E.164 number',
      'numbers[3].number: "+0 12" is not a valid E.164 number',
    ]);
    expect(() =>
      createClidStore({ numbers: [UK, US, US, { id: 'x', number: '+0 12' }] }, { storage: 'memory' }),
    ).to.throw(ClidConfigError, 'numbers[3].number: "+0 12" is not a valid E.164 number');
  });

  it('duplicate ids and numbers', () => {
    expect(problems({ numbers: [UK, { ...US, id: 'uk' }, { id: 'b', number: '+44 20 7946 0000' }] })).to.deep.equal([
      'numbers[1].id: duplicate id "uk" (also numbers[0])',
      'numbers[2].number: duplicate number "+442079460000" (also numbers[0])',
    ]);
    expect(problems({ numbers: ['+14155550100', '+1 415 555 0100'] })).to.deep.equal([
      'numbers[1]: duplicate id "+14155550100" (also numbers[0])',
    ]);
  });

  it('defaults, permitted refs and rules naming unknown numbers', () => {
    expect(
      problems({
        numbers: [UK, US],
        accountDefault: 'zz',
        permitted: ['uk', '+12025550199'],
        rules: {
          fields: [{ field: 'Dept', value: 'x', number: 'nope' }],
          prefixes: [{ prefix: '+44', number: 'gone' }],
        },
      }),
    ).to.deep.equal([
      'accountDefault: "zz" is not one of the numbers',
      'permitted[1]: "+12025550199" is not one of the numbers',
      'rules.fields[0].number: "nope" is not one of the numbers',
      'rules.prefixes[0].number: "gone" is not one of the numbers',
    ]);
  });

  it('prefixes that are not digits, and duplicate prefixes', () => {
    expect(
      problems({
        numbers: [UK],
        rules: {
          prefixes: [
            { prefix: '+4a', number: 'uk' },
            { prefix: '44', number: 'uk' },
            { prefix: '+44', number: 'uk' },
            { prefix: '', number: 'uk' },
            { prefix: '+1234567890123456', number: 'uk' },
          ],
        },
      }),
    ).to.deep.equal([
      'rules.prefixes[0].prefix: "+4a" is not a prefix of digits',
      'rules.prefixes[2].prefix: duplicate prefix "+44" (also rules.prefixes[1])',
      'rules.prefixes[3].prefix: "" is not a prefix of digits',
      'rules.prefixes[4].prefix: "+1234567890123456" is not a prefix of digits',
    ]);
  });

  it('wrong types', () => {
    expect(problems(null)).to.deep.equal(['config: expected an object']);
    expect(problems({})).to.deep.equal(['numbers: expected an array']);
    expect(
      problems({
        accountId: {},
        numbers: [7, { id: '', number: '+442079460000' }, { id: 'a', number: '+14155550100', name: 3, tags: ['x', 1] }],
        permitted: 'uk',
        rules: {
          fields: [{ field: '', value: 1, number: 'a' }, { field: 'f', value: {}, number: 'a' }, 'x'],
          prefixes: {},
        },
        locked: 'yes',
      }),
    ).to.deep.equal([
      'numbers[0]: expected a number object or an E.164 string',
      'numbers[1].id: expected a non-empty string',
      'numbers[2].name: expected a string',
      'numbers[2].tags: expected an array of strings',
      "permitted: expected an array, VCC's per-user response or null",
      'rules.fields[0].number: "a" is not one of the numbers',
      'rules.fields[0].field: expected a non-empty string',
      'rules.fields[1].number: "a" is not one of the numbers',
      'rules.fields[1].value: expected a string, number or boolean',
      'rules.fields[2]: expected an object',
      'rules.prefixes: expected an array',
      'locked: expected a boolean',
      'accountId: expected a string or number',
    ]);
    expect(problems({ numbers: [], rules: 5 })).to.deep.equal(['rules: expected an object']);
    expect(problems({ numbers: [UK], permitted: [{}] })).to.deep.equal([
      'permitted[0]: expected an id or E.164 number, got {}',
    ]);
  });

  it('the error message lists the problems as path: problem', () => {
    const error = new ClidConfigError(Array.from({ length: 12 }, (_, i) => ({ path: `p${i}`, problem: 'bad' })));
    expect(error.message.startsWith('p0: bad; p1: bad')).to.equal(true);
    expect(error.message.endsWith('…')).to.equal(true);
    expect(error.issues).to.have.length(12);
  });
});

const FR_BAD = { id: 'fr', number: '12' };

describe("config: VCC's shapes are accepted as they come", () => {
  const vcc = [
    {
      callbackNumberId: '6f1c-uk',
      callbackNumberName: 'UK Sales',
      callbackNumberClid: '+44 20 7946 0000',
      extra: true,
    },
    { callbackNumberId: '6f1c-us', callbackNumberName: 'US Sales', callbackNumberClid: '+14155550100' },
    { callbackNumberId: '6f1c-fr', callbackNumberClid: '+33142868200' },
  ];

  it('reads callbackNumberId / Name / Clid items', () => {
    const store = createClidStore({ numbers: vcc }, { storage: 'memory' });
    expect(store.getState().numbers).to.deep.equal([
      { id: '6f1c-uk', number: '+442079460000', name: 'UK Sales' },
      { id: '6f1c-us', number: '+14155550100', name: 'US Sales' },
      { id: '6f1c-fr', number: '+33142868200' },
    ]);
  });

  it('takes the per-user response as the permitted set (and its userId as the agent)', () => {
    const parsed = parseConfig({
      accountId: 'acme',
      numbers: vcc,
      permitted: { userId: 42, agentDisplayId: 'A-42', callbackNumbers: [vcc[2], vcc[0]] },
    });
    expect(parsed.numbers.map((n) => n.id)).to.deep.equal(['6f1c-uk', '6f1c-fr']);
    expect(parsed.agentId).to.equal('42');
  });

  it('names VCC fields in messages', () => {
    expect(
      problems({
        numbers: [{ callbackNumberId: 'x', callbackNumberClid: '+0 1' }, { callbackNumberClid: '+14155550100' }],
      }),
    ).to.deep.equal([
      'numbers[0].callbackNumberClid: "+0 1" is not a valid E.164 number',
      'numbers[1].callbackNumberId: expected a non-empty string',
    ]);
    expect(problems({ numbers: vcc, permitted: { userId: 1, callbackNumbers: null } })).to.deep.equal([
      "permitted.callbackNumbers: expected an array, VCC's per-user response or null",
    ]);
  });

  it('accepts bare E.164 strings, ids from numbers, and permitted number objects', () => {
    const parsed = parseConfig({
      numbers: ['+44 20 7946 0000', { number: '+14155550100' }, { id: 7, number: '+33142868200' }],
      permitted: [{ id: '7' }, { number: '+14155550100' }],
    });
    expect(parsed.all.map((n) => n.id)).to.deep.equal(['+442079460000', '+14155550100', '7']);
    expect(problems({ numbers: ['+442079460000'], permitted: [442079460000] })).to.deep.equal([
      'permitted[0]: "442079460000" is not one of the numbers',
    ]);
  });

  it('permitted absent or null means all numbers; an empty list means none', () => {
    expect(makeStore(base({ permitted: null })).getState().numbers).to.have.length(3);
    expect(makeStore(base({ permitted: [] })).getState().numbers).to.have.length(0);
  });
});

describe('config: setConfig is atomic', () => {
  it('a bad config changes nothing, and says so with an error event', () => {
    const store = makeStore(base());
    store.select('us', { scope: 'default' });
    const before = store.getState();
    const errors: string[] = [];
    store.addEventListener('error', (e) => errors.push(`${e.detail.code}: ${e.detail.message}`));
    expect(() => store.setConfig(base({ permitted: ['us'], accountDefault: 'nope' }))).to.throw(ClidConfigError);
    expect(store.getState()).to.equal(before);
    expect(store.resolveSync({ destination: '+33612345678' }).clid).to.deep.equal(US);
    expect(errors).to.deep.equal(['config-invalid: accountDefault: "nope" is not one of the numbers']);
  });

  it('a locked config forbids choosing, and still resolves', () => {
    const store = createClidStore(base({ locked: true, accountDefault: 'us' }), { storage: memoryStorage() });
    expect(store.getState().locked).to.equal(true);
    expect(store.select('uk')).to.equal(false);
    expect(store.select('uk', { scope: 'default' })).to.equal(false);
    expect(store.clearDefault()).to.equal(false);
    expect(store.getState().selected).to.deep.equal(US);
    store.setConfig(base());
    expect(store.select('uk')).to.equal(true);
  });

  it('a new account or agent reads its own remembered default', async () => {
    const storage = memoryStorage();
    storage.set('clid-picker:v1:acme:b2', '{"v":1,"default":"fr"}');
    const store = createClidStore(base(), { storage });
    store.select('us', { scope: 'default' });
    store.select('uk');
    store.setConfig(base({ agentId: 'b2' }));
    expect(store.getState()).to.deep.include({ rememberedDefault: 'fr', callChoice: null });
  });
});

describe('prefix index', () => {
  it('finds the longest prefix, telling digit counts apart, up to 15 digits', () => {
    const index = new PrefixIndex();
    expect(index.add('+44', 0)).to.equal(undefined);
    expect(index.add('+4420', 1)).to.equal(undefined);
    expect(index.add('+44', 9)).to.equal(0);
    expect(index.add('+1')).to.equal(undefined);
    expect(index.find('+442079460000')).to.equal(1);
    expect(index.find('+441234')).to.equal(0);
    expect(index.find('+4')).to.equal(undefined);
    expect(index.find('+33123456789')).to.equal(undefined);
    expect(index.find('+14155550100')).to.equal(undefined);
    index.add('+1', 2);
    index.add('+10', 3);
    index.add('+199999999999999', 4);
    expect(index.find('+14155550100')).to.equal(2);
    expect(index.find('+10155550100')).to.equal(3);
    expect(index.find('+199999999999999')).to.equal(4);
    expect(index.find('+19999999999999')).to.equal(2);
    expect(index.size).to.equal(5);
  });
});
