import Link from '@mui/material/Link';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RelationshipView } from '../../../src-shared/contract/relationships';
import { routeHref } from '../../app/routes';

// Stands in for the name while the phrase is translated, so the name can become a link wherever
// the language puts it ("Spouse of Priya", "Priya के जीवनसाथी"); never shown.
const NAME_MARK = '\u0000';

/** The relationship as plain text, e.g. for a button's accessible name. */
export function relationshipText(t: TFunction, r: RelationshipView): string {
  return t(`relationships.phrase.${r.role}`, { name: r.other.displayName, label: r.customLabel });
}

/** "Spouse of <link>Priya Iyer</link>", worded from the viewed contact's side; user text only as text nodes. */
export function RelationshipPhrase({ relationship: r }: { relationship: RelationshipView }) {
  const { t } = useTranslation();
  const [before = '', after = ''] = t(`relationships.phrase.${r.role}`, { name: NAME_MARK, label: r.customLabel }).split(NAME_MARK);
  return (
    <>
      {before}
      <Link href={routeHref({ page: 'contacts', id: r.other.id })}>{r.other.displayName}</Link>
      {after}
    </>
  );
}
