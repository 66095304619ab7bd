<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="53"/>
        <source>%1 — partner %2 (%3)</source>
        <translation>%1 — Partner %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="54"/>
        <source>AppToken %1</source>
        <translation>AppToken %1</translation>
    </message>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="89"/>
        <source>KALTURA_APP_TOKEN_ID is set, so KALTURA_SERVICE_URL, KALTURA_PARTNER_ID (a number) and KALTURA_APP_TOKEN must be too (KALTURA_APP_TOKEN_HASH_TYPE: MD5, SHA1, SHA256 or SHA512)</source>
        <translation>KALTURA_APP_TOKEN_ID ist gesetzt, daher müssen auch KALTURA_SERVICE_URL, KALTURA_PARTNER_ID (eine Zahl) und KALTURA_APP_TOKEN gesetzt sein (KALTURA_APP_TOKEN_HASH_TYPE: MD5, SHA1, SHA256 oder SHA512)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="25"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="44"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>Die Medien eines Kaltura-Kontos verwalten.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="48"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>Zu verwendender Kaltura-Server (Standard: $KALTURA_SERVICE_URL).</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="49"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="69"/>
        <source> · Kaltura %1</source>
        <translation> · Kaltura %1</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="86"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Client</name>
    <message>
        <location filename="../core/api/Client.cpp" line="29"/>
        <source>the connection to the server was closed</source>
        <translation>die Verbindung zum Server wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../core/api/Client.cpp" line="86"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/api/Client.cpp" line="98"/>
        <source>the session renewal was abandoned</source>
        <translation>die Erneuerung der Sitzung wurde aufgegeben</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Error</name>
    <message>
        <location filename="../core/api/Error.cpp" line="54"/>
        <source>the server answered with status %1</source>
        <translation>der Server antwortete mit Status %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="103"/>
        <source>No answer from the server for %1 ms</source>
        <translation>Seit %1 ms keine Antwort vom Server</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/api/Error.cpp" line="104"/>
        <source>No answer from the server for %n second(s)</source>
        <translation>
            <numerusform>Seit %n Sekunde keine Antwort vom Server</numerusform>
            <numerusform>Seit %n Sekunden keine Antwort vom Server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="172"/>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="177"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="178"/>
        <source>HTTP %1: %2: %3</source>
        <translation>HTTP %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="180"/>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="182"/>
        <source>Unexpected answer from the server: %1</source>
        <translation>Unerwartete Antwort vom Server: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="187"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::FileRangeDevice</name>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="19"/>
        <source>A file range can only be read.</source>
        <translation>Ein Dateibereich kann nur gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="23"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="30"/>
        <source>“%1” is %2 bytes long, but bytes %3 to %4 were to be sent; the file may have changed.</source>
        <translation>„%1“ ist %2 Bytes lang, aber die Bytes %3 bis %4 sollten gesendet werden; die Datei wurde möglicherweise geändert.</translation>
    </message>
