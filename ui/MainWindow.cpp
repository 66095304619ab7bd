// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "Resources.h"
#include "assets/AssetService.h"
#include "auth/SignIn.h"
#include "entries/Categories.h"
#include "entries/EntryDeleter.h"
#include "entries/EntryDetails.h"
#include "entries/EntryQuery.h"
#include "models/EntryEditModel.h"
#include "models/EntryListModel.h"
#include "models/ThumbnailCache.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"
#include "views/EmptyState.h"
#include "views/EntryEditor.h"
#include "views/EntryWindow.h"
#include "views/FilterPanel.h"
#include "views/FlavorsTab.h"
#include "views/LibraryView.h"
#include "views/PlayerPanel.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutsDialog.h"
#include "views/SignInDialog.h"
#include "views/ThumbnailsTab.h"
#include "views/UploadDetailsDialog.h"
#include "views/UploadPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

// QSettings keys of the window layout (UI state only; no account data lives here).
constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr auto ColumnsKey = "library/columns"_L1;
constexpr auto ViewModeKey = "library/viewMode"_L1;
constexpr int SearchDebounceMs = 300;
// Bump when docks or toolbars are added or renamed, so an old saved layout is not applied.
constexpr int StateVersion = 1;

constexpr QSize DefaultSize(1200, 760);

// An icon compiled into this library (resources/resources.qrc).
QIcon bundledIcon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initResources();
    setWindowTitle(tr("mini-KMC"));
    setWindowIcon(bundledIcon(u"minikmc"_s));
    setMinimumSize(760, 480);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The upload queue spans the full width under the side panels (DESIGN.md "Screens").
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createDocks();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerStatus(const QString &text)
{
    m_serverStatusLabel->setText(text);
    m_serverStatusLabel->setToolTip(text);
}

QString MainWindow::statusText() const
{
    return m_serverStatusLabel->text();
}

void MainWindow::setSignIn(auth::SignIn *signIn)
{
    m_signIn = signIn;
    m_signInAction->setEnabled(signIn != nullptr);
    createLibrary();
    createUploads();
    connect(signIn, &auth::SignIn::signedIn, this,
        [this](const auth::Account &account) { showAccount(&account); });
    connect(signIn, &auth::SignIn::signedOut, this, [this] { showAccount(nullptr); });
    connect(signIn->session(), &auth::Session::renewalFailed, this, [this](const api::Error &e) {
        if (m_signIn->session()->isSignedIn()) {
            setServerStatus(tr("Cannot renew the session for now (%1); trying again shortly")
                                .arg(e.toString()));
            return;
        }
        // The account needs the user (token revoked or disabled, password changed).
        const auth::Account account = m_signIn->account();
        showAccount(nullptr);
        openSignInDialog(auth::SignIn::describe(e), account.serviceUrl, account.partnerId);
    });
}

void MainWindow::openSignInDialog(
    const QString &problem, const QString &serviceUrl, qint64 partnerId)
{
    if (!m_signIn)
        return;
    auto *dialog = new SignInDialog(m_signIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto current = auth::AccountSettings::current();
    if (!serviceUrl.isEmpty())
        dialog->setServer(serviceUrl, partnerId);
    else if (current)
        dialog->setServer(current->serviceUrl, current->partnerId);
    dialog->showProblem(problem);
    dialog->open();
}

void MainWindow::rebuildAccountMenu()
{
    m_accountMenu->clear();
    if (!m_signIn) {
        m_accountMenu->addAction(m_signInAction);
        return;
    }
    const QString signedInId
        = m_signIn->session()->isSignedIn() ? m_signIn->account().id : QString();
    const QList<auth::Account> accounts = auth::AccountSettings::accounts();
    for (const auth::Account &account : accounts) {
        QAction *switchTo = m_accountMenu->addAction(account.label());
        switchTo->setCheckable(true);
        switchTo->setChecked(account.id == signedInId);
        const QString id = account.id;
        connect(switchTo, &QAction::triggered, this, [this, id, signedInId] {
            if (id != signedInId)
                m_signIn->signInStored(id);
        });
    }
    if (!accounts.isEmpty())
        m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_signInAction);
    if (signedInId.isEmpty() && !m_signIn->session()->isSignedIn())
        return;
    // Signing out removes the account from this computer, AppToken (keychain item) included;
    // to keep several accounts, switch between them instead.
    QAction *signOut = m_accountMenu->addAction(
        tr("Sign Out (Forget on This Computer)"), this, [this] { m_signIn->signOut(true); });
    signOut->setObjectName(u"signOutAction"_s);
}

