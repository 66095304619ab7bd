// SPDX-License-Identifier: GPL-3.0-or-later
// minikmc-cli: mini-KMC for scripts. Exit codes: 0 ok, 1 api or transfer error, 2 usage.
#include "Cli.h"
#include "UploadCommands.h"
#include "api/Client.h"
#include "api/Logging.h"
#include "api/services/SystemService.h"
#include "assets/AssetCalls.h"
#include "assets/Assets.h"
#include "assets/FlavorDownload.h"
#include "auth/SignIn.h"
#include "entries/EntryDeleter.h"
#include "entries/EntryDetails.h"
#include "entries/EntryPager.h"
#include "entries/EntrySaver.h"
#include "upload/UploadJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace minikmc::api;
using minikmc::auth::Account;
using minikmc::auth::AccountSettings;
using minikmc::auth::Credentials;
using minikmc::auth::SignIn;
using namespace minikmc::cli;

namespace {

/// Runs one typed call to completion and reports it; `report` prints the success.
template<class ReplyT>
int runCall(Client &client, bool json, const std::function<int(ReplyT *)> &report)
{
    auto *reply = client.call<ReplyT>();
    int code = ApiError;
    QObject::connect(reply, &Reply::succeeded, &client, [&, reply] { code = report(reply); });
    QObject::connect(reply, &Reply::failed, &client, [&](const Error &e) { printError(json, e); });
    QObject::connect(reply, &Reply::finished, &client, [] { QCoreApplication::exit(); });
    QCoreApplication::exec();
    return code;
}

/// Runs the event loop until the sign-in ends; Ok when signed in. With remembering, also until
/// the keychain has the account (or said why it cannot).
int waitForSignIn(SignIn &signIn, bool json, bool remembering = false)
{
    int code = ApiError;
    bool signedIn = false;
    const QList<QMetaObject::Connection> connections {
        QObject::connect(&signIn, &SignIn::signedIn, &signIn,
            [&] {
                signedIn = true;
                if (!remembering) {
                    code = Ok;
                    QCoreApplication::exit();
                }
            }),
        QObject::connect(&signIn, &SignIn::remembered, &signIn,
            [&] {
                code = signedIn ? Ok : code;
                QCoreApplication::exit();
            }),
        QObject::connect(&signIn, &SignIn::keychainProblem, &signIn,
            [&](minikmc::auth::CredentialStore::Problem, const QString &message) {
                printError(json, message);
                QCoreApplication::exit();
            }),
        QObject::connect(&signIn, &SignIn::signInFailed, &signIn,
            [&](const QString &message, const Error &e) {
                printError(json, message, e);
                QCoreApplication::exit();
            }),
        QObject::connect(&signIn, &SignIn::appTokenFailed, &signIn,
            [&](const QString &message, const Error &e) {
                printError(json,
                    QCoreApplication::translate("cli",
                        "signed in, but no AppToken could be created for this computer, so "
                        "nothing was remembered: %1")
                        .arg(message),
                    e);
                QCoreApplication::exit();
            }),
    };
    QCoreApplication::exec();
    for (const auto &c : connections)
        QObject::disconnect(c);
    return code;
}

/// Signs in with the environment's AppToken, else the remembered current account.
int signInForCommand(SignIn &signIn, bool json)
{
    QString problem;
    if (const auto env = minikmc::auth::accountFromEnvironment(&problem)) {
        signIn.signInNew(env->account, env->credentials, false);
        return waitForSignIn(signIn, json);
    }
    if (!problem.isEmpty()) {
        printError(json, problem);
        return Usage;
    }
    const QString current = AccountSettings::currentId();
    if (current.isEmpty()) {
        printError(json,
            QCoreApplication::translate("cli",
                "not signed in: run “minikmc-cli login” or set KALTURA_SERVICE_URL, "
                "KALTURA_PARTNER_ID, KALTURA_APP_TOKEN_ID and KALTURA_APP_TOKEN"));
        return Usage;
    }
    signIn.signInStored(current);
    return waitForSignIn(signIn, json);
}

int whoami(SignIn &signIn, bool json)
{
    const minikmc::api::SessionInfo info = signIn.session()->info();
    const Account account = signIn.account();
    const QString type = info.sessionType == SessionInfo::Type::Admin ? u"admin"_s : u"user"_s;
    if (json) {
        out() << QJsonDocument(
            QJsonObject {{u"serviceUrl"_s, account.serviceUrl},
                {u"partnerId"_s, double(info.partnerId)}, {u"userId"_s, info.userId},
                {u"sessionType"_s, type}, {u"expiry"_s, info.expiry.toString(Qt::ISODate)},
                {u"account"_s, account.id}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("cli", "%1 on partner %2 at %3 (%4 session until %5)")
                     .arg(info.userId)
                     .arg(info.partnerId)
                     .arg(account.serviceUrl, type, info.expiry.toLocalTime().toString(Qt::ISODate))
              << Qt::endl;
    }
    return Ok;
}

/// The list options as given on the command line.
struct ListOptions {
    QString search;
    QString types;
    QString statuses;
    QString order;
    QString createdFrom;
    QString createdTo;
    QString categories;
    QString tags;
};

/// A --created-from/--created-to value: an ISO date (the whole day in UTC: its start for a lower
/// bound, its end for an upper one) or an ISO date-time (UTC unless it names its offset).
std::optional<QDateTime> dateOption(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfDay ? date.endOfDay(Qt::UTC) : date.startOfDay(Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

/// The list query of the command line; nullopt (and why) when an option is not understood.
std::optional<minikmc::entries::EntryQuery> queryFromOptions(
    const ListOptions &options, QString *problem)
{
    using minikmc::entries::EntryStatus;
    using minikmc::entries::MediaType;
    using minikmc::entries::SortField;
    minikmc::entries::EntryQuery q;
    q.freeText = options.search;
    const QString &types = options.types;
    const QString &statuses = options.statuses;
    const QString &order = options.order;
    for (const auto &[text, name, endOfDay, target] :
        {std::tuple {options.createdFrom, u"--created-from"_s, false, &q.createdFrom},
            std::tuple {options.createdTo, u"--created-to"_s, true, &q.createdTo}}) {
        if (text.isEmpty())
            continue;
        const auto time = dateOption(text, endOfDay);
        if (!time) {
            *problem = QCoreApplication::translate(
                "cli", "%1 needs an ISO date or date-time, e.g. 2024-01-31 or 2024-01-31T18:00:00Z")
                           .arg(name);
            return std::nullopt;
        }
        *target = *time;
    }
    for (const QString &id : options.categories.split(u',', Qt::SkipEmptyParts)) {
        bool numeric = false;
        id.trimmed().toLongLong(&numeric);
        if (!numeric) {
            *problem
                = QCoreApplication::translate("cli", "--category needs category ids, e.g. 12,34");
            return std::nullopt;
        }
        q.categoryIds.append(id.trimmed());
    }
    for (const QString &tag : options.tags.split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            q.tags.append(tag.trimmed());
    }
    const QHash<QString, MediaType> typeNames = {{u"video"_s, MediaType::Video},
        {u"image"_s, MediaType::Image}, {u"audio"_s, MediaType::Audio}};
    for (const QString &t : types.split(u',', Qt::SkipEmptyParts)) {
        if (!typeNames.contains(t.trimmed().toLower())) {
            *problem = QCoreApplication::translate("cli", "unknown --type “%1”").arg(t);
            return std::nullopt;
        }
        q.mediaTypes.append(typeNames.value(t.trimmed().toLower()));
    }
    const QHash<QString, QList<EntryStatus>> statusNames = {{u"ready"_s, {EntryStatus::Ready}},
        {u"converting"_s, {EntryStatus::Preconvert}}, {u"importing"_s, {EntryStatus::Import}},
        {u"error"_s, {EntryStatus::ErrorConverting, EntryStatus::ErrorImporting}},
        {u"no-content"_s, {EntryStatus::NoContent}}, {u"pending"_s, {EntryStatus::Pending}}};
    for (const QString &s : statuses.split(u',', Qt::SkipEmptyParts)) {
        if (!statusNames.contains(s.trimmed().toLower())) {
            *problem = QCoreApplication::translate("cli", "unknown --status “%1”").arg(s);
            return std::nullopt;
        }
        q.statuses.append(statusNames.value(s.trimmed().toLower()));
    }
    const QHash<QString, SortField> sortNames = {{u"createdAt"_s, SortField::CreatedAt},
        {u"updatedAt"_s, SortField::UpdatedAt}, {u"name"_s, SortField::Name},
        {u"duration"_s, SortField::Duration}, {u"plays"_s, SortField::Plays},
        {u"views"_s, SortField::Views}, {u"mediaType"_s, SortField::MediaType}};
    const bool ascending = order.startsWith(u'+');
    const QString field = order.startsWith(u'+') || order.startsWith(u'-') ? order.mid(1) : order;
    if (!sortNames.contains(field)) {
        *problem = QCoreApplication::translate("cli", "unknown --order “%1”").arg(order);
        return std::nullopt;
    }
    q.sortField = sortNames.value(field);
    q.ascending = ascending;
    return q;
}

/// list: pages through the query (past the 10 000-match window when the order allows) and
/// prints one line per entry, or one JSON document.
int listEntries(Client &client, minikmc::entries::EntryQuery query, qint64 max, bool json)
{
    query.pageSize = max > 0 && max < 500 ? int(max) : 500;
    minikmc::entries::EntryPager pager(&client, query);
    QJsonArray listed;
    qint64 printed = 0;
    int code = Ok;
    QObject::connect(&pager, &minikmc::entries::EntryPager::pageReady, &pager,
        [&](const QList<minikmc::entries::Entry> &page) {
            for (const minikmc::entries::Entry &e : page) {
                if (max > 0 && printed >= max)
                    break;
                ++printed;
                if (json) {
                    listed.append(
                        QJsonObject {{u"id"_s, e.id}, {u"name"_s, e.name}, {u"type"_s, e.type},
                            {u"mediaType"_s, int(e.mediaType)}, {u"status"_s, int(e.status)},
                            {u"durationMs"_s, double(e.durationMs)}, {u"plays"_s, double(e.plays)},
                            {u"createdAt"_s, e.createdAt.toString(Qt::ISODate)},
                            {u"updatedAt"_s, e.updatedAt.toString(Qt::ISODate)},
                            {u"tags"_s, QJsonArray::fromStringList(e.tags)}});
                } else {
                    out() << e.id << u'\t' << int(e.status) << u'\t'
                          << e.createdAt.toString(Qt::ISODate) << u'\t' << e.name << Qt::endl;
                }
            }
            if (pager.atEnd() || (max > 0 && printed >= max))
                QCoreApplication::exit();
            else
                pager.fetchNext();
        });
    QObject::connect(&pager, &minikmc::entries::EntryPager::failed, &pager, [&](const Error &e) {
        printError(json, e);
        code = ApiError;
        QCoreApplication::exit();
    });
    pager.fetchNext();
    QCoreApplication::exec();
    if (code != Ok)
        return code;
    if (json)
        out() << QJsonDocument(QJsonObject {{u"totalCount"_s, double(pager.totalCount())},
                                   {u"limited"_s, pager.isLimited()}, {u"entries"_s, listed}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else if (pager.isLimited() && max < 0)
        err() << QCoreApplication::translate("cli",
            "note: this order reaches only the first %1 of %2 entries (sort by createdAt or "
            "updatedAt to list them all)")
                     .arg(minikmc::entries::EntryPager::kServerWindow)
                     .arg(pager.totalCount())
              << Qt::endl;
    return Ok;
}

/// delete: baseEntry.delete in multirequests of 50; one line (or JSON object) per entry.
int deleteEntries(Client &client, const QStringList &ids, bool json)
{
    minikmc::entries::EntryDeleter deleter(&client, ids);
    QObject::connect(&deleter, &minikmc::entries::EntryDeleter::finished, &deleter,
        [] { QCoreApplication::exit(); });
    deleter.start();
    QCoreApplication::exec();
    QHash<QString, Error> failed;
    for (const minikmc::entries::EntryDeleter::Failure &f : deleter.failures())
        failed.insert(f.id, f.error);
    QJsonArray results;
    for (const QString &id : deleter.ids()) {
        const auto failure = failed.constFind(id);
        if (json) {
            QJsonObject o {{u"id"_s, id}, {u"deleted"_s, failure == failed.cend()}};
            if (failure != failed.cend()) {
                o.insert(u"code"_s, failure->code());
                o.insert(u"message"_s, failure->message());
            }
            results.append(o);
        } else if (failure == failed.cend()) {
            out() << id << u'\t' << QCoreApplication::translate("cli", "deleted") << Qt::endl;
        } else {
            out() << id << u'\t'
                  << QCoreApplication::translate("cli", "failed: %1").arg(failure->toString())
                  << Qt::endl;
        }
    }
    if (json)
        out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << Qt::endl;
    return failed.isEmpty() ? Ok : ApiError;
}

QJsonObject entryJson(const minikmc::entries::Entry &e)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject {{u"id"_s, e.id}, {u"name"_s, e.name}, {u"description"_s, e.description},
        {u"tags"_s, QJsonArray::fromStringList(e.tags)}, {u"referenceId"_s, e.referenceId},
        {u"categoryIds"_s, QJsonArray::fromStringList(e.categoryIds)}, {u"type"_s, e.type},
        {u"mediaType"_s, int(e.mediaType)}, {u"status"_s, int(e.status)},
        {u"durationMs"_s, double(e.durationMs)}, {u"plays"_s, double(e.plays)},
        {u"userId"_s, e.userId}, {u"createdAt"_s, time(e.createdAt)},
        {u"updatedAt"_s, time(e.updatedAt)}, {u"startDate"_s, time(e.startDate)},
        {u"endDate"_s, time(e.endDate)}};
}

/// get: the entry with its flavors, thumbnails and category names (one request).
int getEntry(Client &client, const QString &entryId, bool json)
{
    minikmc::entries::EntryDetailsLoader loader(&client);
    std::optional<minikmc::entries::EntryDetails> details;
    Error error;
    QObject::connect(&loader, &minikmc::entries::EntryDetailsLoader::loaded, &loader,
        [&](const minikmc::entries::EntryDetails &d) {
            details = d;
            QCoreApplication::exit();
        });
    QObject::connect(
        &loader, &minikmc::entries::EntryDetailsLoader::failed, &loader, [&](const Error &e) {
            error = e;
            QCoreApplication::exit();
        });
    loader.load(entryId);
    QCoreApplication::exec();
    if (!details || !details->entryError.isOk()) {
        printError(json, details ? details->entryError : error);
        return ApiError;
    }
    const minikmc::entries::Entry &e = details->entry;
    if (json) {
        QJsonObject o = entryJson(e);
        QJsonArray flavors;
        for (const minikmc::assets::Flavor &f : std::as_const(details->flavors))
            flavors.append(QJsonObject {{u"id"_s, f.id}, {u"flavorParamsId"_s, f.flavorParamsId},
                {u"status"_s, int(f.status)}, {u"width"_s, f.width}, {u"height"_s, f.height},
                {u"bitrateKbps"_s, f.bitrateKbps}, {u"sizeBytes"_s, double(f.sizeBytes)},
                {u"containerFormat"_s, f.containerFormat}, {u"videoCodecId"_s, f.videoCodecId},
                {u"isOriginal"_s, f.isOriginal}, {u"isWeb"_s, f.isWeb}});
        QJsonArray thumbs;
        for (const minikmc::assets::Thumb &t : std::as_const(details->thumbs))
            thumbs.append(
                QJsonObject {{u"id"_s, t.id}, {u"width"_s, t.width}, {u"height"_s, t.height},
                    {u"status"_s, int(t.status)}, {u"default"_s, t.isDefault()}});
        QJsonObject categories;
        for (auto it = details->categoryNames.cbegin(); it != details->categoryNames.cend(); ++it)
            categories.insert(it.key(), it.value());
        o.insert(u"flavors"_s, flavors);
        o.insert(u"thumbs"_s, thumbs);
        o.insert(u"categories"_s, categories);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    const auto line = [](const QString &label, const QString &value) {
        out() << label.leftJustified(12) << value << Qt::endl;
    };
    line(u"id"_s, e.id);
    line(u"name"_s, e.name);
    line(u"description"_s, e.description);
    line(u"tags"_s, e.tags.join(u", "_s));
    line(u"reference id"_s, e.referenceId);
    line(u"categories"_s, QStringList(details->categoryNames.values()).join(u"; "_s));
    line(u"status"_s, QString::number(int(e.status)));
    line(u"created"_s, e.createdAt.toString(Qt::ISODate));
    line(u"updated"_s, e.updatedAt.toString(Qt::ISODate));
    line(u"flavors"_s, QString::number(details->flavors.size()));
    line(u"thumbnails"_s, QString::number(details->thumbs.size()));
    return Ok;
}

/// update: reads the entry, applies the given changes and saves the changed fields only
/// (media.update through EntrySaver, which re-reads it and stops on a concurrent change).
int updateEntry(Client &client, const QString &entryId,
    const QList<QPair<minikmc::entries::Field, QVariant>> &changes, bool json)
{
    using namespace minikmc::entries;
    Error error;
    std::optional<Entry> loaded;
    auto *get = client.send(minikmc::api::Call(u"baseEntry"_s, u"get"_s)
                                .set(u"entryId"_s, entryId)
                                .setIdempotent(true));
    QObject::connect(get, &minikmc::api::Reply::succeeded, get, [&loaded, get] {
        Entry e;
        QString why;
        if (Entry::fromJson(get->result(), &e, &why))
            loaded = e;
        QCoreApplication::exit();
    });
    QObject::connect(get, &minikmc::api::Reply::failed, get, [&error](const Error &e) {
        error = e;
        QCoreApplication::exit();
    });
    QCoreApplication::exec();
    if (!loaded) {
        printError(json, error);
        return ApiError;
    }
    const EditableEntry before = EditableEntry::of(*loaded);
    EditableEntry edited = before;
    for (const auto &[field, value] : changes)
        edited.setValue(field, value);
    for (const Field field : editableFields()) {
        if (const QString problem = validate(edited, field); !problem.isEmpty()) {
            printError(json, problem);
            return Usage;
        }
    }
    if (EntryPatch::between(before, edited).isEmpty()) {
        if (json)
            out() << QJsonDocument(entryJson(*loaded)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out() << QCoreApplication::translate("cli", "nothing to change") << Qt::endl;
        return Ok;
    }
    EntrySaver saver(&client);
    std::optional<Entry> stored;
    QList<Conflict> conflictsFound;
    QObject::connect(&saver, &EntrySaver::saved, &saver, [&stored](const Entry &e) {
        stored = e;
        QCoreApplication::exit();
    });
    QObject::connect(
        &saver, &EntrySaver::conflicted, &saver, [&conflictsFound](const QList<Conflict> &found) {
            conflictsFound = found;
            QCoreApplication::exit();
        });
    QObject::connect(&saver, &EntrySaver::failed, &saver, [&error](const Error &e) {
        error = e;
        QCoreApplication::exit();
    });
    saver.save(entryId, before, edited);
    QCoreApplication::exec();
    if (!conflictsFound.isEmpty()) {
        QStringList fields;
        for (const Conflict &c : std::as_const(conflictsFound))
            fields.append(wireName(c.field));
        printError(json,
            QCoreApplication::translate(
                "cli", "not saved: %1 changed on the server meanwhile; run the command again")
                .arg(fields.join(u", "_s)));
        return ApiError;
    }
    if (!stored) {
        printError(json, error);
        return ApiError;
    }
    if (json)
        out() << QJsonDocument(entryJson(*stored)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << QCoreApplication::translate("cli", "updated %1").arg(stored->id) << Qt::endl;
    return Ok;
}

/// Sends one call and waits for it; false (and the error printed) when it failed.
bool sendAndWait(Client &client, const minikmc::api::Call &call, bool json, QJsonValue *result)
{
    auto *reply = client.send(call);
    bool ok = false;
    QObject::connect(reply, &Reply::succeeded, &client, [&ok, reply, result] {
        ok = true;
        if (result)
            *result = reply->result();
    });
    QObject::connect(
        reply, &Reply::failed, &client, [json](const Error &e) { printError(json, e); });
    QObject::connect(reply, &Reply::finished, &client, [] { QCoreApplication::exit(); });
    QCoreApplication::exec();
    return ok;
}

/// flavors / thumbs: an entry's renditions or thumbnails, a line (or JSON object) each.
int listAssets(Client &client, const QString &entryId, bool flavors, bool json)
{
    using namespace minikmc::assets;
    QJsonValue result;
    if (!sendAndWait(client, flavors ? calls::flavorList(entryId) : calls::thumbList(entryId), json,
            &result))
        return ApiError;
    QJsonArray listed;
    if (flavors) {
        for (const Flavor &f : assetsOf<Flavor>(result)) {
            if (json) {
                listed.append(QJsonObject {{u"id"_s, f.id}, {u"flavorParamsId"_s, f.flavorParamsId},
                    {u"status"_s, int(f.status)}, {u"width"_s, f.width}, {u"height"_s, f.height},
                    {u"bitrateKbps"_s, f.bitrateKbps}, {u"frameRate"_s, f.frameRate},
                    {u"sizeBytes"_s, double(f.sizeBytes)},
                    {u"containerFormat"_s, f.containerFormat}, {u"videoCodecId"_s, f.videoCodecId},
                    {u"isOriginal"_s, f.isOriginal}, {u"isWeb"_s, f.isWeb},
                    {u"tags"_s, QJsonArray::fromStringList(f.tags)}});
                continue;
            }
            out() << f.id << u'\t' << f.flavorParamsId << u'\t'
                  << u"%1/%2"_s.arg(f.containerFormat, f.videoCodecId) << u'\t'
                  << u"%1x%2"_s.arg(f.width).arg(f.height) << u'\t' << f.bitrateKbps
                  << u" kbit/s\t"_s << humanSize(f.sizeBytes) << u'\t' << int(f.status)
                  << (f.isOriginal ? u"\toriginal"_s : QString())
                  << (f.isWeb ? u"\tweb"_s : QString()) << Qt::endl;
        }
    } else {
        for (const Thumb &t : assetsOf<Thumb>(result)) {
            if (json) {
                listed.append(QJsonObject {{u"id"_s, t.id}, {u"width"_s, t.width},
                    {u"height"_s, t.height}, {u"status"_s, int(t.status)},
                    {u"size"_s, double(t.size)}, {u"default"_s, t.isDefault()},
                    {u"tags"_s, QJsonArray::fromStringList(t.tags)}});
                continue;
            }
            out() << t.id << u'\t' << u"%1x%2"_s.arg(t.width).arg(t.height) << u'\t'
                  << int(t.status) << (t.isDefault() ? u"\tdefault"_s : QString()) << Qt::endl;
        }
    }
    if (json)
        out() << QJsonDocument(listed).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

/// flavor-download: the flavor's file, streamed to FILE (resumed after interruptions).
int downloadFlavor(Client &client, const QString &flavorId, const QString &file, bool json)
{
    minikmc::assets::FlavorDownload download(&client, flavorId, file);
    Error error;
    bool done = false;
    QObject::connect(&download, &minikmc::assets::FlavorDownload::progress, &download,
        [json](qint64 received, qint64 total, double speed) {
            if (json)
                return;
            err() << u"\r%1 of %2, %3/s   "_s.arg(humanSize(received),
                total >= 0 ? humanSize(total) : u"?"_s, humanSize(qint64(speed)))
                  << Qt::flush;
        });
    QObject::connect(&download, &minikmc::assets::FlavorDownload::finished, &download, [&done] {
        done = true;
        QCoreApplication::exit();
    });
    QObject::connect(
        &download, &minikmc::assets::FlavorDownload::failed, &download, [&error](const Error &e) {
            error = e;
            QCoreApplication::exit();
        });
    download.start();
    QCoreApplication::exec();
    if (!json)
        err() << Qt::endl;
    if (!done) {
        printError(json, error);
        return ApiError;
    }
    if (json)
        out() << QJsonDocument(
            QJsonObject {{u"file"_s, file}, {u"bytes"_s, double(download.received())},
                {u"resumes"_s, download.resumes()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << file << Qt::endl;
    return Ok;
}

/// One line from standard input (for a password, so that it never shows in the process list).
QString readSecretLine()
{
    QTextStream in(stdin);
    return in.readLine();
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
        "  login     sign in and remember the account (AppToken secret in the keychain)\n"
        "  whoami    sign in and show who and where\n"
        "  logout    forget the remembered account and its keychain item\n"
        "  list      list entries (--search, --type, --status, --created-from, --created-to,\n"
        "            --category, --tags, --order, --limit or --all)\n"
        "  get       show an entry, its flavors and thumbnails: get ID\n"
        "  update    change an entry's fields: update ID --name … --description … --tags …\n"
        "            --category … --reference-id … --clear FIELD (only these are sent)\n"
        "  delete    delete entries: delete --yes ID…\n"
        "  flavors   an entry's renditions: flavors ENTRY_ID\n"
        "  flavor-download FLAVOR_ID FILE   download a rendition (resumes if interrupted)\n"
        "  thumbs    an entry's thumbnails: thumbs ENTRY_ID\n"
        "  thumb-add ENTRY_ID IMAGE         add a thumbnail from an image file\n"
        "  thumb-default THUMB_ID           make a thumbnail the entry's default\n"
        "  upload FILE|FOLDER…   upload media as new entries (--name, --description, --tags,\n"
        "            --category, --parallel, --chunk-size); Ctrl+C pauses\n"
        "  uploads   the upload journal; uploads --resume continues unfinished uploads\n"
        "  ping      check that the server answers (system.ping)\n"
        "  version   print the server's version (system.getVersion)\n\n"
        "Accounts: KALTURA_SERVICE_URL, KALTURA_PARTNER_ID, KALTURA_APP_TOKEN_ID,\n"
        "KALTURA_APP_TOKEN (+ KALTURA_APP_TOKEN_HASH_TYPE, KALTURA_USER_ID) sign in without a\n"
        "remembered account. login --login-id reads the password from standard input and\n"
        "creates an AppToken for this desktop; the password itself is never stored."));
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
    const QCommandLineOption partnerIdOption(u"partner-id"_s,
        QCoreApplication::translate("cli", "login: the partner id (default: $KALTURA_PARTNER_ID)."),
        u"id"_s, qEnvironmentVariable("KALTURA_PARTNER_ID"));
    const QCommandLineOption appTokenId(u"app-token-id"_s,
        QCoreApplication::translate("cli",
            "login: the AppToken id (default: $KALTURA_APP_TOKEN_ID); the secret comes from "
            "$KALTURA_APP_TOKEN."),
        u"id"_s, qEnvironmentVariable("KALTURA_APP_TOKEN_ID"));
    const QCommandLineOption hashTypeOption(u"hash-type"_s,
        QCoreApplication::translate("cli", "login: the AppToken's hash type (default SHA256)."),
        u"type"_s, qEnvironmentVariable("KALTURA_APP_TOKEN_HASH_TYPE", u"SHA256"_s));
    const QCommandLineOption userIdOption(u"user-id"_s,
        QCoreApplication::translate(
            "cli", "login: the user to ask for (default: $KALTURA_USER_ID)."),
        u"user"_s, qEnvironmentVariable("KALTURA_USER_ID"));
    const QCommandLineOption loginIdOption(u"login-id"_s,
        QCoreApplication::translate(
            "cli", "login: sign in with this email; the password is read from standard input."),
        u"email"_s);
    const QCommandLineOption allowHttp(u"allow-http"_s,
        QCoreApplication::translate(
            "cli", "login: allow plain http:// to a server that is not this machine."));
    const QCommandLineOption search(u"search"_s,
        QCoreApplication::translate("cli", "list: free text (name, description, tags, id)."),
        u"text"_s);
    const QCommandLineOption types(u"type"_s,
        QCoreApplication::translate(
            "cli", "list: media types, comma-separated: video,image,audio."),
        u"types"_s);
    const QCommandLineOption statuses(u"status"_s,
        QCoreApplication::translate("cli",
            "list: statuses, comma-separated: ready,converting,importing,error,no-content,pending "
            "(default: all the web console shows)."),
        u"statuses"_s);
    const QCommandLineOption order(u"order"_s,
        QCoreApplication::translate(
            "cli", "list: sort, e.g. -createdAt (default), +name, -plays, +updatedAt, -duration."),
        u"order"_s, u"-createdAt"_s);
    const QCommandLineOption limit(u"limit"_s,
        QCoreApplication::translate("cli", "list: at most this many entries (default 50)."), u"n"_s,
        u"50"_s);
    const QCommandLineOption all(u"all"_s,
        QCoreApplication::translate(
            "cli", "list: every entry, also past the server's 10 000-match window."));
    const QCommandLineOption createdFrom(u"created-from"_s,
        QCoreApplication::translate(
            "cli", "list: created on or after this ISO date or date-time (UTC)."),
        u"date"_s);
    const QCommandLineOption createdTo(u"created-to"_s,
        QCoreApplication::translate(
            "cli", "list: created on or before this ISO date (the whole day) or date-time (UTC)."),
        u"date"_s);
    const QCommandLineOption category(u"category"_s,
        QCoreApplication::translate(
            "cli", "list: in any of these categories (ids, comma-separated) or below them."),
        u"ids"_s);
    const QCommandLineOption tags(u"tags"_s,
        QCoreApplication::translate("cli", "list: with any of these tags (comma-separated)."),
        u"tags"_s);
    const QCommandLineOption nameOption(
        u"name"_s, QCoreApplication::translate("cli", "update: the new name."), u"text"_s);
    const QCommandLineOption descriptionOption(u"description"_s,
        QCoreApplication::translate("cli", "update: the new description."), u"text"_s);
    const QCommandLineOption referenceIdOption(u"reference-id"_s,
        QCoreApplication::translate("cli", "update: the new reference id."), u"text"_s);
    const QCommandLineOption clearOption(u"clear"_s,
        QCoreApplication::translate("cli",
            "update: remove the field's value (description, tags, reference-id, categories, "
            "start-date, end-date); may be repeated."),
        u"field"_s);
    const QCommandLineOption yes(
        u"yes"_s, QCoreApplication::translate("cli", "delete: really delete (required)."));
    const QCommandLineOption parallel(u"parallel"_s,
        QCoreApplication::translate(
            "cli", "upload: chunks of a file sent at once, 1 to 6 (default 4)."),
        u"k"_s, u"4"_s);
    const QCommandLineOption chunkSize(u"chunk-size"_s,
        QCoreApplication::translate("cli",
            "upload: bytes per chunk, at least 65536 (default: adapts to about 4 s per chunk)."),
        u"bytes"_s);
    const QCommandLineOption resume(u"resume"_s,
        QCoreApplication::translate("cli", "uploads: continue this account's unfinished uploads."));
    parser.addOptions({serviceUrl, json, timeout, partnerIdOption, appTokenId, hashTypeOption,
        userIdOption, loginIdOption, allowHttp, search, types, statuses, order, limit, all,
        createdFrom, createdTo, category, tags, yes, nameOption, descriptionOption,
        referenceIdOption, clearOption, parallel, chunkSize, resume});
    parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate("cli",
            "login | whoami | logout | list | get | update | delete | flavors | flavor-download | "
            "thumbs | thumb-add | thumb-default | upload | uploads | ping | version"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString first = args.value(0);
    const bool takesIds = first == u"delete"_s || first == u"flavors"_s || first == u"thumbs"_s
        || first == u"flavor-download"_s || first == u"thumb-add"_s || first == u"thumb-default"_s
        || first == u"upload"_s;
    const bool takesOneId = first == u"get"_s || first == u"update"_s;
    if (args.isEmpty() || (takesOneId && args.size() != 2)
        || (!takesOneId && !takesIds && args.size() != 1)) {
        err() << QCoreApplication::translate(
            "cli", "usage: minikmc-cli [options] COMMAND (see --help)")
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
    Client client;
    client.setDefaultTimeout(std::chrono::seconds(seconds));
    const bool asJson = parser.isSet(json);
    const QString command = args.first();

    // --- commands that sign in --------------------------------------------------------------
    if (command == u"upload"_s || command == u"uploads"_s) {
        UploadCommandOptions options;
        options.json = asJson;
        options.metadata.name = parser.value(nameOption);
        options.metadata.description = parser.value(descriptionOption);
        options.metadata.tags = parser.value(tags);
        options.metadata.categoryIds = parser.value(category).split(u',', Qt::SkipEmptyParts);
        bool parallelOk = false;
        options.parallel = parser.value(parallel).toInt(&parallelOk);
        if (!parallelOk || options.parallel < 1
            || options.parallel > minikmc::upload::UploadOptions::kMaxWorkers) {
            printError(asJson,
                QCoreApplication::translate("cli", "--parallel needs a number from 1 to %1")
                    .arg(minikmc::upload::UploadOptions::kMaxWorkers));
            return Usage;
        }
        if (parser.isSet(chunkSize)) {
            bool sizeOk = false;
            options.chunkSize = parser.value(chunkSize).toLongLong(&sizeOk);
            if (!sizeOk || options.chunkSize < 65536) {
                printError(asJson,
                    QCoreApplication::translate(
                        "cli", "--chunk-size needs a number of bytes, at least 65536"));
                return Usage;
            }
        }
        if (command == u"upload"_s && args.size() < 2) {
            printError(asJson,
                QCoreApplication::translate("cli", "usage: minikmc-cli upload FILE|FOLDER…"));
            return Usage;
        }
        if (command == u"uploads"_s && !parser.isSet(resume))
            return listUploads(asJson);
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        if (code != Ok)
            return code;
        return command == u"upload"_s ? upload(client, args.mid(1), options)
                                      : resumeUploads(client, options);
    }
    if (command == u"flavors"_s || command == u"thumbs"_s || command == u"flavor-download"_s
        || command == u"thumb-add"_s || command == u"thumb-default"_s) {
        const QStringList rest = args.mid(1);
        const bool two = command == u"flavor-download"_s || command == u"thumb-add"_s;
        if (rest.size() != (two ? 2 : 1)) {
            printError(asJson,
                QCoreApplication::translate("cli", "usage: minikmc-cli %1 %2")
                    .arg(command,
                        command == u"flavor-download"_s     ? u"FLAVOR_ID FILE"_s
                            : command == u"thumb-add"_s     ? u"ENTRY_ID IMAGE"_s
                            : command == u"thumb-default"_s ? u"THUMB_ID"_s
                                                            : u"ENTRY_ID"_s));
            return Usage;
        }
        if (command == u"thumb-add"_s && !QFileInfo(rest.at(1)).isReadable()) {
            printError(asJson,
                QCoreApplication::translate("cli", "cannot read the image %1").arg(rest.at(1)));
            return Usage;
        }
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        if (code != Ok)
            return code;
        if (command == u"flavors"_s || command == u"thumbs"_s)
            return listAssets(client, rest.at(0), command == u"flavors"_s, asJson);
        if (command == u"flavor-download"_s)
            return downloadFlavor(client, rest.at(0), rest.at(1), asJson);
        QJsonValue result;
        const minikmc::api::Call call = command == u"thumb-add"_s
            ? minikmc::assets::calls::thumbAddFromImage(rest.at(0), rest.at(1))
            : minikmc::assets::calls::thumbSetDefault(rest.at(0));
        if (!sendAndWait(client, call, asJson, &result))
            return ApiError;
        const QString id
            = command == u"thumb-add"_s ? result.toObject().value(u"id"_s).toString() : rest.at(0);
        if (asJson)
            out() << QJsonDocument(QJsonObject {{u"id"_s, id}}).toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            out() << id << Qt::endl;
        return Ok;
    }
    if (command == u"get"_s) {
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        return code == Ok ? getEntry(client, args.at(1), asJson) : code;
    }
    if (command == u"update"_s) {
        using minikmc::entries::Field;
        QList<QPair<Field, QVariant>> changes;
        if (parser.isSet(nameOption))
            changes.append({Field::Name, parser.value(nameOption)});
        if (parser.isSet(descriptionOption))
            changes.append({Field::Description, parser.value(descriptionOption)});
        if (parser.isSet(referenceIdOption))
            changes.append({Field::ReferenceId, parser.value(referenceIdOption)});
        if (parser.isSet(tags))
            changes.append({Field::Tags, parser.value(tags).split(u',', Qt::SkipEmptyParts)});
        if (parser.isSet(category))
            changes.append(
                {Field::Categories, parser.value(category).split(u',', Qt::SkipEmptyParts)});
        for (const QString &name : parser.values(clearOption)) {
            QString why;
            const auto field = minikmc::entries::fieldByName(name, &why);
            if (!field || *field == Field::Name) {
                printError(asJson,
                    field ? QCoreApplication::translate("cli", "an entry cannot be without a name")
                          : why);
                return Usage;
            }
            changes.append({*field, QVariant()});
        }
        if (changes.isEmpty()) {
            printError(asJson,
                QCoreApplication::translate("cli",
                    "update needs at least one of --name, --description, --tags, --category, "
                    "--reference-id, --clear"));
            return Usage;
        }
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        return code == Ok ? updateEntry(client, args.at(1), changes, asJson) : code;
    }
    if (command == u"delete"_s) {
        const QStringList ids = args.mid(1);
        if (ids.isEmpty() || !parser.isSet(yes)) {
            printError(asJson,
                QCoreApplication::translate("cli",
                    "delete needs entry ids and --yes (deleting cannot be undone): "
                    "minikmc-cli delete --yes ID…"));
            return Usage;
        }
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        return code == Ok ? deleteEntries(client, ids, asJson) : code;
    }
    if (command == u"list"_s) {
        QString problem;
        const auto query = queryFromOptions(
            {parser.value(search), parser.value(types), parser.value(statuses), parser.value(order),
                parser.value(createdFrom), parser.value(createdTo), parser.value(category),
                parser.value(tags)},
            &problem);
        bool limitOk = false;
        const qint64 max = parser.isSet(all) ? -1 : parser.value(limit).toLongLong(&limitOk);
        if (!query || (!parser.isSet(all) && (!limitOk || max <= 0))) {
            printError(asJson,
                problem.isEmpty()
                    ? QCoreApplication::translate("cli", "--limit needs a positive number")
                    : problem);
            return Usage;
        }
        SignIn signIn(&client);
        const int code = signInForCommand(signIn, asJson);
        return code == Ok ? listEntries(client, *query, max, asJson) : code;
    }
    if (command == u"login"_s || command == u"whoami"_s || command == u"logout"_s) {
        SignIn signIn(&client);
        if (command == u"whoami"_s) {
            const int code = signInForCommand(signIn, asJson);
            return code == Ok ? whoami(signIn, asJson) : code;
        }
        if (command == u"logout"_s) {
            const QString current = AccountSettings::currentId();
            if (current.isEmpty()) {
                printError(asJson, QCoreApplication::translate("cli", "no account is remembered"));
                return Usage;
            }
            int code = Ok;
            minikmc::auth::CredentialStore store;
            QObject::connect(&store, &minikmc::auth::CredentialStore::removed, &store,
                [] { QCoreApplication::exit(); });
            QObject::connect(&store, &minikmc::auth::CredentialStore::failed, &store,
                [&](const QString &, minikmc::auth::CredentialStore::Problem p, const QString &d) {
                    printError(asJson, minikmc::auth::CredentialStore::describe(p, d));
                    code = ApiError;
                    QCoreApplication::exit();
                });
            store.remove(current);
            QCoreApplication::exec();
            AccountSettings::remove(current);
            if (code == Ok && asJson)
                out() << QJsonDocument(QJsonObject {{u"signedOut"_s, current}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            return code;
        }
        // login: an AppToken (options or environment), or a login id with the password on stdin.
        Account account;
        account.serviceUrl = parser.value(serviceUrl);
        account.partnerId = parser.value(partnerIdOption).toLongLong(&ok);
        account.allowInsecureHttp = parser.isSet(allowHttp);
        if (account.serviceUrl.isEmpty() || !ok || account.partnerId <= 0) {
            printError(asJson,
                QCoreApplication::translate(
                    "cli", "login needs --service-url (or KALTURA_SERVICE_URL) and --partner-id"));
            return Usage;
        }
        const QString tokenId = parser.value(appTokenId);
        const QString loginId = parser.value(loginIdOption);
        if (tokenId.isEmpty() == loginId.isEmpty()) {
            printError(asJson,
                QCoreApplication::translate("cli",
                    "login needs either --app-token-id (with KALTURA_APP_TOKEN) or --login-id "
                    "(with the password on standard input)"));
            return Usage;
        }
        Credentials credentials;
        if (!tokenId.isEmpty()) {
            const auto hashType = appTokenHashTypeFromString(parser.value(hashTypeOption));
            const QString token = qEnvironmentVariable("KALTURA_APP_TOKEN");
            if (!hashType || token.isEmpty()) {
                printError(asJson,
                    QCoreApplication::translate("cli",
                        "the AppToken secret comes from KALTURA_APP_TOKEN (never the command "
                        "line); --hash-type is MD5, SHA1, SHA256 or SHA512"));
                return Usage;
            }
            credentials = Credentials::forAppToken(
                account.partnerId, tokenId, token, *hashType, parser.value(userIdOption));
        } else {
            credentials = Credentials::forPassword(account.partnerId, loginId, readSecretLine());
        }
        const bool password = credentials.kind == Credentials::Kind::Password;
        signIn.signInNew(account, credentials, true);
        int code = waitForSignIn(signIn, asJson, !password);
        if (code == Ok && password) {
            // A password is never remembered: it becomes an AppToken for this desktop.
            signIn.createAppTokenForThisDesktop(QHostInfo::localHostName());
            code = waitForSignIn(signIn, asJson, true);
        }
        return code == Ok ? whoami(signIn, asJson) : code;
    }

    // --- commands that need only the server address -------------------------------------------
    QString urlError;
    if (!client.setServiceUrl(parser.value(serviceUrl), &urlError)) {
        err() << QCoreApplication::translate(
            "cli", "error: %1 (use --service-url or KALTURA_SERVICE_URL)")
                     .arg(urlError)
              << Qt::endl;
        return Usage;
    }
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
