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

/** Where an element's store comes from, and what that source holds (see {@link SourceController}). */
type Source =
  | { readonly kind: 'store'; readonly value: ClidStore }
  | { readonly kind: 'config'; readonly value: ClidConfig | string }
  | { readonly kind: 'script'; readonly value: string }
  | { readonly kind: 'config-src'; readonly value: string }
  | { readonly kind: 'provider'; readonly value: ClidStore | undefined };

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
  /** The source the store came from (or is coming from). */
  #source?: Source;
  #made?: ClidStore;
  /** The nearest provider's store. */
  #provided?: ClidStore;
  #waits: [(s: ClidStore) => void, (e: Error) => void][] = [];
  /** A number the host selected before the store was there (`null` from a plain-JS `value = null`). */
  #pending?: string | null;
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
        if (this.#released) {
          this.#released = false;
          host.requestUpdate();
        }
        stop = requestStore(host, (store) => {
          this.#provided = store;
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
    this.#fetching = undefined;
    this.#made = undefined;
    this.#source = undefined;
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
    if (e) return Promise.reject(noConfig(e.message));
    if (this.store) return Promise.resolve(this.store);
    return new Promise((resolve, reject) => this.#waits.push([resolve, reject]));
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
    const source = this.#currentSource();
    const changed = source.kind !== this.#source?.kind || source.value !== this.#source.value;
    // Removed for good: nothing is made again until the element is connected again.
    if (changed && !this.#released) this.#use(source);
    const v = this.#pending;
    if (v !== null && v !== undefined && this.store) {
      this.#pending = undefined;
      if (v !== this.state?.selected?.number) this.own((s) => s.select(v));
    }
  }

  /** The host's source now, first match wins (an empty attribute or script counts as none). */
  #currentSource(): Source {
    const h = this.host;
    if (h.store) return { kind: 'store', value: h.store };
    if (h.config) return { kind: 'config', value: h.config };
    const script = h.querySelector(':scope>script[type="application/json"]')?.textContent;
    if (script) return { kind: 'script', value: script };
    if (h.configSrc) return { kind: 'config-src', value: h.configSrc };
    return { kind: 'provider', value: this.#provided };
  }

  /** Takes the store from `source`: at once, or once its config is parsed or fetched. */
  #use(source: Source): void {
    const h = this.host;
    this.#source = source;
    this.error = undefined;
    this.loading = false;
    this.#fetching?.abort();
    this.#fetching = undefined;
    if (source.kind === 'store' || source.kind === 'provider') this.use(source.value);
    else if (source.kind !== 'config-src') this.#load(source.value);
    else {
      this.loading = true;
      const fetching = new AbortController();
      this.#fetching = fetching;
      const { signal } = fetching;
      fetch(source.value, { credentials: 'same-origin', signal })
        .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(Error(`HTTP ${r.status}`))))
        .then(
          (config) => {
            if (!signal.aborted) this.#load(config);
          },
          (e: unknown) => {
            const message = e instanceof Error ? e.message : String(e);
            if (!signal.aborted) this.#fail('config-load', fill(stringsFor(h, h.strings).loadError, message));
          },
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
      ? html`<button part="retry" @click=${this.#retry}>${stringsFor(h, h.strings).retry}</button>`
      : nothing;
  }

  /** Fetches `config-src` again (or takes the source again). */
  #retry = (): void => {
    if (this.#source) this.#use(this.#source);
  };

  #fail(code: 'config-load' | 'config-invalid', message: string): void {
    this.loading = false;
    this.error = { code, message };
    this.host.dispatchEvent(new ClidErrorEvent(this.error));
    for (const [, reject] of this.#waits.splice(0)) reject(noConfig(message));
    this.host.requestUpdate();
  }
}
