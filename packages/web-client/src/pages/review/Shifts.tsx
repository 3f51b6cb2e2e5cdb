import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/**
 * The shifts the review calls for as a table: from, to, the source of each and, for those who
 * may change it, its controls; then "add a shift".
 */
export function Shifts({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { t } = useT();
  const { shifts } = review;
  return (
    <Section id="shifts" title={t.shifts} count={shifts.length} wide>
      {shifts.length ? (
        <table className="shift-table">
          <thead>
            <tr>
              <th scope="col">{t.shiftFrom}</th>
              <th scope="col">
                <span className="visually-hidden">→</span>
              </th>
              <th scope="col">{t.shiftTo}</th>
              <th scope="col">
                <span className="visually-hidden">{t.review}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((shift) => (
              <tr key={shift.id} className="shift">
                <td className="shift-from">{shift.from}</td>
                <td className="shift-arrow" aria-hidden="true">
                  →
                </td>
                <td className="shift-to">{shift.to}</td>
                <td>
                  <Source citations={shift.sources} />
                  <RelationControls
                    typename="ReviewShift"
                    relation={shift}
                    what={`${shift.from} → ${shift.to}`}
                    onChanged={onChanged}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <AddRelation
        typename="ReviewShift"
        label={t.editAddShift}
        title={t.editAddShiftTitle(review.title)}
        fixed={{ review: review.id }}
        may={review.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
