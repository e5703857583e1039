/**
 * The workbench: articles on the left, the open article in the centre, claims on the right, with
 * the window-wide pieces (toast, live announcements, search palette, shortcut sheet, import panel,
 * export and add-article dialogs, file drop, keyboard shortcuts).
 */
import { useProjectStore } from '../stores/projectStore';
import { TopBar } from './TopBar';
import { ArticleSidebar } from './articles/ArticleSidebar';
import { ArticlePane } from './article/ArticlePane';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { Toast } from './overlays/Toast';
import { AddArticleDialog } from './articles/AddArticleDialog';
import { FileDrop } from './articles/FileDrop';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ImportPanel } from './imports/ImportPanel';
import { ExportDialog } from './export/ExportDialog';
import { Announcer } from './overlays/Announcer';
import { SearchPalette } from './search/SearchPalette';
import { ShortcutSheet } from './help/ShortcutSheet';
import { LocationWarning } from './sync/LocationWarning';
import { SyncViews } from './sync/SyncViews';

export function Workbench() {
  const readOnly = useProjectStore((s) => s.project?.readOnly ?? true);
  return (
    <div className="app" data-read-only={readOnly || undefined}>
      <TopBar />
      <LocationWarning placement="workbench" />
      <main className="workbench">
        <ArticleSidebar />
        <ArticlePane />
        <ClaimsPanel />
      </main>
      <Toast />
      <Announcer />
      <SearchPalette />
      <ShortcutSheet />
      <ImportPanel />
      <ExportDialog />
      {!readOnly && <AddArticleDialog />}
      {!readOnly && <FileDrop />}
      <KeyboardShortcuts />
      <SyncViews />
    </div>
  );
}
