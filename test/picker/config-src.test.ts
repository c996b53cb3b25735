// A config-src that answers badly never throws into the page: the element shows why, and says
// so once through clid-error (config-load for transport and JSON faults, config-invalid for a
// config that parses but breaks the rules).
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { PickerHarness } from '../helpers/picker-harness.js';
import { waitFor } from '../helpers/wait.js';

/** Mounts a picker whose config-src is answered by `answer`, and returns its clid-error. */
async function failing(answer: () => Promise<Response>) {
  const original = window.fetch;
  window.fetch = answer;
  const pageErrors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(e);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  const el = document.createElement('clid-picker');
  el.setAttribute('config-src', '/config.json');
  const error = oneEvent(el, 'clid-error');
  document.body.append(el);
  try {
    const { detail } = await error;
    await el.updateComplete;
    return { el, detail, shown: new PickerHarness(el).message, pageErrors };
  } finally {
    window.fetch = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

describe('<clid-picker> config-src failures', () => {
  afterEach(() => document.querySelectorAll('clid-picker').forEach((el) => el.remove()));

  it('HTTP 500: config-load, the status shown', async () => {
    const r = await failing(async () => new Response('oops', { status: 500 }));
    expect(r.detail.code).to.equal('config-load');
    expect(r.detail.message).to.equal('Could not load the configuration: HTTP 500');
    expect(r.shown).to.equal(r.detail.message);
    expect(r.pageErrors).to.be.empty;
    await expect(r.el).to.be.accessible();
  });

  it('a network failure: config-load', async () => {
    const r = await failing(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(r.detail.code).to.equal('config-load');
    expect(r.detail.message).to.equal('Could not load the configuration: Failed to fetch');
    expect(r.shown).to.equal(r.detail.message);
    expect(r.pageErrors).to.be.empty;
  });

  it('invalid JSON: config-load, no exception in the page', async () => {
    const r = await failing(async () => new Response('{"numbers": [', { status: 200 }));
    expect(r.detail.code).to.equal('config-load');
    expect(r.detail.message).to.match(/^Could not load the configuration: /);
    expect(r.shown).to.equal(r.detail.message);
    expect(r.pageErrors).to.be.empty;
  });

  it('a config that breaks the rules: config-invalid naming the path and the problem', async () => {
    const body = JSON.stringify({ numbers: [{ id: 'a', number: '+0 12' }] });
    const r = await failing(async () => new Response(body, { status: 200 }));
    expect(r.detail.code).to.equal('config-invalid');
    expect(r.detail.message).to.contain('numbers[0].number: "+0 12" is not a valid E.164 number');
    expect(r.shown).to.equal(r.detail.message);
    expect(r.pageErrors).to.be.empty;
    await expect(r.el).to.be.accessible();
  });
});

describe('Retry after a failed config-src', () => {
  afterEach(() => document.querySelectorAll('clid-picker, clid-provider').forEach((el) => el.remove()));

  for (const tag of ['clid-picker', 'clid-provider'] as const) {
    it(`<${tag}>: Retry fetches again; when the server answers, the error and the button go`, async () => {
      const original = window.fetch;
      let answers = 0;
      const config = JSON.stringify({ numbers: [{ id: 'a', number: '+442079460000', name: 'UK Sales' }] });
      window.fetch = async () =>
        ++answers === 1 ? new Response('down', { status: 503 }) : new Response(config, { status: 200 });
      try {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('config-src', '/config.json');
        const failed = oneEvent(el, 'clid-error');
        document.body.append(el);
        await failed;
        await el.updateComplete;
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]');
        expect(retry, 'a Retry button').to.exist;
        expect(retry!.textContent).to.equal('Retry');
        await expect(el).to.be.accessible();
        retry!.click();
        await waitFor(() => !el.shadowRoot!.querySelector('[part=retry]'), 'the Retry button goes');
        expect(answers).to.equal(2);
        expect(el.shadowRoot!.querySelector('[part=message]')?.textContent ?? '', 'no error shown').to.equal('');
        if (tag === 'clid-picker') expect(new PickerHarness(el as ClidPicker).shown).to.equal('UK Sales');
      } finally {
        window.fetch = original;
      }
    });
  }

  it('an invalid config from config-src offers Retry too (an admin may fix it on the server)', async () => {
    const body = JSON.stringify({ numbers: [{ id: 'a', number: 'not a number' }] });
    const r = await failing(async () => new Response(body, { status: 200 }));
    expect(r.detail.code).to.equal('config-invalid');
    expect(r.el.shadowRoot!.querySelector('[part=retry]')).to.exist;
  });

  it('an invalid config attribute offers no Retry (fetching would not change it)', async () => {
    const el = document.createElement('clid-picker');
    el.setAttribute('config', '{"numbers": [{"id": "a", "number": "not a number"}]}');
    const error = oneEvent(el, 'clid-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('config-invalid');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.not.exist;
  });
});
