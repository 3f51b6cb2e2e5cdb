import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '../i18n';
import { useInstantChange } from './Instant';

/** Saves a list's whole new order (the IDs in it) on its owner's version: its user errors. */
export type SaveOrder = (ids: string[]) => Promise<UserErrorFieldsFragment[]>;

/**
 * "Flytta upp" and "Flytta ned" for the records of ordered lists (an agenda's items, the
 * objectives at one level of a strategy), for those who may change their order: a move saves the
 * list's whole order at once and reads the page again, or shows why it was refused (`shown`).
 * The moved record's button keeps the focus (or its other one, at the top or the bottom): the
 * buttons sit within `scope`, and `orderKey` changes when the page draws a new order.
 */
export function useMoves(
  scope: RefObject<HTMLElement | null>,
  orderKey: string,
  onChanged: () => void,
) {
  const { t } = useT();
  const change = useInstantChange(onChanged);
  const moved = useRef<string | null>(null);
  useEffect(() => {
    if (!moved.current) return;
    const [id] = moved.current.split(':');
    const button =
      scope.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.current}"]`) ??
      scope.current?.querySelector<HTMLButtonElement>(`[data-move^="${id}:"]`);
    button?.focus();
    moved.current = null;
  }, [scope, orderKey]);

  /** The buttons of the record at `index` of `order`, named by `name` for screen readers. */
  const movers = (order: readonly string[], index: number, name: string, save: SaveOrder) =>
    ([-1, 1] as const)
      .filter((step) => order[index + step] !== undefined)
      .map((step) => {
        const id = order[index];
        const move = () => {
          const ids = [...order];
          [ids[index], ids[index + step]] = [ids[index + step], ids[index]];
          moved.current = `${id}:${step}`;
          return change.run(() => save(ids));
        };
        return (
          <button
            key={step}
            type="button"
            className="link-button"
            data-move={`${id}:${step}`}
            disabled={change.busy}
            onClick={move}
          >
            {step === -1 ? t.editMoveUp : t.editMoveDown}
            <span className="visually-hidden"> {name}</span>
          </button>
        );
      });
  return { movers, shown: change.shown };
}
