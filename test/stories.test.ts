// Renders every story of every stories/*.stories.ts with its own render(args) and checks it as a
// user of Storybook would meet it: every clid-* element defined and rendered, no error thrown,
// and no accessibility violation (axe). The story list comes from the test server
// (web-test-runner.config.mjs), so a new story file is covered without editing this test.
import { expect, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

interface StoryModule {
  default: { title: string; args?: Record<string, unknown>; render?: Render };
  [name: string]: unknown;
}
type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult | HTMLElement;
interface Story {
  name?: string;
  args?: Record<string, unknown>;
  render?: Render;
  parameters?: { a11y?: { disable?: boolean } };
}

// A URL the test runner serves (web-test-runner.config.mjs), not a module TypeScript resolves.
const storiesUrl = '/__stories__.js';
const modules: Record<string, StoryModule> = (await import(storiesUrl)).default;

async function settle(root: Element) {
  const elements = [root, ...root.querySelectorAll('*')];
  for (const el of elements) {
    if (el.localName.startsWith('clid-')) {
      await customElements.whenDefined(el.localName);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    }
  }
}

describe('stories', () => {
  it('are found', () => {
    expect(Object.keys(modules)).to.not.be.empty;
  });

  for (const [file, mod] of Object.entries(modules)) {
    const meta = mod.default;
    describe(meta.title, () => {
      for (const [exportName, value] of Object.entries(mod)) {
        if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
        const story = value as Story;
        it(`${story.name ?? exportName} renders, defined and accessible (${file})`, async () => {
          const args = { ...meta.args, ...story.args };
          const render = story.render ?? meta.render;
          expect(render, 'story has a render function').to.be.a('function');
          // fixtureSync: a plain root (a story's wrapper <div>) would make fixture() wait for an
          // animation frame, which a page in a background tab may not get; settle() waits instead.
          const el = fixtureSync<HTMLElement>(render!(args, { args, argTypes: {}, globals: {} }));
          await settle(el);
          const clids = [el, ...el.querySelectorAll('*')].filter((node) => node.localName.startsWith('clid-'));
          expect(clids, 'the story shows a clid-* element').to.not.be.empty;
          for (const node of clids) {
            expect(customElements.get(node.localName), `<${node.localName}> is defined`).to.exist;
            expect(node.shadowRoot?.childNodes.length, `<${node.localName}> rendered`).to.be.greaterThan(0);
          }
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
