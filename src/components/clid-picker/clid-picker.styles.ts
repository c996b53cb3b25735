import { css } from 'lit';

/**
 * Light and dark come from `color-scheme` (the page's `prefers-color-scheme`, or the host's
 * `theme="light|dark"`): system colors and `light-dark()` follow it. Forced-colors mode keeps
 * system colors and adds outlines where backgrounds carry meaning. Logical properties only, so
 * `dir="rtl"` mirrors the layout; numbers stay left-to-right. Written one rule per line: every
 * byte here ships in the drop-in bundle. These are the first-paint rules (the closed control, the
 * message, the popup box for the loading state); the list's rules come with the popup chunk
 * (`picker-popup.styles.ts`).
 */
export const styles = css`
:host{--_m:var(--clid-muted-color,light-dark(#555,#bbb));--_l:1px solid var(--clid-border-color,light-dark(#767676,#8e8e8e));--_a:var(--clid-accent-color,light-dark(#0b57d0,#a8c7fa));--_b:var(--clid-background,Canvas);--_h:var(--clid-row-height,2.5rem);--_r:var(--clid-radius,6px);--_p:0 var(--clid-padding,.75rem);color-scheme:light dark;display:inline-block;position:relative;min-inline-size:var(--clid-min-width,18rem);color:var(--clid-color,CanvasText);font:var(--clid-font,inherit)}
:host([theme=dark]){color-scheme:dark}
:host([theme=light]){color-scheme:light}
:host([density=compact]){--_h:var(--clid-row-height,2rem);--_p:0 var(--clid-padding,.5rem)}
:host(:disabled){opacity:.55}
#l{margin-block-end:.25rem;font-weight:600}
#c{display:flex;align-items:center;gap:.5rem;box-sizing:border-box;block-size:var(--_h);padding:var(--_p);cursor:pointer;border:var(--_l);border-radius:var(--_r);background:var(--_b)}
:focus-visible{outline:2px solid var(--_a);outline-offset:1px}
#c[aria-disabled],#c[aria-readonly]{cursor:default;border-style:dashed}
[part$=name],[part$=number]{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
[part$=name]{flex:0 1 auto;min-inline-size:3em}
[part$=number]{flex:none;margin-inline-start:auto;color:var(--_m);direction:ltr;unicode-bidi:isolate}
[part=badge]{white-space:nowrap;font-size:.75em;padding:0 .4em;border:1px solid;border-radius:1em;color:var(--_a)}
[part=popup]{position:absolute;z-index:var(--clid-z-index,10);inset-inline-start:0;inline-size:max(100%,var(--clid-popup-min-width,22rem));box-sizing:border-box;margin-block-start:2px;border:var(--_l);border-radius:var(--_r);background:var(--_b);box-shadow:var(--clid-shadow,0 4px 16px #0004)}
[part=empty],#m:not(:empty){padding:.5rem .75rem;color:var(--clid-error-color,light-dark(#b3261e,#f2b8b5))}
[part=empty]{color:var(--_m)}
[part=reason]{margin-block-start:.25rem;padding-inline-start:.5rem;border-inline-start:3px solid var(--_a);font-size:.85em;color:var(--_m)}
[part=reason].override{border-inline-start-style:double}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
