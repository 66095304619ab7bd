// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox --listen 127.0.0.1:PORT --data DIR [--seed N] [--seed-media]
// A local api_v3 server for the demo, the tests and the benchmarks. Prints one JSON ready line
// and serves until SIGTERM/SIGINT.
#include "api/Dispatcher.h"
#include "control/Faults.h"
#include "control/RequestLog.h"
#include "control/UploadsControl.h"
#include "delivery/Delivery.h"
#include "http/HttpFront.h"
#include "ingest/Ingest.h"
#include "ingest/SeedMedia.h"
#include "services/Services.h"
#include "store/Seed.h"
#include "store/Store.h"
#include "store/UploadTokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

/// 0 = not a loopback IP literal, 4 = IPv4 127.0.0.0/8, 6 = IPv6 ::1.
int loopbackFamily(const QString &host)
{
    in_addr v4 {};
    in6_addr v6 {};
    const QByteArray h = host.toLatin1();
    if (inet_pton(AF_INET, h.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127 ? 4 : 0;
    if (inet_pton(AF_INET6, h.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6) ? 6 : 0;
    return 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "kaltura-sandbox: %s\n", qPrintable(message));
    return 2;
}

/// The demo AppToken (SHA256, ADMIN sessions for the demo user), created on first start.
QJsonObject demoAppToken(const Store::Partner &partner, const QString &userId)
{
    QString id = Store::setting(u"demoAppTokenId"_s);
    QSqlQuery q(Store::db());
    if (id.isEmpty()) {
        id = Store::newId(u"app_token"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        q.prepare(
            u"INSERT INTO app_token (id, partner_id, token, hash_type, status, session_type,"
            " session_user_id, session_duration, session_privileges, description, created_at,"
            " updated_at) VALUES (?, ?, ?, 'SHA256', 2, 2, ?, 86400, '', 'mini-KMC demo', ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(partner.id);
        q.addBindValue(Store::randomHex(16));
        q.addBindValue(userId);
        q.addBindValue(now);
        q.addBindValue(now);
        execOrThrow(q);
        Store::setSetting(u"demoAppTokenId"_s, id);
    }
    q.prepare(u"SELECT token, hash_type, session_user_id FROM app_token WHERE id = ?"_s);
    q.addBindValue(id);
    execOrThrow(q);
    q.next();
    return QJsonObject {{u"appTokenId"_s, id}, {u"appToken"_s, q.value(0).toString()},
        {u"appTokenHashType"_s, q.value(1).toString()}, {u"userId"_s, q.value(2).toString()}};
}

} // namespace

int main(int argc, char *argv[])
{
    // Signals are waited for by the main thread; block them before any thread starts.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kaltura-sandbox"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local, independent api_v3 server for mini-KMC's demo and tests."_s);
    parser.addHelpOption();
    const QCommandLineOption listen(u"listen"_s,
        u"Loopback address and port (PORT 0: any free port)."_s, u"127.0.0.1:PORT"_s,
        u"127.0.0.1:0"_s);
    const QCommandLineOption data(u"data"_s, u"Directory for the database and files."_s, u"DIR"_s);
    const QCommandLineOption seed(
        u"seed"_s, u"Create N entries with varied metadata (kept on later starts)."_s, u"N"_s);
    const QCommandLineOption seedMedia(u"seed-media"_s,
        u"Add a few real playable entries with flavors and thumbnails (needs ffmpeg)."_s);
    const QCommandLineOption finalChunkWait(u"final-chunk-wait"_s,
        u"Seconds uploadToken.upload waits for earlier chunks before a final chunk fails with"
        " UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE (the real server: 45)."_s,
        u"SECONDS"_s, u"45"_s);
    parser.addOptions({listen, data, seed, seedMedia, finalChunkWait});
    parser.process(app);

    if (!parser.isSet(data))
        return fail(u"--data DIR is required"_s);
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int port = hostPort.mid(colon + 1).toInt(&portOk);
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !portOk || port < 0 || port > 65535)
        return fail(u"--listen wants ADDRESS:PORT, e.g. 127.0.0.1:0 (got %1)"_s.arg(hostPort));
    const int family = loopbackFamily(host);
    if (family == 0)
        return fail(
            u"refusing to listen on %1: the sandbox binds loopback addresses only"_s.arg(host));

    bool waitOk = false;
    const int waitSeconds = parser.value(finalChunkWait).toInt(&waitOk);
    if (!waitOk || waitSeconds < 1)
        return fail(u"--final-chunk-wait wants a number of seconds (got %1)"_s.arg(
            parser.value(finalChunkWait)));
    uploads::setFinalChunkWaitSeconds(waitSeconds);

    QString error;
    if (!Store::open(parser.value(data), &error))
        return fail(error);
    if (parser.isSet(seed)) {
        bool ok = false;
        const int count = parser.value(seed).toInt(&ok);
        if (!ok || count < 0)
            return fail(u"--seed wants a number of entries (got %1)"_s.arg(parser.value(seed)));
        if (!seed::entries(count, &error))
            return fail(u"--seed failed: "_s + error);
    }
    // Seeded media is READY (with flavors and thumbnails) before the ready line.
    if (parser.isSet(seedMedia) && !seed::media(&error))
        return fail(u"--seed-media failed: "_s + error);
    ingest::resume();

    RequestLog log;
    Faults faults;
    Dispatcher dispatcher(log);
    registerSystemService(dispatcher);
    registerSessionService(dispatcher);
    registerAppTokenService(dispatcher);
    registerUserService(dispatcher);
    registerEntryServices(dispatcher);
    registerCategoryService(dispatcher);
    registerUploadTokenService(dispatcher);
    registerContentActions(dispatcher);
    registerFlavorAssetService(dispatcher);
    registerThumbAssetService(dispatcher);

    HttpFront front(dispatcher, log, faults);
    delivery::addRoutes(front.server(), faults);
    addUploadsControl(front.server());
    const int bound = front.bind(host, port);
    if (bound <= 0)
        return fail(u"cannot listen on %1"_s.arg(hostPort));
    const QString serviceUrl = family == 6 ? u"http://[%1]:%2"_s.arg(host).arg(bound)
                                           : u"http://%1:%2"_s.arg(host).arg(bound);
    front.setServiceUrl(serviceUrl);

    const Store::Partner partner = Store::partner();
    QJsonObject ready {{u"serviceUrl"_s, serviceUrl}, {u"partnerId"_s, double(partner.id)},
        {u"adminSecret"_s, partner.adminSecret}};
    const QJsonObject user = ensureDemoUser();
    ready.insert(u"loginId"_s, user.value(u"loginId"_s));
    ready.insert(u"password"_s, user.value(u"password"_s));
    const QJsonObject token = demoAppToken(partner, user.value(u"userId"_s).toString());
    for (auto it = token.begin(); it != token.end(); ++it)
        ready.insert(it.key(), it.value());

    std::thread server([&front] { front.run(); });
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    int received = 0;
    sigwait(&signals, &received);
    front.stop();
    server.join();
    ingest::shutdown();
    return 0;
}
