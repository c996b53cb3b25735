import { css } from 'lit';

/**
 * The panel uses the same `--clid-*` tokens as `<clid-picker>`, so one theme styles both.
 * Light and dark follow `color-scheme` (or `theme="light|dark"`, forwarded to the picker);
 * forced-colors mode keeps system colors; logical properties mirror the layout under
 * `dir="rtl"` while the number itself stays left-to-right.
 */
export const styles = css`
  :host {
    --_fg: var(--clid-color, CanvasText);
    --_bg: var(--clid-background, Canvas);
    --_mute: var(--clid-muted-color, light-dark(#555, #bbb));
    --_line: var(--clid-border-color, light-dark(#767676, #8e8e8e));
    --_acc: var(--clid-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_r: var(--clid-radius, 6px);
    color-scheme: light dark;
    display: inline-grid;
    gap: 0.5rem;
    box-sizing: border-box;
    min-inline-size: var(--clid-min-width, 18rem);
    padding: var(--clid-panel-padding, 1rem);
    border: 1px solid var(--_line);
    border-radius: var(--_r);
    color: var(--_fg);
    background: var(--_bg);
    font: var(--clid-font, inherit);
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='light']) { color-scheme: light; }
  :host([disabled]) { opacity: 0.55; }
  label { font-weight: 600; }
  input, button {
    box-sizing: border-box; min-block-size: var(--clid-row-height, 2.5rem); font: inherit;
    border-radius: var(--_r); padding-inline: var(--clid-padding, 0.75rem);
  }
  input { direction: ltr; color: inherit; background: inherit; border: 1px solid var(--_line); }
  :host(:dir(rtl)) input { text-align: right; }
  input[aria-invalid='true'] { border-color: var(--clid-error-color, light-dark(#b3261e, #f2b8b5)); }
  clid-picker { display: block; min-inline-size: 0; }
  [part~='status'] { min-block-size: 1.5em; color: var(--_mute); }
  [part~='message']:empty { display: none; }
  [part~='message'], [part~='status'].bad { color: var(--clid-error-color, light-dark(#b3261e, #f2b8b5)); }
  button {
    font-weight: 600; cursor: pointer; color: var(--clid-call-color, light-dark(#fff, #062e6f));
    background: var(--clid-call-background, var(--_acc)); border: 1px solid transparent;
  }
  button[aria-disabled='true'] { cursor: default; opacity: 0.6; }
  input:focus-visible, button:focus-visible { outline: 2px solid var(--_acc); outline-offset: 1px; }
  @media (forced-colors: active) {
    button { border-color: ButtonText; }
    button[aria-disabled='true'] { color: GrayText; }
  }
`;
