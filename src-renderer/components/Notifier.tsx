import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export interface Notice {
  message: string;
  action?: { label: string; onClick(): void };
}

const NotifyContext = createContext<(notice: Notice) => void>(() => {});

/** One snackbar for the whole app; a new notice replaces the one on screen. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Notice & { key: number }>();
  const [isOpen, setIsOpen] = useState(false);
  const notify = useCallback((notice: Notice) => {
    setCurrent({ ...notice, key: Date.now() });
    setIsOpen(true);
  }, []);
  const close = () => setIsOpen(false);
  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={current?.key}
        open={isOpen}
        onClose={(_, reason) => reason !== 'clickaway' && close()}
        autoHideDuration={current?.action ? 8000 : 4000}
        message={current?.message}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        action={
          current?.action && (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                close();
                current.action?.onClick();
              }}
            >
              {current.action.label}
            </Button>
          )
        }
      />
    </NotifyContext>
  );
}

export function useNotify(): (notice: Notice) => void {
  return useContext(NotifyContext);
}
