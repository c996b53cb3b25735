import { css } from 'lit';

/**
 * The popup's own rules (the list, search field, options and actions), loaded with the popup
 * chunk and adopted into the picker's shadow root beside its first-paint styles. The popup box
 * itself (`[part=popup]`) and `[part=empty]` stay in the first-paint styles, for the loading state.
 */
export const popupStyles = css`
  [role='option'],
  [part='group-label'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    block-size: var(--_row);
    padding: 0 var(--_padding);
    cursor: pointer;
  }
  #search {
    display: block;
    box-sizing: border-box;
    inline-size: calc(100% - 1rem);
    margin: 0.5rem;
    padding: 0.35rem 0.5rem;
    font: inherit;
    color: inherit;
    background: inherit;
    border: var(--_border);
    border-radius: var(--_radius);
  }
  #listbox {
    max-block-size: calc(8 * var(--_row));
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  [part='group-label'] {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    cursor: default;
  }
  [role='option']:before {
    content: '';
    inline-size: 1em;
    flex: none;
  }
  [aria-selected='true']:before {
    content: '✓'/'';
    color: var(--_accent);
  }
  [part~='active'] {
    background: var(--clid-active-background, light-dark(#e8effd, #233a5e));
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.5rem;
    border-block-start: var(--_border);
  }
  button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.25rem 0.6rem;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [part~='active'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
