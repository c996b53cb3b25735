/**
 * Helpers of the memory tests (`*.memory.test.ts`, Chromium only): garbage collection on demand
 * (`--js-flags=--expose-gc`), weak references to what must be collected, and the page's figures
 * read over the DevTools protocol (scripts/memory-plugin.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ClidConfig } from '../../src/store/index.js';

/**
 * A full, precise garbage collection: V8's collector (`--js-flags=--expose-gc`,
 * scripts/browsers.mjs) run from a task of its own. Called synchronously, `gc()` scans the native
 * stack conservatively, so a stale pointer left there can keep a removed element alive for a
 * while: run from a task, nothing of the caller is on the stack.
 */
const collectGarbage = (): Promise<void> => {
  if (!globalThis.gc) throw new Error('gc() is missing: the memory tests run in a Chromium started with --expose-gc');
  return globalThis.gc({ type: 'major', execution: 'async' });
};

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
   * How many tracked objects are collected. Garbage is collected, a task later each time (a weak
   * reference keeps its target until the end of the task that read it), until all are gone or
   * `rounds` times. Rounds, not time: what the page has let go of is gone after the first round or
   * two, however busy the machine; what is still held after `rounds` rounds is held by something
   * (a listener, a timer, a pending promise), and that is the fault the test is there to find.
   */
  async collected(rounds = 20): Promise<number> {
    for (let i = 0; i < rounds && this.#alive(); i++) {
      await nextTask();
      await collectGarbage();
    }
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
