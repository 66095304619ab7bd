// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ThumbnailsTab.h"

#include "api/Client.h"
#include "assets/AssetService.h"

#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr QSize kTile(160, 90);

bool isImageFile(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

} // namespace

ThumbnailsTab::ThumbnailsTab(assets::AssetService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_nam(new QNetworkAccessManager(this))
    , m_list(new QListWidget(this))
    , m_default(new QPushButton(tr("Set as Default"), this))
    , m_add(new QPushButton(tr("Add Images…"), this))
    , m_second(new QDoubleSpinBox(this))
    , m_capture(new QPushButton(tr("Capture"), this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"thumbnailsTab"_s);
    setAcceptDrops(true);
    m_list->setObjectName(u"thumbList"_s);
    m_list->setAccessibleName(tr("Thumbnails"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kTile);
    m_list->setGridSize(kTile + QSize(24, 48));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Drop image files here to add them as thumbnails"));
    connect(m_list, &QListWidget::currentItemChanged, this, &ThumbnailsTab::updateButtons);

    m_second->setObjectName(u"captureSecond"_s);
    m_second->setRange(0, 24 * 3600);
    m_second->setDecimals(1);
    m_second->setSuffix(tr(" s"));
    m_second->setAccessibleName(tr("Capture at second"));
    m_message->setObjectName(u"thumbMessage"_s);
    m_message->setWordWrap(true);

    connect(m_default, &QPushButton::clicked, this, [this] { setDefault(selectedId()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Thumbnails"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"));
        addImages(paths);
    });
    connect(m_capture, &QPushButton::clicked, this, [this] { captureAt(m_second->value()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Thumbnail"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' + id
                + u".jpg"_s);
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes.value(id)) < 0)
            m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete Thumbnail"), tr("Delete this thumbnail?"))
            == QMessageBox::Yes)
            deleteThumb(selectedId());
    });

    auto *capture = new QHBoxLayout;
    capture->addWidget(new QLabel(tr("From the video at"), this));
    capture->addWidget(m_second);
    capture->addWidget(m_capture);
    capture->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_default);
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(capture);
    layout->addLayout(buttons);

    connect(m_service, &assets::AssetService::thumbsListed, this,
        [this](const QString &entryId, const QList<assets::Thumb> &thumbs) {
            if (entryId != m_entryId)
                return;
            m_thumbs = thumbs;
            rebuild();
            Q_EMIT refreshed();
        });
    connect(m_service, &assets::AssetService::thumbUrlReady, this,
        [this](const QString &thumbId, const QUrl &url) {
            QNetworkRequest request(url);
            request.setTransferTimeout(20000);
            QNetworkReply *reply = m_nam->get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply, thumbId] {
                reply->deleteLater();
                const QByteArray bytes = reply->readAll();
                QPixmap picture;
                if (reply->error() != QNetworkReply::NoError || !picture.loadFromData(bytes))
                    return;
                m_bytes.insert(thumbId, bytes);
                m_pictures.insert(thumbId, picture);
                rebuild();
            });
        });
    connect(m_service, &assets::AssetService::actionFinished, this,
        [this](
            const QString &entryId, assets::AssetService::Action action, const api::Error &error) {
            using A = assets::AssetService::Action;
            if (entryId != m_entryId
                || (action != A::SetDefaultThumb && action != A::DeleteThumb
                    && action != A::AddThumb && action != A::CaptureThumb))
                return;
            if (!error.isOk())
                m_message->setText(error.toString());
            else if (action == A::SetDefaultThumb)
                Q_EMIT defaultChanged(entryId);
            refresh();
        });
    updateButtons();
}

ThumbnailsTab::~ThumbnailsTab() = default;

void ThumbnailsTab::setEntry(const QString &entryId)
{
    if (entryId == m_entryId)
        return;
    m_entryId = entryId;
    m_thumbs.clear();
    m_pictures.clear();
    m_bytes.clear();
    m_asked.clear();
    m_message->clear();
    rebuild();
    if (!entryId.isEmpty())
        refresh();
}

void ThumbnailsTab::refresh()
{
    if (!m_entryId.isEmpty())
        m_service->listThumbs(m_entryId);
}

void ThumbnailsTab::rebuild()
{
    const QString current = selectedId();
    const QLocale locale;
    m_list->clear();
    for (const assets::Thumb &t : std::as_const(m_thumbs)) {
        QString text = u"%1×%2"_s.arg(t.width).arg(t.height);
        if (t.isDefault())
            text = tr("Default · %1").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(tr("%1\n%2×%3, %4")
                             .arg(t.id)
                             .arg(t.width)
                             .arg(t.height)
                             .arg(locale.formattedDataSize(t.size)));
        if (t.isDefault()) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (m_pictures.contains(t.id)) {
            item->setIcon(QIcon(m_pictures.value(t.id)));
        } else if (t.status == assets::ThumbStatus::Ready && !m_asked.contains(t.id)) {
            m_asked.insert(t.id);
            m_service->thumbUrl(t.id); // the picture arrives later
        }
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString ThumbnailsTab::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ThumbnailsTab::updateButtons()
{
    const QString id = selectedId();
    const auto it = std::find_if(
        m_thumbs.cbegin(), m_thumbs.cend(), [&id](const assets::Thumb &t) { return t.id == id; });
    const bool selected = it != m_thumbs.cend();
    m_default->setEnabled(selected && !it->isDefault());
    m_delete->setEnabled(selected && !it->isDefault());
    m_delete->setToolTip(selected && it->isDefault()
            ? tr("The default thumbnail cannot be deleted; make another one the default first")
            : QString());
    m_save->setEnabled(selected && !m_bytes.value(id).isEmpty());
    m_add->setEnabled(!m_entryId.isEmpty());
    m_capture->setEnabled(!m_entryId.isEmpty());
}

void ThumbnailsTab::addImages(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!isImageFile(path)) {
            m_message->setText(tr("%1 is not an image file").arg(path));
            continue;
        }
        m_service->addThumbFromImage(m_entryId, path);
    }
}

void ThumbnailsTab::captureAt(double seconds)
{
    m_service->captureThumb(m_entryId, seconds);
}

void ThumbnailsTab::setDefault(const QString &thumbId)
{
    if (thumbId.isEmpty())
        return;
    m_service->setDefaultThumb(m_entryId, thumbId);
}

void ThumbnailsTab::deleteThumb(const QString &thumbId)
{
    if (thumbId.isEmpty())
        return;
    m_service->deleteThumb(m_entryId, thumbId);
}

void ThumbnailsTab::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_entryId.isEmpty() && std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile() && isImageFile(u.toLocalFile());
        }))
        event->acceptProposedAction();
}

void ThumbnailsTab::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addImages(paths);
    event->acceptProposedAction();
}

} // namespace minikmc::ui
