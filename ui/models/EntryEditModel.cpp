// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryEditModel.h"

#include "api/BatchedCalls.h"
#include "entries/EntrySaver.h"

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using entries::EditableEntry;
using entries::Entry;
using entries::Field;

EntryEditModel::EntryEditModel(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new entries::EntryDetailsLoader(client, this))
    , m_saver(new entries::EntrySaver(client, this))
{
    connect(m_loader, &entries::EntryDetailsLoader::loaded, this, &EntryEditModel::onLoaded);
    connect(m_loader, &entries::EntryDetailsLoader::failed, this, [this](const api::Error &e) {
        setError(tr("The entry cannot be loaded: %1").arg(e.toString()));
        setState(State::LoadFailed);
    });
    connect(m_saver, &entries::EntrySaver::saved, this, [this](const Entry &entry) {
        m_details.entry = entry;
        m_entries = {entry};
        m_loaded = m_edited = EditableEntry::of(entry);
        setError({});
        setState(State::Ready);
        Q_EMIT changed();
        Q_EMIT saved();
    });
    connect(m_saver, &entries::EntrySaver::conflicted, this,
        [this](const QList<entries::Conflict> &conflicts, const Entry &current) {
            m_current = current;
            setState(State::Ready);
            Q_EMIT conflicted(conflicts);
        });
    connect(m_saver, &entries::EntrySaver::failed, this, [this](const api::Error &e) {
        // The edits stay: the editor can try again or copy them elsewhere.
        setError(tr("Not saved: %1").arg(e.toString()));
        setState(State::Ready);
        Q_EMIT failed(m_errorText);
    });
}

EntryEditModel::~EntryEditModel() = default;

void EntryEditModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EntryEditModel::setError(const QString &text)
{
    m_errorText = text;
}

QStringList EntryEditModel::entryIds() const
{
    QStringList ids;
    for (const Entry &e : m_entries)
        ids.append(e.id);
    return ids;
}

void EntryEditModel::clear()
{
    m_entries.clear();
    m_details = {};
    m_loaded = m_edited = {};
    m_mixed.clear();
    m_bulk = {};
    setError({});
    setState(State::Empty);
    Q_EMIT changed();
}

void EntryEditModel::load(const QString &entryId)
{
    clear();
    setState(State::Loading);
    m_loader->load(entryId);
}

void EntryEditModel::onLoaded(const entries::EntryDetails &details)
{
    if (!details.entryError.isOk()) {
        setError(tr("The entry cannot be loaded: %1").arg(details.entryError.toString()));
        setState(State::LoadFailed);
        return;
    }
    m_details = details;
    m_entries = {details.entry};
    m_loaded = m_edited = EditableEntry::of(details.entry);
    setState(State::Ready);
    Q_EMIT changed();
}

void EntryEditModel::setEntries(const QList<Entry> &list)
{
    if (list.size() == 1) {
        load(list.first().id);
        return;
    }
    clear();
    if (list.isEmpty())
        return;
    m_entries = list;
    m_loaded = EditableEntry::of(list.first());
    for (const Field field : entries::editableFields()) {
        const QVariant first = m_loaded.value(field);
        const bool same = std::all_of(list.cbegin(), list.cend(),
            [&](const Entry &e) { return EditableEntry::of(e).value(field) == first; });
        if (!same)
            m_mixed.append(field);
    }
    m_edited = m_loaded;
    setState(State::Ready);
    Q_EMIT changed();
}

QVariant EntryEditModel::value(Field field) const
{
    // A mixed field shows no value (the form says "mixed"), never one entry's value as if it
    // were everyone's.
    if (isMixed(field))
        return EditableEntry().value(field);
    return m_edited.value(field);
}

void EntryEditModel::setValue(Field field, const QVariant &value)
{
    if (m_state != State::Ready)
        return;
    EditableEntry next = m_edited;
    next.setValue(field, value);
    if (next.value(field) == m_edited.value(field) && !m_mixed.contains(field))
        return;
    m_edited = next;
    if (isMulti()) {
        m_mixed.removeAll(field);
        m_bulk.set.insert(field, m_edited.value(field));
    }
    Q_EMIT changed();
}

bool EntryEditModel::isMixed(Field field) const
{
    return m_mixed.contains(field);
}

