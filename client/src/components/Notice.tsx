import type { ReactNode } from 'react';

/** A calm, polite announcement (saved, created, signed out). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--info" role="status">
      {children}
    </div>
  );
}
