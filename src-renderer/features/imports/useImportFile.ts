import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFileBase64 } from './read-file-base64';

/** The contract's limit on an import file. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportFile {
  /** New for every file chosen, so choosing the same file again previews it again. */
  key: number;
  fileName: string;
  contentBase64: string;
}

export interface ImportFileState {
  file: ImportFile | undefined;
  isReading: boolean;
  readError: string | undefined;
  choose(file: File): void;
  clear(): void;
}

/** Reads the file the user chose or dropped; only the latest choice counts. */
export function useImportFile(): ImportFileState {
  const { t } = useTranslation();
  const [file, setFile] = useState<ImportFile>();
  const [isReading, setIsReading] = useState(false);
  const [readError, setReadError] = useState<string>();
  const latest = useRef(0);

  const choose = useCallback(
    (chosen: File) => {
      const key = ++latest.current;
      setFile(undefined);
      setReadError(undefined);
      if (chosen.size > MAX_IMPORT_BYTES) {
        setReadError(t('imports.tooLarge', { name: chosen.name }));
        return;
      }
      setIsReading(true);
      readFileBase64(chosen).then(
        (contentBase64) => key === latest.current && setFile({ key, fileName: chosen.name, contentBase64 }),
        () => key === latest.current && setReadError(t('imports.unreadable', { name: chosen.name })),
      ).finally(() => key === latest.current && setIsReading(false));
    },
    [t],
  );
  const clear = useCallback(() => {
    latest.current++;
    setFile(undefined);
    setReadError(undefined);
    setIsReading(false);
  }, []);
  return { file, isReading, readError, choose, clear };
}
