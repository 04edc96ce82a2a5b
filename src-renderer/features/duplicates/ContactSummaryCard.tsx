import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { NameAvatar } from '../../components/NameAvatar';

/** One side of a duplicate pair: what a person would compare at a glance. */
export function ContactSummaryCard({ contact }: { contact: ContactSummary }) {
  const work = [contact.jobTitle, contact.companyName].filter(Boolean).join(' · ');
  return (
    <Stack direction="row" spacing={1.5} sx={{ flex: 1, minWidth: 0 }}>
      <NameAvatar name={contact.displayName} />
      <Stack sx={{ minWidth: 0 }}>
        <Typography variant="subtitle1" component="h3" noWrap>
          {contact.displayName}
        </Typography>
        {[work, contact.primaryEmail, contact.primaryPhone].filter(Boolean).map((line) => (
          <Typography key={line} variant="body2" color="text.secondary" noWrap>
            {line}
          </Typography>
        ))}
      </Stack>
    </Stack>
  );
}
