import { expect, html, oneEvent } from '@open-wc/testing';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import { click, mount } from '../helpers/dialer-harness.js';
import { makeStore } from '../helpers/fixtures.js';

describe('<clid-dialer> click-to-dial links', () => {
  it('place a call through the named dialer, with the record, requested number and kind', async () => {
    // The links come first, so the dialers' status lines growing never move them.
    const root = await mount(
      html`<div>
        <p>
          <a
            href="#nowhere"
            data-clid-dial="+14155550123"
            data-clid-dialer="two"
            data-clid-record='{"Department":"Finance"}'
            data-clid-kind="consult"
            >Call Ada</a
          >
          <button data-clid-dial="+14155550123" data-clid-dialer="two" data-clid-requested="us">Call with US</button>
        </p>
        <clid-dialer id="one" .store=${makeStore()}></clid-dialer>
        <clid-dialer id="two" .store=${makeStore()}></clid-dialer>
      </div>`,
    );
    const two = root.querySelector<ClidDialer>('#two')!;
    const one = root.querySelector<ClidDialer>('#one')!;
    const onOne: Event[] = [];
    one.addEventListener('clid-call', (e) => onOne.push(e));
    let call = oneEvent(two, 'clid-call');
    await click(root.querySelector('a')!);
    let { detail } = await call;
    expect(detail).to.include({ destination: '+14155550123', source: 'field-rule', kind: 'consult' });
    expect(location.hash, 'navigation prevented').to.not.equal('#nowhere');
    call = oneEvent(two, 'clid-call');
    await click(root.querySelector('button')!);
    ({ detail } = await call);
    expect(detail).to.include({ source: 'requested' });
    expect(onOne).to.be.empty;
  });

  it('use the nearest ancestor dialer, else the first in the document', async () => {
    const root = await mount(
      html`<div>
        <span data-clid-dial="+442079460123">outside</span>
        <clid-dialer id="first" .store=${makeStore()}></clid-dialer>
        <clid-dialer id="outer" .store=${makeStore()}><span data-clid-dial="+442079460123">inside</span></clid-dialer>
      </div>`,
    );
    let call = oneEvent(root.querySelector('#outer')!, 'clid-call');
    // The dialer does not render its light DOM, so this link is clicked from script.
    root.querySelector<HTMLElement>('#outer span')!.click();
    expect((await call).detail.destination).to.equal('+442079460123');
    call = oneEvent(root.querySelector('#first')!, 'clid-call');
    await click(root.querySelector(':scope > span')!);
    expect((await call).detail.destination).to.equal('+442079460123');
  });
});
