import { type CitationInput, type MembershipsToCiteDocument } from '@samverkan/schema';
import { useState } from 'react';
import {
  Field,
  FormField,
  FormFooter,
  useFormSender,
  type Refusal,
} from '../../../components/Form';
import { Period } from '../../../components/Status';
import { isWholeDay } from '../../../day';
import type { Ref } from '../../../edit/fields';
import { EDIT_KINDS } from '../../../edit/kinds';
import { useQuery } from '../../../graphql';
import { useT } from '../../../i18n';
import { citingName } from '../citing';
import { addCitation } from './cite';
import { missing, RecordChoice } from './RecordChoice';
import { RELATIONS, relationsIn, type RelationToCite, type RelationTypename } from './relations';

/**
 * The relations of a record, as radio buttons: each named by its ends and its period; one the
 * viewer may not change is shown, not offered.
 */
function RelationChoices({
  relations,
  chosen,
  onChoose,
  control,
}: {
  relations: RelationToCite[];
  chosen: string | null;
  onChoose: (id: string) => void;
  control: { name: string; 'aria-describedby': string | undefined };
}) {
  const translation = useT();
  const { t } = translation;
  return (
    <ul className="workbench-relations">
      {relations.map((relation) => (
        <li key={relation.id}>
          <label>
            <input
              type="radio"
              name={control.name}
              value={relation.id}
              checked={chosen === relation.id}
              disabled={!relation.viewerCanUpdate}
              aria-describedby={control['aria-describedby']}
              onChange={() => onChoose(relation.id)}
            />
            <span>
              {citingName(relation, translation).name}
              {relation.validFrom || relation.validTo ? ', ' : null}
              <Period from={relation.validFrom} to={relation.validTo} />
              {relation.viewerCanUpdate ? null : (
                <span className="muted"> ({t.workbenchRelationLocked})</span>
              )}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/**
 * A relation that exists (a membership, a position, a responsibility), given the passage among its
 * sources: its record chosen by searching (an actor, a person, a forum …, as the kind has them),
 * then the relation among that record's relations of the kind on a day (the document's date at
 * first: what it describes; empty: today).
 */
export function CiteForRelation({
  typename,
  citation,
  day,
  onSaved,
}: {
  typename: RelationTypename;
  citation: CitationInput;
  day: string | null;
  onSaved: () => void;
}) {
  const { t } = useT();
  const [holder, setHolder] = useState<Ref | null>(null);
  const [asOf, setAsOf] = useState(day ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  const dayOk = asOf.trim() === '' || isWholeDay(asOf.trim());
  // The three documents take the same variables; each answers a node with lists of relations.
  const answer = useQuery(
    RELATIONS[typename].document as typeof MembershipsToCiteDocument,
    { id: holder?.id ?? '', asOf: asOf.trim() || undefined },
    !holder || !dayOk,
  );
  const relations = answer.data ? relationsIn(answer.data.node, typename) : [];
  const relation = relations.find((listed) => listed.id === chosen && listed.viewerCanUpdate);
  const { busy, refusal, submit } = useFormSender(async () => {
    if (!holder) return [missing('holder')];
    if (!relation) return [missing('relation')];
    const errors = await addCitation(EDIT_KINDS[typename], relation.id, citation);
    if (errors.length === 0) onSaved();
    return errors;
  });
  const dayRefusal: Refusal = dayOk
    ? refusal
    : { errors: [missing('asOf', 'INVALID')], failure: null };
  return (
    <form className="form edit-form" onSubmit={submit} noValidate>
      <RecordChoice
        label={t.workbenchHolder[typename]}
        name="holder"
        refusal={refusal}
        kind={RELATIONS[typename].holders}
        record={holder}
        onChoose={(ref) => {
          setHolder(ref);
          setChosen(null);
        }}
      />
      <FormField
        label={t.workbenchDay}
        name="asOf"
        refusal={dayRefusal}
        hint={t.workbenchDayHint}
        value={asOf}
        onChange={(event) => setAsOf(event.target.value)}
      />
      {holder ? (
        <Field
          label={t.workbenchWhich[typename]}
          name="relation"
          refusal={refusal}
          group
          words={t.editErrors}
        >
          {(control) =>
            !dayOk ? null : answer.status === 'loading' ? (
              <p role="status">{t.loading}</p>
            ) : answer.status === 'error' ? (
              <p className="form-error" role="alert">
                {answer.error.message}
              </p>
            ) : relations.length === 0 ? (
              <p className="muted">{t.workbenchNoRelations}</p>
            ) : (
              <RelationChoices
                relations={relations}
                chosen={chosen}
                onChoose={setChosen}
                control={control}
              />
            )
          }
        </Field>
      ) : null}
      <div className="edit-buttons">
        <FormFooter
          refusal={refusal}
          fields={['holder', 'relation']}
          busy={busy}
          words={t.editErrors}
        >
          {t.workbenchCiteSave}
        </FormFooter>
      </div>
    </form>
  );
}
