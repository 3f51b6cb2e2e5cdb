import { RaciMatrixDocument } from '@samverkan/schema';
import { useQuery } from '../../graphql';
import { Loaded } from '../../components/Status';
import { RaciLegend } from './RaciLegend';
import { RaciProblems } from './RaciProblems';
import { RaciTable } from './RaciTable';
import './raci.css';

/**
 * The strategy's RACI matrix on the page's day, as the register stands now or stood at the
 * page's `knownAt`: gaps and conflicts first, then the table. Read
 * again with each live refresh of the page (`refreshedAt`).
 */
export function RaciMatrix({
  strategy,
  name,
  asOf,
  knownAt,
  refreshedAt,
}: {
  strategy: string;
  name: string;
  asOf?: string;
  knownAt?: string;
  refreshedAt: number | null;
}) {
  const state = useQuery(RaciMatrixDocument, { strategy, asOf, knownAt }, false, refreshedAt);
  return (
    <Loaded state={state} pick={(data) => data.raciMatrix}>
      {(matrix) => (
        <>
          {matrix.rows.length ? <RaciProblems matrix={matrix} /> : null}
          <RaciTable matrix={matrix} name={name} />
          {matrix.rows.length ? <RaciLegend /> : null}
        </>
      )}
    </Loaded>
  );
}
