// SPDX-License-Identifier: GPL-3.0-or-later
// minikmc-cli: mini-KMC for scripts. Exit codes: 0 ok, 1 api or transfer error, 2 usage.
#include "api/Client.h"
#include "api/Logging.h"
#include "api/services/SystemService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace minikmc::api;

namespace {

enum ExitCode { Ok = 0, ApiError = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QJsonObject errorJson(const Error &e)
{
    QJsonObject o {{u"category"_s, int(e.category())}, {u"message"_s, e.message()}};
    if (!e.code().isEmpty())
        o.insert(u"code"_s, e.code());
    if (e.httpStatus())
        o.insert(u"httpStatus"_s, e.httpStatus());
    return o;
}

/// Runs one typed call to completion and reports it; `report` prints the success.
template<class ReplyT>
int runCall(Client &client, bool json, const std::function<int(ReplyT *)> &report)
{
    auto *reply = client.call<ReplyT>();
    int code = ApiError;
    QObject::connect(reply, &Reply::succeeded, &client, [&, reply] { code = report(reply); });
    QObject::connect(reply, &Reply::failed, &client, [&](const Error &e) {
        if (json)
            out() << QJsonDocument(QJsonObject {{u"error"_s, errorJson(e)}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            err() << QCoreApplication::translate("cli", "error: %1").arg(e.toString()) << Qt::endl;
    });
    QObject::connect(reply, &Reply::finished, &client, [] { QCoreApplication::exit(); });
    QCoreApplication::exec();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"mini-KMC"_s);
    QCoreApplication::setApplicationName(u"minikmc-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MINIKMC_VERSION));
    minikmc::log::installMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "mini-KMC for scripts: talks to a Kaltura server through api_v3.\n\n"
        "Commands:\n"
        "  ping      check that the server answers (system.ping)\n"
        "  version   print the server's version (system.getVersion)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serviceUrl(u"service-url"_s,
        QCoreApplication::translate(
            "cli", "Kaltura server address (default: $KALTURA_SERVICE_URL)."),
        u"url"_s, qEnvironmentVariable("KALTURA_SERVICE_URL"));
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("cli", "Print one JSON document."));
    const QCommandLineOption timeout(u"timeout"_s,
        QCoreApplication::translate(
            "cli", "Seconds without progress before a call fails (default 60)."),
        u"seconds"_s, u"60"_s);
    parser.addOptions({serviceUrl, json, timeout});
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("cli", "ping | version"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err() << QCoreApplication::translate(
            "cli", "usage: minikmc-cli [options] ping|version (see --help)")
              << Qt::endl;
        return Usage;
    }
    Client client;
    QString urlError;
    if (!client.setServiceUrl(parser.value(serviceUrl), &urlError)) {
        err() << QCoreApplication::translate(
            "cli", "error: %1 (use --service-url or KALTURA_SERVICE_URL)")
                     .arg(urlError)
              << Qt::endl;
        return Usage;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        err() << QCoreApplication::translate(
            "cli", "error: --timeout needs a positive number of seconds")
              << Qt::endl;
        return Usage;
    }
    client.setDefaultTimeout(std::chrono::seconds(seconds));
    const bool asJson = parser.isSet(json);

    const QString command = args.first();
    if (command == u"ping"_s) {
        return runCall<SystemPing>(client, asJson, [&](SystemPing *r) {
            if (asJson)
                out() << QJsonDocument(
                    QJsonObject {{u"serviceUrl"_s, client.serviceUrl().toString()},
                        {u"alive"_s, r->isAlive()}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                out() << (r->isAlive()
                        ? QCoreApplication::translate("cli", "%1 is up")
                              .arg(client.serviceUrl().toString())
                        : QCoreApplication::translate("cli", "%1 answered but reports a failure")
                              .arg(client.serviceUrl().toString()))
                      << Qt::endl;
            return r->isAlive() ? Ok : ApiError;
        });
    }
    if (command == u"version"_s) {
        return runCall<SystemGetVersion>(client, asJson, [&](SystemGetVersion *r) {
            if (asJson)
                out() << QJsonDocument(
                    QJsonObject {{u"serviceUrl"_s, client.serviceUrl().toString()},
                        {u"version"_s, r->version()}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                out() << r->version() << Qt::endl;
            return Ok;
        });
    }
    err() << QCoreApplication::translate("cli", "error: unknown command “%1” (see --help)")
                 .arg(command)
          << Qt::endl;
    return Usage;
}
