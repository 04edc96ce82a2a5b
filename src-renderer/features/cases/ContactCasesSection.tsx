import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate, routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { CaseChips } from './CaseChips';
import { OpenCaseDialog } from './OpenCaseDialog';

/** A contact's cases on their detail page, with a way to open a new one for them. */
export function ContactCasesSection({ contact }: { contact: { id: string; displayName: string } }) {
  const { t } = useTranslation();
  const query = useApiQuery(`contact-cases:${contact.id}`, () => api.cases.list({ contactId: contact.id, limit: 20 }), ['cases']);
  const [isOpening, setIsOpening] = useState(false);
  const items = query.data?.items ?? [];
  return (
    <DetailSection label={t('cases.section.title')}>
      {query.data && items.length === 0 && <Typography color="text.secondary">{t('cases.section.empty')}</Typography>}
      <Stack component="ul" spacing={0.75} sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('cases.section.title')}>
        {items.map((c) => (
          <Stack component="li" key={c.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Link href={routeHref({ page: 'cases', id: c.id })} sx={{ overflowWrap: 'anywhere' }}>
              {c.subject}
            </Link>
            <CaseChips item={c} />
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => setIsOpening(true)}>
        {t('cases.section.open')}
      </Button>
      {isOpening && <OpenCaseDialog contact={contact} onClose={() => setIsOpening(false)} onOpened={(opened) => navigate({ page: 'cases', id: opened.id })} />}
    </DetailSection>
  );
}
