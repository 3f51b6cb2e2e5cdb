import { useEffect, useRef, useState, type MouseEvent } from 'react';

/**
 * Which of a toolbar's dialogs is open, and the focus given back when it closes: to the button
 * that opened it, or, when that button is gone (Archive became Restore), to the toolbar's first.
 */
export function useOpener<T extends string>() {
  const [open, setOpen] = useState<T | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const toolbar = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (open !== null || !opener.current) return;
    const target = opener.current.isConnected
      ? opener.current
      : toolbar.current?.querySelector('button');
    target?.focus();
  }, [open]);
  const opens = (which: T) => (event: MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setOpen(which);
  };
  return { open, opens, close: () => setOpen(null), toolbar };
}
