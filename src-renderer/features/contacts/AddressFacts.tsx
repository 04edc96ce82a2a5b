import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { DetailSection } from '../../components/DetailSection';
import { addressLines } from './address-lines';

/** Postal addresses as they would be written on an envelope, each with its label. */
export function AddressFacts({ addresses }: { addresses: ContactDetail['addresses'] }) {
  const { t } = useTranslation();
  return (
    <DetailSection label={t('contacts.detail.addresses')}>
      <Stack spacing={1.5}>
        {addresses.map((address) => (
          <Stack key={address.id} component="address" sx={{ fontStyle: 'normal' }}>
            {address.label && (
              <Typography variant="body2" color="text.secondary">
                {t(`methodLabel.${address.label}`, { defaultValue: address.label })}
              </Typography>
            )}
            {addressLines(address).map((line, index) => (
              <Typography key={index} sx={{ overflowWrap: 'anywhere' }}>
                {line}
              </Typography>
            ))}
          </Stack>
        ))}
      </Stack>
    </DetailSection>
  );
}
