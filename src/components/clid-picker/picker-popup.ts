/**
 * The picker's open list: the listbox with its search field and default actions, what the keys
 * do in it (see `keyboard/open.ts`), type-ahead and windowed scrolling. The chunk `ClidPicker.loadPopup`
 * loads (see `lazy.ts`).
 *
 * It renders into the picker's own shadow root (a controller, not an element), so
 * `aria-activedescendant` on the combobox points at options in the same tree. It owns the ids
 * `lb` (the listbox), `q` (the search field) and `o<row>` (the options).
 *
 * @example
 * const { Popup } = await ClidPicker.loadPopup();
 * const popup = new Popup(picker, { view, choose, clearDefault, focusControl });
 * popup.show({ key: 'ArrowDown' });
 * html`${popup.render()}`;
 * @module
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClidNumber, ClidState, SelectScope } from '../../store/index.js';
import type { ClidStrings } from '../../strings.js';
import { cssomStyle } from './cssom-style.js';
import { face } from './face.js';
import { NumberFormats } from '../../controllers/number-formats.js';
import type { KeyPress } from './keyboard/closed.js';
import { listKey, openingCommand, type ListCommand } from './keyboard/open.js';
import { ListView, ROWS, type Row } from './list-view.js';

export { popupStyles } from './picker-popup.styles.js';

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 4;
/** Type-ahead: keys typed within this many milliseconds add up. */
const TYPE_AHEAD_MS = 500;

/** What the popup shows, as the picker has it now. */
export interface PopupView {
  /** The store's current state (the popup is only shown while there is one; a swapped store may have none yet). */
  readonly state: ClidState | undefined;
  /** The number the control shows: what a containing dialer presents, else the selection. */
  readonly shown: ClidNumber | null;
  readonly strings: ClidStrings;
  readonly groupBy?: 'tag';
  /** Id of the element that names the listbox. */
  readonly labelId: string;
}

/** What the popup reads from, and does through, its picker. */
export interface PopupOptions {
  view(): PopupView;
  /** The agent chose `number` (for the next call, or as their default). */
  choose(number: ClidNumber, scope: SelectScope): void;
  /** The agent asked to forget their default. */
  clearDefault(): void;
  /** Puts the focus back on the picker's control (the list closed from its search field). */
  focusControl(): void;
}

/** The picker the popup renders into: it hosts the popup's controller and template. */
export type PopupHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

const isOption = (row: Row | undefined): row is ClidNumber => typeof row === 'object';

/** The open list of one picker: its state, keyboard and template. */
export class Popup implements ReactiveController {
  /** Whether the list is shown. */
  open = false;
  #list = new ListView();
  #active = 0;
  /** First visible row. */
  #top = 0;
  #rowHeight = 40;
  #query = '';
  #typed = '';
  #typedAt = 0;

  readonly #host: PopupHost;
  readonly #options: PopupOptions;

  constructor(host: PopupHost, options: PopupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // The view's state is there while the list is open; the formats may be asked for after a swap.
    new NumberFormats(host, () => options.view().state?.numbers);
  }

  /** `aria-activedescendant` of the combobox and the search field. */
  get active(): string | undefined {
    return this.open && this.#list.rows.length ? `o${this.#active}` : undefined;
  }

