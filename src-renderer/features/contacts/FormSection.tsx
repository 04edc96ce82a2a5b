import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';

interface Props {
  title: string;
  /** What the section holds, shown while it is closed. */
  summary?: string;
  /** A section with an error stays open, so the message is never hidden. */
  hasError?: boolean;
  children: ReactNode;
}

/** A collapsible group of less-used fields in a form. */
export function FormSection({ title, summary, hasError = false, children }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const isExpanded = isOpen || hasError;
  return (
    <Accordion
      expanded={isExpanded}
      onChange={(_, next) => setIsOpen(next)}
      disableGutters
      variant="outlined"
      slotProps={{ transition: { unmountOnExit: true } }}
      sx={{ '&:not(:last-of-type)': { borderBottom: 0 } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ '& .MuiAccordionSummary-content': { minWidth: 0, gap: 2, alignItems: 'baseline' } }}>
        <Typography sx={{ flexShrink: 0, color: hasError ? 'error.main' : undefined }}>{title}</Typography>
        {!isExpanded && summary && (
          <Typography variant="body2" color="text.secondary" noWrap>
            {summary}
          </Typography>
        )}
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={2}>{children}</Stack>
      </AccordionDetails>
    </Accordion>
  );
}
