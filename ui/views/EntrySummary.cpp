// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EntrySummary.h"

#include "models/EntryListModel.h"
#include "models/ThumbnailCache.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr QSize kPictureSize(176, 99);

} // namespace

EntrySummary::EntrySummary(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
{
    setObjectName(u"entrySummary"_s);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFixedSize(kPictureSize);
    m_picture->setAccessibleName(tr("Thumbnail"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    for (QLabel *label : {m_name, m_facts}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_facts->setTextFormat(Qt::RichText);
    // The picture beside the name and the facts, so that the form below stays in view.
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_facts);
    text->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_picture, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addLayout(row);
}

void EntrySummary::setThumbnailCache(ThumbnailCache *thumbnails)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = thumbnails;
    if (!m_thumbnails)
        return;
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString &key) {
        if (key == m_entry.id)
            updateThumbnail();
    });
}

EntrySummary::~EntrySummary() = default;

void EntrySummary::setEntry(const entries::Entry &entry)
{
    m_entry = entry;
    m_name->setText(entry.name);
    const QLocale locale;
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows.append(u"<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    row(tr("ID"), entry.id);
    row(tr("Type"), EntryListModel::mediaTypeText(entry.mediaType));
    if (entry.durationMs > 0 && entry.mediaType != entries::MediaType::Image)
        row(tr("Duration"), EntryListModel::durationText(entry.durationMs));
    row(tr("Status"), EntryListModel::statusText(entry.status));
    row(tr("Plays"), locale.toString(entry.plays));
    row(tr("Created"), locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat));
    row(tr("Updated"), locale.toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_facts->setText(u"<table>%1</table>"_s.arg(rows.join(QString())));
    updateThumbnail();
}

void EntrySummary::updateThumbnail()
{
    const QPixmap picture = m_thumbnails
        ? m_thumbnails->thumbnail(m_entry.id, m_entry.thumbnailUrl, kPictureSize)
        : QPixmap();
    if (picture.isNull())
        m_picture->setText(tr("No picture yet"));
    else
        m_picture->setPixmap(picture);
}

} // namespace minikmc::ui
