import { css } from 'lit';

/**
 * The panel uses the same `--clid-*` tokens as `<clid-picker>`, so one theme styles both.
 * Light and dark follow `color-scheme` (or `theme="light|dark"`, forwarded to the picker);
 * forced-colors mode keeps system colors; logical properties mirror the layout under
 * `dir="rtl"` while the number itself stays left-to-right. Written compactly: it ships in the
 * first-paint bundle.
 */
export const styles = css`
  :host {
    --_line: var(--clid-border-color, light-dark(#767676, #8e8e8e));
    --_acc: var(--clid-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_err: var(--clid-error-color, light-dark(#b3261e, #f2b8b5));
    color-scheme: light dark; display: inline-grid; gap: 0.5rem; min-inline-size: var(--clid-min-width, 18rem);
    padding: var(--clid-panel-padding, 1rem); border: 1px solid var(--_line); border-radius: var(--clid-radius, 6px);
    color: var(--clid-color, CanvasText); background: var(--clid-background, Canvas); font: var(--clid-font, inherit);
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='light']) { color-scheme: light; }
  :host([disabled]) { opacity: 0.55; }
  label { font-weight: 600; }
  input, button {
    box-sizing: border-box; min-block-size: var(--clid-row-height, 2.5rem); padding-inline: var(--clid-padding, 0.75rem);
    border: 1px solid var(--_line); border-radius: var(--clid-radius, 6px); font: inherit;
  }
  input { direction: ltr; color: inherit; background: inherit; }
  :host(:dir(rtl)) input { text-align: right; }
  [aria-invalid='true'] { border-color: var(--_err); }
  [part='status'], [part='message'] { contain: inline-size; }
  [part='status'] { min-block-size: 1.5em; color: var(--clid-muted-color, light-dark(#555, #bbb)); }
  [part='message']:empty { display: none; }
  .bad, [part='message'] { color: var(--_err); }
  [part='call'] {
    font-weight: 600; cursor: pointer; color: var(--clid-call-color, light-dark(#fff, #062e6f));
    background: var(--clid-call-background, var(--_acc)); border-color: transparent;
  }
  [aria-disabled='true'] { cursor: default; opacity: 0.6; }
  :focus-visible { outline: 2px solid var(--_acc); outline-offset: 1px; }
  @media (forced-colors: active) { button { border-color: ButtonText; } [aria-disabled='true'] { color: GrayText; } }
`;
