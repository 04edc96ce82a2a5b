import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { DropOverlay } from './DropOverlay';
import { ImportDialog } from './ImportDialog';
import { useFileDrop } from './useFileDrop';
import { useImportFile } from './useImportFile';
import { ImportDialogContext } from './useImportDialog';

/** Owns the import dialog, so a button on any page or a file dropped anywhere on the window opens it. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  const [isRunning, setIsRunning] = useState(false);
  const source = useImportFile();
  const { choose, clear } = source;

  const openImport = useCallback(
    (file?: File) => {
      setIsOpen(true);
      if (file) choose(file);
    },
    [choose],
  );
  // A drop while an import runs would swap the file under it.
  const isDragging = useFileDrop(openImport, !isRunning);
  const controls = useMemo(() => ({ openImport }), [openImport]);
  const close = () => {
    setIsOpen(false);
    clear();
  };

  return (
    <ImportDialogContext value={controls}>
      {children}
      {isOpen && <ImportDialog source={source} onRunningChange={setIsRunning} onClose={close} />}
      <DropOverlay isShown={isDragging} />
    </ImportDialogContext>
  );
}
