import { AboutDocument } from '@samverkan/schema';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';

/**
 * How to reach those who run the service: the address the API was started with
 * (`CONTACT_EMAIL`), or a word that none was given.
 */
export function ContactAddress() {
  const { t } = useT();
  const about = useQuery(AboutDocument, {});
  if (about.status !== 'done') return null;
  const email = about.data.about.contactEmail;
  if (!email) return <p>{t.contactMissing}</p>;
  return (
    <>
      <p>
        {t.contactIntro} <a href={`mailto:${email}`}>{email}</a>.
      </p>
      <p className="muted">{t.contactTip}</p>
    </>
  );
}
