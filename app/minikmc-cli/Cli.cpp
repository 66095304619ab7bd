// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace minikmc::cli {

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

QJsonObject errorJson(const api::Error &e)
{
    QJsonObject o {{u"category"_s, int(e.category())}, {u"message"_s, e.message()}};
    if (!e.code().isEmpty())
        o.insert(u"code"_s, e.code());
    if (e.httpStatus())
        o.insert(u"httpStatus"_s, e.httpStatus());
    return o;
}

void printError(bool json, const QString &message, const api::Error &e)
{
    if (json) {
        QJsonObject o = e ? errorJson(e) : QJsonObject();
        o.insert(u"message"_s, message);
        out() << QJsonDocument(QJsonObject {{u"error"_s, o}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        err() << QCoreApplication::translate("cli", "error: %1").arg(message) << Qt::endl;
    }
}

void printError(bool json, const api::Error &e)
{
    printError(json, json ? e.message() : e.toString(), e);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace minikmc::cli
