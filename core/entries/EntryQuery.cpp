// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryQuery.h"

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

template<class Enum>
QString joinValues(const QList<Enum> &values)
{
    QStringList out;
    for (const Enum v : values)
        out.append(QString::number(int(v)));
    return out.join(u',');
}

QJsonValue seconds(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(double(t.toSecsSinceEpoch())) : QJsonValue();
}

} // namespace

QList<EntryStatus> EntryQuery::consoleStatuses()
{
    return {EntryStatus::ErrorConverting, EntryStatus::ErrorImporting, EntryStatus::Import,
        EntryStatus::Preconvert, EntryStatus::Ready, EntryStatus::NoContent, EntryStatus::Pending};
}

QString EntryQuery::orderBy() const
{
    static const QHash<SortField, QString> names = {{SortField::CreatedAt, u"createdAt"_s},
        {SortField::UpdatedAt, u"updatedAt"_s}, {SortField::Name, u"name"_s},
        {SortField::Duration, u"duration"_s}, {SortField::Plays, u"plays"_s},
        {SortField::Views, u"views"_s}, {SortField::MediaType, u"mediaType"_s}};
    return (ascending ? u"+"_s : u"-"_s) + names.value(sortField);
}

bool EntryQuery::supportsCursor() const
{
    return sortField == SortField::CreatedAt || sortField == SortField::UpdatedAt;
}

api::KalturaObject EntryQuery::filter(const Cursor &cursor) const
{
    api::KalturaObject f(u"KalturaMediaEntryFilter"_s);
    f.set(u"orderBy"_s, orderBy());
    f.set(u"statusIn"_s, joinValues(statuses.isEmpty() ? consoleStatuses() : statuses));
    f.set(u"mediaTypeIn"_s,
        joinValues(mediaTypes.isEmpty()
                ? QList<MediaType> {MediaType::Video, MediaType::Image, MediaType::Audio}
                : mediaTypes));
    if (!freeText.trimmed().isEmpty())
        f.set(u"freeText"_s, freeText.trimmed());
    // Dates are absolute: relative-time values (§1.5) never occur for real dates.
    QDateTime createdFromBound = createdFrom;
    QDateTime createdToBound = createdTo;
    QDateTime updatedFromBound = updatedFrom;
    QDateTime updatedToBound = updatedTo;
    if (cursor.boundary.isValid()) {
        QDateTime &bound = sortField == SortField::CreatedAt
            ? (ascending ? createdFromBound : createdToBound)
            : (ascending ? updatedFromBound : updatedToBound);
        bound = bound.isValid()
            ? (ascending ? std::max(bound, cursor.boundary) : std::min(bound, cursor.boundary))
            : cursor.boundary;
        if (!cursor.idsAtBoundary.isEmpty())
            f.set(u"idNotIn"_s, cursor.idsAtBoundary.join(u','));
    }
    if (createdFromBound.isValid())
        f.set(u"createdAtGreaterThanOrEqual"_s, seconds(createdFromBound));
    if (createdToBound.isValid())
        f.set(u"createdAtLessThanOrEqual"_s, seconds(createdToBound));
    if (updatedFromBound.isValid())
        f.set(u"updatedAtGreaterThanOrEqual"_s, seconds(updatedFromBound));
    if (updatedToBound.isValid())
        f.set(u"updatedAtLessThanOrEqual"_s, seconds(updatedToBound));
    if (!categoryIds.isEmpty())
        f.set(u"categoriesIdsMatchOr"_s, categoryIds.join(u','));
    if (!tags.isEmpty())
        f.set(u"tagsMultiLikeOr"_s, tags.join(u','));
    return f;
}

} // namespace minikmc::entries
