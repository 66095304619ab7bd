// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CallContext.h"

namespace sandbox {

class Dispatcher;

/// One registration function per api_v3 service (one file each).
void registerSystemService(Dispatcher &dispatcher);
void registerSessionService(Dispatcher &dispatcher);
void registerAppTokenService(Dispatcher &dispatcher);
void registerUserService(Dispatcher &dispatcher);
/// media.* and baseEntry.* except the content actions (add, get, list, count, update, delete…).
void registerEntryServices(Dispatcher &dispatcher);
void registerCategoryService(Dispatcher &dispatcher);
void registerUploadTokenService(Dispatcher &dispatcher);
/// media.addContent/updateContent and baseEntry.addFromUploadedFile: tokens attached to entries.
void registerContentActions(Dispatcher &dispatcher);
void registerFlavorAssetService(Dispatcher &dispatcher);
void registerThumbAssetService(Dispatcher &dispatcher);

/// Creates a session row and returns its KS: opaque like a real v2 KS (base64url of
/// "v2|{partnerId}|" + random bytes), checked by the server against its table. A `sessionid:X`
/// privilege groups sessions that session.end and appToken.delete revoke together.
QString createSession(qint64 partnerId, int type, const QString &userId, qint64 expiresInSeconds,
    const QString &privileges);
/// A KalturaSessionType value (USER 0 or ADMIN 2), else INVALID_ENUM_VALUE for paramName.
int sessionType(qint64 value, const QString &paramName);
/// Revokes every session whose `sessionid` privilege is sessionId (§4.1 session.end, §5.2).
void revokeSessions(const QString &sessionId);
/// The demo user (an admin who can sign in with user.loginByLoginId), created on first start:
/// {"userId","loginId","password"}.
QJsonObject ensureDemoUser();
/// Answers a KalturaSessionInfo for a session.
QJsonObject sessionInfoJson(const Session &session);

} // namespace sandbox
