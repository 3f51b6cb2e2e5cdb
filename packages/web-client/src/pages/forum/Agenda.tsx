import { AgendaItemRetractDocument, AgendaReorderDocument } from '@samverkan/schema';
import { useEffect, useRef } from 'react';
import { changeOf } from '../../edit/kind';
import { useInstantChange } from '../../edit/Instant';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import type { Meeting } from './Meetings';

/** An agenda item's presenters: "Anna Berg, Region; Per Ek". */
function presentersOf(item: Meeting['agenda'][number]): string {
  return item.presenters
    .map((presenter) => [presenter.person.name, presenter.actor?.name].filter(Boolean).join(', '))
    .join('; ');
}

/**
 * A meeting's agenda in order; for those who may change the meeting, each item's controls, "move
 * up" and "move down" (the whole order saved at once, on the meeting's version) and "add an item".
 * A moved item's button keeps the focus.
 */
export function Agenda({
  meeting,
  what,
  onChanged,
}: {
  meeting: Meeting;
  what: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  const change = useInstantChange(onChanged);
  const list = useRef<HTMLOListElement>(null);
  const moved = useRef<string | null>(null);
  const order = meeting.agenda.map((item) => item.id);
  const orderKey = order.join();
  useEffect(() => {
    if (!moved.current) return;
    // The same button of the moved item, or its other one at the top or the bottom.
    const [id] = moved.current.split(':');
    const button =
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.current}"]`) ??
      list.current?.querySelector<HTMLButtonElement>(`[data-move^="${id}:"]`);
    button?.focus();
    moved.current = null;
  }, [orderKey]);
  const move = (index: number, step: 1 | -1) => {
    const items = [...order];
    [items[index], items[index + step]] = [items[index + step], items[index]];
    moved.current = `${order[index]}:${step}`;
    return change.run(() =>
      changeOf(AgendaReorderDocument, { meeting: meeting.id, version: meeting.version, items }),
    );
  };
  const mover = (item: Meeting['agenda'][number], index: number, step: 1 | -1) => (
    <button
      type="button"
      className="link-button"
      data-move={`${item.id}:${step}`}
      disabled={change.busy}
      onClick={() => move(index, step)}
    >
      {step === -1 ? t.editMoveUp : t.editMoveDown}
      <span className="visually-hidden"> {item.title}</span>
    </button>
  );
  return (
    <>
      {meeting.agenda.length ? (
        <>
          <h3>{t.agenda}</h3>
          <ol className="agenda" ref={list}>
            {meeting.agenda.map((item, index) => (
              <li key={item.id}>
                {item.title}
                {item.presenters.length ? (
                  <span className="muted"> — {presentersOf(item)}</span>
                ) : null}
                <RelationControls
                  typename="AgendaItem"
                  relation={item}
                  what={item.title}
                  retract={(input) => changeOf(AgendaItemRetractDocument, input)}
                  onChanged={onChanged}
                >
                  {meeting.viewerCanUpdate && index > 0 ? mover(item, index, -1) : null}
                  {meeting.viewerCanUpdate && index < order.length - 1
                    ? mover(item, index, 1)
                    : null}
                </RelationControls>
              </li>
            ))}
          </ol>
          {change.shown}
        </>
      ) : null}
      <AddRelation
        typename="AgendaItem"
        label={t.editAddAgendaItem}
        title={t.editAddAgendaItemTitle(what)}
        fixed={{ meeting: meeting.id }}
        may={meeting.viewerCanUpdate}
        onChanged={onChanged}
      />
    </>
  );
}
