// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/BatchedCalls.h"
#include "api/Error.h"
#include "entries/Entry.h"
#include "entries/EntryPatch.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace minikmc::api {
class Client;
class Reply;
} // namespace minikmc::api

namespace minikmc::entries {

/// Saves an editor's changes to one entry without overwriting a colleague's: it re-reads the
/// entry (baseEntry.get); when a field the editor changed was changed on the server since the
/// entry was loaded, it reports conflicted() and sends nothing. Otherwise media.update carries
/// the changed fields only (EntryPatch), and fields others changed stay as they are.
/// Then exactly one of saved(), conflicted() or failed(). To keep the editor's values after a
/// conflict, save again with `loaded` set to the server's current values; to take theirs, put
/// their values into `edited`.
class EntrySaver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntrySaver)

public:
    explicit EntrySaver(api::Client *client, QObject *parent = nullptr);
    ~EntrySaver() override;

    /// False (and nothing happens) when edited changes nothing or does not validate.
    bool save(const QString &entryId, const EditableEntry &loaded, const EditableEntry &edited);
    bool isSaving() const { return !m_reply.isNull(); }

Q_SIGNALS:
    /// The entry as the server stored it.
    void saved(const minikmc::entries::Entry &entry);
    void conflicted(
        const QList<minikmc::entries::Conflict> &conflicts, const minikmc::entries::Entry &current);
    void failed(const minikmc::api::Error &error);

private:
    void update(const QString &entryId, const EntryPatch &patch);

    api::Client *m_client;
    QPointer<api::Reply> m_reply;
};

/// One change made to many entries at once (multi-select edit): fields set to a value, tags
/// added and removed.
struct BulkEdit {
    QMap<Field, QVariant> set;
    QStringList addTags;
    QStringList removeTags;

    bool isEmpty() const { return set.isEmpty() && addTags.isEmpty() && removeTags.isEmpty(); }
    EditableEntry applyTo(EditableEntry entry) const;
};

/// The media.update calls of a bulk edit over the entries as they are: one per entry that the
/// edit changes, with that entry's changed fields only (keyed by entry id).
QList<api::BatchedCalls::Item> bulkUpdateCalls(const QList<Entry> &entries, const BulkEdit &edit);

} // namespace minikmc::entries
