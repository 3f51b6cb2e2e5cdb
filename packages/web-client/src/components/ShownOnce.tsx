import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import './Form.css';
import './ShownOnce.css';

/**
 * A secret the API shows only this once (a token, an invitation's link): what it is, the value,
 * and a button that copies it (or, where the browser refuses, selects it). It takes the focus
 * when it appears, so the person hears it at once.
 */
export function ShownOnce({ note, value }: { note: string; value: string }) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  const shown = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    box.current?.focus();
  }, [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t.copied);
    } catch {
      window.getSelection()?.selectAllChildren(shown.current!);
      setCopied(t.copySelected);
    }
  };
  return (
    <div className="notice shown-once" role="status" tabIndex={-1} ref={box}>
      <p>{note}</p>
      <code className="shown-once-value" ref={shown}>
        {value}
      </code>
      <p className="shown-once-copy">
        <button type="button" className="form-secondary" onClick={() => void copy()}>
          {t.copy}
        </button>{' '}
        {copied && <span>{copied}</span>}
      </p>
    </div>
  );
}
