import { AboutDocument } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT, type Lang } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import './Footer.css';

/** A moment in words with its time of day: "3 december 2026 18:06". */
export function moment(at: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** The tagline, when the register's data last changed, and the pages about the service. */
export function Footer() {
  const { t, lang } = useT();
  const changedAt = useQuery(AboutDocument, {}).data?.about.dataChangedAt;
  return (
    <footer className="site-footer">
      <p>{t.tagline}.</p>
      {changedAt ? <p>{t.dataChangedAt(moment(changedAt, lang))}</p> : null}
      <nav aria-label={t.footerNav}>
        <Link to={routes.about}>{t.aboutTitle}</Link>
        <Link to={routes.contact}>{t.contactTitle}</Link>
        <Link to={routes.accessibility}>{t.accessibilityTitle}</Link>
      </nav>
    </footer>
  );
}
