/**
 * Page object for `<clid-picker>`: finds its parts the way a user and assistive technology do
 * (by role), and drives it with real keys.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';

export class PickerHarness {
  constructor(readonly el: ClidPicker) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  /** The element with role `combobox` (the control). */
  get combobox(): HTMLElement {
    return this.root.querySelector('[part=control][role=combobox]')!;
  }
  get listbox(): HTMLElement | null {
    return this.root.querySelector('[role=listbox]');
  }
  get search(): HTMLInputElement | null {
    return this.root.querySelector('input[part=search]');
  }
  get options(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role=option]')];
  }
  get expanded(): boolean {
    return this.combobox.getAttribute('aria-expanded') === 'true';
  }
  /** The option that `aria-activedescendant` points at. */
  get active(): HTMLElement | null {
    const id = this.combobox.getAttribute('aria-activedescendant');
    return id ? this.root.getElementById(id) : null;
  }
  /** The accessible name of the active option (its text for assistive technology). */
  get activeName(): string | null {
    return this.active ? PickerHarness.nameOf(this.active) : null;
  }
  /** Accessible text of an option: its screen-reader text (the visible parts are aria-hidden). */
  static nameOf(option: Element): string {
    return option.querySelector('.sr')!.textContent.trim();
  }
  get message(): string {
    return this.root.querySelector('[part~=message]')!.textContent.trim();
  }
  get status(): string {
    return this.root.querySelector('[role=status]')!.textContent.trim();
  }
  /** Visible text of the control: the current name (and number). */
  get shown(): string {
    return this.root.querySelector('[part=name]')!.textContent.trim();
  }
  /** Text of the deep-focused element inside the picker (null when focus is elsewhere). */
  get focused(): Element | null {
    return this.root.activeElement;
  }
  button(name: RegExp): HTMLButtonElement | undefined {
    return [...this.root.querySelectorAll('button')].find((b) => name.test(b.textContent));
  }

  async focus(): Promise<void> {
    this.combobox.focus();
    await this.el.updateComplete;
  }
  /** Presses keys one at a time (WebKit drops repeated characters in `type`). */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await sendKeys({ press: key });
      await this.el.updateComplete;
    }
  }
  async type(text: string): Promise<void> {
    await this.press(...text.split(''));
  }
  async open(): Promise<void> {
    await this.focus();
    if (!this.expanded) await this.press('ArrowDown');
  }
}
