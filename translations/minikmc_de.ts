<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
