// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/UploadsControl.h"

#include "http/HttpUtil.h"
#include "store/ChunkedFile.h"
#include "store/Store.h"
#include "store/UploadTokens.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

void answer(httplib::Response &res, const QJsonObject &body, int status)
{
    res.status = status;
    res.set_content(http::phpJson(body).toStdString(), "application/json");
}

/// {"status","size","sha256"} of the token's contiguous bytes, or nullopt for an unknown token.
/// Hashes without the api lock, under the token's file lock (a consistent snapshot); once the
/// bytes can no longer change the hash is kept, so a large file is read once.
std::optional<QJsonObject> describe(const QString &id)
{
    std::lock_guard io(uploads::fileLock(id));
    std::optional<uploads::Token> token;
    {
        std::lock_guard api(Store::apiLock());
        token = uploads::find(id);
    }
    if (!token)
        return std::nullopt;
    QString sha256 = token->sha256;
    if (sha256.isEmpty()) {
        sha256 = QString::fromLatin1(ChunkedFile::sha256(token->filePath));
        if (!token->uploadable()) {
            std::lock_guard api(Store::apiLock());
            QSqlQuery q(Store::db());
            q.prepare(u"UPDATE upload_token SET sha256 = ? WHERE id = ?"_s);
            q.addBindValue(sha256);
            q.addBindValue(id);
            execOrThrow(q);
        }
    }
    return QJsonObject {{u"status"_s, token->status},
        {u"size"_s, double(ChunkedFile(token->filePath).size())}, {u"sha256"_s, sha256}};
}

} // namespace

void addUploadsControl(httplib::Server &server)
{
    server.Get(
        R"(/__sandbox/uploads/([^/]+))", [](const httplib::Request &req, httplib::Response &res) {
            if (!http::isLoopback(req.remote_addr)) {
                answer(res, {{u"error"_s, u"test controls answer loopback clients only"_s}}, 403);
                return;
            }
            const auto description = describe(QString::fromStdString(req.matches[1]));
            if (description)
                answer(res, *description, 200);
            else
                answer(res, {{u"error"_s, u"upload token not found"_s}}, 404);
        });
}

} // namespace sandbox
