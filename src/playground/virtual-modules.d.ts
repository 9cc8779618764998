/** Types for what the playground integration provides (see src/integrations/sdk-bundle.ts). */

declare module 'virtual:quickref/playground-assets' {
  /** URL of the SDK's browser bundle (ES module). */
  export const sdkUrl: string;
  /** URL of the sandbox runtime (classic script, inlined into each sandbox frame). */
  export const sandboxUrl: string;
}

declare namespace Astro {
  interface ClientDirectives {
    /** Load this island when its playground nears the viewport or is clicked (see client-directive.ts). */
    'client:playground'?: boolean;
  }
}
