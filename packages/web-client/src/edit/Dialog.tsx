import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import './actions.css';
import './edit.css';

/**
 * A modal dialog (the browser's `<dialog>`, opened with `showModal`: the page behind is inert,
 * Esc closes it, and the browser gives the focus back to what opened it). Named by its heading;
 * the first field, or else the dialog's text, takes the focus as it opens.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>(
      '.dialog-body input, .dialog-body select, .dialog-body textarea, .dialog-body [tabindex="-1"]',
    );
    first?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="edit-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="dialog-close" onClick={onClose} aria-label={t.editClose}>
          ×
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