</context>
<context>
    <name>minikmc::api::MultiReply</name>
    <message>
        <location filename="../core/api/MultiRequest.cpp" line="35"/>
        <source>no result for item %1</source>
        <translation>kein Ergebnis für Element %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Reply</name>
    <message>
        <location filename="../core/api/Reply.cpp" line="152"/>
        <source>the connection to the server was closed</source>
        <translation>die Verbindung zum Server wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="162"/>
        <source>no server address is set</source>
        <translation>es ist keine Serveradresse festgelegt</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="229"/>
        <source> (certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 fingerprint %5)</source>
        <translation> (Zertifikat für „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256-Fingerabdruck %5)</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="278"/>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::ServiceUrl</name>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="19"/>
        <source>Enter the address of your Kaltura server, e.g. https://www.kaltura.com.</source>
        <translation>Geben Sie die Adresse Ihres Kaltura-Servers ein, z. B. https://www.kaltura.com.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="24"/>
        <source>“%1” is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="27"/>
        <source>The address must start with https:// (found “%1://”).</source>
        <translation>Die Adresse muss mit https:// beginnen (gefunden: „%1://“).</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="29"/>
        <source>The address “%1” has no host name.</source>
        <translation>Die Adresse „%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="31"/>
        <source>The address must not contain “?” or “#” parts.</source>
        <translation>Die Adresse darf keine „?“- oder „#“-Teile enthalten.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="33"/>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf weder einen Benutzernamen noch ein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="43"/>
        <source>Give the server address only, not the address of a single API call.</source>
        <translation>Geben Sie nur die Serveradresse an, nicht die Adresse eines einzelnen API-Aufrufs.</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SessionGet</name>
    <message>
        <location filename="../core/api/services/SessionService.cpp" line="61"/>
        <source>session.get: %1</source>
        <translation>session.get: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SessionStartWidgetSession</name>
    <message>
        <location filename="../core/api/services/SessionService.cpp" line="79"/>
        <source>session.startWidgetSession: no ks in the answer</source>
        <translation>session.startWidgetSession: kein ks in der Antwort</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SystemGetVersion</name>
    <message>
        <location filename="../core/api/services/SystemService.cpp" line="41"/>
        <source>system.getVersion answered something other than a string</source>
        <translation>system.getVersion lieferte etwas anderes als eine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SystemPing</name>
    <message>
        <location filename="../core/api/services/SystemService.cpp" line="27"/>
        <source>system.ping answered something other than true or false</source>
        <translation>system.ping lieferte etwas anderes als true oder false</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="79"/>
        <source>No AppToken is stored in the keychain for this account.</source>
        <translation>Für dieses Konto ist kein AppToken im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="81"/>
        <source>No keychain is available on this system (on Linux: a Secret Service such as GNOME Keyring or KWallet). mini-KMC never stores secrets anywhere else: sign in for this session only, or start a keychain and try again.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). mini-KMC speichert Geheimnisse niemals anderswo: Melden Sie sich nur für diese Sitzung an, oder starten Sie einen Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="85"/>
        <source>The keychain is locked or refused access. Unlock it and try again, or sign in for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="90"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::Session</name>
    <message>
        <location filename="../core/auth/Session.cpp" line="106"/>
        <location filename="../core/auth/Session.cpp" line="109"/>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../core/auth/Session.cpp" line="125"/>
        <source>not signed in: there is nothing to renew the session with</source>
        <translation>nicht angemeldet: Es gibt nichts, womit sich die Sitzung erneuern ließe</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::SignIn</name>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="46"/>
        <source>“%1” is plain http:// to another machine: your session key would travel unencrypted. Use https://, or allow plain http for this account explicitly.</source>
        <translation>„%1“ ist einfaches http:// zu einem anderen Computer: Ihr Sitzungsschlüssel würde unverschlüsselt übertragen. Verwenden Sie https://, oder erlauben Sie einfaches http ausdrücklich für dieses Konto.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="56"/>
        <source>The AppToken was refused: the token (secret) or its hash type is wrong.</source>
        <translation>Das AppToken wurde abgelehnt: Das Token (Geheimnis) oder sein Hash-Typ ist falsch.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="58"/>
        <source>No AppToken with this id exists on this partner (it may have been deleted).</source>
        <translation>Bei diesem Partner gibt es kein AppToken mit dieser ID (es wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="60"/>
        <source>This AppToken has been disabled by an administrator.</source>
        <translation>Dieses AppToken wurde von einem Administrator deaktiviert.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="62"/>
        <source>This AppToken has expired. Ask an administrator for a new one.</source>
        <translation>Dieses AppToken ist abgelaufen. Bitten Sie einen Administrator um ein neues.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="65"/>
        <source>The partner id is wrong for this server.</source>
        <translation>Die Partner-ID ist für diesen Server falsch.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="67"/>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="69"/>
        <source>No user with this email exists on this partner.</source>
        <translation>Bei diesem Partner gibt es keinen Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="72"/>
        <source>This user is blocked from signing in for now (too many attempts, or by an administrator).</source>
        <translation>Dieser Benutzer ist vorerst für die Anmeldung gesperrt (zu viele Versuche oder durch einen Administrator).</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="75"/>
        <source>The password has expired: set a new one in the Kaltura web console first.</source>
        <translation>Das Passwort ist abgelaufen: Legen Sie zuerst in der Kaltura-Webkonsole ein neues fest.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="80"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent: %1</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="82"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="84"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="87"/>
        <source>This address does not answer like a Kaltura server: %1</source>
        <translation>Diese Adresse antwortet nicht wie ein Kaltura-Server: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="91"/>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="118"/>
        <source>This account is not remembered any more.</source>
        <translation>Dieses Konto ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="129"/>
        <source>The keychain item of this account is damaged: sign in again.</source>
        <translation>Der Schlüsselbund-Eintrag dieses Kontos ist beschädigt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="189"/>
        <source>mini-KMC on %1</source>
        <translation>mini-KMC auf %1</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>mini-KMC</source>
        <translation>mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>Mediendateien hochladen (Strg+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Reload the entry list (F5)</source>
        <translation>Eintragsliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Search Entries</source>
        <translation>Einträge suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Show entries as a table</source>
        <translation>Einträge als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show entries as a grid of thumbnails</source>
        <translation>Einträge als Raster aus Miniaturbildern anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Einträge suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Sign in to search your library.</source>
        <translation>Melden Sie sich an, um Ihre Mediathek zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>Ihre Kaltura-Mediathek erscheint hier, sobald Sie sich bei einem Konto angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Cannot renew the session for now (%1); trying again shortly</source>
        <translation>Die Sitzung kann derzeit nicht erneuert werden (%1); neuer Versuch in Kürze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Sign Out (Forget on This Computer)</source>
        <translation>Abmelden (auf diesem Computer vergessen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Signed in as %1 to partner %2. Browsing the library is the next part of mini-KMC to be built.</source>
        <translation>Als %1 bei Partner %2 angemeldet. Das Durchsuchen der Mediathek ist der nächste Teil von mini-KMC, der entsteht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Signed in as %1 · partner %2 · %3</source>
        <translation>Angemeldet als %1 · Partner %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Sign In to Another Account…</source>
        <translation>Bei einem anderen Konto anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>No filters yet</source>
        <translation>Noch keine Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation>Nach der Anmeldung können Sie nach Typ, Status, Datum und Kategorie filtern.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>Titel, Beschreibung, Tags und Zeitplan des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>Die Wiedergabevarianten (Flavors) des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Its thumbnails appear here.</source>
        <translation>Die Miniaturbilder des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>You can play it here.</source>
        <translation>Hier können Sie ihn abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Select an entry</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>No uploads</source>
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>Ziehen Sie nach der Anmeldung Dateien an eine beliebige Stelle, um sie hochzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::SignInDialog</name>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="37"/>
        <source>Kaltura (www.kaltura.com)</source>
        <translation>Kaltura (www.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="38"/>
        <source>Kaltura Europe (api.eu.kaltura.com)</source>
        <translation>Kaltura Europa (api.eu.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="39"/>
        <source>Kaltura Germany (api.de.kaltura.com)</source>
        <translation>Kaltura Deutschland (api.de.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="40"/>
        <source>Kaltura Singapore (api.sg.kaltura.com)</source>
        <translation>Kaltura Singapur (api.sg.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="41"/>
        <source>Kaltura Canada (api.ca.kaltura.com)</source>
        <translation>Kaltura Kanada (api.ca.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="42"/>
        <source>Kaltura Asia Pacific (api.ap.kaltura.com)</source>
        <translation>Kaltura Asien-Pazifik (api.ap.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="50"/>
        <source>Sign In to Kaltura</source>
        <translation>Bei Kaltura anmelden</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="57"/>
        <source>Other server…</source>
        <translation>Anderer Server…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="60"/>
        <source>https://kaltura.example.com</source>
        <translation>https://kaltura.example.com</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="61"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="65"/>
        <source>e.g. 1234567</source>
        <translation>z. B. 1234567</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="66"/>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="70"/>
        <source>AppToken</source>
        <translation>AppToken</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="71"/>
        <source>Email and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="78"/>
        <source>e.g. 0_abcd1234</source>
        <translation>z. B. 0_abcd1234</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="86"/>
        <source>AppToken &amp;id:</source>
        <translation>AppToken-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="87"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="88"/>
        <source>&amp;Hash type:</source>
        <translation>&amp;Hash-Typ:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="98"/>
        <source>Create an AppToken for this computer, so the password is never needed again</source>
        <translation>Ein AppToken für diesen Computer erstellen, damit das Passwort nie wieder nötig ist</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="102"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="103"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="110"/>
        <source>&amp;Remember me on this computer (in the system keychain)</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="114"/>
        <source>Allow plain http:// to this server (the session key travels unencrypted)</source>
        <translation>Einfaches http:// zu diesem Server erlauben (der Sitzungsschlüssel wird unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="132"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="136"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="138"/>
        <source>&amp;Partner id:</source>
        <translation>&amp;Partner-ID:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="223"/>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="227"/>
        <source>Enter the partner id (a number, shown in the Kaltura console under Settings).</source>
        <translation>Geben Sie die Partner-ID ein (eine Zahl, zu finden in der Kaltura-Konsole unter „Settings“).</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="230"/>
        <source>Enter the AppToken id and its token.</source>
        <translation>Geben Sie die AppToken-ID und das zugehörige Token ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="232"/>
        <source>The token contains a space: paste it again.</source>
        <translation>Das Token enthält ein Leerzeichen: Fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="234"/>
        <source>Enter your email address and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="276"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="289"/>
        <source>Signed in. Creating an AppToken for this computer…</source>
        <translation>Angemeldet. Ein AppToken für diesen Computer wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="318"/>
        <source>You are signed in for this session only. Press Sign In again to retry, or Continue.</source>
        <translation>Sie sind nur für diese Sitzung angemeldet. Klicken Sie erneut auf „Anmelden“, um es noch einmal zu versuchen, oder auf „Fortfahren“.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="320"/>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
</context>
</TS>