void MainWindow::showAccount(const auth::Account *account)
{
    const bool signedIn = account != nullptr;
    for (QAction *action : {m_refreshAction, m_deleteAction, m_uploadAction})
        action->setEnabled(signedIn);
    switchUploads(signedIn);
    m_viewModeGroup->setEnabled(signedIn);
    m_filters->setEnabled(signedIn);
    if (!signedIn) {
        m_entries->clear();
        m_editModel->clear();
        m_metadataStack->setCurrentIndex(0);
        m_central->setCurrentWidget(m_libraryState);
        m_accountButton->setText(tr("Not signed in"));
        setServerStatus(tr("Signed out"));
        return;
    }
    const api::SessionInfo info = m_signIn->session()->info();
    m_accountButton->setText(account->displayName.isEmpty() ? info.userId : account->displayName);
    m_accountButton->setToolTip(account->label());
    setServerStatus(tr("Signed in as %1 · partner %2 · %3")
                        .arg(info.userId)
                        .arg(info.partnerId)
                        .arg(account->serviceUrl));
    m_central->setCurrentWidget(m_library);
    m_editModel->clear();
    m_metadataStack->setCurrentIndex(0);
    applyQuery();
    loadCategories();
}

void MainWindow::createLibrary()
{
    const QString cacheDirectory
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s;
    m_thumbnails = new ThumbnailCache(m_signIn->client(), cacheDirectory, this);
    m_thumbnails->setDevicePixelRatio(devicePixelRatioF());
    m_thumbnails->setMaximumDiskCacheSize(qint64(m_settings.thumbnailCacheMiB) * 1024 * 1024);
    m_assetService = new assets::AssetService(m_signIn->client(), this);
    m_flavorsTab = new FlavorsTab(m_assetService);
    m_flavorsStack->addWidget(m_flavorsTab);
    m_thumbsTab = new ThumbnailsTab(m_assetService);
    m_thumbsStack->addWidget(m_thumbsTab);
    // A new default thumbnail is a new picture in the list: the entry is read again.
    m_rowReloader = new entries::EntryDetailsLoader(m_signIn->client(), this);
    connect(m_thumbsTab, &ThumbnailsTab::defaultChanged, m_rowReloader,
        &entries::EntryDetailsLoader::load);
    connect(m_rowReloader, &entries::EntryDetailsLoader::loaded, this,
        [this](const entries::EntryDetails &d) {
            if (d.entryError.isOk())
                m_entries->updateEntries({d.entry});
        });
    m_player = new PlayerPanel(m_signIn->client(), m_assetService, m_thumbnails);
    m_previewStack->addWidget(m_player);
    m_editModel = new EntryEditModel(m_signIn->client(), this);
    // The Preview tab gets the entry (and its flavors) once its details are loaded.
    connect(m_editModel, &EntryEditModel::stateChanged, this, [this] {
        using State = EntryEditModel::State;
        const State state = m_editModel->state();
        if (m_editModel->isMulti() || state == State::Empty || state == State::Loading
            || state == State::LoadFailed) {
            m_player->clear();
            m_previewStack->setCurrentIndex(0);
            return;
        }
        if (state != State::Ready)
            return; // saving the metadata does not stop the picture
        const entries::EntryDetails d = m_editModel->details();
        if (d.entry.id != m_player->entryId())
            m_player->setEntry(d.entry, d.flavors);
        m_previewStack->setCurrentIndex(1);
        if (m_playWhenLoaded) {
            m_playWhenLoaded = false;
            m_player->play();
        }
    });
    m_editor = new EntryEditor(m_editModel, m_thumbnails);
    m_metadataStack->addWidget(m_editor);
    // A saved entry shows its new values in the list at once.
    connect(m_editModel, &EntryEditModel::saved, this, [this] {
        m_entries->updateEntries(m_editModel->entries());
        statusBar()->showMessage(tr("Saved"), 4000);
    });
    // Moving through the list with the keys loads the entry where the cursor stops.
    m_selectionDebounce = new QTimer(this);
    m_selectionDebounce->setSingleShot(true);
    m_selectionDebounce->setInterval(120);
    connect(m_selectionDebounce, &QTimer::timeout, this, &MainWindow::editSelection);
    m_entries = new EntryListModel(m_signIn->client(), m_thumbnails, this);
    m_categories = new entries::CategoryLoader(m_signIn->client(), this);
    connect(m_categories, &entries::CategoryLoader::loaded, this,
        [this](const QList<entries::Category> &categories) {
            QList<FilterPanel::CategoryChoice> choices;
            choices.reserve(categories.size());
            for (const entries::Category &c : categories)
                choices.append({QString::number(c.id), c.fullName, c.entriesCount});
            m_filters->setCategories(choices);
            QList<EntryEditor::CategoryChoice> editorChoices;
            for (const entries::Category &c : categories)
                editorChoices.append({QString::number(c.id), c.fullName});
            m_editor->setCategories(editorChoices);
            m_categoryChoices = editorChoices;
            if (m_uploadPanel)
                m_uploadPanel->setCategories(editorChoices);
        });
    connect(m_categories, &entries::CategoryLoader::failed, this,
        [this](const api::Error &error) { m_filters->setCategoriesUnavailable(error.toString()); });
    m_library = new LibraryView(m_entries, m_central);
    m_library->setObjectName(u"libraryView"_s);
    m_central->addWidget(m_library);

    const QSettings settings;
    m_library->restoreHeaderState(settings.value(ColumnsKey).toByteArray());
    if (settings.value(ViewModeKey).toString() == "grid"_L1) {
        m_gridViewAction->setChecked(true);
        m_library->setMode(LibraryView::Mode::Grid);
    }
    connect(m_tableViewAction, &QAction::triggered, m_library,
        [this] { m_library->setMode(LibraryView::Mode::Table); });
    connect(m_gridViewAction, &QAction::triggered, m_library,
        [this] { m_library->setMode(LibraryView::Mode::Grid); });
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_entries->refresh();
        loadCategories();
    });
    connect(m_library, &LibraryView::selectionChanged, m_selectionDebounce,
        qOverload<>(&QTimer::start));
    // Tags already used in the library are offered while typing tags.
    // (From the first 5000 rows of the list, collected as pages arrive.)
    connect(m_entries, &QAbstractItemModel::modelReset, this, [this] {
        m_knownTags.clear();
        m_editor->setKnownTags({});
    });
    connect(m_entries, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            const qsizetype before = m_knownTags.size();
            for (int row = first; row <= std::min(last, 4999); ++row) {
                const QStringList tags = m_entries->entryAt(row).tags;
                for (const QString &tag : tags)
                    m_knownTags.insert(tag);
            }
            if (m_knownTags.size() == before)
                return;
            QStringList known(m_knownTags.cbegin(), m_knownTags.cend());
            known.sort(Qt::CaseInsensitive);
            m_editor->setKnownTags(known);
        });
    connect(m_library, &LibraryView::entryActivated, this, &MainWindow::openDetails);
    connect(m_library, &LibraryView::selectionChanged, this,
        [this](int count) { m_deleteAction->setEnabled(count > 0); });
    connect(m_library, &LibraryView::clearFiltersRequested, this, [this] {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
        m_filters->reset();
        applyQuery();
    });
    // The list's context menu: open, copy the ids, delete.
    auto *open = new QAction(tr("Open Details"), m_library);
    connect(open, &QAction::triggered, this, [this] {
        if (const QString id = m_library->currentEntryId(); !id.isEmpty())
            openDetails(id);
    });
    auto *openWindow = new QAction(tr("Open in New Window"), m_library);
    openWindow->setObjectName(u"openInWindowAction"_s);
    openWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    openWindow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openWindow, &QAction::triggered, this, [this] {
        const QString id = m_library->currentEntryId();
        if (id.isEmpty())
            return;
        auto *window = new EntryWindow(m_signIn->client(), m_thumbnails, id, this);
        connect(window, &EntryWindow::saved, this,
            [this, window] { m_entries->updateEntries(window->model()->entries()); });
        window->show();
    });
    // Quick-look: Space plays the selected entry in the Preview tab.
    auto *preview = new QAction(tr("Preview"), m_library);
    preview->setObjectName(u"previewAction"_s);
    preview->setShortcut(QKeySequence(Qt::Key_Space));
    preview->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(preview, &QAction::triggered, this, [this] {
        const QString id = m_library->currentEntryId();
        if (id.isEmpty())
            return;
        m_playWhenLoaded = true;
        openDetails(id);
        m_detailsTabs->setCurrentIndex(3);
        if (m_player->entryId() == id && m_editModel->state() == EntryEditModel::State::Ready) {
            m_playWhenLoaded = false;
            m_player->togglePlay();
        }
    });
    auto *copyIds = new QAction(tr("Copy Entry ID"), m_library);
    copyIds->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyIds, &QAction::triggered, this, [this] {
        const QStringList ids = m_library->selectedEntryIds();
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    });
    auto *separator = new QAction(m_library);
    separator->setSeparator(true);
    m_library->addActions({open, openWindow, preview, copyIds, separator, m_deleteAction});
    m_library->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_deleteAction->setEnabled(false);

    connect(m_searchField, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyQuery);
    connect(m_filters, &FilterPanel::changed, this, &MainWindow::applyQuery);
}

