import { useT } from '../../i18n';
import { LETTERS, PROBLEMS, problemWords } from './raci';

/** What the letters and the flags of the RACI table mean. */
export function RaciLegend() {
  const { t } = useT();
  return (
    <dl className="raci-legend" aria-label={t.legend}>
      {LETTERS.map((letter) => (
        <div key={letter}>
          <dt className={letter === 'ACCOUNTABLE' ? 'letters raci-cell-a' : 'letters'}>
            {t.raciLetters[letter]}
          </dt>
          <dd>{t.raciLetterNames[letter]}</dd>
        </div>
      ))}
      {PROBLEMS.map((problem) => (
        <div key={problem}>
          <dt>
            <span className={`flag flag-${problem}`}>{problemWords(t, problem).flag}</span>
          </dt>
          <dd className="visually-hidden">{problemWords(t, problem).list}</dd>
        </div>
      ))}
    </dl>
  );
}
