/**
 * A Lit directive that sets inline style properties through the CSSOM (`style.setProperty`).
 * Unlike a `style="…"` attribute (or `styleMap`'s first render, which writes the attribute), it
 * is allowed under a strict Content-Security-Policy without `'unsafe-inline'` in `style-src`.
 *
 * @example
 * html`<div ${cssomStyle({ 'block-size': `${height}px` })}></div>`
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

class CssomStyle extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element: <div ${cssomStyle(…)}>');
  }

  render(_styles: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