void MainWindow::applyQuery()
{
    m_searchDebounce->stop();
    if (!m_signIn || !m_signIn->session()->isSignedIn())
        return;
    entries::EntryQuery query = m_entries->query();
    query.freeText = m_searchField->text().trimmed();
    query.pageSize = m_settings.pageSize;
    m_filters->applyTo(&query);
    m_library->setFiltersActive(m_filters->isActive() || !query.freeText.isEmpty());
    m_entries->setQuery(query);
}

void MainWindow::editSelection()
{
    m_selectionDebounce->stop();
    const QStringList ids = m_library->selectedEntryIds();
    if (ids == m_editModel->entryIds())
        return;
    if (!confirmLeavingEdits()) {
        m_library->selectEntryIds(m_editModel->entryIds()); // back to what is being edited
        return;
    }
    // Flavors are one entry's: shown for a single selection only.
    m_flavorsTab->setEntry(ids.size() == 1 ? ids.first() : QString());
    m_flavorsStack->setCurrentIndex(ids.size() == 1 ? 1 : 0);
    m_thumbsTab->setEntry(ids.size() == 1 ? ids.first() : QString());
    m_thumbsStack->setCurrentIndex(ids.size() == 1 ? 1 : 0);
    if (ids.isEmpty()) {
        m_editModel->clear();
        m_metadataStack->setCurrentIndex(0);
        return;
    }
    if (ids.size() == 1) {
        m_editModel->load(ids.first());
    } else {
        QList<entries::Entry> chosen;
        for (const QString &id : ids)
            chosen.append(m_entries->entryAt(m_entries->rowOfEntry(id)));
        m_editModel->setEntries(chosen);
    }
    m_metadataStack->setCurrentWidget(m_editor);
}

