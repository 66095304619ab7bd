// SPDX-License-Identifier: GPL-3.0-or-later
// What the delivery routes share: their parameters, the X-Kaltura error answers, KS checks and
// file streaming with HTTP ranges. Internal to delivery/.
#pragma once

#include "store/Assets.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace sandbox::delivery {

// KExternalErrors codes the sandbox answers (KALTURA-API.md §9.1).
enum ExternalError {
    EntryNotFound = 1,
    AccessControlRestricted = 3,
    FileNotFound = 5,
    FlavorNotFound = 6,
    InvalidKs = 7,
    InvalidEntryType = 12,
    BadQuery = 25,
    KsExpired = 31,
};

/// Test control: delivery URLs without a KS are refused with ACCESS_CONTROL_RESTRICTED, as for
/// an account whose access-control profile has a KS restriction.
void setKsRequired(bool required);
bool isKsRequired();

/// A delivery request: /p/{pid}[/sp/{pid}00]/{action}/k/v… plus the query string.
struct Request {
    qint64 partnerId = 0;
    QString action;
    QJsonObject params; ///< path pairs over query parameters
    QString ks; ///< ks parameter or X-Kaltura-Ks header

    /// A parameter by its name or its short alias (playManifest's "e", "f", …).
    QString param(const QString &name, const QString &alias = {}) const;
};

Request parse(const httplib::Request &req);

/// Ends the request as Kaltura's delivery code does: HTTP 404, an empty body and the headers
/// X-Kaltura: error-<n> and X-Kaltura-App: exiting on error <n> - <description>.
void dieError(httplib::Response &res, ExternalError code, const QString &message = {});

/// Checks the KS when there is one (none is fine: sandbox entries are public). On failure the
/// error is written (INVALID_KS, or KS_EXPIRED unless expiredIsInvalid) and false returned.
bool checkKs(const Request &r, httplib::Response &res, bool expiredIsInvalid = false);

/// The entry of the URL's partner (not DELETED), or ENTRY_NOT_FOUND written and nullopt.
std::optional<assets::EntryRef> requireEntry(
    const Request &r, const QString &entryId, httplib::Response &res);

/// http://host:port as the client addressed the sandbox (for redirects).
QString origin(const httplib::Request &req);

/// Streams a file from disk with Content-Length, Accept-Ranges and HTTP ranges (206 with
/// Content-Range, 416 for a range beyond the end). attachmentName sets Content-Disposition.
/// A fault's cut for the response being made on this thread: the body stops after that many
/// bytes and the connection is closed (-1: none). Set by the delivery route around a request.
void setResponseCut(qint64 bytes);

void serveFile(const httplib::Request &req, httplib::Response &res, const QString &path,
    const QString &contentType, const QString &attachmentName = {});

/// The MIME type for a file extension (mp4 → video/mp4, jpg → image/jpeg, …).
QString mimeType(const QString &fileExt);

/// The thumbnail API (§9.2): /p/{pid}/thumbnail/entry_id/{id}/width/…; Thumbnails.cpp.
void thumbnail(const Request &r, const httplib::Request &req, httplib::Response &res);
/// thumbAsset.serve (GET, path or query form), which answers a file instead of JSON; true when
/// the request was one and has been answered.
bool serveThumbAsset(const httplib::Request &req, httplib::Response &res);

} // namespace sandbox::delivery
