/** "Open .txt…": picks text files with the system file picker and adds each as an article. */
import { useRef } from 'react';
import { addTextFiles } from '../../actions/articleActions';
import { Icon } from '../common/Icon';

export function OpenTextFilesButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="btn btn-icon btn-ghost"
        onClick={() => input.current?.click()}
        aria-label="Open .txt…"
        title="Open .txt files as articles"
      >
        <Icon name="upload" size={15} />
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,text/plain"
        multiple
        hidden
        aria-label="Open .txt files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void addTextFiles(files);
        }}
      />
    </>
  );
}
