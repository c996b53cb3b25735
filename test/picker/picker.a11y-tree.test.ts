// What a screen reader is given: roles, names, expanded and selected states, from the browser's
// accessibility tree (Chromium and Firefox).
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ClidPicker } from '../../src/components/clid-picker/clid-picker.js';
import { createClidStore } from '../../src/store/index.js';
import { several } from '../helpers/fixtures.js';
import { PickerHarness } from '../helpers/picker-harness.js';

interface Node {
  role: string;
  name: string;
  expanded?: boolean;
  selected?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  value?: string;
  children?: Node[];
}

/**
 * The page's accessibility tree. Firefox (driven over WebDriver BiDi) has no accessibility
 * snapshot; there the tree is read from the ARIA the elements expose (roles, computed names from
 * labels and screen-reader text, states), which is what Firefox builds its tree from.
 */
// @web/test-runner-commands declares `a11ySnapshot` as resolving to void; it resolves to the tree.
const takeSnapshot = a11ySnapshot as unknown as (payload: object) => Promise<Node>;

// Asked of Firefox, the snapshot fails on the server, which prints the whole stack into the run's output.
const hasSnapshot = !navigator.userAgent.includes('Firefox');

async function snapshot(): Promise<Node> {
  return hasSnapshot ? takeSnapshot({}) : fromAria(document.body);
}

function fromAria(el: Element): Node {
  const kids = [...(el.shadowRoot?.children ?? []), ...el.children].map(fromAria);
  const role = el.getAttribute('role');
  if (!role || el.closest('[hidden]')) return { role: 'generic', name: '', children: kids };
  const root = el.getRootNode() as ShadowRoot;
  const labelled = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ??
    (labelled
      ? root.getElementById(labelled)!.textContent.trim()
      : (el.querySelector('.sr')?.textContent.trim() ?? ''));
  const flag = (a: string) => (el.hasAttribute(a) ? el.getAttribute(a) === 'true' : undefined);
  return {
    role,
    name,
    expanded: flag('aria-expanded'),
    selected: flag('aria-selected'),
    disabled: flag('aria-disabled'),
    readonly: flag('aria-readonly'),
    // A select-only combobox's value is the text it shows, less what is hidden from assistive technology.
    ...(role === 'combobox' && el.tagName !== 'INPUT' && { value: spokenText(el) }),
    children: kids,
  };
}

/** The text of `el` that assistive technology reads (aria-hidden parts left out), spaces collapsed. */
function spokenText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: globalThis.Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent!);
      else if (child instanceof Element && child.getAttribute('aria-hidden') !== 'true') walk(child);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const find = async (test: (n: Node) => boolean) =>
  findAccessibilityNode((await snapshot()) as never, test as never) as Node | null;
const all = (root: Node | null, role: string): Node[] =>
  !root ? [] : [...(root.role === role ? [root] : []), ...(root.children ?? []).flatMap((c) => all(c, role))];

describe('<clid-picker> accessibility tree', () => {
  it('a collapsed combobox named by its label; options named name then digits; selected state', async () => {
    const store = createClidStore(several, { storage: 'memory' });
    store.select('us-sales', { scope: 'default' });
    const el = await fixture<ClidPicker>(html`<clid-picker label="Present as" .store=${store}></clid-picker>`);
    const combo = await find((n) => n.role === 'combobox' && n.name === 'Present as');
    expect(combo, 'combobox "Present as"').to.exist;
    expect(combo!.expanded ?? false).to.be.false;

    const h = new PickerHarness(el);
    await h.open();
    const open = await find((n) => n.role === 'combobox' && n.name === 'Present as');
    expect(open!.expanded).to.be.true;
    const listbox = await find((n) => n.role === 'listbox');
    expect(listbox!.name).to.equal('Present as');
    const options = all(listbox, 'option');
    expect(options.map((o) => o.name)).to.deep.equal([
      'US Sales, +1 4 1 5 5 5 5 0 1 0 0, My default',
      'Berlin Support, +4 9 3 0 1 2 3 4 5 6 7 8',
      'Paris Support, +3 3 1 4 2 6 8 0 0 0 0',
      'Spring Campaign, +4 4 2 0 7 9 4 6 0 9 9 9',
      'UK Sales, +4 4 2 0 7 9 4 6 0 0 0 0',
    ]);
    expect(options[0].selected).to.be.true;
    expect(options.slice(1).some((o) => o.selected)).to.be.false;
  });

  it('forwards the host aria-label when there is no label', async () => {
    await fixture(
      html`<clid-picker
        aria-label="Caller ID"
        .store=${createClidStore(several, { storage: 'memory' })}
      ></clid-picker>`,
    );
    expect(await find((n) => n.role === 'combobox' && n.name === 'Caller ID')).to.exist;
  });

  it('a long list offers a search field that controls the same listbox', async () => {
    const { many } = await import('../helpers/fixtures.js');
    const el = await fixture<ClidPicker>(
      html`<clid-picker label="Present as" .store=${createClidStore(many(50), { storage: 'memory' })}></clid-picker>`,
    );
    const h = new PickerHarness(el);
    await h.focus();
    await h.press('l');
    expect(await find((n) => n.name === 'Search numbers' && (n.role === 'combobox' || n.role === 'searchbox'))).to
      .exist;
    expect(all(await find((n) => n.role === 'listbox'), 'option').length).to.be.greaterThan(0);
  });

  it('locked and disabled are exposed', async () => {
    const store = createClidStore(several, { storage: 'memory' });
    const root = fixtureSync(
      html`<div>
        <clid-picker label="Locked one" locked .store=${store}></clid-picker>
        <clid-picker label="Disabled one" disabled .store=${store}></clid-picker>
      </div>`,
    );
    for (const picker of root.querySelectorAll<ClidPicker>('clid-picker')) await picker.updateComplete;
    const locked = await find((n) => n.role === 'combobox' && n.name === 'Locked one');
    const disabled = await find((n) => n.role === 'combobox' && n.name === 'Disabled one');
    expect(locked, 'locked combobox').to.exist;
    expect(locked!.role).to.equal('combobox');
    expect(locked!.name).to.equal('Locked one');
    // The number it presents, read digit by digit, and that it is locked (the badge's text).
    expect(locked!.value).to.match(/^UK Sales, \+4 4 2 0 7 9 4 6 0 0 0 0\b.*Locked$/);
    // Locked is read-only, not disabled: it stays focusable and readable.
    expect(locked!.disabled ?? false, 'locked is not disabled').to.be.false;
    // Chromium's snapshot leaves out `readonly` on a select-only combobox; Firefox's tree (read
    // from the ARIA here) has it. In both, it comes from the control's aria-readonly.
    const control = root
      .querySelector<ClidPicker>('clid-picker[locked]')!
      .shadowRoot!.querySelector('[role=combobox]')!;
    if (locked!.readonly === undefined)
      expect(control.getAttribute('aria-readonly'), 'aria-readonly on the control').to.equal('true');
    else expect(locked!.readonly).to.be.true;
    expect(disabled!.disabled).to.be.true;
  });
});
