// The BUILT npm entry (dist/index.js, `npm run build` first; run by `npm run test:dist`): the
// elements under names of one's own only, then the drop-in and a copy of the same version
// (/copy-same/, web-test-runner.config.mjs) joining it on the page.
import { expect } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import {
  add,
  CONFIG,
  customNamesSuite,
  importCopy,
  packageVersion,
  pageErrors,
  pickerOf,
  shows,
  warned,
  type ClidApi,
} from '../helpers/copies.js';

const npmEntry = () => importCopy('/dist/index.js');

customNamesSuite(npmEntry, 'npm');

describe('the drop-in twice, of the same version, beside the npm build', () => {
  let npm: ClidApi;
  let dropIn: ClidApi;
  let same: ClidApi;
  let version: string;

  before(async () => {
    version = await packageVersion();
    npm = await npmEntry();
    warned.splice(0);
    dropIn = await importCopy('/dist/clid-picker.min.js');
    same = await importCopy('/copy-same/clid-picker.min.js');
  });

  it('the first drop-in takes the standard names; the second warns once for each, naming the same version', () => {
    expect(customElements.get('clid-picker')).to.equal(dropIn.ClidPicker);
    expect(same.ClidPicker).to.not.equal(dropIn.ClidPicker);
    expect(warned).to.deep.equal(
      ['clid-provider', 'clid-picker', 'clid-dialer'].map(
        (tag) => `clid-picker ${version}: <${tag}> is already defined by clid-picker ${version}; using that one`,
      ),
    );
  });

  it('the npm build defining the standard names now leaves them, with the same warnings', () => {
    warned.splice(0);
    expect(() => npm.defineClidElements()).to.not.throw();
    expect(warned).to.have.length(3);
    expect(customElements.get('clid-dialer')).to.equal(dropIn.ClidDialer);
  });

  it("a store from the second copy drives the first copy's dialer; one from the npm build its picker", async () => {
    const dialer = await add<ClidDialer>('clid-dialer', { store: same.createClidStore(CONFIG, { storage: 'memory' }) });
    await shows(pickerOf(dialer), 'UK Sales');
    expect((await dialer.dial('+12125550123')).clid.id).to.equal('us');
    const picker = await add<ClidPicker>('clid-picker', {
      store: npm.createClidStore({ ...CONFIG, accountDefault: 'us' }, { storage: 'memory' }),
    });
    expect(picker).to.be.instanceOf(dropIn.ClidPicker);
    await shows(picker, 'US Sales');
    dialer.remove();
    picker.remove();
  });

  it('throws nothing into the page', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
