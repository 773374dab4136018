/** Catches a rendering failure and shows it, so the page is never left blank. */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="screen">
        <h1>Partner Atlas</h1>
        <div role="alert" className="error-box">
          <h2>Something went wrong while showing the graph</h2>
          <p className="error-message">{this.state.error.message}</p>
        </div>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
