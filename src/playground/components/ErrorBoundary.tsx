import { Component, type ReactNode } from 'react';

/**
 * Shows a plain message instead of a broken playground (e.g. its editor's script failed to
 * download): the static code stays, readable and copyable (C32).
 */
export class ErrorBoundary extends Component<{ children: ReactNode; onError: () => void }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(): void {
    this.props.onError();
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <p className="playground__failed" role="status">
        The live playground could not load ({this.state.error}). The code above is the complete sample.
      </p>
    );
  }
}
