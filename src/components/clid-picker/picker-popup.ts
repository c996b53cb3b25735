/**
 * The picker's popup: the listbox with its search field and default actions, the keyboard inside
 * the open list, type-ahead and windowed scrolling. A lazily loaded chunk of its own
 * (`clid-picker-popup-<hash>.js` next to the script-tag bundle): the first paint needs only the
 * closed control, and every picker prefetches this module right after its first render (see
 * `ClidPicker.loadPopup`).
 *
 * It renders into the picker's own shadow root (a controller, not an element), so
 * `aria-activedescendant` on the combobox points at options in the same tree.
 *
 * @example
 * const { Popup } = await import('./picker-popup.js');
 * const popup = new Popup({ el: picker, state: () => src.state!, act: (a) => src.own(a) });
 * popup.show({ key: 'ArrowDown' });
 * html`${popup.render()}`;
 * @module
 */
import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { ClidState, ClidStore, SelectScope } from '../../store/index.js';
import { stringsFor, type ClidStrings } from '../../strings.js';
import { idle } from '../../lazy.js';
import { loadFormats, onFormatsChange } from '../../phone/format.js';
import { cssomStyle } from './cssom-style.js';
import { face } from './face.js';
import { ListView, ROWS, type Row } from './list-view.js';
import { popupStyles } from './picker-popup.styles.js';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 4;
/** PageUp / PageDown step (APG). */
const PAGE = 10;
const NAV: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE };

/** What the popup reads of a key press (a key queued before the chunk arrived has no target left). */
export type KeyPress = Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>>;

/** The picker, as its popup sees it. */
export interface PopupHost {
  el: LitElement & { groupBy?: 'tag'; strings?: Partial<ClidStrings> };
  /** The store's current state (the popup is only shown while there is one). */
  state(): ClidState;
  /** Runs `act` on the store as the picker's own action (its events are re-dispatched on the picker). */
  act(act: (store: ClidStore) => unknown): void;
}

/** The open list of one picker: its state, keyboard and template. */
export class Popup implements ReactiveController {
  /** Whether the list is shown. */
  open = false;
  #list = new ListView();
  #active = 0;
  #top = 0;
  #rh = 40;
  #q = '';
  #typed = '';
  #typedAt = 0;
  #formatsFor?: readonly unknown[];
  #stopWatchingFormats?: () => void;

