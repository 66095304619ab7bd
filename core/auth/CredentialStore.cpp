// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace minikmc::auth {

namespace {

bool mentionsAny(const QString &text, const QStringList &words)
{
    return std::any_of(words.cbegin(), words.cend(),
        [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

CredentialStore::Problem problemOf(QKeychain::Error error, const QString &text)
{
    // QtKeychain reports a missing Secret Service (no session bus, or nobody owning
    // org.freedesktop.secrets) and a keyring without an unlocked login collection (it could not
    // prompt for the password) as OtherError; its text says which.
    static const QStringList unavailable = {u"Could not connect"_s, u"org.freedesktop.secrets"_s,
        u"ServiceUnknown"_s, u"not provided by any .service"_s, u"No such interface"_s};
    static const QStringList locked
        = {u"/org/freedesktop/secrets/collection"_s, u"prompt"_s, u"locked"_s};
    if (error == QKeychain::OtherError && mentionsAny(text, unavailable))
        return CredentialStore::Problem::Unavailable;
    if (error == QKeychain::OtherError && mentionsAny(text, locked))
        return CredentialStore::Problem::Denied;
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Problem::None;
    case QKeychain::EntryNotFound:
        return CredentialStore::Problem::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Problem::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Problem::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::Problem::Other;
}

QString keyFor(const QString &accountId)
{
    return u"appToken/"_s + accountId;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::serviceName()
{
    return u"mini-KMC"_s;
}

QString CredentialStore::describe(Problem problem, const QString &detail)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotFound:
        return tr("No AppToken is stored in the keychain for this account.");
    case Problem::Unavailable:
        return tr("No keychain is available on this system (on Linux: a Secret Service such as "
                  "GNOME Keyring or KWallet). mini-KMC never stores secrets anywhere else: sign in "
                  "for this session only, or start a keychain and try again.");
    case Problem::Denied:
        return tr("The keychain is locked or refused access. Unlock it and try again, or sign in "
                  "for this session only.");
    case Problem::Other:
        break;
    }
    return tr("The keychain failed: %1").arg(detail);
}

/// Runs a keychain job for an account: never with a plain-text fallback; done(job) decides on
/// success, errors become failed() with the problem named.
template<class Job, class Done>
void CredentialStore::run(const QString &accountId, Job *job, Done done)
{
    job->setInsecureFallback(false); // never plain text
    job->setKey(keyFor(accountId));
    connect(job, &QKeychain::Job::finished, this, [this, job, accountId, done] {
        if (job->error()
            && !(job->error() == QKeychain::EntryNotFound
                && std::is_same_v<Job, QKeychain::DeletePasswordJob>))
            Q_EMIT failed(
                accountId, problemOf(job->error(), job->errorString()), job->errorString());
        else
            done(job);
    });
    job->start();
}

void CredentialStore::store(const QString &accountId, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(secret);
    run(accountId, job, [this, accountId](auto *) { Q_EMIT stored(accountId); });
}

void CredentialStore::load(const QString &accountId)
{
    run(accountId, new QKeychain::ReadPasswordJob(serviceName(), this),
        [this, accountId](
            QKeychain::ReadPasswordJob *job) { Q_EMIT loaded(accountId, job->textData()); });
}

void CredentialStore::remove(const QString &accountId)
{
    // A missing item counts as removed.
    run(accountId, new QKeychain::DeletePasswordJob(serviceName(), this),
        [this, accountId](auto *) { Q_EMIT removed(accountId); });
}

} // namespace minikmc::auth
