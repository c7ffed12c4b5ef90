// Shared helpers of the admin app's Jest tests (not a component: nothing here is deployed).
import { createElement, type LightningElement } from 'lwc';

type Constructor = typeof LightningElement;

/** Lets pending promise callbacks (Apex mocks, re-renders) run. */
export async function flushPromises(times = 8): Promise<void> {
  if (times <= 0) return;
  await Promise.resolve();
  await flushPromises(times - 1);
}

/** Creates the component, sets its public properties and attaches it to the document. */
export function mount<T extends object = Record<string, unknown>>(
  tag: string,
  is: Constructor,
  props: T = {} as T
): HTMLElement & T {
  const element = createElement(tag, { is }) as unknown as HTMLElement & T;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Removes everything mounted and resets mocks; call in afterEach. */
export function cleanup(): void {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
}

/** The first element in the component's shadow root matching the selector. */
export function find<E extends Element = HTMLElement & Record<string, unknown>>(
  element: Element,
  selector: string
): E {
  const found = element.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`No ${selector} in ${element.tagName}`);
  return found as E;
}

/** Every element in the component's shadow root matching the selector. */
export function findAll<E extends Element = HTMLElement & Record<string, unknown>>(
  element: Element,
  selector: string
): E[] {
  return Array.from(element.shadowRoot?.querySelectorAll(selector) ?? []) as E[];
}

/** Dispatches a CustomEvent with a detail on an element (base component events in Jest). */
export function fire(target: Element, name: string, detail: unknown = {}): void {
  target.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Listens for an event on the element and returns the details it saw. */
export function listen<D = unknown>(element: Element, name: string): D[] {
  const seen: D[] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<D>).detail));
  return seen;
}

/** A promise the test settles when it chooses: an Apex answer that arrives late. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** An Apex rejection as the platform delivers it. */
export function apexError(message: string): { body: { message: string }; status: number } {
  return { body: { message }, status: 500 };
}