  constructor(private h: PopupHost) {
    const el = h.el;
    el.addController(this);
    adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof LitElement).elementStyles, popupStyles]);
  }

  hostConnected(): void {
    this.#stopWatchingFormats = onFormatsChange(() => this.h.el.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopWatchingFormats?.();
  }

  /** `aria-activedescendant` of the combobox and the search field. */
  get active(): string | undefined {
    return this.open && this.#list.rows.length ? `o${this.#active}` : undefined;
  }

  get #s(): ClidStrings {
    return stringsFor(this.h.el, this.h.el.strings);
  }

  get #root(): ParentNode {
    return this.h.el.renderRoot;
  }

  #build(): readonly Row[] {
    return this.#list.build(this.h.state(), this.#q, this.h.el.groupBy, this.#s);
  }

  /**
   * Opens the list. The key that opened it (if any) decides where: Home / End at the first / last
   * option, a printable character types ahead, any other at the current selection.
   */
  show(e?: KeyPress): void {
    if (this.open) return;
    this.open = true;
    this.#q = '';
    const rows = this.#build();
    const k = e?.key ?? '';
    const sel = this.h.state().selected;
    this.#moveTo(k == 'Home' ? 0 : k == 'End' ? rows.length - 1 : rows.findIndex((r) => typeof r != 'string' && r.id == sel?.id), 0, true);
    if (k.length == 1 && k != ' ') this.#typeAhead(k);
  }

  /** Closes the list; focus inside it goes back to the control unless `refocus` is false. */
  close(refocus = true): void {
    if (!this.open) return;
    if (refocus && this.#root.querySelector('#q:focus')) (this.#root.querySelector('#c') as HTMLElement).focus();
    this.open = false;
    this.#q = '';
    this.h.el.requestUpdate();
  }

  /** A key on the control or the search field while the list is open; true when it was used. */
  key(e: KeyPress, inSearch: boolean): boolean {
    const k = e.key;
    const plain = k.length == 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (k == 'Tab') this.#choose(this.#active, 'call', false);
    else if (k == 'Escape') this.close();
    else if (k == 'Enter' || (k == ' ' && !inSearch) || (e.altKey && k == 'ArrowUp')) this.#choose(this.#active, e.shiftKey ? 'default' : 'call');
    else if (k == 'Delete' && e.shiftKey) this.#clearDefault();
    else if (NAV[k]) this.#moveTo(this.#active + NAV[k], NAV[k]);
    else if ((k == 'Home' || k == 'End') && !inSearch) this.#moveTo(k == 'Home' ? 0 : this.#list.rows.length - 1, k == 'Home' ? 1 : -1);
    else if (plain && !inSearch) this.#typeAhead(k);
    else return false;
    return k != 'Tab';
  }

  hostUpdated(): void {
    // Numbers are shown grouped by a light rule until their country's formats are here: fetch
    // those of the configured numbers when the page is idle (again when the numbers change);
    // they are shown again as they arrive. A failed load keeps the light rule.
    const numbers = this.h.state()?.numbers;
    if (numbers && numbers !== this.#formatsFor) {
      this.#formatsFor = numbers;
      idle(() => void loadFormats(numbers.map((n) => n.number)).catch(() => {}));
    }
    // Rows are as high as the theme makes them: measure one, then keep the active row in view.
    const lb = this.#root.querySelector('#lb');
    const h = lb?.querySelector('[role=option]')?.getBoundingClientRect().height;
    if (h && h != this.#rh) {
      this.#rh = h;
      this.h.el.requestUpdate();
    } else if (lb && Math.abs(lb.scrollTop - this.#top * this.#rh) >= this.#rh) lb.scrollTop = this.#top * this.#rh;
  }

  /** The popup, for the picker to render under its control while {@link open}. */
  render(): TemplateResult {
    const s = this.#s;
    const st = this.h.state();
    const sel = st.selected;
    const def = st.agentDefault;
    const list = this.#list;
    const rows = this.#build();
    const act = this.active ?? nothing;
    const groupBy = this.h.el.groupBy;
    // A window of the same size wherever it is, so the DOM does not grow or shrink.
    const start = Math.max(0, Math.min(this.#top - OVERSCAN, rows.length - ROWS - 2 * OVERSCAN));
    const end = Math.min(rows.length, start + ROWS + 2 * OVERSCAN);
    const win: unknown[] = [];
    let group: unknown[] | undefined;
    for (let i = start; i < end; i++) {
      const r = rows[i];
      if (groupBy && (typeof r == 'string' || !group)) {
        win.push(html`<div role="group" aria-label=${list.groupOf(i)}>${(group = [])}</div>`);
      }
      (group ?? win).push(
        typeof r == 'string'
          ? html`<div part="group-label" aria-hidden="true">${r}</div>`
          : html`<div
              id="o${i}"
              role="option"
              tabindex="-1"
              part="option${i == this.#active ? ' active' : ''}"
              aria-selected=${r.id == sel?.id}
              aria-posinset=${list.pos[i]}
              aria-setsize=${list.size[i]}
            >
              ${face(r, def, s, 'option-')}
            </div>`,
      );
    }
    return html`<div part="popup" @mousedown=${(e: Event) => e.target != this.#root.querySelector('#q') && e.preventDefault()}>
      ${st.numbers.length > ROWS
        ? html`<input
            id="q"
            part="search"
            role="combobox"
            aria-label=${s.search}
            placeholder=${s.search}
            aria-expanded="true"
            aria-controls="lb"
            aria-autocomplete="list"
            aria-activedescendant=${act}
            tabindex="-1"
            autocomplete="off"
            .value=${this.#q}
            @input=${(e: Event) => this.#filter((e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => this.key(e, true) && e.preventDefault()}
          />`
        : nothing}
      <div
        id="lb"
        part="listbox"
        role="listbox"
        aria-labelledby="l"
        @scroll=${this.#onScroll}
        @click=${(e: Event) => {
          const o = (e.target as Element).closest('[role=option]');
          if (o) this.#choose(+o.id.slice(1), 'call');
        }}
      >
        <div ${cssomStyle({ 'block-size': `${rows.length * this.#rh}px` })}>
          <div ${cssomStyle({ transform: `translateY(${start * this.#rh}px)` })}>${win}</div>
        </div>
      </div>
      ${rows.length ? nothing : html`<div part="empty">${s.noMatch}</div>`}
      <div part="actions">
        <button part="action" tabindex="-1" aria-keyshortcuts="Shift+Enter" @click=${() => this.#choose(this.#active, 'default')}>
          ${s.setDefault}
        </button>
        ${def
          ? html`<button part="action" tabindex="-1" aria-keyshortcuts="Shift+Delete" @click=${this.#clearDefault}>
              ${s.clearDefault}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  #filter(q: string): void {
    this.#q = q;
    this.#build();
    this.#top = 0;
    this.#moveTo(0, 1);
  }

  /** Makes row `i` active (the nearest option in direction `dir`) and scrolls it into view. */
  #moveTo(i: number, dir: number, center?: boolean): void {
    const rows = this.#list.rows;
    const last = rows.length - 1;
    i = Math.max(0, Math.min(last, i));
    while (typeof rows[i] == 'string') i += i == last ? -1 : i == 0 ? 1 : dir || 1;
    this.#active = i;
    if (center) this.#top = i - (ROWS >> 1);
    else if (i < this.#top + 1) this.#top = i - (typeof rows[i - 1] == 'string' ? 1 : 0);
    else if (i >= this.#top + ROWS) this.#top = i - ROWS + 1;
    this.#top = Math.max(0, Math.min(this.#top, rows.length - ROWS));
    this.h.el.requestUpdate();
  }

  /** Chooses row `i` for the next call, or as the agent default; closes the popup. */
  #choose(i: number, scope: SelectScope, refocus?: boolean): void {
    const r = this.open && this.#list.rows[i];
    this.close(refocus);
    const st = this.h.state();
    if (r && typeof r != 'string' && r.id != (scope == 'call' ? st.selected : st.agentDefault)?.id) {
      this.h.act((s) => s.select(r.id, { scope }));
    }
  }

  #clearDefault = (): void => {
    this.close();
    this.h.act((s) => s.clearDefault());
  };

  #onScroll = (e: Event): void => {
    const top = Math.floor((e.target as Element).scrollTop / this.#rh);
    if (top != this.#top) {
      this.#top = top;
      this.h.el.requestUpdate();
    }
  };

  /**
   * Printable keys on the control. A long list takes them into its search field (which gets the
   * focus); a short one jumps to the first option whose name starts with, or whose digits
   * contain, what was typed within the last half second.
   */
  #typeAhead(k: string): void {
    if (this.h.state().numbers.length > ROWS) {
      // Keys typed before the field had the focus (or before the chunk arrived) add up.
      this.#filter(this.#q + k);
      this.h.el.updateComplete.then(() => (this.#root.querySelector('#q') as HTMLInputElement | null)?.focus());
      return;
    }
    const now = Date.now();
    const t = (this.#typed = (now - this.#typedAt > 500 ? '' : this.#typed) + k.toLowerCase());
    this.#typedAt = now;
    const i = this.#list.find(t, this.#active + (t.length == 1 ? 1 : 0));
    if (i >= 0) this.#moveTo(i, 1);
  }
}
