// SPDX-License-Identifier: GPL-3.0-or-later
// mini-KMC GUI entry point: parse the command line, load translations, show the main window and
// sign in (the remembered account, or one given by KALTURA_* environment variables).
#include "AppSettings.h"
#include "MainWindow.h"
#include "Resources.h"
#include "api/Client.h"
#include "api/Logging.h"
#include "api/services/SystemService.h"
#include "auth/SignIn.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

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

    // The language of the settings, else the system's; Qt's own dialogs follow it too.
    const QString language = minikmc::ui::AppSettings::load().language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, u"minikmc"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage the media of a Kaltura account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serviceUrlOption(u"service-url"_s,
        QApplication::translate("main", "Kaltura server to use (default: $KALTURA_SERVICE_URL)."),
        QApplication::translate("main", "URL"));
    parser.addOption(serviceUrlOption);
    parser.addPositionalArgument(u"files"_s,
        QApplication::translate("main", "Media files or folders to upload once signed in."),
        QApplication::translate("main", "[FILE…]"));
    parser.process(app);
    const QStringList filesToUpload = parser.positionalArguments();

    const QString serviceUrl = parser.isSet(serviceUrlOption)
        ? parser.value(serviceUrlOption)
        : qEnvironmentVariable("KALTURA_SERVICE_URL");

    minikmc::ui::MainWindow window;
    minikmc::api::Client client;
    minikmc::auth::SignIn signIn(&client);
    window.setSignIn(&signIn);
    window.show();

    // Start-up: an account from the environment (session only, as the demo does), else the
    // remembered one, silently; the dialog only when neither works.
    // Files given on the command line ("Open With mini-KMC") are offered for upload once.
    if (!filesToUpload.isEmpty()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(
            &signIn, &minikmc::auth::SignIn::signedIn, &window, [&window, once, filesToUpload] {
                QObject::disconnect(*once);
                QMetaObject::invokeMethod(
                    &window, [&window, filesToUpload] { window.uploadFiles(filesToUpload); },
                    Qt::QueuedConnection);
            });
    }
    QObject::connect(&signIn, &minikmc::auth::SignIn::signedIn, &window, [&client, &window] {
        auto *version = client.call<minikmc::api::SystemGetVersion>();
        QObject::connect(version, &minikmc::api::Reply::succeeded, &window, [&window, version] {
            window.setServerStatus(window.statusText()
                + QApplication::translate("main", " · Kaltura %1").arg(version->version()));
        });
    });
    QString problem;
    const auto fromEnvironment = minikmc::auth::accountFromEnvironment(&problem);
    const auto remembered = minikmc::auth::AccountSettings::current();
    if (!problem.isEmpty()) {
        window.openSignInDialog(problem, serviceUrl);
    } else if (fromEnvironment || remembered) {
        auto startup = std::make_shared<QMetaObject::Connection>();
        *startup = QObject::connect(&signIn, &minikmc::auth::SignIn::signInFailed, &window,
            [&window, startup](const QString &message) {
                QObject::disconnect(*startup);
                window.openSignInDialog(message);
            });
        QObject::connect(&signIn, &minikmc::auth::SignIn::signedIn, &window,
            [startup] { QObject::disconnect(*startup); });
        window.setServerStatus(QApplication::translate("main", "Signing in…"));
        if (fromEnvironment)
            signIn.signInNew(fromEnvironment->account, fromEnvironment->credentials, false);
        else
            signIn.signInStored(remembered->id);
    } else {
        window.openSignInDialog({}, serviceUrl);
    }
    return QApplication::exec();
}