void EntryEditModel::setTagsToAdd(const QStringList &tags)
{
    m_bulk.addTags = tags;
    Q_EMIT changed();
}

void EntryEditModel::setTagsToRemove(const QStringList &tags)
{
    m_bulk.removeTags = tags;
    Q_EMIT changed();
}

bool EntryEditModel::isDirty(Field field) const
{
    if (isMulti())
        return m_bulk.set.contains(field)
            || (field == Field::Tags
                && (!m_bulk.addTags.isEmpty() || !m_bulk.removeTags.isEmpty()));
    return m_loaded.value(field) != m_edited.value(field);
}

bool EntryEditModel::isDirty() const
{
    const QList<Field> fields = entries::editableFields();
    return std::any_of(fields.cbegin(), fields.cend(), [this](Field f) { return isDirty(f); });
}

QString EntryEditModel::validationMessage(Field field) const
{
    if (isMulti() && !m_bulk.set.contains(field))
        return {};
    return entries::validate(m_edited, field);
}

bool EntryEditModel::isValid() const
{
    const QList<Field> fields = entries::editableFields();
    return std::all_of(
        fields.cbegin(), fields.cend(), [this](Field f) { return validationMessage(f).isEmpty(); });
}

bool EntryEditModel::save()
{
    if (m_state != State::Ready || !isDirty() || !isValid())
        return false;
    setState(State::Saving);
    if (isMulti())
        saveMany();
    else
        saveOne();
    return true;
}

void EntryEditModel::saveOne()
{
    if (!m_saver->save(m_entries.first().id, m_loaded, m_edited))
        setState(State::Ready);
}

void EntryEditModel::saveMany()
{
    const auto items = entries::bulkUpdateCalls(m_entries, m_bulk);
    if (items.isEmpty()) {
        // Every entry already has these values.
        m_bulk = {};
        setState(State::Ready);
        Q_EMIT changed();
        Q_EMIT saved();
        return;
    }
    m_bulkCalls
        = new api::BatchedCalls(m_client, items, api::BatchedCalls::kDefaultBatchSize, this);
    connect(m_bulkCalls, &api::BatchedCalls::itemSucceeded, this,
        [this](const QString &id, const QJsonValue &result) {
            Entry stored;
            QString why;
            if (!Entry::fromJson(result, &stored, &why))
                return;
            for (Entry &e : m_entries) {
                if (e.id == id)
                    e = stored;
            }
        });
    connect(m_bulkCalls, &api::BatchedCalls::finished, this, [this] {
        const QList<api::BatchedCalls::Failure> failures = m_bulkCalls->failures();
        m_bulkCalls->deleteLater();
        setState(State::Ready);
        if (failures.isEmpty()) {
            const QList<Entry> updated = m_entries;
            setEntries(updated); // the stored values, nothing dirty
            setError({});
            Q_EMIT saved();
            return;
        }
        // The edit stays; saving again sends it to the entries that do not have it yet.
        QStringList lines;
        for (const api::BatchedCalls::Failure &f : failures)
            lines.append(u"%1: %2"_s.arg(f.key, f.error.toString()));
        setError(tr("%Ln entries were not saved:", nullptr, int(failures.size())) + u'\n'
            + lines.join(u'\n'));
        Q_EMIT changed();
        Q_EMIT failed(m_errorText);
    });
    m_bulkCalls->start();
}

void EntryEditModel::revert()
{
    if (m_state != State::Ready)
        return;
    if (isMulti()) {
        setEntries(QList<Entry>(m_entries));
        return;
    }
    m_edited = m_loaded;
    setError({});
    Q_EMIT changed();
}

void EntryEditModel::resolveConflicts(const QMap<Field, bool> &keepMine)
{
    if (m_state != State::Ready || isMulti())
        return;
    const EditableEntry theirs = EditableEntry::of(m_current);
    for (auto it = keepMine.cbegin(); it != keepMine.cend(); ++it) {
        if (!it.value())
            m_edited.setValue(it.key(), theirs.value(it.key()));
    }
    m_loaded = theirs;
    m_details.entry = m_current;
    Q_EMIT changed();
    if (isDirty())
        save();
}

} // namespace minikmc::ui
