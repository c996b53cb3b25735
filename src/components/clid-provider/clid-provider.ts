import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { StoreProvision } from '../../context.js';
import type { ClidStore } from '../../store/index.js';
import { ClidSourceElement } from '../source-element.js';

/**
 * Provides one store to every descendant `<clid-picker>` / `<clid-dialer>` (through Lit context),
 * so they share one selection and one agent default. Renders its children only (and a config
 * error, when there is one).
 *
 * Data, first match wins: `store`; `config` (object or JSON text); a child
 * `<script type="application/json">`; `config-src` (fetched with same-origin credentials); else it
 * passes on the store of an enclosing provider. The store instance never changes: a new config
 * hot-reloads it (`setConfig`).
 *
 * @summary Shares one callback-number store with the elements inside it.
 *
 * @tagname clid-provider - Its standard name; `defineClidElements` defines it under another too.
 *
 * @slot - The elements that use the store.
 *
 * @fires {ClidErrorEvent} clid-error - The config is invalid (`config-invalid`) or could not be loaded (`config-load`).
 *
 * @csspart message - The config error message.
 * @csspart retry - Fetches `config-src` again after it failed to load or was invalid.
 *
 * @cssprop --clid-error-color - Color of the config error message.
 *
 * @example
 * <clid-provider config-src="/api/clid-config">
 *   <clid-picker label="Present as"></clid-picker>
 * </clid-provider>
 */
export class ClidProvider extends ClidSourceElement {
  static override styles = css`
    :host {
      display: contents;
    }
    [part='message'] {
      color: var(--clid-error-color, #b3261e);
    }
  `;
  #provider = new StoreProvision(this);

  /** The store provided to descendants, once there is one. */
  get providedStore(): ClidStore | undefined {
    return this.source.store;
  }

  override update(changed: PropertyValues): void {
    this.#provider.set(this.source.store);
    super.update(changed);
  }

  override render(): TemplateResult {
    const e = this.source.error;
    return html`${e ? html`<p part="message" role="alert">${e.message}</p>` : nothing}${this.source.retry()}<slot
      ></slot>`;
  }
}
