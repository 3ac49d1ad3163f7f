import { Component, type ReactNode } from 'react';

interface NotesLoadBoundaryProps {
  children: ReactNode;
  /** Shown when the editor's code could not be loaded (e.g. the network dropped meanwhile). */
  fallback: (retry: () => void) => ReactNode;
  onRetry: () => void;
}

/** Keeps a failed load of the editor's chunk inside the notes panel instead of the whole page. */
export class NotesLoadBoundary extends Component<NotesLoadBoundaryProps, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ hasFailed: false });
  };

  override render() {
    return this.state.hasFailed ? this.props.fallback(this.retry) : this.props.children;
  }
}
