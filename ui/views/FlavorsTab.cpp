// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/FlavorsTab.h"

#include "assets/AssetService.h"
#include "assets/FlavorDownload.h"
#include "models/FlavorListModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr int kFirstPollMs = 2000;
constexpr int kLongestPollMs = 30000;

} // namespace

FlavorsTab::FlavorsTab(assets::AssetService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new FlavorListModel(this))
    , m_table(new QTableView(this))
    , m_download(new QPushButton(tr("Download…"), this))
    , m_reconvert(new QPushButton(tr("Reconvert"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_message(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_progressText(new QLabel(m_progressRow))
    , m_poll(new QTimer(this))
    , m_pollDelayMs(kFirstPollMs)
{
    setObjectName(u"flavorsTab"_s);
    m_table->setObjectName(u"flavorTable"_s);
    m_table->setAccessibleName(tr("Flavors"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The panel is narrow: frame rate and tags are in each row's tooltip.
    m_table->setColumnHidden(FlavorListModel::FrameRateColumn, true);
    m_table->setColumnHidden(FlavorListModel::TagsColumn, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FlavorsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FlavorsTab::updateButtons);

    m_download->setObjectName(u"downloadFlavor"_s);
    m_reconvert->setObjectName(u"reconvertFlavor"_s);
    m_delete->setObjectName(u"deleteFlavor"_s);
    m_download->setToolTip(tr("Save the selected rendition's file"));
    m_reconvert->setToolTip(tr("Make the selected rendition again from the source"));
    connect(m_download, &QPushButton::clicked, this, &FlavorsTab::chooseAndDownload);
    connect(m_reconvert, &QPushButton::clicked, this,
        [this] { m_service->reconvertFlavor(m_entryId, selectedFlavorId()); });
    connect(m_delete, &QPushButton::clicked, this, &FlavorsTab::deleteSelected);

    m_message->setWordWrap(true);
    m_message->setObjectName(u"flavorMessage"_s);
    auto *cancel = new QPushButton(tr("Cancel"), m_progressRow);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_downloadJob) {
            m_downloadJob->cancel();
            std::exchange(m_downloadJob, nullptr)->deleteLater();
        }
        m_progressRow->hide();
        m_message->setText(tr("Download stopped; starting it again continues where it stopped."));
    });
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_reconvert);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &FlavorsTab::refresh);
    connect(m_service, &assets::AssetService::flavorsListed, this,
        [this](const QString &entryId, const QList<assets::Flavor> &flavors) {
            if (entryId != m_entryId)
                return;
            m_model->setFlavors(flavors);
            onListed(entryId);
        });
    connect(m_service, &assets::AssetService::listFailed, this,
        [this](const QString &entryId, const api::Error &error) {
            if (entryId == m_entryId)
                m_message->setText(tr("The flavors cannot be listed: %1").arg(error.toString()));
        });
    connect(m_service, &assets::AssetService::actionFinished, this,
        [this](
            const QString &entryId, assets::AssetService::Action action, const api::Error &error) {
            if (entryId != m_entryId
                || (action != assets::AssetService::Action::DeleteFlavor
                    && action != assets::AssetService::Action::ReconvertFlavor))
                return;
            m_message->setText(error.isOk() ? QString() : error.toString());
            m_pollDelayMs = kFirstPollMs; // something changed: look again soon
            refresh();
        });
    updateButtons();
}

FlavorsTab::~FlavorsTab() = default;

void FlavorsTab::setEntry(const QString &entryId)
{
    if (entryId == m_entryId)
        return;
    m_entryId = entryId;
    m_poll->stop();
    m_polling = false;
    m_pollDelayMs = kFirstPollMs;
    m_model->setFlavors({});
    m_message->clear();
    if (!entryId.isEmpty())
        refresh();
}

bool FlavorsTab::isPolling() const
{
    return m_polling;
}

void FlavorsTab::refresh()
{
    if (!m_entryId.isEmpty())
        m_service->listFlavors(m_entryId);
}

void FlavorsTab::onListed(const QString &)
{
    // While a flavor is being made: again after 2 s, 4 s, 8 s … at most 30 s; then no more.
    m_polling = m_model->anyInProgress();
    if (m_polling) {
        m_poll->start(m_pollDelayMs);
        m_pollDelayMs = std::min(m_pollDelayMs * 2, kLongestPollMs);
    } else {
        m_poll->stop();
        m_pollDelayMs = kFirstPollMs;
    }
    updateButtons();
    Q_EMIT refreshed();
}

QString FlavorsTab::selectedFlavorId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->flavorAt(rows.first().row()).id;
}

void FlavorsTab::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const assets::Flavor f = selected ? m_model->flavorAt(rows.first().row()) : assets::Flavor();
    m_download->setEnabled(selected && f.status == assets::FlavorStatus::Ready && !m_downloadJob);
    m_reconvert->setEnabled(selected && !f.isOriginal);
    m_delete->setEnabled(selected);
}

void FlavorsTab::chooseAndDownload()
{
    const assets::Flavor f = m_model->flavorAt(m_table->currentIndex().row());
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        + u'/' + u"%1_%2.%3"_s.arg(m_entryId, f.id, f.fileExt.isEmpty() ? u"mp4"_s : f.fileExt);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Flavor"), suggested);
    if (!path.isEmpty())
        downloadSelected(path);
}

void FlavorsTab::downloadSelected(const QString &path)
{
    const QString flavorId = selectedFlavorId();
    if (flavorId.isEmpty() || m_downloadJob)
        return;
    m_downloadJob = new assets::FlavorDownload(m_service->client(), flavorId, path, this);
    m_progressRow->show();
    m_progress->setRange(0, 0);
    m_message->clear();
    connect(m_downloadJob, &assets::FlavorDownload::progress, this,
        [this](qint64 received, qint64 total, double speed) {
            const QLocale locale;
            if (total > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(received * 1000 / total));
            }
            m_progressText->setText(tr("%1 of %2 · %3/s")
                                        .arg(locale.formattedDataSize(received),
                                            total > 0 ? locale.formattedDataSize(total) : u"?"_s,
                                            locale.formattedDataSize(qint64(speed))));
        });
    connect(m_downloadJob, &assets::FlavorDownload::finished, this, [this, path] {
        m_progressRow->hide();
        m_message->setText(tr("Saved to %1").arg(path));
        std::exchange(m_downloadJob, nullptr)->deleteLater();
        updateButtons();
    });
    connect(m_downloadJob, &assets::FlavorDownload::failed, this, [this](const api::Error &e) {
        m_progressRow->hide();
        m_message->setText(tr("The download failed: %1").arg(e.toString()));
        std::exchange(m_downloadJob, nullptr)->deleteLater();
        updateButtons();
    });
    updateButtons();
    m_downloadJob->start();
}

void FlavorsTab::deleteSelected()
{
    const assets::Flavor f = m_model->flavorAt(m_table->currentIndex().row());
    if (f.id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Flavor"),
            tr("Delete the %1 rendition (%2)?")
                .arg(m_model->index(m_table->currentIndex().row(), FlavorListModel::FlavorColumn)
                         .data()
                         .toString(),
                    f.id))
        != QMessageBox::Yes)
        return;
    // The original is what every other rendition is made from: a second, explicit yes.
    if (f.isOriginal
        && QMessageBox::warning(this, tr("Delete the Original"),
               tr("This is the original file. Without it no rendition can be made again and "
                  "nothing can be downloaded in its quality. Delete it anyway?"),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_service->deleteFlavor(m_entryId, f.id);
}

} // namespace minikmc::ui
