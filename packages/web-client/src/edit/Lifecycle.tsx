import {
  ActorArchiveDocument,
  ActorMergeDocument,
  ActorRestoreDocument,
  ActorSucceedDocument,
  ForumDissolveDocument,
  ForumRestoreDocument,
  PersonMergeDocument,
} from '@samverkan/schema';
import { useState } from 'react';
import { today } from '../day';
import { request } from '../graphql';
import { useT } from '../i18n';
import { Confirm } from './Confirm';
import { FieldInput } from './FieldInput';
import type { FieldSpec, Ref } from './fields';

/** The record an action is about, as its page shows it. */
export interface Subject {
  id: string;
  name: string;
  version: number;
}

interface ActionProps {
  record: Subject;
  onDone: () => void;
  onClose: () => void;
}

const DAY = (name: string): FieldSpec => ({ name, kind: 'date', required: true });

/** Archiving an actor from a day: what hangs on it ends that day. */
export function ArchiveActor({ record, onDone, onClose }: ActionProps) {
  const { t } = useT();
  const [day, setDay] = useState(today());
  return (
    <Confirm
      title={t.editArchiveTitle(record.name)}
      what={t.editArchiveWhat(record.name, day)}
      fields={['archivedOn']}
      yes={t.editArchive}
      send={async () => ({
        errors: (
          await request(ActorArchiveDocument, {
            input: { id: record.id, version: record.version, archivedOn: day },
          })
        ).actorArchive.userErrors,
      })}
      onDone={onDone}
      onClose={onClose}
    >
      {(refusal) => (
        <FieldInput
          field={DAY('archivedOn')}
          value={day}
          onChange={(value) => setDay(value as string)}
          refusal={refusal}
          words={t.editErrors}
        />
      )}
    </Confirm>
  );
}

/** Dissolving a forum from a day: its memberships end that day. */
export function DissolveForum({ record, onDone, onClose }: ActionProps) {
  const { t } = useT();
  const [day, setDay] = useState(today());
  return (
    <Confirm
      title={t.editDissolveTitle(record.name)}
      what={t.editDissolveWhat(record.name, day)}
      fields={['dissolvedOn']}
      yes={t.editDissolve}
      send={async () => ({
        errors: (
          await request(ForumDissolveDocument, {
            input: { id: record.id, version: record.version, dissolvedOn: day },
          })
        ).forumDissolve.userErrors,
      })}
      onDone={onDone}
      onClose={onClose}
    >
      {(refusal) => (
        <FieldInput
          field={DAY('dissolvedOn')}
          value={day}
          onChange={(value) => setDay(value as string)}
          refusal={refusal}
          words={t.editErrors}
        />
      )}
    </Confirm>
  );
}

/** Undoing an actor's archive or a forum's dissolution: what it ended holds again. */
export function Restore({ record, forum, onDone, onClose }: ActionProps & { forum: boolean }) {
  const { t } = useT();
  const input = { id: record.id, version: record.version };
  return (
    <Confirm
      title={t.editRestoreTitle(record.name)}
      what={forum ? t.editRestoreForumWhat(record.name) : t.editRestoreActorWhat(record.name)}
      yes={t.editRestore}
      send={async () => ({
        errors: forum
          ? (await request(ForumRestoreDocument, { input })).forumRestore.userErrors
          : (await request(ActorRestoreDocument, { input })).actorRestore.userErrors,
      })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}

/** Recording the actor this one was reorganised into, from a day. */
export function Succeed({ record, onDone, onClose }: ActionProps) {
  const { t } = useT();
  const [successor, setSuccessor] = useState<Ref | null>(null);
  const [day, setDay] = useState(today());
  const [carryOver, setCarryOver] = useState(true);
  return (
    <Confirm
      title={t.editSucceedTitle(record.name)}
      what={
        successor
          ? t.editSucceedWhat(record.name, successor.name, day, carryOver)
          : t.editSucceedChoose
      }
      fields={['successor', 'on', 'carryOver']}
      yes={t.editSucceed}
      send={async () => ({
        errors: (
          await request(ActorSucceedDocument, {
            input: { predecessor: record.id, successor: successor?.id ?? '', on: day, carryOver },
          })
        ).actorSucceed.userErrors,
      })}
      onDone={onDone}
      onClose={onClose}
    >
      {(refusal) => (
        <>
          <FieldInput
            field={{ name: 'successor', kind: 'ref', search: 'ACTOR', required: true }}
            value={successor}
            onChange={(value) => setSuccessor(value as Ref | null)}
            refusal={refusal}
            words={t.editErrors}
          />
          <FieldInput
            field={DAY('on')}
            value={day}
            onChange={(value) => setDay(value as string)}
            refusal={refusal}
            words={t.editErrors}
          />
          <FieldInput
            field={{ name: 'carryOver', kind: 'boolean' }}
            value={carryOver}
            onChange={(value) => setCarryOver(value === true)}
            refusal={refusal}
            words={t.editErrors}
          />
        </>
      )}
    </Confirm>
  );
}

/** Merging a duplicate into this record (an actor or a person), which survives. */
export function Merge({ record, person, onDone, onClose }: ActionProps & { person: boolean }) {
  const { t } = useT();
  const [duplicate, setDuplicate] = useState<Ref | null>(null);
  const send = async () => {
    const input = { survivor: record.id, duplicate: duplicate?.id ?? '' };
    return {
      errors: person
        ? (await request(PersonMergeDocument, { input })).personMerge.userErrors
        : (await request(ActorMergeDocument, { input })).actorMerge.userErrors,
    };
  };
  return (
    <Confirm
      title={t.editMergeTitle(record.name)}
      what={duplicate ? t.editMergeWhat(duplicate.name, record.name) : t.editMergeChoose}
      fields={['duplicate']}
      yes={t.editMerge}
      send={send}
      onDone={onDone}
      onClose={onClose}
    >
      {(refusal) => (
        <FieldInput
          field={{
            name: 'duplicate',
            kind: 'ref',
            search: person ? 'PERSON' : 'ACTOR',
            required: true,
          }}
          value={duplicate}
          onChange={(value) => setDuplicate(value as Ref | null)}
          refusal={refusal}
          words={t.editErrors}
        />
      )}
    </Confirm>
  );
}
