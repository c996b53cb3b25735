/**
 * Names and every config string render as text, never as markup: payloads in names, ids, tags,
 * analytics fields, rule fields and values, requested refs and config errors must show literally
 * and create no element or attribute in any shadow root.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import type { ClidProvider } from '../../src/components/clid-provider/clid-provider.js';
import { createClidStore, type ClidConfig } from '../../src/store/index.js';
import { waitFor } from '../helpers/wait.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '"><svg onload="window.__xss=3">';
const PAYLOADS = [IMG, SCRIPT, SVG];
/** For refs, which messages quote as JSON (so double quotes come back escaped). */
const REF = "'><img src=x onerror=window.__xss=4>";

const CONFIG: ClidConfig = {
  numbers: [
    { id: IMG, number: '+442079460000', name: SCRIPT, language: SVG, analyticsProfile: IMG, tags: [SVG] },
    { id: 'plain', number: '+12125550100', name: SVG, tags: [IMG] },
    { id: SCRIPT, number: '+4930901820', name: IMG, tags: [SCRIPT] },
  ],
  rules: { fields: [{ field: SVG, value: SCRIPT, number: 'plain' }] },
};

const store = () => createClidStore(CONFIG, { storage: 'memory' });

/** Every element inside `root`, through every shadow root. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = root instanceof Element ? [root] : [];
  if (root instanceof Element && root.shadowRoot) out.push(...deepElements(root.shadowRoot));
  for (const el of root.children) out.push(...deepElements(el));
  return out;
}

/** Text inside `root`, through every shadow root. */
function deepText(root: Element): string {
  return deepElements(root)
    .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent))
    .join('\n');
}

/** Nothing from a payload became markup: no img/script/svg, no on* attribute, no handler ran. */
async function expectInert(root: Element): Promise<void> {
  // A control image with the payloads' broken src: once it has failed, an injected one would have
  // failed too, and its handler run.
  await new Promise((done) => {
    const control = new Image();
    control.onerror = control.onload = done;
    control.src = 'x';
  });
  // The test's own config scripts (type application/json) are data, not payloads.
  const els = deepElements(root).filter((el) => !el.matches('script[type="application/json"]'));
  expect(els.filter((el) => ['img', 'script', 'svg'].includes(el.localName)).map((el) => el.outerHTML)).to.deep.equal(
    [],
  );
  const handlers = els.flatMap((el) =>
    [...el.attributes]
      .filter((a) => a.name.startsWith('on') || a.name.includes('"'))
      .map((a) => `${el.localName}[${a.name}]`),
  );
  expect(handlers).to.deep.equal([]);
  expect(window.__xss).to.equal(undefined);
}

describe('config strings render as text', () => {
  afterEach(() => delete window.__xss);

  it('<clid-picker>: names, tags and group labels, with the popup open', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker group-by="tag" .store=${store()}></clid-picker>`);
    el.shadowRoot!.querySelector<HTMLElement>('[role=combobox]')!.click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('[role=option]').length === 3, 'options render');
    await el.updateComplete;
    const text = deepText(el);
    for (const p of PAYLOADS) expect(text, p).to.contain(p);
    await expectInert(el);
  });

  it('<clid-picker>: a rejected value keeps its ref as given in the detail; the message names no id', async () => {
    const el = await fixture<ClidPicker>(html`<clid-picker .store=${store()}></clid-picker>`);
    const rejected = new Promise<CustomEvent>((r) =>
      el.addEventListener('clid-rejected', (e) => r(e as CustomEvent), { once: true }),
    );
    el.value = REF;
    const { detail } = await rejected;
    await el.updateComplete;
    expect(detail.requested).to.equal(REF);
    expect(detail.message).to.equal(
      'The requested number is not one of this account’s callback numbers. Choose another number.',
    );
    expect(deepText(el)).to.contain(detail.message);
    await expectInert(el);
  });

  it('<clid-picker> from a child JSON script: the config text is data, not markup', async () => {
    const el = await fixture<ClidPicker>(
      html`<clid-picker
        ><script type="application/json">
          ${JSON.stringify(CONFIG)}
        </script></clid-picker
      >`,
    );
    await waitFor(() => deepText(el).includes(SCRIPT), 'the name renders');
    await expectInert(el);
  });

  it('<clid-dialer>: the rule field and value in the preview, and a rejected requested ref', async () => {
    const el = await fixture<ClidDialer>(
      html`<clid-dialer .store=${store()} .record=${{ [SVG]: SCRIPT }}></clid-dialer>`,
    );
    el.destination = '+12125550123';
    await waitFor(() => deepText(el).includes(`${SVG} = ${SCRIPT}`), 'the preview names the rule literally');
    const err = await el.dial('+12125550123', { requested: REF }).catch((e) => e);
    expect(err.reason).to.equal('invalid');
    expect(err.requested).to.equal(REF);
    await el.updateComplete;
    expect(deepText(el)).to.contain(err.message);
    const call = await el.dial('+12125550123', { record: { [SVG]: SCRIPT } });
    expect(call.clid.name).to.equal(SVG);
    await el.updateComplete;
    expect(deepText(el)).to.contain(SVG);
    await expectInert(el);
  });

  it('<clid-provider>, <clid-picker> and <clid-dialer>: an invalid config shows its message literally', async () => {
    const bad = JSON.stringify({ numbers: [{ id: IMG, number: SCRIPT, name: SVG }] });
    const root = fixtureSync<HTMLElement>(
      html`<div>
        <clid-provider config=${bad}></clid-provider>
        <clid-picker config=${bad}></clid-picker>
        <clid-dialer config=${bad}></clid-dialer>
      </div>`,
    );
    const els = [...root.children] as (ClidProvider | ClidPicker | ClidDialer)[];
    await Promise.all(els.map((e) => e.updateComplete));
    await waitFor(() => els.every((e) => deepText(e).includes(SCRIPT)), 'each element shows the config error');
    for (const e of els) expect(deepText(e)).to.contain('is not a valid E.164 number');
    await expectInert(root);
  });
});
