// SPDX-License-Identifier: GPL-3.0-or-later
// The Preview tab plays real H.264 from the sandbox (--seed-media) through playManifest:
// playback reaches Playing, the position advances, decoded frames arrive, seeking to the middle
// lands within a second (the sandbox's Range support), the best web-playable rendition is chosen;
// a not-ready entry and an image say why they do not play; capture makes a thumbnail.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "assets/AssetService.h"
#include "entries/EntryDetails.h"
#include "views/PlayerPanel.h"

#include <QJsonArray>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::assets::AssetService;
using minikmc::entries::EntryDetails;
using minikmc::entries::EntryDetailsLoader;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::PlayerPanel;

class TestPlayerPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    EntryDetails details(const QString &freeText, const QJsonObject &extra = {})
    {
        QJsonObject filter;
        if (!freeText.isEmpty())
            filter.insert(u"freeText"_s, freeText);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            filter.insert(it.key(), it.value());
        const QString id = m_http.firstEntryId(m_client.ks(), filter);
        EntryDetailsLoader loader(&m_client);
        QSignalSpy loaded(&loader, &EntryDetailsLoader::loaded);
        loader.load(id);
        if (!loaded.wait(10000))
            return {};
        return loaded.first().first().value<EntryDetails>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"60"_s, u"--seed-media"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setPartnerId(m_sandbox.ready().value(u"partnerId"_s).toInteger());
        m_client.setKs(m_http.startSession(2));
    }

    void playsSeeksAndDecodes()
    {
        const EntryDetails d = details(u"Test pattern"_s);
        QVERIFY(!d.entry.id.isEmpty());
        AssetService assets(&m_client);
        PlayerPanel panel(&m_client, &assets, nullptr);
        panel.resize(480, 400);
        panel.show();
        panel.setEntry(d.entry, d.flavors);
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        // The best web-playable rendition is chosen.
        const int best = PlayerPanel::bestFlavor(d.flavors);
        QVERIFY(best >= 0);
        QCOMPARE(panel.flavorId(), d.flavors.at(best).id);

        int frames = 0;
        connect(panel.videoWidget()->videoSink(), &QVideoSink::videoFrameChanged, this,
            [&frames](const QVideoFrame &frame) {
                if (frame.isValid())
                    ++frames;
            });
        panel.play();
        QTRY_COMPARE_WITH_TIMEOUT(
            panel.player()->playbackState(), QMediaPlayer::PlayingState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->position() > 500, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(frames > 10, 10000);
        const qint64 duration = panel.player()->duration();
        QVERIFY2(duration > 4000, qPrintable(QString::number(duration)));

        // Seeking to the middle lands within a second.
        const qint64 middle = duration / 2;
        panel.player()->setPosition(middle);
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.player()->position() - middle) < 1000, 5000);
        const int framesBefore = frames;
        QTRY_VERIFY_WITH_TIMEOUT(frames > framesBefore + 5, 10000); // still decoding after it

        // ±5 s with the panel's own step.
        panel.player()->pause();
        const qint64 at = panel.player()->position();
        panel.seekBy(-5000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.player()->position() - (at - 5000)) < 1000, 5000);

        // "Capture thumbnail here": a new thumbnail of the entry, made at this position.
        const auto thumbCount = [this, &d] {
            return m_http
                .call(u"thumbAsset"_s, u"list"_s,
                    {{u"ks"_s, m_client.ks()},
                        {u"filter"_s, QJsonObject {{u"entryIdEqual"_s, d.entry.id}}}})
                .object()
                .value(u"totalCount"_s)
                .toInt();
        };
        const int thumbsBefore = thumbCount();
        QSignalSpy captured(&assets, &AssetService::actionFinished);
        panel.findChild<QPushButton *>(u"captureHere"_s)->click();
        QVERIFY(captured.wait(10000));
        QVERIFY(captured.first().at(2).value<minikmc::api::Error>().isOk());
        QCOMPARE(thumbCount(), thumbsBefore + 1);
    }

    void addsTheKsWhenDeliveryWantsIt()
    {
        QVERIFY(m_http.faults(QJsonObject {{u"deliveryRequiresKs"_s, true}}));
        const EntryDetails d = details(u"Colour bars"_s);
        AssetService assets(&m_client);
        PlayerPanel panel(&m_client, &assets, nullptr);
        panel.show();
        panel.setEntry(d.entry, d.flavors);
        panel.play();
        QTRY_COMPARE_WITH_TIMEOUT(
            panel.player()->playbackState(), QMediaPlayer::PlayingState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->position() > 300, 10000);
        QVERIFY(panel.player()->source().toString().contains(u"/ks/"_s));
        QVERIFY(panel.message().isEmpty());
        QVERIFY(m_http.faults(QJsonObject {{u"deliveryRequiresKs"_s, false}}));
    }

    void entriesThatCannotPlaySayWhy()
    {
        AssetService assets(&m_client);
        PlayerPanel panel(&m_client, &assets, nullptr);
        panel.show();
        const EntryDetails image = details(u"Test card"_s);
        QCOMPARE(image.entry.mediaType, minikmc::entries::MediaType::Image);
        panel.setEntry(image.entry, image.flavors);
        QVERIFY(panel.message().contains(u"image"_s, Qt::CaseInsensitive));

        // Any entry that is still being made (importing, converting, pending, no media yet).
        const EntryDetails importing = details(QString(),
            {{u"objectType"_s, u"KalturaMediaEntryFilter"_s}, {u"statusIn"_s, u"0,1,4,7"_s},
                {u"mediaTypeIn"_s, u"1,5"_s}});
        QVERIFY(!importing.entry.id.isEmpty());
        panel.setEntry(importing.entry, importing.flavors);
        QVERIFY2(panel.message().contains(u"not ready"_s), qPrintable(panel.message()));
        QVERIFY(panel.player()->source().isEmpty());
    }
};

QTEST_MAIN(TestPlayerPanel)
#include "tst_playerpanel.moc"
