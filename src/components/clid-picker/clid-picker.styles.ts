import { css } from 'lit';

/**
 * Light and dark come from `color-scheme` (the page's `prefers-color-scheme`, or the host's
 * `theme="light|dark"`): system colors and `light-dark()` follow it. Forced-colors mode keeps
 * system colors and adds outlines where backgrounds carry meaning. Logical properties only, so
 * `dir="rtl"` mirrors the layout; numbers stay left-to-right.
 */
export const styles = css`
  :host {
    --_fg: var(--clid-color, CanvasText);
    --_bg: var(--clid-background, Canvas);
    --_mute: var(--clid-muted-color, light-dark(#555, #bbb));
    --_line: var(--clid-border-color, light-dark(#767676, #8e8e8e));
    --_acc: var(--clid-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_hi: var(--clid-active-background, light-dark(#e8effd, #233a5e));
    --_rh: var(--clid-row-height, 2.5rem);
    --_r: var(--clid-radius, 6px);
    --_pad: var(--clid-padding, 0.75rem);
    color-scheme: light dark;
    display: inline-block;
    position: relative;
    min-inline-size: var(--clid-min-width, 18rem);
    color: var(--_fg);
    font: var(--clid-font, inherit);
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='light']) { color-scheme: light; }
  :host([density='compact']) { --_rh: var(--clid-row-height, 2rem); --_pad: var(--clid-padding, 0.5rem); }
  :host(:disabled), :host([disabled]) { opacity: 0.55; }
  [part='label'] { display: block; margin-block-end: 0.25rem; font-weight: 600; }
  [part='control'] {
    display: flex; align-items: center; gap: 0.5rem; box-sizing: border-box; min-block-size: var(--_rh);
    padding-inline: var(--_pad); border: 1px solid var(--_line); border-radius: var(--_r);
    background: var(--_bg); cursor: pointer;
  }
  [part='control']:focus-visible, [part='search']:focus-visible { outline: 2px solid var(--_acc); outline-offset: 1px; }
  [aria-disabled='true'] { cursor: default; }
  [aria-readonly='true'] { cursor: default; border-style: dashed; }
  [part~='name'], [part~='option-name'] { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  [part~='number'], [part~='option-number'] { color: var(--_mute); direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
  [part~='badge'] {
    font-size: 0.75em; padding: 0 0.4em; border: 1px solid currentColor; border-radius: 1em; color: var(--_acc); white-space: nowrap;
  }
  [part='popup'] {
    position: absolute; z-index: var(--clid-z-index, 10); inset-inline: 0; inset-block-start: 100%; margin-block-start: 2px;
    border: 1px solid var(--_line); border-radius: var(--_r); background: var(--_bg);
    box-shadow: var(--clid-shadow, 0 4px 16px #0004); overflow: hidden;
  }
  [part='search'] {
    display: block; box-sizing: border-box; inline-size: calc(100% - 1rem); margin: 0.5rem; padding: 0.35rem 0.5rem;
    font: inherit; color: inherit; background: inherit; border: 1px solid var(--_line); border-radius: var(--_r);
  }
  [part='listbox'] { max-block-size: calc(8 * var(--_rh)); overflow-y: auto; overscroll-behavior: contain; }
  [role='option'], [part='group-label'] {
    display: flex; align-items: center; gap: 0.5rem; box-sizing: border-box; block-size: var(--_rh);
    padding-inline: var(--_pad); cursor: pointer;
  }
  [part='group-label'] { font-size: 0.8em; font-weight: 600; color: var(--_mute); cursor: default; }
  [role='option']::before { content: ''; inline-size: 1em; flex: none; }
  [aria-selected='true']::before { content: '✓' / ''; color: var(--_acc); }
  [part~='active'] { background: var(--_hi); }
  [part='empty'], [part~='message']:not(:empty) { padding: 0.5rem var(--_pad); color: var(--_mute); }
  [part~='message'] { color: var(--clid-error-color, light-dark(#b3261e, #f2b8b5)) !important; }
  [part='actions'] { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0.5rem; border-block-start: 1px solid var(--_line); }
  [part~='action'] {
    font: inherit; font-size: 0.875em; padding: 0.25rem 0.6rem; color: var(--_acc); background: none;
    border: 1px solid currentColor; border-radius: var(--_r); cursor: pointer;
  }
  .sr { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) {
    [part~='active'] { outline: 2px solid Highlight; outline-offset: -2px; }
    [part~='badge'], [part~='action'] { border-color: ButtonText; }
  }
`;
