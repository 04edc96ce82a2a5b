import { useEffect, useEffectEvent, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Takes a file dropped anywhere on the window (unless something under the pointer handled the drop
 * itself) and reports while files are dragged over it. Also stops the window opening a dropped file.
 */
export function useFileDrop(onDrop: (file: File) => void, isEnabled: boolean): boolean {
  const [isDragging, setIsDragging] = useState(false);
  const handleDrop = useEffectEvent(onDrop);
  const enabled = useEffectEvent(() => isEnabled);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a count tells when the pointer left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setIsDragging(enabled());
    };
    const leave = (event: DragEvent) => {
      if (carriesFiles(event) && --depth <= 0) {
        depth = 0;
        setIsDragging(false);
      }
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = enabled() ? 'copy' : 'none';
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setIsDragging(false);
      if (!carriesFiles(event)) return;
      const isHandled = event.defaultPrevented;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file && enabled() && !isHandled) handleDrop(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return isDragging;
}
