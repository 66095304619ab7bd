// SPDX-License-Identifier: GPL-3.0-or-later
// mini-KMC GUI entry point: parse the command line, load translations, show the main window.
#include "MainWindow.h"
#include "Resources.h"
#include "api/Client.h"
#include "api/Logging.h"
#include "api/services/SystemService.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Qt takes the layout direction from this string of the installed translation (Hebrew: RTL).
//: Translate to "RTL" in right-to-left languages (Hebrew, Arabic), to "LTR" in all others.
[[maybe_unused]] static const char *const layoutDirection
    = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    minikmc::ui::initResources();
    QApplication::setOrganizationName(u"mini-KMC"_s);
    QApplication::setApplicationName(u"minikmc"_s);
    QApplication::setApplicationVersion(QStringLiteral(MINIKMC_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.minikmc"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/minikmc.svg"_s));
    minikmc::log::installMessageHandler();

    QTranslator translator;
    if (translator.load(QLocale(), u"minikmc"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage the media of a Kaltura account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serviceUrlOption(u"service-url"_s,
        QApplication::translate("main", "Kaltura server to use (default: $KALTURA_SERVICE_URL)."),
        QApplication::translate("main", "URL"));
    parser.addOption(serviceUrlOption);
    parser.process(app);

    const QString serviceUrl = parser.isSet(serviceUrlOption)
        ? parser.value(serviceUrlOption)
        : qEnvironmentVariable("KALTURA_SERVICE_URL");

    minikmc::ui::MainWindow window;

    // Until sign-in exists (its own issue), a given server is only checked for reachability:
    // system.getVersion needs no session.
    minikmc::api::Client client;
    if (!serviceUrl.isEmpty()) {
        QString urlError;
        if (!client.setServiceUrl(serviceUrl, &urlError)) {
            window.setServerStatus(urlError);
        } else {
            const QString shown = client.serviceUrl().toString();
            window.setServerStatus(QApplication::translate("main", "Contacting %1…").arg(shown));
            auto *version = client.call<minikmc::api::SystemGetVersion>();
            QObject::connect(
                version, &minikmc::api::Reply::succeeded, &window, [&window, version, shown] {
                    window.setServerStatus(
                        QApplication::translate("main", "Connected to %1 · Kaltura %2")
                            .arg(shown, version->version()));
                });
            QObject::connect(version, &minikmc::api::Reply::retrying, &window,
                [&window, shown](int, const minikmc::api::Error &error, int delayMs) {
                    window.setServerStatus(QApplication::translate(
                        "main", "Cannot reach %1 (%2); trying again in %3 s")
                                               .arg(shown, error.message())
                                               .arg((delayMs + 999) / 1000));
                });
            QObject::connect(version, &minikmc::api::Reply::failed, &window,
                [&window, shown](const minikmc::api::Error &error) {
                    window.setServerStatus(QApplication::translate("main", "Cannot reach %1: %2")
                                               .arg(shown, error.toString()));
                });
        }
    }

    window.show();
    return QApplication::exec();
}
