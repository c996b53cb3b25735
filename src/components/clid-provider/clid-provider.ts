import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { StoreProvision } from '../../context.js';
import { SourceController } from '../../controllers/source-controller.js';
import type { ClidConfig, ClidStore, ClidStoreOptions } from '../../store/index.js';
import type { ClidStrings } from '../../strings.js';
import { VERSION } from '../../version.js';

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
export class ClidProvider extends LitElement {
  /** This copy's version (package.json's), told apart from another copy's on the page. */
  static readonly version: string = VERSION;
  static override styles = css`
    :host { display: contents; }
    [part='message'] { color: var(--clid-error-color, #b3261e); }
  `;
  static override properties = {
    store: { attribute: false },
    config: {},
    configSrc: { attribute: 'config-src' },
    storeOptions: { attribute: false },
    strings: { attribute: false },
  };

  /** A shared store; wins over every other data source. */
  declare store?: ClidStore;
  /** The config, as an object or JSON text (the `config` attribute). */
  declare config?: ClidConfig | string;
  /** URL of a JSON config, fetched with same-origin credentials (`config-src`). */
  declare configSrc?: string;
  /** Options for the store this element makes from a config. */
  declare storeOptions?: ClidStoreOptions;
  /** Texts for this element only. */
  declare strings?: Partial<ClidStrings>;

  private src = new SourceController(this);
  private provider = new StoreProvision(this);

  /** The store provided to descendants, once there is one. */
  get providedStore(): ClidStore | undefined {
    return this.src.store;
  }

  override update(changed: PropertyValues): void {
    this.provider.set(this.src.store);
    super.update(changed);
  }

  override render(): TemplateResult {
    const e = this.src.error;
    return html`${e ? html`<p part="message" role="alert">${e.message}</p>` : nothing}${this.src.retry()}<slot></slot>`;
  }
}
