/**
 * Where an element gets its store from: the one data-source rule shared by every element.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { requestStore } from '../context.js';
import { ClidErrorEvent } from '../events.js';
import { createClidStore, type ClidConfig, type ClidStore, type ClidStoreOptions } from '../store/index.js';
import type { ErrorDetail } from '../store/types.js';
import { agentMessage, fill, stringsFor, type ClidStrings } from '../strings.js';
import { StoreController, type StoreHost } from './store-controller.js';

const noConfig = (message: string): Error => Object.assign(Error(message), { reason: 'no-config' });

/** The properties an element offers for its data source (see the README, "The elements"). */
export interface SourceHost extends StoreHost {
  /** A shared store (first choice). */
  store?: ClidStore;
  /** A config object, or JSON text (the `config` attribute). */
  config?: ClidConfig | string;
  /** URL of a JSON config (the `config-src` attribute), fetched with same-origin credentials. */
  configSrc?: string;
  /** Options for a store the element creates from `config` / `config-src` / a JSON script. */
  storeOptions?: ClidStoreOptions;
  strings?: Partial<ClidStrings>;
}

/**
 * Resolves the host's store, first match wins: the `store` property; the `config` property or
 * attribute (JSON text); a child `<script type="application/json">`; the `config-src` URL; else
 * the store of the nearest ancestor provider (Lit context). Re-checked at every host update.
 *
 * A store made from a config belongs to the element; a later config hot-reloads it
 * (`setConfig`), so the instance stays the same. It is released (unsubscribed, dropped, a pending
 * `config-src` fetch aborted) when the element is removed and not appended again within the same
 * task; a moved element keeps it. Connected again later, the element makes it again from the same
 * config. An invalid config or a failed load never throws
 * into the page: it is kept in {@link error}, shown by the host, and dispatched as `clid-error`
 * (`config-invalid` / `config-load`).
 *
 * @example
 * class MyElement extends LitElement {
 *   static properties = { store: { attribute: false }, config: {}, configSrc: { attribute: 'config-src' } };
 *   source = new SourceController(this);
 * }
 */
export class SourceController extends StoreController {
  /** The config error shown by the host, if any. */
  error?: ErrorDetail;
  /** True while `config-src` loads. */
  loading = false;
  #key?: unknown;
  #made?: ClidStore;
  #ctx?: ClidStore;
  #waits: [(s: ClidStore) => void, (e: Error) => void][] = [];
  #pending?: string;
  #fetching?: AbortController;
  #releasing?: ReturnType<typeof setTimeout>;
  #released = false;

  constructor(protected override host: SourceHost) {
    super(host);
    // The nearest provider's store, asked for while connected.
    let stop: (() => void) | undefined;
    host.addController({
      hostConnected: () => {
        clearTimeout(this.#releasing);
        if (this.#released) ((this.#released = false), host.requestUpdate());
        stop = requestStore(host, (store) => {
          this.#ctx = store;
          host.requestUpdate();
        });
      },
      hostDisconnected: () => {
        stop?.();
        // A move (removed and appended again in the same task) keeps the store.
        if (this.#made || this.#fetching) this.#releasing = setTimeout(() => this.#release());
      },
    });
  }

  /** The element was removed for good: lets go of the store it made and of a pending load. */
  #release(): void {
    this.#fetching?.abort();
    this.#fetching = this.#made = this.#key = undefined;
    this.#released = true;
    this.use(undefined);
    this.host.requestUpdate();
  }

  /**
   * The store, once there is one; rejects (with `reason: 'no-config'`) if the config fails to
   * load or is invalid, whether that happens while waiting or already happened. Lets a method
   * called before the config has loaded wait for it.
   */
  ready(): Promise<ClidStore> {
    const e = this.error;
    return e
      ? Promise.reject(noConfig(e.message))
      : this.store
        ? Promise.resolve(this.store)
        : new Promise((resolve, reject) => this.#waits.push([resolve, reject]));
  }

  override use(store?: ClidStore): void {
    super.use(store);
    if (store) for (const [resolve] of this.#waits.splice(0)) resolve(store);
  }

  /**
   * Selects a number for the next call (id or E.164) as the host's own action, now or, when the
   * store is not there yet, at the first update that has it: a host's `value` setter.
   */
  select(v: string): void {
    this.#pending = v;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const h = this.host;
    const script = h.querySelector(':scope>script[type="application/json"]');
    const key = h.store || h.config || script?.textContent || h.configSrc || this.#ctx;
    // Removed for good: nothing is made again until the element is connected again.
    if (key !== this.#key && !this.#released) this.#source(key);
    const v = this.#pending;
    if (v !== null && v !== undefined && this.store) {
      this.#pending = undefined;
      if (v !== this.state?.selected?.number) this.own((s) => s.select(v));
    }
  }

  #source(key: unknown): void {
    const h = this.host;
    this.#key = key;
    this.error = undefined;
    this.loading = false;
    this.#fetching?.abort();
    this.#fetching = undefined;
    if (h.store || key === this.#ctx) this.use(key as ClidStore | undefined);
    else if (key !== h.configSrc) this.#load(key);
    else {
      this.loading = true;
      const { signal } = (this.#fetching = new AbortController());
      fetch(key as string, { credentials: 'same-origin', signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(Error(`HTTP ${r.status}`))))
        .then(
          (config) => !signal.aborted && this.#load(config),
          (e: Error) =>
            !signal.aborted && this.#fail('config-load', fill(stringsFor(h, h.strings).loadError, e.message)),
        );
    }
  }

  #load(config: unknown): void {
    this.loading = false;
    try {
      if (typeof config === 'string') config = JSON.parse(config);
      if (this.#made) this.#made.setConfig(config as ClidConfig);
      else this.#made = createClidStore(config as ClidConfig, this.host.storeOptions);
      this.use(this.#made);
    } catch (e) {
      const h = this.host;
      this.#fail(
        'config-invalid',
        agentMessage(h, { code: 'config-invalid', message: (e as Error).message }, h.strings),
      );
    }
    this.host.requestUpdate();
  }

  /**
   * A Retry button while the config from `config-src` failed to load or was invalid (nothing
   * otherwise): it fetches the URL again, so a server that recovers or an admin who fixes the
   * config is one click away. Hosts render it beside their message.
   */
  retry(): TemplateResult | typeof nothing {
    const h = this.host;
    return this.error && h.configSrc
      ? html`<button part="retry" @click=${() => this.#source(this.#key)}>${stringsFor(h, h.strings).retry}</button>`
      : nothing;
  }

  #fail(code: 'config-load' | 'config-invalid', message: string): void {
    this.loading = false;
    this.error = { code, message };
    this.host.dispatchEvent(new ClidErrorEvent(this.error));
    for (const [, reject] of this.#waits.splice(0)) reject(noConfig(message));
    this.host.requestUpdate();
  }
}
