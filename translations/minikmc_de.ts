<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="21"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="40"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>Die Medien eines Kaltura-Kontos verwalten.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="44"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>Zu verwendender Kaltura-Server (Standard: $KALTURA_SERVICE_URL).</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="45"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="64"/>
        <source>Contacting %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="69"/>
        <source>Connected to %1 · Kaltura %2</source>
        <translation>Verbunden mit %1 · Kaltura %2</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="74"/>
        <source>Cannot reach %1 (%2); trying again in %3 s</source>
        <translation>%1 ist nicht erreichbar (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="81"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>mini-KMC</source>
        <translation>mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>Mediendateien hochladen (Strg+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Reload the entry list (F5)</source>
        <translation>Eintragsliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Search Entries</source>
        <translation>Einträge suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Show entries as a table</source>
        <translation>Einträge als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>Show entries as a grid of thumbnails</source>
        <translation>Einträge als Raster aus Miniaturbildern anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Einträge suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Sign in to search your library.</source>
        <translation>Melden Sie sich an, um Ihre Mediathek zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>Ihre Kaltura-Mediathek erscheint hier, sobald Sie sich bei einem Konto angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>No filters yet</source>
        <translation>Noch keine Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation>Nach der Anmeldung können Sie nach Typ, Status, Datum und Kategorie filtern.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>Titel, Beschreibung, Tags und Zeitplan des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>Die Wiedergabevarianten (Flavors) des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Its thumbnails appear here.</source>
        <translation>Die Miniaturbilder des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>You can play it here.</source>
        <translation>Hier können Sie ihn abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Select an entry</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>No uploads</source>
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>Ziehen Sie nach der Anmeldung Dateien an eine beliebige Stelle, um sie hochzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
</TS>
