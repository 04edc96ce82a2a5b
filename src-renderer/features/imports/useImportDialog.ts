import { createContext, useContext } from 'react';

export interface ImportDialogControls {
  /** Opens the import dialog, with a file already chosen when given one. */
  openImport(file?: File): void;
}

export const ImportDialogContext = createContext<ImportDialogControls>({ openImport: () => {} });

export function useImportDialog(): ImportDialogControls {
  return useContext(ImportDialogContext);
}
