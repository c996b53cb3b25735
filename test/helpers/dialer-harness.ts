/**
 * Page object of `<clid-dialer>` for tests: finds its parts, types and clicks through the real
 * input stack (`sendKeys` / `sendMouse`), and waits for the status line to settle.
 */
import { fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClidDialer } from '../../src/components/clid-dialer/clid-dialer.js';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { PickerHarness } from './picker-harness.js';
import { waitFor } from './wait.js';

/**
 * Renders `template` and waits for the dialers in it. (`fixture` of a plain element waits for an
 * animation frame, which a background tab of a concurrent Chromium run may never get.)
 */
export async function mount<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  for (const el of root.querySelectorAll<ClidDialer>('clid-dialer')) await el.updateComplete;
  return root;
}

/**
 * Resolves once the idle callbacks queued before it (the elements' prefetches) have run: the
 * same idle queue the elements use, or the next task where there is none.
 */
export const afterIdle = () =>
  new Promise<void>((done) =>
    (self.requestIdleCallback as typeof requestIdleCallback | undefined)
      ? requestIdleCallback(() => done(), { timeout: 2000 })
      : setTimeout(done),
  );

/** The dialer's parts and gestures. */
export class DialerHarness {
  constructor(readonly el: ClidDialer) {}

  /** Renders a dialer on `store` (or with `template`) and waits until it has rendered. */
  static async make(props: Partial<ClidDialer> = {}): Promise<DialerHarness> {
    const el = await fixture<ClidDialer>(html`<clid-dialer></clid-dialer>`);
    Object.assign(el, props);
    await el.updateComplete;
    return new DialerHarness(el);
  }

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get input(): HTMLInputElement {
    return this.root.querySelector('input')!;
  }
  get button(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part~=call]')!;
  }
  get picker(): ClidPicker {
    return this.root.querySelector<ClidPicker>('[part=picker]')!;
  }
  /** Text of the live status line. */
  get status(): string {
    return this.root.querySelector('[part~=status]')!.textContent.trim();
  }
  /** Text of the error panel. */
  get message(): string {
    return this.root.querySelector('[part~=message]')!.textContent.trim();
  }

  /** Focuses the field (through the page, like a click would) and types `text` key by key. */
  async type(text: string): Promise<void> {
    this.input.focus();
    // WebKit's driver drops repeated characters in one `type`: press them one at a time.
    for (const ch of text) await sendKeys({ press: ch });
    await this.el.updateComplete;
  }

  /** Selects everything in the field and deletes it. */
  async clear(): Promise<void> {
    this.input.focus();
    this.input.select();
    await sendKeys({ press: 'Backspace' });
    await this.el.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }

  /** Clicks the Call button with the mouse. */
  async clickCall(): Promise<void> {
    await click(this.button);
    await this.el.updateComplete;
  }

  /** Waits until the status line no longer says it is checking. */
  async settled(): Promise<string> {
    await waitFor(() => this.status && !/Checking|geprüft/.test(this.status), 'status did not settle');
    await this.el.updateComplete;
    return this.status;
  }

  /**
   * Chooses, by keyboard and for this call, the picker option whose accessible name starts with
   * `name`. Throws, listing the options it passed, when no option has that name.
   */
  async choose(name: string): Promise<void> {
    const picker = new PickerHarness(this.picker);
    await picker.focus();
    await picker.press('Home'); // opens the list (or moves in it) at the first option
    const seen: string[] = [];
    // Walk down the list until the option is active; the walk ends where the list ends (the
    // active option stops changing, or the list wraps to one already seen).
    for (let current = picker.activeName; !current?.startsWith(name); current = picker.activeName) {
      if (current === null || seen.includes(current)) {
        throw new Error(`choose: no option named "${name}…" among ${JSON.stringify(seen)}`);
      }
      seen.push(current);
      await picker.press('ArrowDown');
    }
    await picker.press('Enter');
    await this.el.updateComplete;
  }
}

/** Clicks the middle of `el` with the real mouse. */
export async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}
