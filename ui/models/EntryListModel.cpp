// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"

#include "Colors.h"
#include "entries/EntryPager.h"
#include "models/ThumbnailCache.h"

#include <QColor>
#include <QLocale>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using entries::Entry;
using entries::EntryStatus;
using entries::MediaType;
using entries::SortField;

namespace {

/// The server order of each sortable column.
std::optional<SortField> sortFieldOf(int column)
{
    switch (column) {
    case EntryListModel::NameColumn:
        return SortField::Name;
    case EntryListModel::TypeColumn:
        return SortField::MediaType;
    case EntryListModel::DurationColumn:
        return SortField::Duration;
    case EntryListModel::PlaysColumn:
        return SortField::Plays;
    case EntryListModel::CreatedColumn:
        return SortField::CreatedAt;
    case EntryListModel::UpdatedColumn:
        return SortField::UpdatedAt;
    default:
        return std::nullopt;
    }
}

QColor statusColor(EntryStatus status)
{
    switch (status) {
        using colors::Tone;
    case EntryStatus::Ready:
        return colors::tone(Tone::Good);
    case EntryStatus::Import:
    case EntryStatus::Preconvert:
        return colors::tone(Tone::Busy);
    case EntryStatus::Pending:
    case EntryStatus::Moderate:
        return colors::tone(Tone::Waiting);
    case EntryStatus::ErrorConverting:
    case EntryStatus::ErrorImporting:
    case EntryStatus::Blocked:
        return colors::tone(Tone::Bad);
    case EntryStatus::NoContent:
    case EntryStatus::Deleted:
        break;
    }
    return colors::tone(colors::Tone::Neutral);
}

} // namespace

QString EntryListModel::dateTimeText(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
        + locale.toString(local.time(), QLocale::ShortFormat);
}