  #rows(view = this.#options.view()): readonly Row[] {
    if (!view.state) return [];
    return this.#list.build(view.state, this.#query, view.groupBy, view.strings);
  }

  /** Opens the list where the key that opened it says (see `openingCommand`), else at the selection. */
  show(e?: KeyPress): void {
    if (this.open) return;
    this.open = true;
    this.#query = '';
    const rows = this.#rows();
    const selected = this.#options.view().shown;
    const command = openingCommand(e);
    let at = rows.findIndex((row) => isOption(row) && row.id === selected?.id);
    if (command?.do === 'first') at = 0;
    if (command?.do === 'last') at = rows.length - 1;
    this.#moveTo(at, 0, true);
    if (command?.do === 'type') this.#typeAhead(command.char);
  }

  /** Closes the list; focus inside it goes back to the control unless `refocus` is false. */
  close(refocus = true): void {
    if (!this.open) return;
    if (refocus && this.#own('q')?.matches(':focus')) this.#options.focusControl();
    this.open = false;
    this.#query = '';
    this.#host.requestUpdate();
  }

  /** A key on the control or (`inSearch`) the search field while the list is open; true when it was used. */
  key(e: KeyPress, inSearch: boolean): boolean {
    const command = listKey(e, inSearch);
    if (!command) return false;
    this.#run(command);
    return e.key !== 'Tab';
  }

  #run(command: ListCommand): void {
    switch (command.do) {
      case 'choose':
        this.#choose(this.#active, command.scope, command.refocus);
        return;
      case 'close':
        this.close();
        return;
      case 'clear-default':
        this.#clearDefault();
        return;
      case 'move':
        this.#moveTo(this.#active + command.by, command.by);
        return;
      case 'first':
        this.#moveTo(0, 1);
        return;
      case 'last':
        this.#moveTo(this.#list.rows.length - 1, -1);
        return;
      case 'type':
        this.#typeAhead(command.char);
        return;
      case 'search':
        this.#host.updateComplete.then(() => this.#own('q')?.focus()).catch(() => {});
        return;
    }
  }

  /** An element of the popup's own template (`q` the search field, `lb` the listbox), once rendered. */
  #own = (id: 'q' | 'lb'): HTMLElement | null => this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`);

  hostUpdated(): void {
    // Rows are as high as the theme makes them: measure one, then keep the active row in view.
    const listbox = this.#own('lb');
    const height = listbox?.querySelector('[role=option]')?.getBoundingClientRect().height;
    if (height && height !== this.#rowHeight) {
      this.#rowHeight = height;
      this.#host.requestUpdate();
    } else if (listbox && Math.abs(listbox.scrollTop - this.#top * this.#rowHeight) >= this.#rowHeight) {
      listbox.scrollTop = this.#top * this.#rowHeight;
    }
  }

  /** The popup, for the picker to render under its control while {@link open}. */
  render(): TemplateResult | typeof nothing {
    const view = this.#options.view();
    const { state, strings, groupBy } = view;
    if (!state) return nothing;
    const agentDefault = state.agentDefault;
    const list = this.#list;
    const rows = this.#rows(view);
    const active = this.active ?? nothing;
    const rowHeight = this.#rowHeight;
    // A window of the same size wherever it is, so the DOM does not grow or shrink.
    const start = Math.max(0, Math.min(this.#top - OVERSCAN, rows.length - ROWS - 2 * OVERSCAN));
    const end = Math.min(rows.length, start + ROWS + 2 * OVERSCAN);
    const shown: unknown[] = [];
    let group: unknown[] | undefined;
    for (let i = start; i < end; i++) {
      const row = rows[i];
      if (groupBy && (!isOption(row) || !group)) {
        shown.push(html`<div role="group" aria-label=${list.groupOf(i)}>${(group = [])}</div>`);
      }
      (group ?? shown).push(
        isOption(row)
          ? html`<div
              id="o${i}"
              role="option"
              tabindex="-1"
              part="option${i === this.#active ? ' active' : ''}"
              aria-selected=${row.id === view.shown?.id}
              aria-posinset=${list.pos[i]}
              aria-setsize=${list.size[i]}
            >
              ${face(row, agentDefault, strings, 'option-')}
            </div>`
          : html`<div part="group-label" aria-hidden="true">${row}</div>`,
      );
    }
    return html`<div part="popup" @mousedown=${(e: Event) => e.target !== this.#own('q') && e.preventDefault()}>
      ${
        state.numbers.length > ROWS
          ? html`<input
              id="q"
              part="search"
              role="combobox"
              aria-label=${strings.search}
              placeholder=${strings.search}
              aria-expanded="true"
              aria-controls="lb"
              aria-autocomplete="list"
              aria-keyshortcuts="/"
              aria-activedescendant=${active}
              tabindex="-1"
              autocomplete="off"
              .value=${this.#query}
              @input=${(e: Event) => this.#filter((e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => this.key(e, true) && e.preventDefault()}
            />`
          : nothing
      }
      <div
        id="lb"
        part="listbox"
        role="listbox"
        aria-labelledby=${view.labelId}
        @scroll=${this.#onScroll}
        @click=${(e: Event) => {
          const option = (e.target as Element).closest('[role=option]');
          if (option) this.#choose(+option.id.slice(1), 'call');
        }}
      >
        <div ${cssomStyle({ 'block-size': `${rows.length * rowHeight}px` })}>
          <div ${cssomStyle({ transform: `translateY(${start * rowHeight}px)` })}>${shown}</div>
        </div>
      </div>
      ${rows.length ? nothing : html`<div part="empty">${strings.noMatch}</div>`}
      <div part="actions">
        <button
          part="action"
          tabindex="-1"
          aria-keyshortcuts="Shift+Enter"
          @click=${() => this.#choose(this.#active, 'default')}
        >
          ${strings.setDefault}
        </button>
        ${
          agentDefault
            ? html`<button part="action" tabindex="-1" aria-keyshortcuts="Shift+Delete" @click=${this.#clearDefault}>
                ${strings.clearDefault}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #filter(query: string): void {
    this.#query = query;
    this.#rows();
    this.#top = 0;
    this.#moveTo(0, 1);
  }

  /** Makes row `i` active (the nearest option in direction `dir`) and scrolls it into view. */
  #moveTo(i: number, dir: number, center?: boolean): void {
    const rows = this.#list.rows;
    const last = rows.length - 1;
    i = Math.max(0, Math.min(last, i));
    // Off a group heading: in direction `dir`, or back from either end.
    while (typeof rows[i] === 'string') {
      if (i === last) i -= 1;
      else if (i === 0) i += 1;
      else i += dir || 1;
    }
    this.#active = i;
    if (center) this.#top = i - (ROWS >> 1);
    else if (i < this.#top + 1) this.#top = i - (typeof rows[i - 1] === 'string' ? 1 : 0);
    else if (i >= this.#top + ROWS) this.#top = i - ROWS + 1;
    this.#top = Math.max(0, Math.min(this.#top, rows.length - ROWS));
    this.#host.requestUpdate();
  }

  /** Chooses row `i` for the next call, or as the agent default; closes the popup. */
  #choose(i: number, scope: SelectScope, refocus?: boolean): void {
    const row = this.open ? this.#list.rows[i] : undefined;
    this.close(refocus);
    if (isOption(row)) this.#options.choose(row, scope);
  }

  #clearDefault = (): void => {
    this.close();
    this.#options.clearDefault();
  };

  #onScroll = (e: Event): void => {
    const top = Math.floor((e.target as Element).scrollTop / this.#rowHeight);
    if (top !== this.#top) {
      this.#top = top;
      this.#host.requestUpdate();
    }
  };

  /**
   * Type-ahead on the control (WAI-ARIA select-only combobox), at any list size: moves to the
   * first option whose name starts with, or whose digits contain, what was typed within the last
   * half second. The same letter typed again moves on to its next match; a key with no match
   * leaves the active option where it is. (The search field of a long list is reached with `/`.)
   */
  #typeAhead(char: string): void {
    const now = Date.now();
    const typed = (this.#typed = (now - this.#typedAt > TYPE_AHEAD_MS ? '' : this.#typed) + char.toLowerCase());
    this.#typedAt = now;
    const repeated = Array.from(typed).every((c) => c === typed[0]);
    let found = typed.length > 1 ? this.#list.find(typed, this.#active) : -1;
    if (found < 0 && repeated) found = this.#list.find(typed[0], this.#active + 1);
    if (found >= 0) this.#moveTo(found, 1);
  }
}
