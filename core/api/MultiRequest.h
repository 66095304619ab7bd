// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/Reply.h"
#include "api/ResponseParser.h"

#include <QList>

namespace minikmc::api {

/// Several calls in one HTTP request (`service=multirequest`, KALTURA-API.md §3). Items run in
/// order on the server; a later item can use an earlier item's result through resultRef(), and
/// every item succeeds or fails on its own (api_v3 has no abort-on-error).
class MultiRequest {
public:
    MultiRequest() = default;

    /// Appends a call and returns its 0-based index.
    int add(const Call &call);
    qsizetype size() const { return m_calls.size(); }
    bool isEmpty() const { return m_calls.isEmpty(); }
    const QList<Call> &calls() const { return m_calls; }

    /// The token that the server replaces with item `index`'s result, or a property of it:
    /// resultRef(0, u"objects:0:id") → "{1:result:objects:0:id}" (the server counts from 1).
    /// Only one token per parameter value works (§3).
    static QString resultRef(int index, const QString &path = {});

private:
    QList<Call> m_calls;
};

/// The reply of a multirequest. succeeded() means the HTTP exchange worked and the server
/// answered one result per item; each item then has its own result or its own Error. failed()
/// means no item result is known (network, HTTP, a top-level exception such as INVALID_KS …).
class MultiReply final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiReply)

public:
    explicit MultiReply(const MultiRequest &request);

    qsizetype count() const { return m_items.size(); }
    QJsonValue resultAt(qsizetype index) const;
    Error errorAt(qsizetype index) const;
    /// Items that failed.
    qsizetype failedCount() const;

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    QList<CallOutcome> m_items;
};

} // namespace minikmc::api
