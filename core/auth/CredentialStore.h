// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace minikmc::auth {

/// The AppToken secrets of the accounts, in the OS keychain (Secret Service on Linux, through
/// QtKeychain), one item per account. Never anywhere else: when no keychain can be used the
/// operations fail with a Problem, and there is no plain-text fallback.
class CredentialStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    enum class Problem {
        None,
        NotFound, ///< no secret stored for this account
        Unavailable, ///< no keychain on this system (no Secret Service on the session bus)
        Denied, ///< locked, or the user refused access
        Other,
    };
    Q_ENUM(Problem)

    explicit CredentialStore(QObject *parent = nullptr);

    /// Stores the secret of an account (replacing a stored one): stored() or failed().
    void store(const QString &accountId, const QString &secret);
    /// Reads it: loaded() or failed() (NotFound when there is none).
    void load(const QString &accountId);
    /// Deletes it (sign out): removed() or failed(); a missing item counts as removed.
    void remove(const QString &accountId);

    /// The keychain service name the items are filed under.
    static QString serviceName();
    /// Words for a problem, for the UI and the CLI.
    static QString describe(Problem problem, const QString &detail);

Q_SIGNALS:
    void stored(const QString &accountId);
    void loaded(const QString &accountId, const QString &secret);
    void removed(const QString &accountId);
    void failed(const QString &accountId, minikmc::auth::CredentialStore::Problem problem,
        const QString &message);

private:
    template<class Job, class Done>
    void run(const QString &accountId, Job *job, Done done);
};

} // namespace minikmc::auth
