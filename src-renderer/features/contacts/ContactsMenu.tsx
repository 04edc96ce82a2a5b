import DownloadIcon from '@mui/icons-material/Download';
import MoreIcon from '@mui/icons-material/MoreVert';
import UploadIcon from '@mui/icons-material/UploadFile';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from '../imports/ExportDialog';
import { useImportDialog } from '../imports/useImportDialog';

/** The contacts page's less frequent actions: import and export. */
export function ContactsMenu() {
  const { t } = useTranslation();
  const { openImport } = useImportDialog();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [isExporting, setIsExporting] = useState(false);
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
      </Menu>
      {isExporting && <ExportDialog onClose={() => setIsExporting(false)} />}
    </>
  );
}
