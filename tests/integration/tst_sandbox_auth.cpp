// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox, sign-in: AppTokens (add/get/update/list/delete/startSession with every hash
// type, KALTURA-API.md §5) and user.loginByLoginId (§5.3), over raw HTTP on 127.0.0.1.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestSandboxAuth : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;

    QJsonObject addToken(const QJsonObject &fields)
    {
        QJsonObject token = fields;
        token.insert(u"objectType"_s, u"KalturaAppToken"_s);
        if (!token.contains(u"sessionUserId"_s))
            token.insert(u"sessionUserId"_s, u"token-user@example.com"_s);
        const Answer a
            = m_http.call(u"appToken"_s, u"add"_s, {{u"ks"_s, m_adminKs}, {u"appToken"_s, token}});
        return a.object();
    }

    QString widgetKs()
    {
        return m_http
            .call(u"session"_s, u"startWidgetSession"_s,
                {{u"widgetId"_s, u"_%1"_s.arg(m_sandbox.partnerId())}})
            .object()
            .value(u"ks"_s)
            .toString();
    }

    static QString hashHex(const QString &hashType, const QString &text)
    {
        const QHash<QString, QCryptographicHash::Algorithm> algorithms = {
            {u"MD5"_s, QCryptographicHash::Md5}, {u"SHA1"_s, QCryptographicHash::Sha1},
            {u"SHA256"_s, QCryptographicHash::Sha256}, {u"SHA512"_s, QCryptographicHash::Sha512}};
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), algorithms.value(hashType)).toHex());
    }

    /// appToken.startSession the way Kaltura specifies it: hash(widget KS + token).
    Answer startWithToken(
        const QString &id, const QString &token, const QString &hashType, QJsonObject extra = {})
    {
        const QString ks = widgetKs();
        extra.insert(u"ks"_s, ks);
        extra.insert(u"id"_s, id);
        extra.insert(u"tokenHash"_s, hashHex(hashType, ks + token));
        return m_http.call(u"appToken"_s, u"startSession"_s, extra);
    }

    QJsonObject sessionInfo(const QString &ks)
    {
        return m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"session"_s, ks}})
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2);
        QVERIFY(!m_adminKs.isEmpty());
    }

    void demoTokenFromTheReadyLineSignsIn()
    {
        const QJsonObject r = m_sandbox.ready();
        const Answer a = startWithToken(r.value(u"appTokenId"_s).toString(),
            r.value(u"appToken"_s).toString(), r.value(u"appTokenHashType"_s).toString());
        const QJsonObject info = a.object();
        QCOMPARE(info.value(u"objectType"_s).toString(), u"KalturaSessionInfo"_s);
        QCOMPARE(info.value(u"sessionType"_s).toInt(), 2);
        QCOMPARE(info.value(u"userId"_s).toString(), r.value(u"userId"_s).toString());
        QVERIFY(info.value(u"ks"_s).toString().startsWith(u"djJ8"_s));
        // The new KS works for an admin-only action.
        QCOMPARE(m_http.call(u"appToken"_s, u"list"_s, {{u"ks"_s, info.value(u"ks"_s)}}).code(),
            QString());
    }

    void everyHashTypeSignsIn_data()
    {
        QTest::addColumn<QString>("hashType");
        for (const char *type : {"MD5", "SHA1", "SHA256", "SHA512"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void everyHashTypeSignsIn()
    {
        QFETCH(QString, hashType);
        const QJsonObject t = addToken({{u"hashType"_s, hashType}, {u"sessionType"_s, 0},
            {u"sessionDuration"_s, 3600}, {u"sessionPrivileges"_s, u"edit:*"_s}});
        QCOMPARE(t.value(u"status"_s).toInt(), 2); // ACTIVE
        const QString token = t.value(u"token"_s).toString();
        QCOMPARE(token.size(), 32); // 16 random bytes, hex
        QVERIFY(token == token.toLower());
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QJsonObject info
            = startWithToken(t.value(u"id"_s).toString(), token, hashType).object();
        QVERIFY2(info.value(u"ks"_s).isString(), qPrintable(info.value(u"code"_s).toString()));
        QCOMPARE(info.value(u"sessionType"_s).toInt(), 0);
        QCOMPARE(info.value(u"userId"_s).toString(), u"token-user@example.com"_s);
        const qint64 expiry = qint64(info.value(u"expiry"_s).toDouble());
        QVERIFY(expiry >= before + 3600 && expiry <= before + 3600 + 5); // absolute
        const QString privileges = info.value(u"privileges"_s).toString();
        const QString id = t.value(u"id"_s).toString();
        QVERIFY2(
            privileges.startsWith(u"sessionid:%1,apptoken:%1"_s.arg(id)), qPrintable(privileges));
        QVERIFY(privileges.contains(u"edit:*"_s));
    }

    void wrongHashesAreRefused()
    {
        const QJsonObject t = addToken({{u"hashType"_s, u"SHA256"_s}});
        const QString id = t.value(u"id"_s).toString();
        const QString token = t.value(u"token"_s).toString();
        const QString ks = widgetKs();
        // Upper-case hex, the hash of the token alone, another hash type: all wrong.
        for (const QString &wrong : {hashHex(u"SHA256"_s, ks + token).toUpper(),
                 hashHex(u"SHA256"_s, token), hashHex(u"SHA1"_s, ks + token)}) {
            const Answer a = m_http.call(u"appToken"_s, u"startSession"_s,
                {{u"ks"_s, ks}, {u"id"_s, id}, {u"tokenHash"_s, wrong}});
            QCOMPARE(a.code(), u"INVALID_APP_TOKEN_HASH"_s);
            QCOMPARE(
                a.object().value(u"message"_s).toString(), u"Invalid application token hash"_s);
        }
        // The hash is over the KS of this very call: another widget KS does not match.
        const Answer a = m_http.call(u"appToken"_s, u"startSession"_s,
            {{u"ks"_s, widgetKs()}, {u"id"_s, id},
                {u"tokenHash"_s, hashHex(u"SHA256"_s, ks + token)}});
        QCOMPARE(a.code(), u"INVALID_APP_TOKEN_HASH"_s);
        // No KS at all.
        QCOMPARE(m_http
                     .call(u"appToken"_s, u"startSession"_s,
                         {{u"id"_s, id}, {u"tokenHash"_s, hashHex(u"SHA256"_s, token)}})
                     .code(),
            u"MISSING_KS"_s);
    }

    void unknownTokenAndDefaults()
    {
        const Answer a = m_http.call(u"appToken"_s, u"startSession"_s,
            {{u"ks"_s, widgetKs()}, {u"id"_s, u"0_nosuchid"_s}, {u"tokenHash"_s, u"00"_s}});
        QCOMPARE(a.code(), u"APP_TOKEN_ID_NOT_FOUND"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Application token id \"0_nosuchid\" not found"_s);
        // hashType defaults to SHA1; sessionDuration to the partner maximum (86400).
        const QJsonObject t = addToken({});
        QCOMPARE(t.value(u"hashType"_s).toString(), u"SHA1"_s);
        QCOMPARE(t.value(u"sessionDuration"_s).toInt(), 86400);
        // Without a token sessionType and a requested type, a USER session for the token's user.
        const QJsonObject info
            = startWithToken(t.value(u"id"_s).toString(), t.value(u"token"_s).toString(), u"SHA1"_s)
                  .object();
        QCOMPARE(info.value(u"sessionType"_s).toInt(), 0);
    }

    void requestedTypeExpiryAndPrivileges()
    {
        const QJsonObject t = addToken({{u"sessionDuration"_s, 7200}, {u"hashType"_s, u"MD5"_s},
            {u"sessionPrivileges"_s, u"list:*"_s}});
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject info
            = startWithToken(t.value(u"id"_s).toString(), t.value(u"token"_s).toString(), u"MD5"_s,
                {{u"type"_s, 2}, {u"expiry"_s, 600}, {u"userId"_s, u"asked"_s},
                    {u"sessionPrivileges"_s, u"sessionid:forged,download:x,list:y"_s}})
                  .object();
        QCOMPARE(info.value(u"sessionType"_s).toInt(), 2); // the token sets no type
        QCOMPARE(info.value(u"userId"_s).toString(), u"token-user@example.com"_s); // token wins
        QVERIFY(qint64(info.value(u"expiry"_s).toDouble()) <= now + 600 + 5);
        const QString privileges = info.value(u"privileges"_s).toString();
        QVERIFY2(!privileges.contains(u"forged"_s), qPrintable(privileges)); // reserved name
        QVERIFY(privileges.contains(u"download:x"_s)); // new name: added
        QVERIFY(privileges.contains(u"list:y"_s)); // the token's value was "*"
        // A requested expiry beyond the token's duration is capped to it.
        const QJsonObject longer = startWithToken(t.value(u"id"_s).toString(),
            t.value(u"token"_s).toString(), u"MD5"_s,
            {{u"expiry"_s,
                10 * 86400}}).object();
        QVERIFY(qint64(longer.value(u"expiry"_s).toDouble()) <= now + 7200 + 5);
    }

    void expiredToken()
    {
        // Token expiry is a time: small values are relative to now (§1.5).
        const QJsonObject t = addToken({{u"expiry"_s, -60}});
        QVERIFY(qint64(t.value(u"expiry"_s).toDouble()) < QDateTime::currentSecsSinceEpoch());
        const Answer a = startWithToken(
            t.value(u"id"_s).toString(), t.value(u"token"_s).toString(), u"SHA1"_s);
        QCOMPARE(a.code(), u"APP_TOKEN_EXPIRED"_s);
        // A token expiring in 10 minutes limits the session to those 10 minutes.
        const QJsonObject soon = addToken({{u"expiry"_s, 600}});
        const QJsonObject info = startWithToken(
            soon.value(u"id"_s).toString(), soon.value(u"token"_s).toString(), u"SHA1"_s)
                                     .object();
        QVERIFY(qint64(info.value(u"expiry"_s).toDouble())
            <= QDateTime::currentSecsSinceEpoch() + 600 + 5);
    }

    void addValidatesFields()
    {
        Answer a = m_http.call(u"appToken"_s, u"add"_s,
            {{u"ks"_s, m_adminKs},
                {u"appToken"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                        {u"sessionUserId"_s, u"u"_s}, {u"hashType"_s, u"SHA3"_s}}}});
        QCOMPARE(a.code(), u"INVALID_ENUM_VALUE"_s);
        a = m_http.call(u"appToken"_s, u"add"_s,
            {{u"ks"_s, m_adminKs},
                {u"appToken"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                        {u"sessionUserId"_s, u"u"_s}, {u"token"_s, u"mine"_s}}}});
        QCOMPARE(a.code(), u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s);
        QCOMPARE(a.object().value(u"args"_s).toObject().value(u"PROP_NAME"_s).toString(),
            u"KalturaAppToken::token"_s);
        a = m_http.call(u"appToken"_s, u"add"_s,
            {{u"ks"_s, m_adminKs},
                {u"appToken"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                        {u"sessionUserId"_s, u"not allowed spaces"_s}}}});
        QCOMPARE(a.code(), u"INVALID_FIELD_VALUE"_s);
        // Admin permission: a USER session cannot manage tokens.
        a = m_http.call(u"appToken"_s, u"add"_s,
            {{u"ks"_s, m_http.startSession(0)},
                {u"appToken"_s, QJsonObject {{u"sessionUserId"_s, u"u"_s}}}});
        QCOMPARE(a.code(), u"SERVICE_FORBIDDEN"_s);
    }

    void getUpdateList()
    {
        const QJsonObject t = addToken({{u"description"_s, u"laptop"_s}});
        const QString id = t.value(u"id"_s).toString();
        Answer a = m_http.call(u"appToken"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"id"_s, id}});
        QCOMPARE(a.object().value(u"description"_s).toString(), u"laptop"_s);
        QCOMPARE(a.object().value(u"token"_s), t.value(u"token"_s));

        // Partial update: only what is given changes; the hash type can change (§5.1).
        a = m_http.call(u"appToken"_s, u"update"_s,
            {{u"ks"_s, m_adminKs}, {u"id"_s, id},
                {u"appToken"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                        {u"hashType"_s, u"SHA512"_s}, {u"id"_s, id}}}});
        QCOMPARE(a.object().value(u"hashType"_s).toString(), u"SHA512"_s);
        QCOMPARE(a.object().value(u"description"_s).toString(), u"laptop"_s);
        QVERIFY(!startWithToken(id, t.value(u"token"_s).toString(), u"SHA512"_s)
                     .object()
                     .value(u"ks"_s)
                     .toString()
                     .isEmpty());
        // status is read-only: a token cannot be disabled by update.
        a = m_http.call(u"appToken"_s, u"update"_s,
            {{u"ks"_s, m_adminKs}, {u"id"_s, id}, {u"appToken"_s, QJsonObject {{u"status"_s, 1}}}});
        QCOMPARE(a.code(), u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s);

        a = m_http.call(u"appToken"_s, u"list"_s,
            {{u"ks"_s, m_adminKs},
                {u"filter"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaAppTokenFilter"_s},
                        {u"idIn"_s,
                            id + u","_s + m_sandbox.ready().value(u"appTokenId"_s).toString()}}}});
        QCOMPARE(a.object().value(u"objectType"_s).toString(), u"KalturaAppTokenListResponse"_s);
        QCOMPARE(a.object().value(u"totalCount"_s).toInt(), 2);
        a = m_http.call(u"appToken"_s, u"list"_s,
            {{u"ks"_s, m_adminKs}, {u"filter"_s, QJsonObject {{u"orderBy"_s, u"-createdAt"_s}}},
                {u"pager"_s, QJsonObject {{u"pageSize"_s, 1}}}});
        QCOMPARE(a.object().value(u"objects"_s).toArray().size(), 1);
        QVERIFY(a.object().value(u"totalCount"_s).toInt() > 2);
    }

    void deleteRevokesEverySessionOfTheToken()
    {
        const QJsonObject t = addToken({{u"sessionType"_s, 2}});
        const QString id = t.value(u"id"_s).toString();
        const QString token = t.value(u"token"_s).toString();
        const QString ks1 = startWithToken(id, token, u"SHA1"_s).object().value(u"ks"_s).toString();
        const QString ks2 = startWithToken(id, token, u"SHA1"_s).object().value(u"ks"_s).toString();
        QCOMPARE(sessionInfo(ks1).value(u"sessionType"_s).toInt(), 2);
        QCOMPARE(
            m_http.call(u"appToken"_s, u"delete"_s, {{u"ks"_s, m_adminKs}, {u"id"_s, id}}).json,
            QJsonValue(QJsonValue::Null));
        for (const QString &ks : {ks1, ks2}) {
            const Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks}});
            QCOMPARE(a.code(), u"INVALID_KS"_s);
        }
        QCOMPARE(m_http.call(u"appToken"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"id"_s, id}}).code(),
            u"APP_TOKEN_ID_NOT_FOUND"_s);
        QCOMPARE(startWithToken(id, token, u"SHA1"_s).code(), u"APP_TOKEN_ID_NOT_FOUND"_s);
        // Deleted tokens leave the default list but can be asked for by status.
        const Answer listed = m_http.call(u"appToken"_s, u"list"_s,
            {{u"ks"_s, m_adminKs}, {u"filter"_s, QJsonObject {{u"statusEqual"_s, 3}}}});
        QVERIFY(listed.object().value(u"totalCount"_s).toInt() >= 1);
    }

    void sessionEndEndsItsSiblings()
    {
        const QJsonObject t = addToken({{u"sessionType"_s, 2}});
        const QString id = t.value(u"id"_s).toString();
        const QString token = t.value(u"token"_s).toString();
        const QString ks1 = startWithToken(id, token, u"SHA1"_s).object().value(u"ks"_s).toString();
        const QString ks2 = startWithToken(id, token, u"SHA1"_s).object().value(u"ks"_s).toString();
        m_http.call(u"session"_s, u"end"_s, {{u"ks"_s, ks1}});
        const Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks2}});
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(a.object().value(u"args"_s).toObject().value(u"KSID"_s).toString(), u"LOGOUT"_s);
        QCOMPARE(sessionInfo(m_adminKs).value(u"sessionType"_s).toInt(), 2); // others unaffected
    }

    void loginByLoginId()
    {
        const QJsonObject r = m_sandbox.ready();
        const QString loginId = r.value(u"loginId"_s).toString();
        const QString password = r.value(u"password"_s).toString();
        QVERIFY(!password.isEmpty());
        Answer a = m_http.call(u"user"_s, u"loginByLoginId"_s,
            {{u"loginId"_s, loginId}, {u"password"_s, password},
                {u"partnerId"_s, double(m_sandbox.partnerId())}});
        const QString ks = a.json.toString();
        QVERIFY2(ks.startsWith(u"djJ8"_s), a.body.constData());
        const QJsonObject info = sessionInfo(ks);
        QCOMPARE(info.value(u"sessionType"_s).toInt(), 2); // the demo user is an admin
        QCOMPARE(info.value(u"userId"_s).toString(), r.value(u"userId"_s).toString());
        QCOMPARE(info.value(u"privileges"_s).toString(), u"*"_s);
        a = m_http.call(u"user"_s, u"get"_s, {{u"ks"_s, ks}});
        QCOMPARE(a.object().value(u"objectType"_s).toString(), u"KalturaUser"_s);
        QCOMPARE(a.object().value(u"id"_s).toString(), r.value(u"userId"_s).toString());
        QVERIFY(a.object().value(u"isAdmin"_s).toBool());

        a = m_http.call(
            u"user"_s, u"loginByLoginId"_s, {{u"loginId"_s, loginId}, {u"password"_s, u"nope"_s}});
        QCOMPARE(a.code(), u"USER_WRONG_PASSWORD"_s);
        a = m_http.call(u"user"_s, u"loginByLoginId"_s,
            {{u"loginId"_s, u"nobody@example.com"_s}, {u"password"_s, password}});
        QCOMPARE(a.code(), u"USER_NOT_FOUND"_s);
        a = m_http.call(u"user"_s, u"loginByLoginId"_s,
            {{u"loginId"_s, loginId}, {u"password"_s, password}, {u"partnerId"_s, 99}});
        QCOMPARE(a.code(), u"INVALID_PARTNER_ID"_s);
    }

    void credentialsSurviveARestart()
    {
        const QJsonObject before = m_sandbox.ready();
        m_sandbox.stop();
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        QCOMPARE(m_sandbox.ready().value(u"password"_s), before.value(u"password"_s));
        const Answer a = m_http.call(u"user"_s, u"loginByLoginId"_s,
            {{u"loginId"_s, before.value(u"loginId"_s)},
                {u"password"_s, before.value(u"password"_s)}});
        QVERIFY(a.json.isString());
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
