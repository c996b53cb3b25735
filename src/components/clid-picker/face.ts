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
 * it (name, formatted number, "My default" badge; hidden from assistive technology). `p` prefixes
 * the part names (`option-` in the list).
 *
 * @example
 * html`<div role="option">${face(n, state.agentDefault, s, 'option-')}</div>`
 */
export const face = (n: ClidNumber, def: ClidNumber | null | undefined, s: ClidStrings, p: string): TemplateResult =>
  html`<span class="sr">${nameOf(n, s, n.id === def?.id)}</span
    ><span part="${p}name" aria-hidden="true">${n.name || formatNumber(n.number)}</span
    >${n.name ? html`<span part="${p}number" aria-hidden="true">${formatNumber(n.number)}</span>` : nothing}${
      n.id === def?.id ? html`<span part="badge" aria-hidden="true">${s.default}</span>` : nothing
    }`;

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
