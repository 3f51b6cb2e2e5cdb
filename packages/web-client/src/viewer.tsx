import { ViewerDocument, type ViewerQuery } from '@samverkan/schema';
import { createContext, useContext, type ReactNode } from 'react';
import { invalidate, useQuery, type QueryState } from './graphql';

/** Who is asking changes what every answer may hold: all are read again. */
const invalidateAll = () => void invalidate();

interface ViewerState {
  /** Who is asking: the signed-in user and their sessions, or no one. */
  state: QueryState<ViewerQuery>;
  /** Asks again, after signing in or out, with every answer on screen. */
  refresh: () => void;
}

const ViewerContext = createContext<ViewerState | null>(null);

/**
 * Who is signed in, asked once for the whole client (the header shows it, the account pages use
 * it) and asked again when they sign in or out. The session itself is an HTTP-only cookie the
 * API sets: the client never sees its secret.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const state = useQuery(ViewerDocument, {});
  return (
    <ViewerContext.Provider value={{ state, refresh: invalidateAll }}>
      {children}
    </ViewerContext.Provider>
  );
}

export function useViewer(): ViewerState {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer needs a ViewerProvider above it');
  return value;
}
