import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

const PX_PER_MM = 96 / 25.4;
const SCALE = 0.6;

/**
 * The printable pages, shown as the core made them. A sandboxed frame without scripts or same
 * origin: names and addresses are escaped by the core, and the page's own CSP allows only its
 * inline styles and embedded fonts.
 */
export function LabelPreview({ html, pageWidthMm, pageHeightMm }: { html: string; pageWidthMm: number; pageHeightMm: number }) {
  const { t } = useTranslation();
  const width = pageWidthMm * PX_PER_MM + 48;
  const height = pageHeightMm * PX_PER_MM * 1.15;
  return (
    <Box sx={{ width: width * SCALE, height: height * SCALE, overflow: 'hidden', borderRadius: 1, bgcolor: 'grey.600', flexShrink: 0 }}>
      <iframe
        title={t('labels.previewTitle')}
        sandbox=""
        srcDoc={html}
        referrerPolicy="no-referrer"
        style={{ width, height, border: 0, transform: `scale(${SCALE})`, transformOrigin: '0 0', background: '#888' }}
      />
    </Box>
  );
}
