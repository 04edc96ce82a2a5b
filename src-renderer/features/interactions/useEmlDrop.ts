import { useEffect, useEffectEvent, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { readFileBase64 } from '../imports/read-file-base64';

/** Marks an element whose own handler takes .eml drops (a contact's timeline). */
export const EML_DROP_ZONE = 'data-eml-drop-zone';

export const isEml = (file: File) => /\.eml$/i.test(file.name) || file.type === 'message/rfc822';

/** Sends .eml files to the core and reports per file: one bad file never stops the others. */
export function useImportEml(contactId: string | null) {
  const { t } = useTranslation();
  const notify = useNotify();
  return async (files: File[]) => {
    try {
      const payload = await Promise.all(files.map(async (file) => ({ name: file.name, base64: await readFileBase64(file) })));
      const { results } = await api.interactions.importEml({ files: payload, contactId });
      const logged = results.filter((r) => r.status === 'logged').length;
      const problems = results.filter((r) => r.status !== 'logged').map((r) => `${r.name}: ${r.message}`);
      notify({ message: [t('interactions.eml.logged', { count: logged }), ...problems].join(' — ') });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  };
}

/** Drop target for .eml files on a contact: logged with that contact and whoever else the addresses match. */
export function useEmlDrop(contactId: string | null) {
  const importFiles = useImportEml(contactId);
  const [isOver, setIsOver] = useState(false);
  return {
    isOver,
    handlers: {
      onDragOver(event: DragEvent) {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setIsOver(true);
      },
      onDragLeave() {
        setIsOver(false);
      },
      onDrop(event: DragEvent) {
        setIsOver(false);
        const files = [...event.dataTransfer.files].filter(isEml);
        if (files.length === 0) return;
        // Marks the drop as handled, so the window-wide drop (contact imports) leaves it alone.
        event.preventDefault();
        void importFiles(files);
      },
    },
  };
}

/**
 * .eml files dropped anywhere else on the window: matched to contacts by address. Listens in the
 * capture phase and marks the drop handled, so the contact import's window-wide drop skips them.
 */
export function useWindowEmlDrop() {
  const importFiles = useImportEml(null);
  const onDrop = useEffectEvent((files: File[]) => void importFiles(files));
  useEffect(() => {
    const drop = (event: globalThis.DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (event.defaultPrevented || files.length === 0 || !files.every(isEml)) return;
      // A contact's own drop zone handles it (with that contact).
      if (event.target instanceof Element && event.target.closest(`[${EML_DROP_ZONE}]`)) return;
      event.preventDefault();
      onDrop(files);
    };
    window.addEventListener('drop', drop, true);
    return () => window.removeEventListener('drop', drop, true);
  }, []);
}
