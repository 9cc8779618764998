import { buildSrcdoc } from './srcdoc';

/** One sandbox frame and whether its runtime has started. */
export interface SandboxFrame {
  element: HTMLIFrameElement;
  /** Resolves when the runtime inside posts `ready`. */
  ready: Promise<void>;
  /** Called by the runner when `ready` arrives from this frame. */
  markReady(): void;
}

/**
 * Creates a hidden, sandboxed frame running the sandbox runtime. It is not focusable and not
 * in the accessibility tree: it shows nothing, the console does.
 */
export function createSandboxFrame(container: HTMLElement, runtimeSource: string): SandboxFrame {
  const element = container.ownerDocument.createElement('iframe');
  element.setAttribute('sandbox', 'allow-scripts');
  element.setAttribute('title', 'Playground sandbox');
  element.setAttribute('aria-hidden', 'true');
  element.tabIndex = -1;
  element.srcdoc = buildSrcdoc(runtimeSource);
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  container.append(element);
  return { element, ready, markReady: () => markReady() };
}

/** The hidden element sandbox frames live in, created on first use. */
export function sandboxContainer(doc: Document): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('[data-playground-sandboxes]');
  if (existing) return existing;
  const container = doc.createElement('div');
  container.dataset.playgroundSandboxes = '';
  // Off screen but not display:none, so Chromium runs the frames at full speed.
  container.style.cssText = 'position:fixed;left:-10000px;top:0;width:1px;height:1px;overflow:hidden;border:0;';
  doc.body.append(container);
  return container;
}