EntryListModel::EntryListModel(api::Client *client, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_thumbnails(thumbnails)
{
    if (thumbnails)
        connect(
            thumbnails, &ThumbnailCache::thumbnailReady, this, &EntryListModel::onThumbnailReady);
}

EntryListModel::~EntryListModel() = default;

QString EntryListModel::statusText(EntryStatus status)
{
    switch (status) {
    case EntryStatus::ErrorImporting:
        return tr("Import failed");
    case EntryStatus::ErrorConverting:
        return tr("Conversion failed");
    case EntryStatus::Import:
        return tr("Importing");
    case EntryStatus::Preconvert:
        return tr("Converting");
    case EntryStatus::Ready:
        return tr("Ready");
    case EntryStatus::Deleted:
        return tr("Deleted");
    case EntryStatus::Pending:
        return tr("Pending moderation");
    case EntryStatus::Moderate:
        return tr("In moderation");
    case EntryStatus::Blocked:
        return tr("Blocked");
    case EntryStatus::NoContent:
        return tr("No media");
    }
    return tr("Unknown (%1)").arg(int(status));
}

QString EntryListModel::mediaTypeText(MediaType type)
{
    switch (type) {
    case MediaType::Video:
        return tr("Video");
    case MediaType::Image:
        return tr("Image");
    case MediaType::Audio:
        return tr("Audio");
    case MediaType::LiveStream:
        return tr("Live stream");
    case MediaType::Unknown:
        break;
    }
    return tr("Other");
}

QString EntryListModel::durationText(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 500) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

bool EntryListModel::isSortable(int column)
{
    return sortFieldOf(column).has_value();
}

void EntryListModel::setQuery(const entries::EntryQuery &query)
{
    m_query = query;
    start();
}

void EntryListModel::refresh()
{
    if (m_thumbnails)
        m_thumbnails->forgetFailures();
    start();
}

void EntryListModel::clear()
{
    ++m_generation;
    delete m_pager;
    m_pager = nullptr;
    if (m_thumbnails)
        m_thumbnails->cancelQueued();
    beginResetModel();
    m_entries.clear();
    m_rowById.clear();
    endResetModel();
    m_removed = 0;
    setError({});
    setTotalCount(-1);
    setLoading(false);
    Q_EMIT queryChanged();
}

void EntryListModel::start()
{
    clear();
    m_pager = new entries::EntryPager(m_client, m_query, this);
    const quint64 generation = m_generation;
    connect(m_pager, &entries::EntryPager::pageReady, this,
        [this, generation](const QList<Entry> &page) { onPage(generation, page); });
    connect(m_pager, &entries::EntryPager::failed, this,
        [this, generation](const api::Error &error) { onFailed(generation, error); });
    fetchNextPage();
}

void EntryListModel::retry()
{
    if (!m_pager) {
        start();
        return;
    }
    setError({});
    fetchNextPage();
}

void EntryListModel::fetchNextPage()
{
    if (!m_pager || m_pager->isFetching() || m_pager->atEnd())
        return;
    setLoading(true);
    m_pager->fetchNext();
}

void EntryListModel::onPage(quint64 generation, const QList<Entry> &page)
{
    if (generation != m_generation)
        return; // a reply for a query the model no longer shows
    setTotalCount(m_pager->totalCount() - m_removed);
    // An entry can reach two pages when it was changed between them; it is shown once.
    QList<Entry> fresh;
    fresh.reserve(page.size());
    for (const Entry &e : page) {
        if (!m_rowById.contains(e.id))
            fresh.append(e);
    }
    if (!fresh.isEmpty()) {
        // Room for every match at once: no copying of a large list while it grows (capacity
        // that is never filled costs address space, not memory).
        if (m_entries.isEmpty() && m_totalCount > 0)
            m_entries.reserve(qsizetype(std::min<qint64>(m_totalCount, 10'000'000)));
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_entries.append(fresh);
        rebuildRowIndex(first);
        endInsertRows();
    }
    setLoading(false);
}

void EntryListModel::onFailed(quint64 generation, const api::Error &error)
{
    if (generation != m_generation)
        return;
    setError(error);
    setLoading(false);
}

QString EntryListModel::errorText() const
{
    if (m_error.isOk())
        return {};
    return m_error.isTransient() ? tr("Cannot reach the server: %1").arg(m_error.toString())
                                 : tr("The server refused the list: %1").arg(m_error.toString());
}

bool EntryListModel::isLimited() const
{
    return m_pager && m_pager->isLimited();
}

bool EntryListModel::atEnd() const
{
    return !m_pager || m_pager->atEnd();
}

void EntryListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void EntryListModel::setError(const api::Error &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorTextChanged(errorText());
}

void EntryListModel::setTotalCount(qint64 count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

void EntryListModel::rebuildRowIndex(int fromRow)
{
    for (int row = fromRow; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).id, row);
}

void EntryListModel::updateEntries(const QList<Entry> &entries)
{
    for (const Entry &e : entries) {
        const int row = rowOfEntry(e.id);
        if (row < 0)
            continue;
        m_entries[row] = e;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void EntryListModel::removeEntries(const QStringList &ids)
{
    // Row numbers from the bottom up, so that each removal leaves the others valid; consecutive
    // rows go in one removal.
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOfEntry(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int last = rows.at(i);
        const int first = rows.at(j);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(m_entries.at(row).id);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    rebuildRowIndex(rows.last());
    m_removed += rows.size();
    if (m_totalCount >= 0)
        setTotalCount(std::max<qint64>(0, m_totalCount - rows.size()));
}

void EntryListModel::setThumbnailSize(const QSize &size)
{
    if (size == m_thumbnailSize)
        return;
    m_thumbnailSize = size;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, ThumbnailColumn), index(rowCount() - 1, ThumbnailColumn),
            {Qt::DecorationRole, Qt::SizeHintRole});
}

void EntryListModel::onThumbnailReady(const QString &entryId)
{
    const int row = rowOfEntry(entryId);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, ThumbnailColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryListModel::displayData(const Entry &e, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return e.name;
    case IdColumn:
        return e.id;
    case TypeColumn:
        return mediaTypeText(e.mediaType);
    case DurationColumn:
        return e.mediaType == MediaType::Image || e.durationMs <= 0 ? QString()
                                                                    : durationText(e.durationMs);
    case PlaysColumn:
        return locale.toString(e.plays);
    case CreatedColumn:
        return dateTimeText(e.createdAt);
    case UpdatedColumn:
        return dateTimeText(e.updatedAt);
    case StatusColumn:
        return statusText(e.status);
    default:
        return {};
    }
}

QVariant EntryListModel::rawData(const Entry &e, int column) const
{
    switch (column) {
    case ThumbnailColumn:
        return e.thumbnailUrl;
    case NameColumn:
        return e.name;
    case IdColumn:
        return e.id;
    case TypeColumn:
        return int(e.mediaType);
    case DurationColumn:
        return e.durationMs;
    case PlaysColumn:
        return e.plays;
    case CreatedColumn:
        return e.createdAt;
    case UpdatedColumn:
        return e.updatedAt;
    case StatusColumn:
        return int(e.status);
    default:
        return {};
    }
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        if (column == NameColumn || column == ThumbnailColumn)
            return e.description.isEmpty() ? e.name : e.name + u"\n\n"_s + e.description;
        if (column == CreatedColumn || column == UpdatedColumn)
            return QLocale().toString(
                rawData(e, column).toDateTime().toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (column == ThumbnailColumn && m_thumbnails) {
            const QPixmap picture = m_thumbnails->thumbnail(e.id, e.thumbnailUrl, m_thumbnailSize);
            if (!picture.isNull())
                return picture;
        }
        return {};
    case Qt::SizeHintRole:
        if (column == ThumbnailColumn)
            return m_thumbnailSize;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == PlaysColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == ThumbnailColumn)
            return tr("Thumbnail of %1").arg(e.name);
        return displayData(e, column);
    case RawValueRole:
        return rawData(e, column);
    case EntryIdRole:
        return e.id;
    case StatusRole:
        return int(e.status);
    case MediaTypeRole:
        return int(e.mediaType);
    case DurationTextRole:
        return displayData(e, DurationColumn);
    case StatusColorRole:
        return statusColor(e.status);
    default:
        return {};
    }
}

QVariant EntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ThumbnailColumn:
            return QString();
        case NameColumn:
            return tr("Name");
        case IdColumn:
            return tr("ID");
        case TypeColumn:
            return tr("Type");
        case DurationColumn:
            return tr("Duration");
        case PlaysColumn:
            return tr("Plays");
        case CreatedColumn:
            return tr("Created");
        case UpdatedColumn:
            return tr("Updated");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == ThumbnailColumn)
            return tr("Thumbnail");
        return isSortable(section) ? tr("Click to sort by this column")
                                   : tr("The server cannot sort by this column");
    }
    if (role == Qt::TextAlignmentRole && (section == DurationColumn || section == PlaysColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool EntryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_pager->atEnd() && !m_pager->isFetching()
        && m_error.isOk();
}

void EntryListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchNextPage();
}

void EntryListModel::sort(int column, Qt::SortOrder order)
{
    const auto field = sortFieldOf(column);
    if (!field)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (m_query.sortField == *field && m_query.ascending == ascending && m_pager)
        return;
    m_query.sortField = *field;
    m_query.ascending = ascending;
    start();
}

int EntryListModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortFieldOf(column) == m_query.sortField)
            return column;
    }
    return -1;
}

Qt::SortOrder EntryListModel::sortOrder() const
{
    return m_query.ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

} // namespace minikmc::ui
