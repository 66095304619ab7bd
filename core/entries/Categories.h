// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace minikmc::api {
class Client;
class Reply;
} // namespace minikmc::api

namespace minikmc::entries {

/// A `KalturaCategory` as the library's filters use it (KALTURA-API.md §10).
struct Category {
    qint64 id = 0;
    qint64 parentId = 0;
    int depth = 0;
    QString name;
    QString fullName; ///< the path of names joined by '>', e.g. "Lectures>Biology"
    qint64 entriesCount = 0; ///< entries in it or in a category below it
};

/// Loads every category of the account (`category.list`, pages of kPageSize in the order of
/// their full names; the server leaves deleted ones out). Accounts have at most a few thousand,
/// so all of them are read. load() again starts over; then exactly one of loaded() or failed().
class CategoryLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryLoader)

public:
    explicit CategoryLoader(api::Client *client, QObject *parent = nullptr);
    ~CategoryLoader() override;

    void load();
    bool isLoading() const { return !m_reply.isNull(); }

    static constexpr int kPageSize = 500;
    /// More pages than this are not asked for (a safety net against a server that never ends).
    static constexpr int kMaxPages = 40;

Q_SIGNALS:
    void loaded(const QList<minikmc::entries::Category> &categories);
    void failed(const minikmc::api::Error &error);

private:
    void fetchPage();

    api::Client *m_client;
    QPointer<api::Reply> m_reply;
    QList<Category> m_categories;
    int m_pageIndex = 1;
};

} // namespace minikmc::entries
