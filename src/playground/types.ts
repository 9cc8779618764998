import type { SourceFile } from './runner/transpile';

/** Props of the playground island, serialised into the page by Playground.astro. */
export interface PlaygroundProps {
  /** DOM id of the playground's `<section>`; also names it in share links (`#<id>=…`). */
  id: string;
  /** The sample's path under snippets/, e.g. `node-v8/playground-pkce.ts`: the key of saved edits. */
  sample: string;
  /** The sample's files as published, entry first. */
  files: SourceFile[];
  /** Shown in the toolbar: the entry file's name or the MDX `title`. */
  title: string;
  /** `process.env` inside the sandbox. */
  env: Record<string, string>;
  /** One line describing `env`, shown under the editor. */
  envLabel: string;
  /** URL of the SDK's browser bundle. */
  sdkUrl: string;
  /** URL of the sandbox runtime. */
  sandboxUrl: string;
}
