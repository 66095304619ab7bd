// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/FileRangeDevice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc::api;

class TestFileRangeDevice : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"source.bin"_s);
        m_data.resize(3 * 1024 * 1024 + 17);
        QRandomGenerator gen(42);
        for (char &c : m_data)
            c = char(gen.bounded(256));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(m_data), m_data.size());
    }

    void readsExactlyTheRange_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("whole") << qint64(0) << qint64(-1);
        QTest::newRow("first MiB") << qint64(0) << qint64(1024 * 1024);
        QTest::newRow("middle") << qint64(1024 * 1024) << qint64(1024 * 1024);
        QTest::newRow("tail to end") << qint64(3 * 1024 * 1024) << qint64(-1);
        QTest::newRow("empty at end") << qint64(3 * 1024 * 1024 + 17) << qint64(0);
        QTest::newRow("odd") << qint64(12345) << qint64(777777);
    }
    void readsExactlyTheRange()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        FileRangeDevice dev(m_path, offset, length);
        QVERIFY2(dev.open(QIODevice::ReadOnly), qPrintable(dev.errorString()));
        const QByteArray expected = m_data.mid(offset, length);
        QCOMPARE(dev.size(), expected.size());
        QByteArray got;
        char buf[65536];
        qint64 n;
        while ((n = dev.read(buf, sizeof buf)) > 0)
            got.append(buf, n);
        QVERIFY(dev.atEnd());
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256),
            QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    }

    void seekAndReread()
    {
        FileRangeDevice dev(m_path, 1000, 5000);
        QVERIFY(dev.open(QIODevice::ReadOnly));
        const QByteArray first = dev.read(100);
        QVERIFY(dev.seek(4990));
        QCOMPARE(dev.read(100), m_data.mid(5990, 10)); // stops at the range's end
        QVERIFY(dev.seek(0)); // QHttpMultiPart resets devices before a resend
        QCOMPARE(dev.read(100), first);
        QVERIFY(!dev.seek(5001));
    }

    void rangeOutsideTheFileIsAClearError()
    {
        FileRangeDevice dev(m_path, m_data.size() - 10, 20);
        QVERIFY(!dev.open(QIODevice::ReadOnly));
        QVERIFY2(dev.errorString().contains(u"may have changed"_s), qPrintable(dev.errorString()));
    }

    void missingFileIsAClearError()
    {
        FileRangeDevice dev(m_dir.filePath(u"nope.bin"_s), 0, -1);
        QVERIFY(!dev.open(QIODevice::ReadOnly));
        QVERIFY(dev.errorString().contains(u"nope.bin"_s));
    }

    void isReadOnly()
    {
        FileRangeDevice dev(m_path, 0, 10);
        QVERIFY(!dev.open(QIODevice::ReadWrite));
    }
};

QTEST_GUILESS_MAIN(TestFileRangeDevice)
#include "tst_filerangedevice.moc"
