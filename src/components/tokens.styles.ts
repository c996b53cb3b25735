import { css } from 'lit';

/**
 * The one token set of the picker and the dialer: the public `--clid-*` custom properties with
 * their defaults, under the private names both style sheets use. Light and dark come from
 * `color-scheme` (the page's `prefers-color-scheme`, or the host's `theme="light|dark"`): system
 * colors and `light-dark()` follow it. Every byte here ships in the drop-in bundle.
 */
export const tokens = css`
  :host {
    --_muted: var(--clid-muted-color, light-dark(#555, #bbb));
    --_line: var(--clid-border-color, light-dark(#767676, #8e8e8e));
    --_border: 1px solid var(--_line);
    --_accent: var(--clid-accent-color, light-dark(#0b57d0, #a8c7fa));
    --_error: var(--clid-error-color, light-dark(#b3261e, #f2b8b5));
    --_background: var(--clid-background, Canvas);
    --_row: var(--clid-row-height, 2.5rem);
    --_radius: var(--clid-radius, 6px);
    --_padding: var(--clid-padding, 0.75rem);
    color-scheme: light dark;
    color: var(--clid-color, CanvasText);
    font: var(--clid-font, inherit);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
`;