bool MainWindow::confirmLeavingEdits()
{
    if (!m_editModel || !m_editModel->isDirty())
        return true;
    const bool multi = m_editModel->isMulti();
    const QString what = multi ? tr("%Ln entries", nullptr, int(m_editModel->entryIds().size()))
                               : u"“%1”"_s.arg(m_editModel->details().entry.name);
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Save your changes to %1?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChanges"_s);
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard) {
        m_editModel->revert();
        return true;
    }
    if (answer != QMessageBox::Save || !m_editModel->save())
        return false;
    // Leave only once the save worked; a failure or conflict keeps the edits on screen.
    QEventLoop wait;
    bool saved = false;
    connect(m_editModel, &EntryEditModel::saved, &wait, [&] {
        saved = true;
        wait.quit();
    });
    connect(m_editModel, &EntryEditModel::failed, &wait, &QEventLoop::quit);
    connect(m_editModel, &EntryEditModel::conflicted, &wait, &QEventLoop::quit);
    wait.exec();
    return saved;
}

void MainWindow::openDetails(const QString &entryId)
{
    if (m_library->selectedEntryIds() != QStringList {entryId})
        m_library->selectEntryIds({entryId});
    editSelection();
    m_detailsDock->show();
    m_detailsDock->raise();
    m_detailsTabs->setCurrentIndex(0);
}

void MainWindow::loadCategories()
{
    m_categories->load();
}

void MainWindow::deleteSelected()
{
    const QStringList ids = m_library->selectedEntryIds();
    if (ids.isEmpty() || m_deleter)
        return;
    const int count = int(ids.size());
    const QString question = count == 1
        ? tr("Delete “%1”?").arg(m_entries->entryAt(m_entries->rowOfEntry(ids.first())).name)
        : tr("Delete %Ln entries?", nullptr, count);
    QMessageBox confirm(
        QMessageBox::Warning, tr("Delete Entries"), question, QMessageBox::Cancel, this);
    confirm.setObjectName(u"confirmDelete"_s);
    confirm.setInformativeText(tr("The media, its flavors and thumbnails are deleted from the "
                                  "Kaltura account. mini-KMC cannot undo this."));
    QPushButton *remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;

    m_deleter = new entries::EntryDeleter(m_signIn->client(), ids, this);
    m_deleteAction->setEnabled(false);
    connect(m_deleter, &entries::EntryDeleter::progress, this, [this](int done, int total) {
        m_entries->removeEntries(m_deleter->deletedIds());
        statusBar()->showMessage(tr("Deleting entries: %1 of %2").arg(done).arg(total));
    });
    connect(m_deleter, &entries::EntryDeleter::finished, this, &MainWindow::onDeleteFinished);
    m_deleter->start();
}

