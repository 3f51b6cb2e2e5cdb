import { AgendaItemRetractDocument, AgendaReorderDocument } from '@samverkan/schema';
import { useRef } from 'react';
import { changeOf } from '../../edit/kind';
import { useMoves } from '../../edit/Moves';
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
  const order = meeting.agenda.map((item) => item.id);
  const list = useRef<HTMLOListElement>(null);
  const moves = useMoves(list, order.join(), onChanged);
  const save = (items: string[]) =>
    changeOf(AgendaReorderDocument, { meeting: meeting.id, version: meeting.version, items });
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
                  {meeting.viewerCanUpdate ? moves.movers(order, index, item.title, save) : null}
                </RelationControls>
              </li>
            ))}
          </ol>
          {moves.shown}
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
