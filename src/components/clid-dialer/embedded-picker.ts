/**
 * The dialer's own picker, made by hand rather than in the dialer's template (whose tag names
 * are fixed) because it has whichever tag name the picker was defined under.
 * @module
 */
import type { ClidPicker } from '../clid-picker/clid-picker.js';

/** What the dialer sets on its picker; `theme` is an attribute (the tokens' styles read it). */
export type EmbeddedPickerProps = Partial<Pick<ClidPicker, 'store' | 'presentation' | 'label'>> &
  Pick<ClidPicker, 'disabled' | 'locked'> & { theme?: string };

/**
 * `picker` while it has tag name `tag`, else a new picker under that name (`part="picker"`,
 * `onChoice` listening for its `clid-change`), with `props` set on it. Properties set before the
 * picker is defined are taken up when it is (Lit keeps them).
 *
 * @example
 * this.#picker = embeddedPicker(this.#picker, 'clid-picker', { store, disabled: false, locked: false }, onChoice);
 */
export function embeddedPicker(
  picker: HTMLElement | undefined,
  tag: string,
  props: EmbeddedPickerProps,
  onChoice: (e: Event) => void,
): HTMLElement {
  if (picker?.localName !== tag) {
    picker = document.createElement(tag);
    picker.setAttribute('part', 'picker');
    picker.addEventListener('clid-change', onChoice);
  }
  const { theme, ...properties } = props;
  Object.assign(picker, properties);
  if (theme) picker.setAttribute('theme', theme);
  else picker.removeAttribute('theme');
  return picker;
}
