import { Fact, FactList } from '../../components/Facts';
import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Review } from './ReviewPage';

/** Whom to ask about the review, and in what role. */
export function Contacts({ contacts }: { contacts: Review['contacts'] }) {
  const { t } = useT();
  return (
    <Section id="contacts" title={t.contacts}>
      <FactList items={contacts} keyOf={(contact) => contact.person.slug}>
        {(contact) => (
          <Fact meta={contact.role}>
            <Link to={routes.person(contact.person.slug)}>{contact.person.name}</Link>
          </Fact>
        )}
      </FactList>
    </Section>
  );
}
