import { css } from 'lit';
import { tokens } from '../tokens.styles.js';

/**
 * Over the shared tokens (`tokens.styles.ts`). Forced-colors mode keeps
 * system colors and adds outlines where backgrounds carry meaning. Logical properties only, so
 * `dir="rtl"` mirrors the layout; numbers stay left-to-right. Written one rule per line: every
 * byte here ships in the drop-in bundle. These are the first-paint rules (the closed control, the
 * message, the popup box for the loading state); the list's rules come with the popup chunk
 * (`picker-popup.styles.ts`).
 */
export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
      position: relative;
      min-inline-size: var(--clid-min-width, 18rem);
    }
    :host([density='compact']) {
      --_row: var(--clid-row-height, 2rem);
      --_padding: var(--clid-padding, 0.5rem);
    }
    :host(:disabled) {
      opacity: 0.55;
    }
    #label {
      margin-block-end: 0.25rem;
      font-weight: 600;
    }
    #control {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      box-sizing: border-box;
      block-size: var(--_row);
      padding: 0 var(--_padding);
      cursor: pointer;
      border: var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
    }
    :focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    #control[aria-disabled],
    #control[aria-readonly] {
      cursor: default;
      border-style: dashed;
    }
    [part$='name'],
    [part$='number'] {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    [part$='name'] {
      flex: 0 1 auto;
      min-inline-size: 3em;
    }
    [part$='number'] {
      flex: none;
      margin-inline-start: auto;
      color: var(--_muted);
      direction: ltr;
      unicode-bidi: isolate;
    }
    [part='badge'],
    [part='health'] {
      white-space: nowrap;
      font-size: 0.75em;
      padding: 0 0.4em;
      border: 1px solid;
      border-radius: 1em;
      color: var(--_accent);
    }
    .flagged {
      color: var(--_error);
    }
    .at-risk {
      color: light-dark(#8a4b00, #f6c177);
      border-style: dashed;
    }
    [part='popup'] {
      position: absolute;
      z-index: var(--clid-z-index, 10);
      inset-inline-start: 0;
      inline-size: max(100%, var(--clid-popup-min-width, 22rem));
      box-sizing: border-box;
      margin-block-start: 2px;
      border: var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      box-shadow: var(--clid-shadow, 0 4px 16px #0004);
    }
    [part='empty'],
    #message:not(:empty) {
      padding: 0.5rem 0.75rem;
      color: var(--_error);
    }
    [part='empty'] {
      color: var(--_muted);
    }
    [part='reason'] {
      margin-block-start: 0.25rem;
      padding-inline-start: 0.5rem;
      border-inline-start: 3px solid var(--_accent);
      font-size: 0.85em;
      color: var(--_muted);
    }
    [part='reason'].override {
      border-inline-start-style: double;
    }
    .sr {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];