void MainWindow::onDeleteFinished()
{
    const QStringList deletedIds = m_deleter->deletedIds();
    const QList<entries::EntryDeleter::Failure> failures = m_deleter->failures();
    m_deleter->deleteLater();
    m_deleter = nullptr;
    // Entries someone else deleted meanwhile are not in the library either.
    QStringList gone = deletedIds;
    QStringList lines;
    for (const entries::EntryDeleter::Failure &f : failures) {
        if (f.error.code() == "ENTRY_ID_NOT_FOUND"_L1)
            gone.append(f.id);
        lines.append(u"%1: %2"_s.arg(f.id, f.error.toString()));
    }
    m_entries->removeEntries(gone);
    m_deleteAction->setEnabled(!m_library->selectedEntryIds().isEmpty());
    const int deleted = int(deletedIds.size());
    statusBar()->showMessage(tr("Deleted %Ln entries", nullptr, deleted), 8000);
    if (failures.isEmpty())
        return;
    auto *report = new QMessageBox(QMessageBox::Warning, tr("Some Entries Were Not Deleted"),
        tr("%Ln entries could not be deleted.", nullptr, int(failures.size())), QMessageBox::Close,
        this);
    report->setObjectName(u"deleteFailures"_s);
    if (deleted > 0)
        report->setInformativeText(tr("%Ln others were deleted.", nullptr, deleted));
    report->setDetailedText(lines.join(u'\n'));
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingEdits()) {
        event->ignore();
        return;
    }
    if (m_uploadQueue && m_uploadQueue->runningCount() > 0) {
        QMessageBox box(QMessageBox::Question, tr("Uploads in Progress"),
            tr("%n upload(s) are in progress.", nullptr, m_uploadQueue->runningCount()),
            QMessageBox::NoButton, this);
        box.setInformativeText(tr("If you quit now, they continue where they stopped the next "
                                  "time you open mini-KMC. Nothing uploaded so far is lost."));
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::AcceptRole);
        quit->setObjectName(u"confirmQuitWithUploads"_s);
        box.addButton(tr("Keep Uploading"), QMessageBox::RejectRole);
        box.setDefaultButton(quit);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
    }
    if (m_uploadQueue)
        m_uploadQueue->unload();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    // Actions that have no function until sign-in and the entry library exist are disabled.
    m_uploadAction = new QAction(bundledIcon(u"upload"_s), tr("Upload…"), this);
    m_uploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadAction->setToolTip(tr("Upload media files (Ctrl+U)"));
    m_uploadAction->setEnabled(false);

    m_refreshAction = new QAction(bundledIcon(u"refresh"_s), tr("Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the entry list (F5)"));
    m_refreshAction->setEnabled(false);

    m_findAction = new QAction(tr("Search Entries"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(m_findAction);

    m_viewModeGroup = new QActionGroup(this);
    m_viewModeGroup->setExclusive(true);
    m_tableViewAction = new QAction(bundledIcon(u"view-list"_s), tr("Table"), m_viewModeGroup);
    m_tableViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_tableViewAction->setToolTip(tr("Show entries as a table (Ctrl+1)"));
    m_tableViewAction->setCheckable(true);
    m_tableViewAction->setChecked(true);
    m_gridViewAction = new QAction(bundledIcon(u"view-grid"_s), tr("Grid"), m_viewModeGroup);
    m_gridViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_gridViewAction->setToolTip(tr("Show entries as a grid of thumbnails (Ctrl+2)"));
    m_gridViewAction->setCheckable(true);
    m_viewModeGroup->setEnabled(false);

    m_deleteAction = new QAction(tr("Delete…"), this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected entries (Delete)"));
    m_deleteAction->setEnabled(false);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_signInAction = new QAction(tr("Sign In to Another Account…"), this);
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signInAction->setEnabled(false);
    connect(m_signInAction, &QAction::triggered, this, [this] { openSignInDialog(); });
}

void MainWindow::createMenus()
{
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    // Linux desktops have no standard key for it: Ctrl+, as on the others.
    m_settingsAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences)
                                      .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_uploadAction);
    file->addAction(m_signInAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tableViewAction);
    m_viewMenu->addAction(m_gridViewAction);
    m_viewMenu->addSeparator(); // the docks' own show/hide actions follow (createDocks)

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction = help->addAction(tr("&Keyboard Shortcuts"));
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(shortcuts(), this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About mini-KMC"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QList<ShortcutsDialog::Shortcut> MainWindow::shortcuts() const
{
    QList<ShortcutsDialog::Shortcut> list;
    const auto add = [&list](const QString &group, const QAction *action) {
        if (action && !action->shortcut().isEmpty())
            list.append({group, action->text(), action->shortcut()});
    };
    const QString window = tr("Window");
    for (const QAction *a : {m_uploadAction, m_refreshAction, m_findAction, m_tableViewAction,
             m_gridViewAction, m_settingsAction, m_shortcutsAction})
        add(window, a);
    list.append({window, tr("Quit"), QKeySequence(QKeySequence::Quit)});
    const QString library = tr("Library");
    list.append({library, tr("Open the entry in the details panel"), QKeySequence(Qt::Key_Return)});
    for (const QAction *a : m_library ? m_library->actions() : QList<QAction *>())
        add(library, a);
    list.append({library, tr("Jump to a name: type its first letters"), QKeySequence()});
    const QString details = tr("Details");
    list.append({details, tr("Save the changes"), QKeySequence(QKeySequence::Save)});
    const QString preview = tr("Preview");
    list.append({preview, tr("Play or pause"), QKeySequence(Qt::Key_Space)});
    list.append({preview, tr("Back 5 seconds"), QKeySequence(Qt::Key_Left)});
    list.append({preview, tr("Forward 5 seconds"), QKeySequence(Qt::Key_Right)});
    list.append({preview, tr("Full screen on or off"), QKeySequence(Qt::Key_F)});
    list.append({preview, tr("Leave full screen"), QKeySequence(Qt::Key_Escape)});
    return list;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About mini-KMC"),
        tr("<h3>mini-KMC %1</h3>"
           "<p>A desktop editor for the media of a Kaltura account: browse a library of any "
           "size, edit entries, look at their renditions and thumbnails, preview them, and upload "
           "new media that survives restarts and flaky networks.</p>"
           "<p>Built with Qt %2 (running on Qt %3), QtKeychain and GStreamer.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MINIKMC_VERSION), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}

void MainWindow::openSettings()
{
    const AppSettings before = m_settings;
    std::function<qint64()> clear;
    if (m_thumbnails) {
        clear = [this] {
            m_thumbnails->clear();
            return m_thumbnails->diskCacheSize();
        };
    }
    SettingsDialog dialog(before, m_thumbnails ? m_thumbnails->diskCacheSize() : -1, clear, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings after = dialog.settings();
    if (after == before)
        return;
    after.save();
    applySettings(after);
    if (after.pageSize != before.pageSize)
        applyQuery();
    statusBar()->showMessage(after.language != before.language
            ? tr("Settings saved. The new language is used the next time mini-KMC starts.")
            : tr("Settings saved."),
        6000);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    if (m_uploadQueue)
        m_uploadQueue->setSettings(settings.uploadSettings());
    if (m_thumbnails)
        m_thumbnails->setMaximumDiskCacheSize(qint64(settings.thumbnailCacheMiB) * 1024 * 1024);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_toolBar->addAction(m_uploadAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();

    m_searchField = new QLineEdit(m_toolBar);
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search entries (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search entries"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->addAction(bundledIcon(u"search"_s), QLineEdit::LeadingPosition);
    m_searchField->setMinimumWidth(220);
    m_searchField->setMaximumWidth(360);
    m_searchField->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The list follows the search as the user types (after a pause); Enter searches at once.
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_signIn && m_signIn->session()->isSignedIn())
            applyQuery();
        else if (!m_searchField->text().isEmpty())
            statusBar()->showMessage(tr("Sign in to search your library."), 4000);
    });
    m_toolBar->addWidget(m_searchField);
    m_toolBar->addSeparator();

    m_toolBar->addAction(m_tableViewAction);
    m_toolBar->addAction(m_gridViewAction);
    for (QAction *action : {m_tableViewAction, m_gridViewAction}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_accountMenu = new QMenu(this);
    m_accountMenu->addAction(m_signInAction);
    connect(m_accountMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildAccountMenu);
    m_accountButton = new QToolButton(m_toolBar);
    m_accountButton->setObjectName(u"accountButton"_s);
    m_accountButton->setIcon(bundledIcon(u"account"_s));
    m_accountButton->setText(tr("Not signed in"));
    m_accountButton->setToolTip(tr("Account"));
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setMenu(m_accountMenu);
    m_toolBar->addWidget(m_accountButton);
}

void MainWindow::createCentralArea()
{
    m_libraryState = new EmptyState(EmptyState::Size::Large, this);
    m_libraryState->setObjectName(u"libraryEmptyState"_s);
    m_libraryState->setIcon(bundledIcon(u"library"_s));
    m_libraryState->setTitle(tr("Not signed in"));
    m_libraryState->setText(
        tr("Your Kaltura media library appears here after you sign in to an account."));
    m_libraryState->setMinimumWidth(320);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_libraryState);
    setCentralWidget(m_central);
}

QDockWidget *MainWindow::addDock(
    const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area)
{
    // Side docks may move between the sides; the uploads dock between top and bottom.
    const bool side = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // the key of saveState()/restoreState()
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    dock->setAllowedAreas(side ? Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea
                               : Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{

    // Filters (left)
    m_filters = new FilterPanel;
    m_filters->setEnabled(false);
    // QMainWindow does not mirror dock areas: in a right-to-left language the filters go to
    // the right and the details to the left by hand, so that the window reads as a mirror.
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea start = rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    m_filtersDock = addDock(tr("Filters"), u"filtersDock"_s, m_filters, start);
    m_filtersDock->setMinimumWidth(170);

    // Details (right): one tab per aspect of the selected entry
    m_detailsTabs = new QTabWidget;
    m_detailsTabs->setObjectName(u"detailsTabs"_s);
    m_detailsTabs->setDocumentMode(true);
    const std::array<std::pair<QString, QString>, 4> tabs {{
        {tr("Metadata"), tr("Its title, description, tags and schedule appear here.")},
        {tr("Flavors"), tr("Its renditions (flavors) appear here.")},
        {tr("Thumbnails"), tr("Its thumbnails appear here.")},
        {tr("Preview"), tr("You can play it here.")},
    }};
    for (const auto &[name, text] : tabs) {
        auto *state = new EmptyState(EmptyState::Size::Compact);
        state->setTitle(tr("Select an entry"));
        state->setText(text);
        // Each tab shows its hint until an entry is selected (the tab's view is added later).
        auto *stack = new QStackedWidget;
        stack->addWidget(state);
        if (m_detailsTabs->count() == 0)
            m_metadataStack = stack;
        else if (m_detailsTabs->count() == 1)
            m_flavorsStack = stack;
        else if (m_detailsTabs->count() == 2)
            m_thumbsStack = stack;
        else
            m_previewStack = stack;
        m_detailsTabs->addTab(stack, name);
    }
    m_detailsDock = addDock(tr("Details"), u"detailsDock"_s, m_detailsTabs, end);
    m_detailsDock->setMinimumWidth(260);

    // Uploads (bottom)
    auto *uploadsState = new EmptyState(EmptyState::Size::Compact);
    uploadsState->setIcon(bundledIcon(u"upload"_s));
    uploadsState->setTitle(tr("No uploads"));
    uploadsState->setText(tr("Drop files anywhere to upload once you are signed in."));
    uploadsState->setMaximumTextWidth(520);
    m_uploadsDock
        = addDock(tr("Uploads"), u"uploadsDock"_s, uploadsState, Qt::BottomDockWidgetArea);
    m_uploadsDock->setMinimumHeight(90);

    for (QDockWidget *dock : {m_filtersDock, m_detailsDock, m_uploadsDock})
        m_viewMenu->addAction(dock->toggleViewAction());

    // Default proportions; restoreState() overrides them with the user's own.
    resizeDocks({m_filtersDock, m_detailsDock}, {240, 360}, Qt::Horizontal);
    resizeDocks({m_uploadsDock}, {170}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_serverStatusLabel = new QLabel(tr("Not connected"), this);
    m_serverStatusLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serverStatusLabel);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start (or an unusable saved geometry): the default size, never larger than the
        // screen's free area, centred on it.
        QSize size = DefaultSize;
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            size = size.boundedTo(available.size());
            resize(size);
            move(available.center() - rect().center());
        } else {
            resize(size);
        }
    }
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    if (m_library) {
        settings.setValue(ColumnsKey, m_library->saveHeaderState());
        settings.setValue(
            ViewModeKey, m_library->mode() == LibraryView::Mode::Grid ? u"grid"_s : u"table"_s);
    }
}

void MainWindow::createUploads()
{
    m_journal = std::make_unique<upload::UploadJournal>();
    m_uploadQueue = new upload::UploadQueue(m_signIn->client(), m_journal.get(), this);
    m_uploadPanel = new UploadPanel(m_uploadQueue);
    m_uploadPanel->setCategories(m_categoryChoices);
    if (QWidget *placeholder = m_uploadsDock->widget())
        placeholder->deleteLater();
    m_uploadsDock->setWidget(m_uploadPanel);
    connect(m_uploadAction, &QAction::triggered, this, &MainWindow::chooseFilesToUpload);
    connect(m_uploadPanel, &UploadPanel::addFilesRequested, this, &MainWindow::chooseFilesToUpload);
    connect(m_uploadPanel, &UploadPanel::summaryChanged, this, &MainWindow::showUploadProgress);
    connect(m_uploadPanel, &UploadPanel::showEntryRequested, this, [this](const QString &id) {
        if (id.isEmpty() || !m_library)
            return;
        m_searchField->setText(id);
        applyQuery();
    });
    connect(m_uploadQueue, &upload::UploadQueue::journalError, this, [this](const QString &e) {
        statusBar()->showMessage(
            tr("The upload journal cannot be written (%1): uploads will not resume after a "
               "restart.")
                .arg(e),
            15000);
    });
    connect(m_uploadQueue, &upload::UploadQueue::batchFinished, this,
        [this](int done, int failed, int cancelled) {
            Q_UNUSED(cancelled)
            QString text = tr("%n upload(s) finished", nullptr, done);
            if (failed > 0)
                text += tr(", %n failed", nullptr, failed);
            statusBar()->showMessage(text, 10000);
            if (m_tray && m_tray->isVisible())
                m_tray->showMessage(tr("Uploads finished"), text,
                    failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
            QApplication::alert(this);
            // The new entries appear in the list.
            if (done > 0 && m_entries && m_signIn->session()->isSignedIn())
                m_entries->refresh();
            showUploadProgress();
        });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_uploadStatusLabel = new QLabel(this);
    m_uploadStatusLabel->setObjectName(u"uploadStatusLabel"_s);
    statusBar()->addWidget(m_uploadStatusLabel);
}

void MainWindow::switchUploads(bool signedIn)
{
    if (!m_uploadQueue)
        return;
    m_uploadQueue->unload();
    if (!signedIn) {
        showUploadProgress();
        return;
    }
    if (!m_journal->isOpen() && !m_journal->open())
        statusBar()->showMessage(tr("The upload journal %1 cannot be opened (%2): uploads will "
                                    "not resume after a restart.")
                                     .arg(m_journal->path(), m_journal->lastError()),
            15000);
    m_uploadQueue->setSettings(m_settings.uploadSettings());
    const int restored = m_uploadQueue->restore();
    if (restored > 0) {
        statusBar()->showMessage(tr("%n unfinished upload(s) found", nullptr, restored), 8000);
        m_uploadsDock->show();
    }
    showUploadProgress();
}

void MainWindow::showUploadProgress()
{
    const QString summary = m_uploadPanel ? m_uploadPanel->summary() : QString();
    const int percent = m_uploadPanel ? m_uploadPanel->overallPercent() : -1;
    m_uploadStatusLabel->setText(summary);
    // The window's badge: the overall progress in the title (and the tray's tooltip).
    setWindowTitle(percent >= 0 ? tr("%1 % uploaded — mini-KMC").arg(percent) : tr("mini-KMC"));
    if (m_tray) {
        m_tray->setToolTip(summary.isEmpty() ? tr("mini-KMC") : summary);
        m_tray->setVisible(!summary.isEmpty());
    }
}

void MainWindow::chooseFilesToUpload()
{
    if (!m_signIn || !m_signIn->session()->isSignedIn())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload Media"),
        QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
        tr("Media files (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.flv *.mp3 "
           "*.m4a *.wav *.aac *.ogg *.flac *.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;"
           "All files (*)"));
    if (!files.isEmpty())
        uploadFiles(files);
}

void MainWindow::uploadFiles(const QStringList &paths)
{
    if (!m_uploadQueue || !m_signIn->session()->isSignedIn()) {
        statusBar()->showMessage(tr("Sign in to upload."), 5000);
        return;
    }
    const QStringList files = upload::UploadQueue::expandPaths(paths);
    QStringList accepted;
    QStringList refused;
    for (const QString &file : files) {
        QString why;
        if (upload::UploadQueue::checkFile(file, &why) != 0)
            accepted.append(file);
        else
            refused.append(why);
    }
    if (files.isEmpty())
        refused.append(tr("No media files were found in what you dropped."));
    if (!accepted.isEmpty()) {
        UploadDetailsDialog sheet(
            UploadDetailsDialog::Purpose::NewUploads, accepted, m_categoryChoices, this);
        if (sheet.exec() != QDialog::Accepted)
            return;
        const upload::UploadMetadata metadata = sheet.metadata();
        for (const QString &file : std::as_const(accepted)) {
            QString why;
            if (!m_uploadQueue->enqueue(file, metadata, &why))
                refused.append(why);
        }
        m_uploadsDock->show();
        m_uploadsDock->raise();
    }
    if (!refused.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Upload"),
            tr("%n file(s) cannot be uploaded.", nullptr, int(refused.size())), QMessageBox::Ok,
            this);
        box.setInformativeText(
            refused.size() == 1 ? refused.first() : tr("Show Details lists each file and why."));
        if (refused.size() > 1)
            box.setDetailedText(refused.join(u'\n'));
        box.exec();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const bool signedIn = m_signIn && m_signIn->session()->isSignedIn();
    if (!signedIn || !mime->hasUrls())
        return;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            statusBar()->showMessage(tr("Drop to upload"), 2000);
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // The sheet opens after the drop has finished (a modal dialog inside a drop blocks the
    // source application on some platforms).
    QTimer::singleShot(0, this, [this, paths] { uploadFiles(paths); });
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

} // namespace minikmc::ui
