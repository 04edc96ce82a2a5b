import DownloadIcon from '@mui/icons-material/Download';
import MergeIcon from '@mui/icons-material/MergeType';
import MoreIcon from '@mui/icons-material/MoreVert';
import UploadIcon from '@mui/icons-material/UploadFile';
import LabelsIcon from '@mui/icons-material/LocalPostOffice';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Chip from '@mui/material/Chip';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';
import { ExportDialog } from '../imports/ExportDialog';
import { useImportDialog } from '../imports/useImportDialog';
import { LabelsDialog } from '../labels/LabelsDialog';

/** The contacts page's less frequent actions: import, export and reviewing duplicates. */
export function ContactsMenu() {
  const { t } = useTranslation();
  const { openImport } = useImportDialog();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  const [isPrintingLabels, setIsPrintingLabels] = useState(false);
  const format = useFormat();
  // Counted only while the menu is open: finding pairs costs more than a page load should.
  const duplicates = useApiQuery(anchor ? 'duplicates' : null, () => api.contacts.duplicateCandidates({}), ['contacts']);
  const duplicateCount = duplicates.data?.items.length;
  const choose = (action: () => void) => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <IconButton
        aria-label={t('contacts.menu.label')}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose(() => openImport())}>
          <ListItemIcon>
            <UploadIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('contacts.menu.import')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => choose(() => setIsExporting(true))}>
          <ListItemIcon>
            <DownloadIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('contacts.menu.export')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => choose(() => setIsPrintingLabels(true))}>
          <ListItemIcon>
            <LabelsIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('labels.menuItem')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => choose(() => navigate({ page: 'duplicates' }))}>
          <ListItemIcon>
            <MergeIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('duplicates.menuItem')}</ListItemText>
          {duplicateCount !== undefined && duplicateCount > 0 && (
            <Chip size="small" color="warning" label={format.number(duplicateCount)} aria-label={t('duplicates.count', { count: duplicateCount, formatted: format.number(duplicateCount) })} sx={{ ml: 2 }} />
          )}
        </MenuItem>
      </Menu>
      {isExporting && <ExportDialog onClose={() => setIsExporting(false)} />}
      {isPrintingLabels && <LabelsDialog onClose={() => setIsPrintingLabels(false)} />}
    </>
  );
}
