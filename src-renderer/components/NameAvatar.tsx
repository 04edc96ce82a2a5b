import Avatar from '@mui/material/Avatar';
import { initials } from './initials';

const COLORS = ['#1f5f8b', '#b35c1e', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'];

function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return COLORS[hash % COLORS.length] ?? COLORS[0]!;
}

export function NameAvatar({ name, size = 40, square = false }: { name: string; size?: number; square?: boolean }) {
  return (
    <Avatar
      aria-hidden
      variant={square ? 'rounded' : 'circular'}
      sx={{ width: size, height: size, bgcolor: colorFor(name), fontSize: size * 0.38, fontWeight: 500 }}
    >
      {initials(name)}
    </Avatar>
  );
}
