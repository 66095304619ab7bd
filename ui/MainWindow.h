// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "views/EntryEditor.h"
#include "views/ShortcutsDialog.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QDragEnterEvent;
class QDropEvent;
class QSystemTrayIcon;
class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTabWidget;
class QToolBar;
class QToolButton;
class QMenu;
class QStackedWidget;
class QTimer;

namespace minikmc::auth {
class SignIn;
struct Account;
} // namespace minikmc::auth

namespace minikmc::assets {
class AssetService;
}

namespace minikmc::entries {
class CategoryLoader;
class EntryDeleter;
class EntryDetailsLoader;
} // namespace minikmc::entries

namespace minikmc::upload {
class UploadJournal;
class UploadQueue;
} // namespace minikmc::upload

namespace minikmc::ui {

class EmptyState;
class UploadPanel;
class EntryListModel;
class EntryEditModel;
class EntryEditor;
class FilterPanel;
class FlavorsTab;
class PlayerPanel;
class ThumbnailsTab;
class LibraryView;
class ThumbnailCache;

/// The one main window (DESIGN.md "Screens"): toolbar, Filters dock on the left, the entry
/// library in the centre, Details dock on the right, Uploads dock at the bottom, status bar.
/// Until sign-in exists it shows honest "not signed in" states and keeps actions without a
/// function disabled. Window geometry and dock layout are remembered between runs.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a short description of the server connection (or of why there is none) in the
    /// status bar, e.g. "Connected to http://127.0.0.1:1234 · Kaltura Venus-22.19.0".
    void setServerStatus(const QString &text);
    QString statusText() const;

    /// Connects the window to the account sign-in: the account menu (switch, sign in to another
    /// account, sign out) and the signed-in state in the toolbar and status bar.
    void setSignIn(minikmc::auth::SignIn *signIn);
    /// Opens the sign-in dialog, with a sentence saying why when there is one.
    void openSignInDialog(
        const QString &problem = {}, const QString &serviceUrl = {}, qint64 partnerId = 0);

    /// Queues files (folders are searched for media) after the upload sheet; refused files are
    /// listed with the reason. Used by drops, Upload… and the tests.
    void uploadFiles(const QStringList &paths);
    minikmc::upload::UploadQueue *uploadQueue() const { return m_uploadQueue; }
    UploadPanel *uploadPanel() const { return m_uploadPanel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showAbout();
    /// Every key of the window for Help > Keyboard Shortcuts, from the actions themselves.
    QList<ShortcutsDialog::Shortcut> shortcuts() const;
    void openSettings();
    void applySettings(const AppSettings &settings);
    void createToolBar();
    void createCentralArea();
    void createDocks();
    QDockWidget *addDock(
        const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void focusSearch();
    void rebuildAccountMenu();
    void showAccount(const minikmc::auth::Account *account);
    void createLibrary();
    /// The query of the search field and the filters, in the list's current order.
    void applyQuery();
    /// The details panel follows the list's selection (one entry, several, or none).
    void editSelection();
    /// Asks what to do with unsaved edits; false: stay (Cancel, or the save did not work).
    bool confirmLeavingEdits();
    void openDetails(const QString &entryId);
    void deleteSelected();
    void onDeleteFinished();
    void loadCategories();
    void createUploads();
    /// Uploads follow the account: its unfinished uploads come back from the journal at sign-in,
    /// and stop (kept in the journal) at sign-out or when another account signs in.
    void switchUploads(bool signedIn);
    void showUploadProgress();
    void chooseFilesToUpload();

    // toolbar
    QToolBar *m_toolBar = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QActionGroup *m_viewModeGroup = nullptr;
    QAction *m_tableViewAction = nullptr;
    QAction *m_gridViewAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLineEdit *m_searchField = nullptr;
    QToolButton *m_accountButton = nullptr;
    QMenu *m_accountMenu = nullptr;
    minikmc::auth::SignIn *m_signIn = nullptr;

    // central area and docks
    QStackedWidget *m_central = nullptr;
    EmptyState *m_libraryState = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    EntryListModel *m_entries = nullptr;
    LibraryView *m_library = nullptr;
    QTimer *m_searchDebounce = nullptr;
    FilterPanel *m_filters = nullptr;
    QStackedWidget *m_metadataStack = nullptr;
    QStackedWidget *m_flavorsStack = nullptr;
    minikmc::assets::AssetService *m_assetService = nullptr;
    FlavorsTab *m_flavorsTab = nullptr;
    QStackedWidget *m_thumbsStack = nullptr;
    ThumbnailsTab *m_thumbsTab = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    PlayerPanel *m_player = nullptr;
    QSet<QString> m_knownTags; ///< tags seen in the list, offered while typing tags
    bool m_playWhenLoaded = false; ///< quick-look asked to play the entry being loaded
    minikmc::entries::EntryDetailsLoader *m_rowReloader = nullptr;
    EntryEditModel *m_editModel = nullptr;
    EntryEditor *m_editor = nullptr;
    QTimer *m_selectionDebounce = nullptr;
    minikmc::entries::CategoryLoader *m_categories = nullptr;
    minikmc::entries::EntryDeleter *m_deleter = nullptr;
    QDockWidget *m_filtersDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QTabWidget *m_detailsTabs = nullptr;
    QDockWidget *m_uploadsDock = nullptr;
    std::unique_ptr<minikmc::upload::UploadJournal> m_journal;
    minikmc::upload::UploadQueue *m_uploadQueue = nullptr;
    UploadPanel *m_uploadPanel = nullptr;
    QList<EntryEditor::CategoryChoice> m_categoryChoices;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_uploadStatusLabel = nullptr;
    AppSettings m_settings = AppSettings::load(); ///< read once; the Settings dialog updates it

    // status bar
    QLabel *m_serverStatusLabel = nullptr;
};

} // namespace minikmc::ui
