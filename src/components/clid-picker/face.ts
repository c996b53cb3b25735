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
 * What a number's health says to the agent: "Flagged as spam", "Spam risk", or `''` for a healthy
 * number (a blocked one is never shown).
 *
 * @example
 * healthNote({ id: 'w', number: '+14155550100', health: 'flagged' }, en); // 'Flagged as spam'
 */
export function healthNote(n: ClidNumber, s: ClidStrings): string {
  if (n.health === 'flagged') return s.flagged;
  if (n.health === 'at-risk') return s.atRisk;
  return '';
}

/**
 * Accessible name of a number: its name, then its digits spaced, then its health note, then "My default".
 *
 * @example
 * nameOf({ id: 'uk', name: 'UK Sales', number: '+442079460000', health: 'at-risk' }, en, true);
 * // 'UK Sales, +4 4 2 0 7 9 4 6 0 0 0 0, Spam risk, My default'
 */
export const nameOf = (n: ClidNumber, s: ClidStrings, isDefault?: boolean): string =>
  [n.name, spellNumber(n.number), healthNote(n, s), isDefault && s.default].filter(Boolean).join(', ');

/**
 * A number as assistive technology reads it (`nameOf`, visually hidden) and as sighted users see
 * it (name, formatted number, health note, "My default" badge; hidden from assistive technology).
 * `partPrefix` prefixes the part names (`option-` in the list); the health note is part `health`
 * with the class `flagged` or `at-risk`.
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
  const note = healthNote(number, strings);
  return html`<span class="sr">${nameOf(number, strings, isDefault)}</span
    ><span part="${partPrefix}name" aria-hidden="true">${number.name || digits}</span
    >${number.name ? html`<span part="${partPrefix}number" aria-hidden="true">${digits}</span>` : nothing}${
      note ? html`<span part="health" class=${number.health ?? ''} aria-hidden="true">${note}</span>` : nothing
    }${isDefault ? html`<span part="badge" aria-hidden="true">${strings.default}</span>` : nothing}`;
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
