// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryPatch.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

/// api_v3 properties an editor may think of but cannot change (§7.1 RO/IO).
const QStringList &readOnlyNames()
{
    static const QStringList names {u"id"_s, u"partnerId"_s, u"status"_s, u"moderationStatus"_s,
        u"type"_s, u"mediaType"_s, u"createdAt"_s, u"updatedAt"_s, u"plays"_s, u"views"_s,
        u"duration"_s, u"msDuration"_s, u"width"_s, u"height"_s, u"thumbnailUrl"_s,
        u"downloadUrl"_s, u"dataUrl"_s, u"version"_s, u"rank"_s, u"votes"_s, u"searchText"_s,
        u"creatorId"_s, u"rootEntryId"_s, u"flavorParamsIds"_s, u"lastPlayedAt"_s};
    return names;
}

QString normalised(QString name)
{
    return name.remove(u'-').remove(u'_').toLower();
}

QStringList trimmedList(const QStringList &list)
{
    QStringList out;
    for (const QString &item : list) {
        if (!item.trimmed().isEmpty() && !out.contains(item.trimmed()))
            out.append(item.trimmed());
    }
    return out;
}

} // namespace

QList<Field> editableFields()
{
    return {Field::Name, Field::Description, Field::Tags, Field::ReferenceId, Field::Categories,
        Field::StartDate, Field::EndDate};
}

QString wireName(Field field)
{
    switch (field) {
    case Field::Name:
        return u"name"_s;
    case Field::Description:
        return u"description"_s;
    case Field::Tags:
        return u"tags"_s;
    case Field::ReferenceId:
        return u"referenceId"_s;
    case Field::Categories:
        return u"categoriesIds"_s;
    case Field::StartDate:
        return u"startDate"_s;
    case Field::EndDate:
        return u"endDate"_s;
    }
    return {};
}

std::optional<Field> fieldByName(const QString &name, QString *why)
{
    const QString key = normalised(name);
    for (const Field field : editableFields()) {
        if (key == normalised(wireName(field)))
            return field;
    }
    if (key == u"categories"_s)
        return Field::Categories;
    for (const QString &readOnly : readOnlyNames()) {
        if (key == normalised(readOnly)) {
            *why = QCoreApplication::translate("minikmc::entries", "“%1” is read-only").arg(name);
            return std::nullopt;
        }
    }
    *why = QCoreApplication::translate("minikmc::entries",
        "“%1” is not a field of an entry that "
        "can be edited here")
               .arg(name);
    return std::nullopt;
}

EditableEntry EditableEntry::of(const Entry &entry)
{
    EditableEntry e;
    e.name = entry.name;
    e.description = entry.description;
    e.tags = entry.tags;
    e.referenceId = entry.referenceId;
    e.categoryIds = entry.categoryIds;
    e.startDate = entry.startDate;
    e.endDate = entry.endDate;
    return e;
}

QVariant EditableEntry::value(Field field) const
{
    switch (field) {
    case Field::Name:
        return name;
    case Field::Description:
        return description;
    case Field::Tags:
        return tags;
    case Field::ReferenceId:
        return referenceId;
    case Field::Categories:
        return categoryIds;
    case Field::StartDate:
        return startDate;
    case Field::EndDate:
        return endDate;
    }
    return {};
}

void EditableEntry::setValue(Field field, const QVariant &value)
{
    switch (field) {
    case Field::Name:
        name = value.toString();
        break;
    case Field::Description:
        description = value.toString();
        break;
    case Field::Tags:
        tags = trimmedList(value.toStringList());
        break;
    case Field::ReferenceId:
        referenceId = value.toString().trimmed();
        break;
    case Field::Categories:
        categoryIds = trimmedList(value.toStringList());
        break;
    case Field::StartDate:
        startDate = value.toDateTime();
        break;
    case Field::EndDate:
        endDate = value.toDateTime();
        break;
    }
}

bool EditableEntry::isEmpty(Field field) const
{
    const QVariant v = value(field);
    if (v.typeId() == QMetaType::QDateTime)
        return !v.toDateTime().isValid();
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    return v.toString().isEmpty();
}

bool EditableEntry::operator==(const EditableEntry &other) const
{
    const QList<Field> fields = editableFields();
    return std::all_of(
        fields.cbegin(), fields.cend(), [&](Field f) { return value(f) == other.value(f); });
}

QString validate(const EditableEntry &entry, Field field)
{
    switch (field) {
    case Field::Name:
        if (entry.name.trimmed().isEmpty())
            return QCoreApplication::translate("minikmc::entries", "An entry needs a name.");
        break;
    case Field::ReferenceId:
        if (!entry.referenceId.isEmpty() && entry.referenceId.size() < 2)
            return QCoreApplication::translate(
                "minikmc::entries", "A reference ID has at least two characters.");
        break;
    case Field::EndDate:
        if (entry.startDate.isValid() && entry.endDate.isValid()
            && entry.endDate <= entry.startDate)
            return QCoreApplication::translate(
                "minikmc::entries", "The end must come after the start.");
        break;
    default:
        break;
    }
    return {};
}

EntryPatch EntryPatch::between(const EditableEntry &loaded, const EditableEntry &edited)
{
    EntryPatch patch;
    patch.m_edited = edited;
    for (const Field field : editableFields()) {
        if (loaded.value(field) != edited.value(field))
            patch.m_changed.append(field);
    }
    return patch;
}

api::KalturaObject EntryPatch::toObject() const
{
    api::KalturaObject object(u"KalturaMediaEntry"_s);
    for (const Field field : m_changed) {
        const QString name = wireName(field);
        if (m_edited.isEmpty(field)) {
            object.set(name + u"__null"_s, QString()); // cleared: stored as no value (§1.4)
            continue;
        }
        const QVariant v = m_edited.value(field);
        if (v.typeId() == QMetaType::QDateTime)
            object.set(name, double(v.toDateTime().toSecsSinceEpoch()));
        else if (v.typeId() == QMetaType::QStringList)
            object.set(name, v.toStringList().join(u','));
        else
            object.set(name, v.toString());
    }
    return object;
}

api::Call EntryPatch::toCall(const QString &entryId) const
{
    return api::Call(u"media"_s, u"update"_s)
        .set(u"entryId"_s, entryId)
        .set(u"mediaEntry"_s, toObject());
}

QList<Conflict> conflicts(
    const EditableEntry &loaded, const EntryPatch &patch, const EditableEntry &current)
{
    QList<Conflict> out;
    const EditableEntry mine = patch.edited();
    for (const Field field : patch.changedFields()) {
        const QVariant theirs = current.value(field);
        if (theirs != loaded.value(field) && theirs != mine.value(field))
            out.append({field, loaded.value(field), theirs, mine.value(field)});
    }
    return out;
}

} // namespace minikmc::entries
