/**
 * The base of the form-associated elements (picker and dialer): their value and validity.
 * @module
 */
import type { PropertyDeclarations } from 'lit';
import { stringsFor } from '../strings.js';
import { NumberFormats } from '../controllers/number-formats.js';
import { ClidSourceElement } from './source-element.js';

/** A form field whose value is the E.164 of the number the next call presents. */
export abstract class ClidFormElement extends ClidSourceElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    value: { noAccessor: true },
    name: {},
    required: { type: Boolean },
  };

  /** Form field name; the form value is the E.164 of the number the next call presents. */
  declare name?: string;
  /** Invalid (`valueMissing`) while there is no number to present. */
  required = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  constructor() {
    super();
    // Numbers show in their country's grouping as soon as its formats are here: render again then.
    new NumberFormats(this);
  }

  /** The element the browser points at when the field is invalid. */
  protected abstract get validityAnchor(): HTMLElement | null;

  /**
   * E.164 of the number the next call presents (`''` while there is none). Setting it selects
   * that number for the next call, as soon as the store is there.
   */
  get value(): string {
    return this.source.state?.selected?.number ?? '';
  }
  set value(value: string) {
    this.source.select(value);
  }

  /** Whether the element satisfies its constraints (`required`). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Why the element is invalid (`''` when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Like `checkValidity`, and shows the browser's message when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Form reset: back to the default (the per-call choice is dropped). */
  formResetCallback(): void {
    this.source.own((store) => store.clearCall());
  }

  /** Restores the value the browser kept (back/forward, autofill). */
  formStateRestoreCallback(state: string | null): void {
    if (state) this.value = state;
  }

  override updated(): void {
    const value = this.value;
    this.internals.setFormValue(value || null);
    const missing = this.required && !value;
    this.internals.setValidity(
      missing ? { valueMissing: true } : {},
      stringsFor(this, this.strings).required,
      this.validityAnchor ?? undefined,
    );
  }
}
