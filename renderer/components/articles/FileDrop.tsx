/**
 * Dropping files or folders anywhere on the window imports them (articles of every supported type,
 * and W3C annotation files; a folder's supported files, sub-folders included), with the same
 * progress and summary as File → Import; while files are dragged over the window an overlay says
 * what will happen.
 */
import { useEffect, useState } from 'react';
import { importDroppedFiles } from '../../actions/importActions';
import { filesOfEntries, takeDroppedEntries } from '../../utils/droppedFiles';
import { Icon } from '../common/Icon';

const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function FileDrop() {
  const [active, setActive] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      // Taken now: the browser empties the DataTransfer once this handler returns.
      const items = takeDroppedEntries(e.dataTransfer);
      if (items.length > 0) void filesOfEntries(items).then(importDroppedFiles);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <div className="drop-card">
        <Icon name="upload" size={24} />
        <div className="drop-text">
          <strong>Drop files or folders to import them</strong>
          <span className="muted small">Articles: .html .docx .pdf .md .txt · Annotations: .jsonld</span>
        </div>
      </div>
    </div>
  );
}
