/**
 * Helpers of the memory tests (`*.memory.test.ts`, Chromium only): garbage collection on demand
 * (`--js-flags=--expose-gc`), weak references to what must be collected, and the page's figures
 * read over the DevTools protocol (scripts/memory-plugin.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ClidConfig } from '../../src/store/index.js';

/** V8's collector, exposed by `--js-flags=--expose-gc` (scripts/browsers.mjs). */
const collectGarbage = (): void => globalThis.gc!();

/** What the page holds after garbage collection. */
export interface Figures {
  /** JS heap in use, bytes. */
  heap: number;
  windowListeners: number;
  documentListeners: number;
  /** DOM nodes alive in the renderer. */
  nodes: number;
}

/** Collects garbage and reads the page's figures. */
export const figures = (): Promise<Figures> => executeServerCommand<Figures, undefined>('clid-memory');

/** Expects the window and the document to have the listeners they had at `start`. */
export async function expectListenersAsAt(start: Figures): Promise<void> {
  const end = await figures();
  expect(end.windowListeners, 'window listeners').to.equal(start.windowListeners);
  expect(end.documentListeners, 'document listeners').to.equal(start.documentListeners);
}

/**
 * Resolves when the browser is idle, or after 100 ms at the latest: a test page in a background
 * tab may have no idle periods (and no frames).
 */
const idleTurn = (): Promise<void> => new Promise((done) => requestIdleCallback(() => done(), { timeout: 100 }));

/** Weak references to objects that must be garbage-collected once the page drops them. */
export class Collectable {
  readonly #refs: WeakRef<object>[] = [];

  /** Tracks `target` (returned as is). */
  track<T extends object>(target: T): T {
    this.#refs.push(new WeakRef(target));
    return target;
  }

  /**
   * Runs `use` (which mounts, uses and removes what it tracks), then waits a task so that removals
   * are final. The work must happen in a function that has returned: a suspended async function
   * (the test itself) may keep its last values alive in its frame.
   */
  async after(use: () => Promise<void>): Promise<void> {
    await use();
    await nextTask();
  }

  get tracked(): number {
    return this.#refs.length;
  }

  #alive(): number {
    return this.#refs.filter((ref) => ref.deref() !== undefined).length;
  }

  /**
   * How many tracked objects are collected: garbage is collected after each idle turn until all
   * are gone, or `rounds` times (a weak reference keeps its target until the end of the task).
   */
  async collected(rounds = 100): Promise<number> {
    for (let i = 0; i < rounds && this.#alive(); i++) {
      await idleTurn();
      collectGarbage();
    }
    await idleTurn();
    collectGarbage();
    return this.tracked - this.#alive();
  }
}

/** A config of `count` numbers, new objects on every call (as a CRM's record view fetches it). */
export const bigConfig = (count: number, accountId = 'memory'): ClidConfig => ({
  accountId,
  agentId: 'agent-7',
  numbers: Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    number: `+4420${String(70000000 + i * 7).padStart(8, '0')}`,
    name: `Line ${String(i).padStart(5, '0')}`,
  })),
});

/** Waits for the next task (a removal is final once a task has passed without a re-append). */
export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));
