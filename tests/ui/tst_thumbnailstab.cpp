// SPDX-License-Identifier: GPL-3.0-or-later
// The Thumbnails tab against a --seed-media entry: it shows the server's thumbnails with their
// pictures; adding an image, capturing from the video, making one the default (the entry's
// thumbnail URL then changes) and deleting change the server as expected; the default cannot
// be deleted.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "assets/AssetService.h"
#include "views/ThumbnailsTab.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::assets::AssetService;
using minikmc::assets::Thumb;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::ThumbnailsTab;

class TestThumbnailsTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;
    QString m_video;

    QJsonArray serverThumbs()
    {
        return m_http
            .call(u"thumbAsset"_s, u"list"_s,
                {{u"ks"_s, m_client.ks()},
                    {u"filter"_s, QJsonObject {{u"entryIdEqual"_s, m_video}}}})
            .object()
            .value(u"objects"_s)
            .toArray();
    }

    QString thumbnailUrl()
    {
        return m_http
            .call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, m_client.ks()}, {u"entryId"_s, m_video}})
            .object()
            .value(u"thumbnailUrl"_s)
            .toString();
    }

    static QString defaultOf(const QList<Thumb> &thumbs)
    {
        for (const Thumb &t : thumbs) {
            if (t.isDefault())
                return t.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"10"_s, u"--seed-media"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
        m_video
            = m_http.firstEntryId(m_client.ks(), QJsonObject {{u"freeText"_s, u"Colour bars"_s}});
        QVERIFY(!m_video.isEmpty());
    }

    void showsAddsCapturesDefaultsDeletes()
    {
        AssetService service(&m_client);
        ThumbnailsTab tab(&service);
        tab.resize(500, 500);
        tab.show();
        // The grid's model is checked through every change below.
        QAbstractItemModelTester tester(tab.findChild<QListWidget *>(u"thumbList"_s)->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&tab, &ThumbnailsTab::refreshed);
        tab.setEntry(m_video);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(tab.thumbs().size(), serverThumbs().size());
        QTRY_COMPARE_WITH_TIMEOUT(tab.loadedPictures(), int(tab.thumbs().size()), 10000);
        const QString oldDefault = defaultOf(tab.thumbs());
        QVERIFY(!oldDefault.isEmpty());
        const int before = int(tab.thumbs().size());

        // An image file, and a frame of the video at 1.5 s.
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        const QString png = m_dir.filePath(u"poster.png"_s);
        QVERIFY(image.save(png));
        tab.addImages({png, m_dir.filePath(u"notes.txt"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(int(tab.thumbs().size()), before + 1, 10000);
        QVERIFY(tab.findChild<QLabel *>(u"thumbMessage"_s)->text().contains(u"notes.txt"_s));
        tab.captureAt(1.5);
        QTRY_COMPARE_WITH_TIMEOUT(int(tab.thumbs().size()), before + 2, 10000);
        QCOMPARE(int(serverThumbs().size()), before + 2);

        // The added image becomes the default: the entry's picture changes.
        QString added;
        for (const Thumb &t : tab.thumbs()) {
            if (t.width == 320 && t.height == 180 && !t.isDefault() && t.id != oldDefault)
                added = t.id;
        }
        QVERIFY(!added.isEmpty());
        const QString urlBefore = thumbnailUrl();
        QSignalSpy defaultChanged(&tab, &ThumbnailsTab::defaultChanged);
        tab.setDefault(added);
        QVERIFY(defaultChanged.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(defaultOf(tab.thumbs()), added, 10000);
        QVERIFY(thumbnailUrl() != urlBefore);

        // The default cannot be deleted; the old one can.
        tab.deleteThumb(added);
        QTRY_VERIFY_WITH_TIMEOUT(tab.findChild<QLabel *>(u"thumbMessage"_s)
                                     ->text()
                                     .contains(u"THUMB_ASSET_IS_DEFAULT"_s),
            10000);
        tab.deleteThumb(oldDefault);
        QTRY_COMPARE_WITH_TIMEOUT(int(tab.thumbs().size()), before + 1, 10000);
        for (const QJsonValue &v : serverThumbs())
            QVERIFY(v.toObject().value(u"id"_s).toString() != oldDefault);
    }
};

QTEST_MAIN(TestThumbnailsTab)
#include "tst_thumbnailstab.moc"
