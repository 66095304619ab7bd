// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/KalturaObject.h"
#include "entries/Entry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace minikmc::entries {

/// The fields of an entry an editor can change (KALTURA-API.md §7.1; all partial-update,
/// §7.4). Everything else is read-only here.
enum class Field { Name, Description, Tags, ReferenceId, Categories, StartDate, EndDate };

/// Every editable field, in form order.
QList<Field> editableFields();
/// The api_v3 property of a field: "name", "categoriesIds", "startDate" …
QString wireName(Field field);
/// A field by its api_v3 name or a friendly alias (reference-id, start-date, categories …);
/// nullopt and why (e.g. "“status” is read-only") otherwise.
std::optional<Field> fieldByName(const QString &name, QString *why);

/// The editable part of an entry: what a form shows and what a patch compares.
struct EditableEntry {
    QString name;
    QString description;
    QStringList tags;
    QString referenceId;
    QStringList categoryIds;
    QDateTime startDate; ///< invalid: none
    QDateTime endDate; ///< invalid: none

    static EditableEntry of(const Entry &entry);
    /// The field's value: QString, QStringList or QDateTime.
    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    /// Whether the field has no value (an empty text or list, no date).
    bool isEmpty(Field field) const;
    bool operator==(const EditableEntry &other) const;
    bool operator!=(const EditableEntry &other) const { return !(*this == other); }
};

/// Why an edit cannot be saved as it is (empty when it can): name required, reference id of at
/// least two characters (§7.1), end after start.
QString validate(const EditableEntry &entry, Field field);

/// The difference between a loaded entry and the edited one, field by field. Its update sends
/// the changed fields only; a field emptied by the editor is sent as `field__null` (§1.4), so
/// that the server stores no value instead of an empty one.
class EntryPatch {
public:
    EntryPatch() = default;
    static EntryPatch between(const EditableEntry &loaded, const EditableEntry &edited);

    bool isEmpty() const { return m_changed.isEmpty(); }
    QList<Field> changedFields() const { return m_changed; }
    bool changes(Field field) const { return m_changed.contains(field); }
    EditableEntry edited() const { return m_edited; }

    /// The KalturaMediaEntry of a media.update: the changed fields, cleared ones as __null.
    api::KalturaObject toObject() const;
    /// media.update(entryId, mediaEntry) with toObject().
    api::Call toCall(const QString &entryId) const;

private:
    EditableEntry m_edited;
    QList<Field> m_changed;
};

/// A field the editor changed that someone else changed too since the entry was loaded.
struct Conflict {
    Field field;
    QVariant loaded; ///< the value when the editor opened the entry
    QVariant theirs; ///< the value on the server now
    QVariant mine; ///< the editor's value
};

/// The conflicts of saving patch over what the server has now (`current`), given what the
/// editor loaded: every changed field whose server value is no longer the loaded one (and is
/// not already the editor's value). Fields changed by others that the editor did not touch are
/// no conflict: the partial update leaves them alone.
QList<Conflict> conflicts(
    const EditableEntry &loaded, const EntryPatch &patch, const EditableEntry &current);

} // namespace minikmc::entries
