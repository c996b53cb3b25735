/**
 * The base of every element: the data-source properties, declared once.
 * @module
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { SourceController } from '../controllers/source-controller.js';
import type { ClidConfig, ClidStore, ClidStoreOptions } from '../store/index.js';
import { localeReady, type ClidStrings } from '../strings.js';
import { VERSION } from '../version.js';

/**
 * Where an element's numbers come from, first match wins: `store`; `config` (object or JSON
 * text); a child `<script type="application/json">`; `config-src`; else the store of the nearest
 * `<clid-provider>`.
 */
export class ClidSourceElement extends LitElement {
  /** This copy's version (package.json's), told apart from another copy's on the page. */
  static readonly version: string = VERSION;
  static override properties: PropertyDeclarations = {
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
  /** Options for the store this element makes from a config (storage, selector…). */
  declare storeOptions?: ClidStoreOptions;
  /** Texts for this element only, over the locale's (see `registerStrings`). */
  declare strings?: Partial<ClidStrings>;

  /** The store in use and its state, from the first data source that has one. */
  protected readonly source: SourceController = new SourceController(this);

  /** Also waits for the texts of the element's language (a lazily loaded chunk for most). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }
}
