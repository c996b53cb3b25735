/**
 * How a number looks and sounds, in the control and in the options alike: shared by the picker
 * (first paint) and its lazily loaded popup.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, spellNumber } from '../../phone/format.js';
import type { ClidNumber } from '../../store/index.js';
import type { ClidStrings } from '../../strings.js';

/**
 * Accessible name of a number: its name, then its digits spaced, then "My default".
 *
 * @example
 * nameOf({ id: 'uk', name: 'UK Sales', number: '+442079460000' }, en, true);
 * // 'UK Sales, +4 4 2 0 7 9 4 6 0 0 0 0, My default'
 */
export const nameOf = (n: ClidNumber, s: ClidStrings, isDefault?: boolean): string =>
  [n.name, spellNumber(n.number), isDefault && s.default].filter(Boolean).join(', ');

/**
 * A number as assistive technology reads it (`nameOf`, visually hidden) and as sighted users see
 * it (name, formatted number, "My default" badge; hidden from assistive technology). `partPrefix` prefixes
 * the part names (`option-` in the list).
 *
 * @example
 * html`<div role="option">${face(number, state.agentDefault, strings, 'option-')}</div>`
 */
export const face = (
  number: ClidNumber,
  agentDefault: ClidNumber | null | undefined,
  strings: ClidStrings,
  partPrefix: string,
): TemplateResult => {
  const isDefault = number.id === agentDefault?.id;
  const digits = formatNumber(number.number);
  return html`<span class="sr">${nameOf(number, strings, isDefault)}</span
    ><span part="${partPrefix}name" aria-hidden="true">${number.name || digits}</span
    >${number.name ? html`<span part="${partPrefix}number" aria-hidden="true">${digits}</span>` : nothing}${
      isDefault ? html`<span part="badge" aria-hidden="true">${strings.default}</span>` : nothing
    }`;
};

/**
 * What a containing element (`<clid-dialer>`) says the next call will present: the picker shows it
 * instead of its own selection, with the reason, in visible text and in the accessible name.
 */
export interface PickerPresentation {
  /** The number the next call presents. */
  readonly clid: ClidNumber;
  /** `automatic`: a rule, a requested number or the selector chose it; `override`: the agent's own choice for this call. */
  readonly mode: 'automatic' | 'override';
  /** Why, as the agent reads it ("Automatic, chosen by prefix +1415"). */
  readonly reason: string;
}
