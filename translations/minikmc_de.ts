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
        <location filename="../app/minikmc/main.cpp" line="27"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="55"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>Die Medien eines Kaltura-Kontos verwalten.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="59"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>Zu verwendender Kaltura-Server (Standard: $KALTURA_SERVICE_URL).</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="60"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="63"/>
        <source>Media files or folders to upload once signed in.</source>
        <translation>Mediendateien oder Ordner, die nach der Anmeldung hochgeladen werden.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="64"/>
        <source>[FILE…]</source>
        <translation>[DATEI …]</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="95"/>
        <source> · Kaltura %1</source>
        <translation> · Kaltura %1</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="112"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>minikmc::api::BatchedCalls</name>
    <message>
        <location filename="../core/api/BatchedCalls.cpp" line="54"/>
        <source>Stopped before the server answered</source>
        <translation>Abgebrochen, bevor der Server antwortete</translation>
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
    <name>minikmc::assets::FlavorDownload</name>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="56"/>
        <location filename="../core/assets/FlavorDownload.cpp" line="131"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="67"/>
        <source>flavorAsset.getUrl gave no address</source>
        <translation>flavorAsset.getUrl lieferte keine Adresse</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="155"/>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>die Übertragung endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="178"/>
        <source>delivery error %1</source>
        <translation>Auslieferungsfehler %1</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="193"/>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="74"/>
        <source>No AppToken is stored in the keychain for this account.</source>
        <translation>Für dieses Konto ist kein AppToken im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="76"/>
        <source>No keychain is available on this system (on Linux: a Secret Service such as GNOME Keyring or KWallet). mini-KMC never stores secrets anywhere else: sign in for this session only, or start a keychain and try again.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). mini-KMC speichert Geheimnisse niemals anderswo: Melden Sie sich nur für diese Sitzung an, oder starten Sie einen Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="80"/>
        <source>The keychain is locked or refused access. Unlock it and try again, or sign in for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="85"/>
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
    <name>minikmc::entries</name>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="79"/>
        <source>“%1” is read-only</source>
        <translation>„%1“ ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="83"/>
        <source>“%1” is not a field of an entry that can be edited here</source>
        <translation>„%1“ ist kein Feld eines Eintrags, das hier bearbeitet werden kann</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="173"/>
        <source>An entry needs a name.</source>
        <translation>Ein Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="177"/>
        <source>A reference ID has at least two characters.</source>
        <translation>Eine Referenz-ID hat mindestens zwei Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="183"/>
        <source>The end must come after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::AppSettings</name>
    <message>
        <location filename="../ui/AppSettings.cpp" line="82"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryEditModel</name>
    <message>
        <location filename="../ui/models/EntryEditModel.cpp" line="23"/>
        <location filename="../ui/models/EntryEditModel.cpp" line="94"/>
        <source>The entry cannot be loaded: %1</source>
        <translation>Der Eintrag kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryEditModel.cpp" line="43"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/EntryEditModel.cpp" line="256"/>
        <source>%Ln entries were not saved:</source>
        <translation>
            <numerusform>%Ln Eintrag wurde nicht gespeichert:</numerusform>
            <numerusform>%Ln Einträge wurden nicht gespeichert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryEditor</name>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="81"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="83"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="85"/>
        <source>Reference ID</source>
        <translation>Referenz-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="87"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="89"/>
        <source>Available from</source>
        <translation>Verfügbar ab</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="91"/>
        <source>Available until</source>
        <translation>Verfügbar bis</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="127"/>
        <source>tag, another tag</source>
        <translation>Tag, weiteres Tag</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="130"/>
        <source>tags to add to every entry</source>
        <translation>Tags, die jeder Eintrag erhält</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="133"/>
        <source>tags to remove from every entry</source>
        <translation>Tags, die aus jedem Eintrag entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="146"/>
        <source>Untick a category to take the entry out of it</source>
        <translation>Haken entfernen, um den Eintrag aus der Kategorie zu nehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="150"/>
        <source>Has a start</source>
        <translation>Hat einen Beginn</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="154"/>
        <source>Has an end</source>
        <translation>Hat ein Ende</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="204"/>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="205"/>
        <source>Tags to remove</source>
        <translation>Zu entfernende Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="218"/>
        <location filename="../ui/views/EntryEditor.cpp" line="413"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="220"/>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>Die geänderten Felder speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="222"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="224"/>
        <source>Back to the values on the server</source>
        <translation>Zurück zu den Werten auf dem Server</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="316"/>
        <source>Add to a category…</source>
        <translation>Zu einer Kategorie hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="327"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EntryEditor.cpp" line="357"/>
        <source>Editing %Ln entries. Fields marked “mixed” differ between them and stay as they are unless you change them.</source>
        <translation>
            <numerusform>Sie bearbeiten %Ln Eintrag. Als „gemischt“ markierte Felder unterscheiden sich und bleiben, wie sie sind, solange Sie sie nicht ändern.</numerusform>
            <numerusform>Sie bearbeiten %Ln Einträge. Als „gemischt“ markierte Felder unterscheiden sich und bleiben, wie sie sind, solange Sie sie nicht ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="367"/>
        <location filename="../ui/views/EntryEditor.cpp" line="375"/>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="413"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="424"/>
        <source>Changed on the Server Meanwhile</source>
        <translation>Inzwischen auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="425"/>
        <source>Someone changed these fields since you opened the entry. Choose, field by field, which value to keep. Nothing was saved yet.</source>
        <translation>Jemand hat diese Felder geändert, seit Sie den Eintrag geöffnet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll. Noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Theirs (on the server)</source>
        <translation>Deren Wert (auf dem Server)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Mine</source>
        <translation>Meiner</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="440"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="441"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="454"/>
        <source>Save My Choices</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="456"/>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryListModel</name>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="93"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="95"/>
        <source>Conversion failed</source>
        <translation>Umwandlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="97"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="99"/>
        <source>Converting</source>
        <translation>Wird umgewandelt</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="101"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="103"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="105"/>
        <source>Pending moderation</source>
        <translation>Wartet auf Moderation</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="107"/>
        <source>In moderation</source>
        <translation>In Moderation</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="109"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="111"/>
        <source>No media</source>
        <translation>Keine Medien</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="113"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="120"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="122"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="124"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="126"/>
        <source>Live stream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="130"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="248"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="249"/>
        <source>The server refused the list: %1</source>
        <translation>Der Server hat die Liste verweigert: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="450"/>
        <source>Thumbnail of %1</source>
        <translation>Vorschaubild von %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="478"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="480"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="482"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="484"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="486"/>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="488"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="490"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="492"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="499"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="500"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="501"/>
        <source>The server cannot sort by this column</source>
        <translation>Der Server kann nicht nach dieser Spalte sortieren</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntrySummary</name>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="32"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="82"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="83"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="85"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="87"/>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="88"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="89"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="100"/>
        <source>No picture yet</source>
        <translation>Noch kein Bild</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryWindow</name>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="23"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="30"/>
        <source>%1 – mini-KMC</source>
        <translation>%1 – mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="41"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="42"/>
        <source>Close without saving your changes?</source>
        <translation>Ohne Speichern der Änderungen schließen?</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FilterPanel</name>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="36"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="37"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="38"/>
        <source>Importing or converting</source>
        <translation>Import oder Umwandlung läuft</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="40"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="42"/>
        <source>No media</source>
        <translation>Keine Medien</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="43"/>
        <source>Pending moderation</source>
        <translation>Wartet auf Moderation</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="62"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="63"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="64"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="66"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="68"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="73"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="82"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="91"/>
        <source>None ticked: every type</source>
        <translation>Nichts angehakt: jeder Typ</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="96"/>
        <location filename="../ui/views/FilterPanel.cpp" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="99"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="105"/>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="106"/>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="126"/>
        <location filename="../ui/views/FilterPanel.cpp" line="154"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="127"/>
        <source>Loading categories…</source>
        <translation>Kategorien werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="132"/>
        <source>tag1, tag2</source>
        <translation>tag1, tag2</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="134"/>
        <source>Entries with any of these tags</source>
        <translation>Einträge mit einem dieser Tags</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="135"/>
        <location filename="../ui/views/FilterPanel.cpp" line="155"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="217"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/FilterPanel.cpp" line="224"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="228"/>
        <source>This account has no categories</source>
        <translation>Dieses Konto hat keine Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="235"/>
        <source>Categories unavailable</source>
        <translation>Kategorien nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FlavorListModel</name>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="28"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="30"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="32"/>
        <source>Converting</source>
        <translation>Wird umgewandelt</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="34"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="36"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="38"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="40"/>
        <source>Temporary</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="42"/>
        <source>Waiting to convert</source>
        <translation>Wartet auf Umwandlung</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="44"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="46"/>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="48"/>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="50"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="142"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="149"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="149"/>
        <source>Flavor %1</source>
        <translation>Flavor %1</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="158"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="166"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="168"/>
        <source>web-playable</source>
        <translation>im Web abspielbar</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="184"/>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="186"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="188"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="190"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="192"/>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="194"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="198"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="200"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FlavorsTab</name>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="37"/>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="38"/>
        <source>Reconvert</source>
        <translation>Neu umwandeln</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="39"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="49"/>
        <source>Flavors</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="68"/>
        <source>Save the selected rendition&apos;s file</source>
        <translation>Die Datei der ausgewählten Fassung speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="69"/>
        <source>Make the selected rendition again from the source</source>
        <translation>Die ausgewählte Fassung neu aus der Quelle erstellen</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="77"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="84"/>
        <source>Download stopped; starting it again continues where it stopped.</source>
        <translation>Download angehalten; ein neuer Start setzt dort fort, wo er stehen blieb.</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="116"/>
        <source>The flavors cannot be listed: %1</source>
        <translation>Die Flavors können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="195"/>
        <source>Save Flavor</source>
        <translation>Flavor speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="216"/>
        <source>%1 of %2 · %3/s</source>
        <translation>%1 von %2 · %3/s</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="223"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="229"/>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="242"/>
        <source>Delete Flavor</source>
        <translation>Flavor löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="243"/>
        <source>Delete the %1 rendition (%2)?</source>
        <translation>Die Fassung %1 (%2) löschen?</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="252"/>
        <source>Delete the Original</source>
        <translation>Das Original löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="253"/>
        <source>This is the original file. Without it no rendition can be made again and nothing can be downloaded in its quality. Delete it anyway?</source>
        <translation>Dies ist die Originaldatei. Ohne sie kann keine Fassung neu erstellt und nichts in ihrer Qualität heruntergeladen werden. Trotzdem löschen?</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::LibraryView</name>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="113"/>
        <location filename="../ui/views/LibraryView.cpp" line="174"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="157"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="212"/>
        <location filename="../ui/views/LibraryView.cpp" line="437"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="435"/>
        <source>The library cannot be shown</source>
        <translation>Die Bibliothek kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="439"/>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="443"/>
        <source>No entries match</source>
        <translation>Keine passenden Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="444"/>
        <source>Nothing in this library matches the search and filters.</source>
        <translation>Nichts in dieser Bibliothek passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="445"/>
        <source>Clear Search and Filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="447"/>
        <source>This library is empty</source>
        <translation>Diese Bibliothek ist leer</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="448"/>
        <source>Media uploaded to this account appear here.</source>
        <translation>In dieses Konto hochgeladene Medien erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="466"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/LibraryView.cpp" line="468"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="472"/>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="474"/>
        <source> · loading more…</source>
        <translation> · weitere werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="481"/>
        <source>In this order the server lists only the first %1 of the %2 entries. Sort by Created or Updated to reach every entry.</source>
        <translation>In dieser Sortierung liefert der Server nur die ersten %1 der %2 Einträge. Sortieren Sie nach „Erstellt“ oder „Geändert“, um jeden Eintrag zu erreichen.</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <location filename="../ui/MainWindow.cpp" line="1027"/>
        <location filename="../ui/MainWindow.cpp" line="1029"/>
        <source>mini-KMC</source>
        <translation>mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Open Details</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Open in New Window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Copy Entry ID</source>
        <translation>Eintrags-ID kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="459"/>
        <source>Save your changes to %1?</source>
        <translation>Ihre Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Delete %Ln entries?</source>
        <translation>
            <numerusform>%Ln Eintrag löschen?</numerusform>
            <numerusform>%Ln Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>Delete Entries</source>
        <translation>Einträge löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>The media, its flavors and thumbnails are deleted from the Kaltura account. mini-KMC cannot undo this.</source>
        <translation>Die Medien mit ihren Flavors und Vorschaubildern werden aus dem Kaltura-Konto gelöscht. mini-KMC kann das nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Deleting entries: %1 of %2</source>
        <translation>Einträge werden gelöscht: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="546"/>
        <source>Deleted %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag gelöscht</numerusform>
            <numerusform>%Ln Einträge gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>Some Entries Were Not Deleted</source>
        <translation>Einige Einträge wurden nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>%Ln entries could not be deleted.</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelöscht werden.</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>%Ln others were deleted.</source>
        <translation>
            <numerusform>%Ln anderer wurde gelöscht.</numerusform>
            <numerusform>%Ln andere wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="567"/>
        <source>Uploads in Progress</source>
        <translation>Uploads laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>%n upload(s) are in progress.</source>
        <translation>
            <numerusform>%n Upload läuft.</numerusform>
            <numerusform>%n Uploads laufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="570"/>
        <source>If you quit now, they continue where they stopped the next time you open mini-KMC. Nothing uploaded so far is lost.</source>
        <translation>Wenn Sie jetzt beenden, werden sie beim nächsten Start von mini-KMC dort fortgesetzt, wo sie aufgehört haben. Nichts bereits Hochgeladenes geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <location filename="../ui/MainWindow.cpp" line="690"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Keep Uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="593"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>Mediendateien hochladen (Strg+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="598"/>
        <source>Reload the entry list (F5)</source>
        <translation>Eintragsliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="601"/>
        <source>Search Entries</source>
        <translation>Einträge suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="609"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="648"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="656"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="664"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="665"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <source>&amp;About mini-KMC</source>
        <translation>Ü&amp;ber mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="686"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="691"/>
        <source>Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692"/>
        <source>Open the entry in the details panel</source>
        <translation>Den Eintrag in den Details öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="695"/>
        <source>Jump to a name: type its first letters</source>
        <translation>Zu einem Namen springen: die ersten Buchstaben tippen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="697"/>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="700"/>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="701"/>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="702"/>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="709"/>
        <source>About mini-KMC</source>
        <translation>Über mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="710"/>
        <source>&lt;h3&gt;mini-KMC %1&lt;/h3&gt;&lt;p&gt;A desktop editor for the media of a Kaltura account: browse a library of any size, edit entries, look at their renditions and thumbnails, preview them, and upload new media that survives restarts and flaky networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), QtKeychain and GStreamer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mini-KMC %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Editor für die Medien eines Kaltura-Kontos: Mediatheken jeder Größe durchsuchen, Einträge bearbeiten, ihre Fassungen und Vorschaubilder ansehen, sie abspielen und neue Medien hochladen, die Neustarts und wackelige Netze überstehen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (läuft mit Qt %3), QtKeychain und GStreamer.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="741"/>
        <source>Settings saved. The new language is used the next time mini-KMC starts.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache gilt ab dem nächsten Start von mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="742"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="770"/>
        <source>Search entries</source>
        <translation>Einträge suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="964"/>
        <source>The upload journal cannot be written (%1): uploads will not resume after a restart.</source>
        <translation>Das Upload-Journal kann nicht geschrieben werden (%1): Uploads werden nach einem Neustart nicht fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="972"/>
        <source>%n upload(s) finished</source>
        <translation>
            <numerusform>%n Upload abgeschlossen</numerusform>
            <numerusform>%n Uploads abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="974"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="977"/>
        <source>Uploads finished</source>
        <translation>Uploads abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008"/>
        <source>The upload journal %1 cannot be opened (%2): uploads will not resume after a restart.</source>
        <translation>Das Upload-Journal %1 kann nicht geöffnet werden (%2): Uploads werden nach einem Neustart nicht fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1015"/>
        <source>%n unfinished upload(s) found</source>
        <translation>
            <numerusform>%n unvollständiger Upload gefunden</numerusform>
            <numerusform>%n unvollständige Uploads gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1027"/>
        <source>%1 % uploaded — mini-KMC</source>
        <translation>%1 % hochgeladen – mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1038"/>
        <source>Upload Media</source>
        <translation>Medien hochladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1040"/>
        <source>Media files (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.flv *.mp3 *.m4a *.wav *.aac *.ogg *.flac *.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Mediendateien (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.flv *.mp3 *.m4a *.wav *.aac *.ogg *.flac *.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1050"/>
        <source>Sign in to upload.</source>
        <translation>Melden Sie sich an, um hochzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1064"/>
        <source>No media files were found in what you dropped.</source>
        <translation>In dem, was Sie abgelegt haben, wurden keine Mediendateien gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1080"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1081"/>
        <source>%n file(s) cannot be uploaded.</source>
        <translation>
            <numerusform>%n Datei kann nicht hochgeladen werden.</numerusform>
            <numerusform>%n Dateien können nicht hochgeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1084"/>
        <source>Show Details lists each file and why.</source>
        <translation>„Details anzeigen“ nennt jede Datei und den Grund.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1100"/>
        <source>Drop to upload</source>
        <translation>Zum Hochladen ablegen</translation>
    </message>
    <message>
        <source>Show entries as a table</source>
        <translation type="vanished">Einträge als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show entries as a grid of thumbnails</source>
        <translation type="vanished">Einträge als Raster aus Miniaturbildern anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="769"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Einträge suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>Sign in to search your library.</source>
        <translation>Melden Sie sich an, um Ihre Mediathek zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Show entries as a table (Ctrl+1)</source>
        <translation>Einträge als Tabelle zeigen (Strg+1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>Show entries as a grid of thumbnails (Ctrl+2)</source>
        <translation>Einträge als Raster von Vorschaubildern zeigen (Strg+2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="620"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>Delete the selected entries (Delete)</source>
        <translation>Die ausgewählten Einträge löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="807"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="821"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>Ihre Kaltura-Mediathek erscheint hier, sobald Sie sich bei einem Konto angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Cannot renew the session for now (%1); trying again shortly</source>
        <translation>Die Sitzung kann derzeit nicht erneuert werden (%1); neuer Versuch in Kürze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Sign Out (Forget on This Computer)</source>
        <translation>Abmelden (auf diesem Computer vergessen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="vanished">Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 to partner %2. Browsing the library is the next part of mini-KMC to be built.</source>
        <translation type="vanished">Als %1 bei Partner %2 angemeldet. Das Durchsuchen der Mediathek ist der nächste Teil von mini-KMC, der entsteht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Signed in as %1 · partner %2 · %3</source>
        <translation>Angemeldet als %1 · Partner %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="628"/>
        <source>Sign In to Another Account…</source>
        <translation>Bei einem anderen Konto anmelden…</translation>
    </message>
    <message>
        <source>No filters yet</source>
        <translation type="vanished">Noch keine Filter</translation>
    </message>
    <message>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation type="vanished">Nach der Anmeldung können Sie nach Typ, Status, Datum und Kategorie filtern.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="854"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>Titel, Beschreibung, Tags und Zeitplan des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="863"/>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="863"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>Die Wiedergabevarianten (Flavors) des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="864"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="864"/>
        <source>Its thumbnails appear here.</source>
        <translation>Die Miniaturbilder des Eintrags erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <location filename="../ui/MainWindow.cpp" line="698"/>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>You can play it here.</source>
        <translation>Hier können Sie ihn abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="869"/>
        <source>Select an entry</source>
        <translation>Wählen Sie einen Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="696"/>
        <location filename="../ui/MainWindow.cpp" line="884"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="890"/>
        <source>No uploads</source>
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="891"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>Ziehen Sie nach der Anmeldung Dateien an eine beliebige Stelle, um sie hochzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="894"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="907"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::PlayerPanel</name>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="75"/>
        <source>Capture Thumbnail Here</source>
        <translation>Vorschaubild hier aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="79"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="88"/>
        <location filename="../ui/views/PlayerPanel.cpp" line="142"/>
        <source>Rendition</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="99"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="102"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="112"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="113"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="117"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="125"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="131"/>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="132"/>
        <source>Full screen (F; Esc leaves it)</source>
        <translation>Vollbild (F; Esc beendet es)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="136"/>
        <source>Make a thumbnail of the picture at this position</source>
        <translation>Ein Vorschaubild aus dem Bild an dieser Stelle machen</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="203"/>
        <source>Buffering…</source>
        <translation>Wird gepuffert …</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="216"/>
        <source>This rendition cannot be played here: %1</source>
        <translation>Diese Fassung kann hier nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="231"/>
        <source>Select an entry to play it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier abzuspielen.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="251"/>
        <source>An image has nothing to play.</source>
        <translation>Ein Bild hat nichts abzuspielen.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="257"/>
        <source>This entry is not ready to play yet (%1).</source>
        <translation>Dieser Eintrag kann noch nicht abgespielt werden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="264"/>
        <source>No rendition of this entry can be played here: none is web-playable and ready.</source>
        <translation>Keine Fassung dieses Eintrags kann hier abgespielt werden: keine ist im Web abspielbar und bereit.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="291"/>
        <source>Audio only</source>
        <translation>Nur Audio</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="330"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="330"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="35"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="40"/>
        <source>Files uploaded at once</source>
        <translation>Gleichzeitig hochgeladene Dateien</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="41"/>
        <source>&amp;Files uploaded at once:</source>
        <translation>&amp;Dateien gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="45"/>
        <source>Chunks sent at once per file</source>
        <translation>Gleichzeitig gesendete Teile je Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="46"/>
        <source>More chunks at once make one big file faster on a fast link.</source>
        <translation>Mehr Teile gleichzeitig machen eine große Datei auf einer schnellen Leitung schneller.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="47"/>
        <source>&amp;Chunks at once per file:</source>
        <translation>&amp;Teile gleichzeitig je Datei:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="50"/>
        <source>Chunk size</source>
        <translation>Teilgröße</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="51"/>
        <source>Adaptive (about 4 s per chunk)</source>
        <translation>Anpassend (etwa 4 s je Teil)</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="53"/>
        <location filename="../ui/views/SettingsDialog.cpp" line="135"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="54"/>
        <source>C&amp;hunk size:</source>
        <translation>Teil&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="55"/>
        <source>&amp;Continue unfinished uploads when mini-KMC starts</source>
        <translation>Unvollständige Uploads beim Start von mini-KMC &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="57"/>
        <source>When off, they wait, paused, until you resume them.</source>
        <translation>Wenn aus, warten sie angehalten, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="61"/>
        <source>Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="67"/>
        <source>Entries loaded at a time</source>
        <translation>Auf einmal geladene Einträge</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="68"/>
        <source>&amp;Entries loaded at a time:</source>
        <translation>&amp;Einträge auf einmal:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="74"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="75"/>
        <source>Thumbnail cache size</source>
        <translation>Größe des Vorschaubild-Zwischenspeichers</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="81"/>
        <source>C&amp;lear Cache</source>
        <translation>Zwischenspeicher &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="87"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>&amp;Vorschaubild-Zwischenspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="93"/>
        <location filename="../ui/views/SettingsDialog.cpp" line="97"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="101"/>
        <source>The new language is used the next time mini-KMC starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="123"/>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="17"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
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
<context>
    <name>minikmc::ui::ThumbnailsTab</name>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="44"/>
        <source>Set as Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="45"/>
        <source>Add Images…</source>
        <translation>Bilder hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="47"/>
        <source>Capture</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="48"/>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="49"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="55"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="62"/>
        <source>Drop image files here to add them as thumbnails</source>
        <translation>Bilddateien hier ablegen, um sie als Vorschaubilder hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="68"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="69"/>
        <source>Capture at second</source>
        <translation>Aufnahme bei Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="75"/>
        <source>Add Thumbnails</source>
        <translation>Vorschaubilder hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="77"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="83"/>
        <source>Save Thumbnail</source>
        <translation>Vorschaubild speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="90"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="93"/>
        <source>Delete Thumbnail</source>
        <translation>Vorschaubild löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="93"/>
        <source>Delete this thumbnail?</source>
        <translation>Dieses Vorschaubild löschen?</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="99"/>
        <source>From the video at</source>
        <translation>Aus dem Video bei</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="187"/>
        <source>Default · %1</source>
        <translation>Standard · %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="190"/>
        <source>%1
%2×%3, %4</source>
        <translation>%1
%2×%3, %4</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="227"/>
        <source>The default thumbnail cannot be deleted; make another one the default first</source>
        <translation>Das Standard-Vorschaubild kann nicht gelöscht werden; legen Sie zuerst ein anderes als Standard fest</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="238"/>
        <source>%1 is not an image file</source>
        <translation>%1 ist keine Bilddatei</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::UploadDetailsDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="28"/>
        <source>Upload %n Files</source>
        <translation>
            <numerusform>%n Datei hochladen</numerusform>
            <numerusform>%n Dateien hochladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="28"/>
        <source>Upload Details</source>
        <translation>Upload-Details</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="33"/>
        <source>Upload &lt;b&gt;%1&lt;/b&gt; as a new entry.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; als neuen Eintrag hochladen.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="35"/>
        <source>Details of the entry for &lt;b&gt;%1&lt;/b&gt;. Changes are saved to the entry at once, also while it uploads.</source>
        <translation>Details des Eintrags für &lt;b&gt;%1&lt;/b&gt;. Änderungen werden sofort im Eintrag gespeichert, auch während des Hochladens.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="39"/>
        <source>Each file becomes a new entry named after the file. The details below apply to all %n files.</source>
        <translation>
            <numerusform>Die Datei wird ein neuer Eintrag mit ihrem Namen. Die Details unten gelten für sie.</numerusform>
            <numerusform>Jede Datei wird ein neuer Eintrag mit ihrem Namen. Die Details unten gelten für alle %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="57"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="58"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="61"/>
        <source>Comma-separated, e.g. lecture, biology</source>
        <translation>Durch Kommas getrennt, z. B. Vorlesung, Biologie</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="62"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="63"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="66"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="67"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="71"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="81"/>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="81"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="101"/>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="129"/>
        <source>An entry needs a name.</source>
        <translation>Ein Eintrag braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::UploadPanel</name>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="96"/>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="96"/>
        <source>Choose files to upload (Ctrl+U)</source>
        <translation>Dateien zum Hochladen wählen (Strg+U)</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="98"/>
        <location filename="../ui/views/UploadPanel.cpp" line="269"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="98"/>
        <source>Pause the selected uploads, or all of them</source>
        <translation>Die gewählten Uploads anhalten, oder alle</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="99"/>
        <location filename="../ui/views/UploadPanel.cpp" line="267"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="99"/>
        <source>Resume the selected uploads, or all of them</source>
        <translation>Die gewählten Uploads fortsetzen, oder alle</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="100"/>
        <source>Cancel…</source>
        <translation>Abbrechen …</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="100"/>
        <source>Cancel the selected uploads</source>
        <translation>Die gewählten Uploads abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="101"/>
        <location filename="../ui/views/UploadPanel.cpp" line="271"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="101"/>
        <source>Try the selected failed uploads again</source>
        <translation>Die gewählten fehlgeschlagenen Uploads erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="102"/>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="102"/>
        <source>Remove finished uploads from the list</source>
        <translation>Abgeschlossene Uploads aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="132"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="143"/>
        <source>No uploads</source>
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="144"/>
        <source>Drop files or folders anywhere on the window to upload them, or choose Upload… (Ctrl+U). Uploads continue after a restart.</source>
        <translation>Legen Sie Dateien oder Ordner irgendwo im Fenster ab, um sie hochzuladen, oder wählen Sie „Hochladen …“ (Strg+U). Uploads werden nach einem Neustart fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="223"/>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="225"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="226"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>%n wird hochgeladen</numerusform>
            <numerusform>%n werden hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="271"/>
        <source>Start Over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="274"/>
        <source>Edit Details…</source>
        <translation>Details bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="277"/>
        <source>Show Entry</source>
        <translation>Eintrag zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="281"/>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="283"/>
        <source>Cancel Upload…</source>
        <translation>Upload abbrechen …</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="317"/>
        <source>Cancel the upload of %1?</source>
        <translation>Den Upload von %1 abbrechen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="318"/>
        <source>Cancel %n uploads?</source>
        <translation>
            <numerusform>%n Upload abbrechen?</numerusform>
            <numerusform>%n Uploads abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="320"/>
        <location filename="../ui/views/UploadPanel.cpp" line="323"/>
        <source>Cancel Uploads</source>
        <translation>Uploads abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="321"/>
        <source>What was uploaded is deleted from the server, with the new entries made for these files. Your files stay as they are.</source>
        <translation>Was hochgeladen wurde, wird vom Server gelöscht, samt den neuen Einträgen für diese Dateien. Ihre Dateien bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="325"/>
        <source>Keep Uploading</source>
        <translation>Weiter hochladen</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::UploadQueueModel</name>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="78"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="82"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/UploadQueueModel.cpp" line="102"/>
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="105"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="108"/>
        <source>Done (%1)</source>
        <translation>Fertig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="135"/>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="137"/>
        <source>%1 of %2 on the server</source>
        <translation>%1 von %2 auf dem Server</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/UploadQueueModel.cpp" line="139"/>
        <source>Retried %n times</source>
        <translation>
            <numerusform>%n-mal erneut versucht</numerusform>
            <numerusform>%n-mal erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="163"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="167"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="170"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="191"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="193"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="195"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="197"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="199"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="201"/>
        <source>Time Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="203"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::FileIdentity</name>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="27"/>
        <source>The file %1 no longer exists.</source>
        <translation>Die Datei %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="31"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="47"/>
        <location filename="../core/upload/FileIdentity.cpp" line="56"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="66"/>
        <source>The file is gone.</source>
        <translation>Die Datei ist weg.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="68"/>
        <source>The file changed since it was queued (its size was %1 bytes, now %2).</source>
        <translation>Die Datei hat sich geändert, seit sie eingereiht wurde (sie hatte %1 Bytes, jetzt %2).</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="73"/>
        <source>The file changed since it was queued (it was modified %1).</source>
        <translation>Die Datei hat sich geändert, seit sie eingereiht wurde (geändert am %1).</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadJob</name>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="35"/>
        <source>The server no longer has this upload.</source>
        <translation>Der Server hat diesen Upload nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="37"/>
        <source>The upload was left unfinished for too long and the server gave it up.</source>
        <translation>Der Upload blieb zu lange unvollständig, und der Server hat ihn aufgegeben.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="39"/>
        <source>The server no longer accepts bytes for this upload.</source>
        <translation>Der Server nimmt für diesen Upload keine Daten mehr an.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="41"/>
        <source>The server did not receive all the chunks.</source>
        <translation>Der Server hat nicht alle Teile erhalten.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="43"/>
        <source>This account does not accept files of this type.</source>
        <translation>Dieses Konto nimmt Dateien dieser Art nicht an.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="45"/>
        <source>The upload was sent in more pieces than the server allows.</source>
        <translation>Der Upload wurde in mehr Teilen gesendet, als der Server erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="47"/>
        <source>The entry of this upload was deleted.</source>
        <translation>Der Eintrag dieses Uploads wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="49"/>
        <source>The server could not store the uploaded bytes.</source>
        <translation>Der Server konnte die hochgeladenen Daten nicht speichern.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="51"/>
        <source>This account may not upload media.</source>
        <translation>Dieses Konto darf keine Medien hochladen.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="123"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="125"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="127"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="129"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="131"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="133"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="135"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="137"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="139"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="141"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="219"/>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="230"/>
        <source>The session ended and cannot be renewed here; sign in again.</source>
        <translation>Die Sitzung ist abgelaufen und kann hier nicht erneuert werden; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="347"/>
        <source>the answer has no token or entry id</source>
        <translation>die Antwort enthält keine Token- oder Eintrags-ID</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="472"/>
        <source>The server holds %1 bytes of this file instead of %2.</source>
        <translation>Der Server hat %1 Bytes dieser Datei statt %2.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="485"/>
        <source>The server gave this upload up (its token is %1).</source>
        <translation>Der Server hat diesen Upload aufgegeben (sein Token ist %1).</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="486"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="487"/>
        <source>timed out</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="668"/>
        <source>The server holds %1 of %2 bytes after the last chunk.</source>
        <translation>Der Server hat nach dem letzten Teil %1 von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="680"/>
        <source>The server may hold a mix of two versions: start over.</source>
        <translation>Der Server hat womöglich eine Mischung aus zwei Fassungen: beginnen Sie neu.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="730"/>
        <source>Details not saved: %1</source>
        <translation>Details nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="858"/>
        <source>Cancelling did not remove the upload from the server: %1</source>
        <translation>Das Abbrechen hat den Upload nicht vom Server entfernt: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadJournal</name>
    <message>
        <location filename="../core/upload/UploadJournal.cpp" line="128"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadQueue</name>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="83"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="91"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="95"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="100"/>
        <source>%1 is not a video, audio or image file.</source>
        <translation>%1 ist keine Video-, Audio- oder Bilddatei.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="114"/>
        <source>%1 is already in the upload queue.</source>
        <translation>%1 ist schon in der Upload-Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="143"/>
        <source>%1 is being uploaded by another mini-KMC window or command.</source>
        <translation>%1 wird schon von einem anderen mini-KMC-Fenster oder -Befehl hochgeladen.</translation>
    </message>
</context>
</TS>
