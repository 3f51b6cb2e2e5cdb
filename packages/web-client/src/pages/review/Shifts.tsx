import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/** The shifts the review calls for as a table: from, to and the source of each. */
export function Shifts({ shifts }: { shifts: Review['shifts'] }) {
  const { t } = useT();
  return (
    <Section id="shifts" title={t.shifts} count={shifts.length} wide>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
