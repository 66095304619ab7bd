// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntrySaver.h"

#include "api/Client.h"
#include "api/Reply.h"

using namespace Qt::StringLiterals;

namespace minikmc::entries {

EntrySaver::EntrySaver(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

EntrySaver::~EntrySaver()
{
    if (m_reply)
        m_reply->abort();
}

bool EntrySaver::save(
    const QString &entryId, const EditableEntry &loaded, const EditableEntry &edited)
{
    const EntryPatch patch = EntryPatch::between(loaded, edited);
    if (patch.isEmpty() || isSaving())
        return false;
    const QList<Field> fields = editableFields();
    if (std::any_of(fields.cbegin(), fields.cend(),
            [&edited](Field f) { return !validate(edited, f).isEmpty(); }))
        return false;
    m_reply = m_client->send(
        api::Call(u"baseEntry"_s, u"get"_s).set(u"entryId"_s, entryId).setIdempotent(true));
    connect(m_reply, &api::Reply::succeeded, this, [this, entryId, loaded, patch, reply = m_reply] {
        m_reply.clear();
        Entry current;
        QString why;
        if (!Entry::fromJson(reply->result(), &current, &why)) {
            Q_EMIT failed(api::Error::parse(why, {}));
            return;
        }
        const QList<Conflict> found = conflicts(loaded, patch, EditableEntry::of(current));
        if (!found.isEmpty()) {
            Q_EMIT conflicted(found, current);
            return;
        }
        // The editor's fields over the server's current values: fields others changed are left
        // alone, and those the server already has as the editor wants need not be sent.
        const EditableEntry now = EditableEntry::of(current);
        EditableEntry target = now;
        for (const Field field : patch.changedFields())
            target.setValue(field, patch.edited().value(field));
        update(entryId, EntryPatch::between(now, target));
    });
    connect(m_reply, &api::Reply::failed, this, [this](const api::Error &error) {
        m_reply.clear();
        Q_EMIT failed(error);
    });
    return true;
}

void EntrySaver::update(const QString &entryId, const EntryPatch &patch)
{
    if (patch.isEmpty()) {
        // Someone made the very same change meanwhile: nothing left to send.
        m_reply = m_client->send(
            api::Call(u"baseEntry"_s, u"get"_s).set(u"entryId"_s, entryId).setIdempotent(true));
    } else {
        m_reply = m_client->send(patch.toCall(entryId));
    }
    connect(m_reply, &api::Reply::succeeded, this, [this, reply = m_reply] {
        m_reply.clear();
        Entry stored;
        QString why;
        if (Entry::fromJson(reply->result(), &stored, &why))
            Q_EMIT saved(stored);
        else
            Q_EMIT failed(api::Error::parse(why, {}));
    });
    connect(m_reply, &api::Reply::failed, this, [this](const api::Error &error) {
        m_reply.clear();
        Q_EMIT failed(error);
    });
}

EditableEntry BulkEdit::applyTo(EditableEntry entry) const
{
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        entry.setValue(it.key(), it.value());
    QStringList tags = entry.tags;
    for (const QString &tag : addTags) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            tags.append(tag.trimmed());
    }
    for (const QString &tag : removeTags)
        tags.removeIf([&tag](const QString &t) {
            return t.compare(tag.trimmed(), Qt::CaseInsensitive) == 0;
        });
    entry.tags = tags;
    return entry;
}

QList<api::BatchedCalls::Item> bulkUpdateCalls(const QList<Entry> &entries, const BulkEdit &edit)
{
    QList<api::BatchedCalls::Item> items;
    for (const Entry &e : entries) {
        const EditableEntry loaded = EditableEntry::of(e);
        const EntryPatch patch = EntryPatch::between(loaded, edit.applyTo(loaded));
        if (!patch.isEmpty())
            items.append({e.id, patch.toCall(e.id)});
    }
    return items;
}

} // namespace minikmc::entries
