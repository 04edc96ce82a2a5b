import Typography from '@mui/material/Typography';
import { DetailSection } from '../../components/DetailSection';

export interface Fact {
  label: string;
  value: string;
}

/** A titled group of "Label: value" lines; empty values are left out, and an empty group is not shown. */
export function FactLines({ title, facts }: { title: string; facts: Fact[] }) {
  const filled = facts.filter((fact) => fact.value.trim());
  if (!filled.length) return null;
  return (
    <DetailSection label={title}>
      {filled.map((fact) => (
        <Typography key={fact.label} sx={{ overflowWrap: 'anywhere' }}>
          <Typography component="span" color="text.secondary">
            {fact.label}:{' '}
          </Typography>
          {fact.value}
        </Typography>
      ))}
    </DetailSection>
  );
}
