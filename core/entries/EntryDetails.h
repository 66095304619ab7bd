// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "assets/Assets.h"
#include "entries/Entry.h"

#include <QMap>
#include <QObject>
#include <QPointer>

namespace minikmc::api {
class Client;
class MultiReply;
} // namespace minikmc::api

namespace minikmc::entries {

/// Everything the details view shows about one entry, each section with its own error (a
/// multirequest's items fail one by one, KALTURA-API.md §3).
struct EntryDetails {
    Entry entry;
    api::Error entryError;
    QList<assets::Flavor> flavors;
    api::Error flavorsError;
    QList<assets::Thumb> thumbs;
    api::Error thumbsError;
    QMap<QString, QString> categoryNames; ///< id → full name, for the entry's categories
    api::Error categoriesError;
};

/// Loads an entry's details in ONE HTTP request: a multirequest of baseEntry.get, flavorAsset.list,
/// thumbAsset.list and category.list of the entry's categories (their ids taken from the first
/// item's result by a dependency token, §3). Then exactly one of loaded() or failed() (failed:
/// the request itself failed; per-section failures are in the details).
class EntryDetailsLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDetailsLoader)

public:
    explicit EntryDetailsLoader(api::Client *client, QObject *parent = nullptr);
    ~EntryDetailsLoader() override;

    /// Starts loading; a load still under way is abandoned (its answer is never reported).
    void load(const QString &entryId);
    bool isLoading() const { return !m_reply.isNull(); }
    QString entryId() const { return m_entryId; }

Q_SIGNALS:
    void loaded(const minikmc::entries::EntryDetails &details);
    void failed(const minikmc::api::Error &error);

private:
    api::Client *m_client;
    QPointer<api::MultiReply> m_reply;
    QString m_entryId;
};

} // namespace minikmc::entries
