// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "entries/EntryDetails.h"
#include "entries/EntryPatch.h"
#include "entries/EntrySaver.h"

#include <QObject>
#include <QPointer>

namespace minikmc::api {
class Client;
class BatchedCalls;
} // namespace minikmc::api
namespace minikmc::ui {

/// The metadata form's state for one entry (or several: multi-edit), with no widgets
/// (STYLE.md §9). It loads the entry's details in one request, keeps the loaded and the edited
/// values apart (per-field dirty flags and validation messages), saves the changed fields only
/// — after checking that nobody changed them meanwhile — and keeps the edits when a save fails or
/// conflicts, so that nothing the editor typed is lost.
///
/// With several entries, a field whose values differ is "mixed" until the editor sets it; tags
/// are added and removed instead of replaced; saving sends each entry only what changes for it,
/// in multirequests of 50, and reports per-entry errors.
class EntryEditModel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditModel)

public:
    enum class State {
        Empty, ///< nothing to edit
        Loading,
        Ready,
        Saving,
        LoadFailed,
    };
    Q_ENUM(State)

    explicit EntryEditModel(api::Client *client, QObject *parent = nullptr);
    ~EntryEditModel() override;

    /// Loads one entry's details (the edits of the previous one are dropped: ask first).
    void load(const QString &entryId);
    /// Edits several entries at once, as the list has them.
    void setEntries(const QList<entries::Entry> &entries);
    void clear();

    State state() const { return m_state; }
    bool isMulti() const { return m_entries.size() > 1; }
    QStringList entryIds() const;
    /// The entries being edited, as last loaded or saved.
    QList<entries::Entry> entries() const { return m_entries; }
    /// The details loaded for a single entry (flavors, thumbnails, category names).
    entries::EntryDetails details() const { return m_details; }

    QVariant value(entries::Field field) const;
    void setValue(entries::Field field, const QVariant &value);
    /// Multi-edit: the entries do not all have the same value and the editor has not set one.
    bool isMixed(entries::Field field) const;
    /// Multi-edit of tags: added to every entry / removed from every entry.
    void setTagsToAdd(const QStringList &tags);
    void setTagsToRemove(const QStringList &tags);
    QStringList tagsToAdd() const { return m_bulk.addTags; }
    QStringList tagsToRemove() const { return m_bulk.removeTags; }

    bool isDirty() const;
    bool isDirty(entries::Field field) const;
    bool isValid() const;
    /// Why the field's value cannot be saved; empty when it can.
    QString validationMessage(entries::Field field) const;
    /// The last save's or load's failure, with Kaltura's code; empty after a success.
    QString errorText() const { return m_errorText; }

    /// Saves (false when there is nothing valid to save). Then saved(), conflicted() or failed().
    bool save();
    /// Back to the loaded values.
    void revert();
    /// After conflicted(): for each conflicting field, keep the editor's value (true) or take
    /// the server's (false); the values the server has now become the loaded ones, then it saves.
    void resolveConflicts(const QMap<entries::Field, bool> &keepMine);

Q_SIGNALS:
    void stateChanged(minikmc::ui::EntryEditModel::State state);
    /// Values, dirty flags or validation changed (after load, edit, revert, save).
    void changed();
    void saved();
    void conflicted(const QList<minikmc::entries::Conflict> &conflicts);
    void failed(const QString &errorText);

private:
    void setState(State state);
    void setError(const QString &text);
    void onLoaded(const entries::EntryDetails &details);
    void saveOne();
    void saveMany();

    api::Client *m_client;
    entries::EntryDetailsLoader *m_loader;
    entries::EntrySaver *m_saver;
    QPointer<api::BatchedCalls> m_bulkCalls;
    State m_state = State::Empty;
    QList<entries::Entry> m_entries;
    entries::EntryDetails m_details;
    entries::EditableEntry m_loaded;
    entries::EditableEntry m_edited;
    QList<entries::Field> m_mixed; ///< multi-edit: differing and not set by the editor
    entries::BulkEdit m_bulk;
    entries::Entry m_current; ///< the server's entry of the last conflict
    QString m_errorText;
};

} // namespace minikmc::ui
