import { css } from 'lit';
import { tokens } from '../tokens.styles.js';

/**
 * Over the tokens it shares with `<clid-picker>` (`tokens.styles.ts`), so one theme styles both;
 * `theme="light|dark"` is forwarded to the picker.
 * Forced-colors mode keeps system colors; logical properties mirror the layout under
 * `dir="rtl"` while the number itself stays left-to-right. Written compactly: it ships in the
 * first-paint bundle.
 */
export const styles = [
  tokens,
  css`
    :host {
      display: inline-grid;
      gap: 0.5rem;
      min-inline-size: var(--clid-min-width, 18rem);
      padding: var(--clid-panel-padding, 1rem);
      border: var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
    }
    :host([disabled]) {
      opacity: 0.55;
    }
    label {
      font-weight: 600;
    }
    input,
    button {
      box-sizing: border-box;
      min-block-size: var(--_row);
      padding-inline: var(--_padding);
      border: var(--_border);
      border-radius: var(--_radius);
      font: inherit;
    }
    input {
      direction: ltr;
      color: inherit;
      background: inherit;
    }
    :host(:dir(rtl)) input {
      text-align: right;
    }
    [aria-invalid='true'] {
      border-color: var(--_error);
    }
    [part='status'],
    [part='message'] {
      contain: inline-size;
    }
    [part='status'] {
      min-block-size: 1.5em;
      color: var(--_muted);
    }
    [part='message']:empty,
    [part='where']:empty,
    [part='hours']:empty {
      display: none;
    }
    [part='where'] {
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='hours'] {
      color: var(--clid-warning-color, light-dark(#8a4b00, #f6c177));
    }
    .bad,
    [part='message'] {
      color: var(--_error);
    }
    [part='call'] {
      font-weight: 600;
      cursor: pointer;
      color: var(--clid-call-color, light-dark(#fff, #062e6f));
      background: var(--clid-call-background, var(--_accent));
      border-color: transparent;
    }
    [aria-disabled='true'] {
      cursor: default;
      opacity: 0.6;
    }
    :focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
      [aria-disabled='true'] {
        color: GrayText;
      }
    }
  `,
];
