import Avatar from '@mui/material/Avatar';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { NameAvatar } from '../../components/NameAvatar';

/** The contact's photo from an imported card when there is one, else the initials avatar. */
export function ContactPhotoAvatar({ contactId, name, size = 40 }: { contactId: string; name: string; size?: number }) {
  const photo = useApiQuery(`contact-photo:${contactId}`, () => api.imports.photo({ contactId }), ['imports']);
  const dataUrl = photo.data?.dataUrl;
  // Decorative, like the initials: the name is right beside it.
  if (!dataUrl) return <NameAvatar name={name} size={size} />;
  return <Avatar aria-hidden src={dataUrl} alt="" sx={{ width: size, height: size }} />;
}
