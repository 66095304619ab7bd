<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Account</name>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="53"/>
        <source>%1 — partner %2 (%3)</source>
        <translation>%1 — שותף %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="54"/>
        <source>AppToken %1</source>
        <translation>AppToken %1</translation>
    </message>
    <message>
        <location filename="../core/auth/Accounts.cpp" line="89"/>
        <source>KALTURA_APP_TOKEN_ID is set, so KALTURA_SERVICE_URL, KALTURA_PARTNER_ID (a number) and KALTURA_APP_TOKEN must be too (KALTURA_APP_TOKEN_HASH_TYPE: MD5, SHA1, SHA256 or SHA512)</source>
        <translation>KALTURA_APP_TOKEN_ID מוגדר, ולכן יש להגדיר גם את KALTURA_SERVICE_URL, את KALTURA_PARTNER_ID (מספר) ואת KALTURA_APP_TOKEN (KALTURA_APP_TOKEN_HASH_TYPE: MD5, SHA1, SHA256 או SHA512)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="25"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="44"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>ניהול המדיה של חשבון Kaltura.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="48"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>שרת Kaltura לשימוש (ברירת מחדל: $KALTURA_SERVICE_URL).</translation>
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
        <translation>מתבצעת התחברות…</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Client</name>
    <message>
        <location filename="../core/api/Client.cpp" line="29"/>
        <source>the connection to the server was closed</source>
        <translation>החיבור לשרת נסגר</translation>
    </message>
    <message>
        <location filename="../core/api/Client.cpp" line="86"/>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../core/api/Client.cpp" line="98"/>
        <source>the session renewal was abandoned</source>
        <translation>חידוש ההפעלה הופסק</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Error</name>
    <message>
        <location filename="../core/api/Error.cpp" line="54"/>
        <source>the server answered with status %1</source>
        <translation>השרת השיב עם קוד מצב %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="103"/>
        <source>No answer from the server for %1 ms</source>
        <translation>אין תשובה מהשרת במשך %1 אלפיות שנייה</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/api/Error.cpp" line="104"/>
        <source>No answer from the server for %n second(s)</source>
        <translation>
            <numerusform>אין תשובה מהשרת במשך שנייה אחת</numerusform>
            <numerusform>אין תשובה מהשרת במשך %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="172"/>
        <source>No error</source>
        <translation>אין שגיאה</translation>
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
        <translation>שגיאת רשת: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="182"/>
        <source>Unexpected answer from the server: %1</source>
        <translation>תשובה לא צפויה מהשרת: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Error.cpp" line="187"/>
        <source>Cancelled: %1</source>
        <translation>בוטל: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::FileRangeDevice</name>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="19"/>
        <source>A file range can only be read.</source>
        <translation>טווח של קובץ ניתן לקריאה בלבד.</translation>
    </message>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="23"/>
        <source>Cannot read “%1”: %2</source>
        <translation>לא ניתן לקרוא את &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/api/FileRangeDevice.cpp" line="30"/>
        <source>“%1” is %2 bytes long, but bytes %3 to %4 were to be sent; the file may have changed.</source>
        <translation>אורכו של &quot;%1&quot; הוא %2 בתים, אבל היה צריך לשלוח את הבתים %3 עד %4; ייתכן שהקובץ השתנה.</translation>
    </message>
</context>
<context>
    <name>minikmc::api::MultiReply</name>
    <message>
        <location filename="../core/api/MultiRequest.cpp" line="35"/>
        <source>no result for item %1</source>
        <translation>אין תוצאה עבור רכיב %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::Reply</name>
    <message>
        <location filename="../core/api/Reply.cpp" line="152"/>
        <source>the connection to the server was closed</source>
        <translation>החיבור לשרת נסגר</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="162"/>
        <source>no server address is set</source>
        <translation>לא הוגדרה כתובת שרת</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="229"/>
        <source> (certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 fingerprint %5)</source>
        <translation> (אישור עבור &quot;%1&quot;, הונפק על ידי &quot;%2&quot;, בתוקף מ-%3 עד %4, טביעת אצבע SHA-256 %5)</translation>
    </message>
    <message>
        <location filename="../core/api/Reply.cpp" line="278"/>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>אישור האבטחה של השרת לא התקבל: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::api::ServiceUrl</name>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="19"/>
        <source>Enter the address of your Kaltura server, e.g. https://www.kaltura.com.</source>
        <translation>יש להזין את הכתובת של שרת Kaltura, לדוגמה https://www.kaltura.com.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="24"/>
        <source>“%1” is not a valid address: %2</source>
        <translation>&quot;%1&quot; אינה כתובת חוקית: %2</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="27"/>
        <source>The address must start with https:// (found “%1://”).</source>
        <translation>הכתובת חייבת להתחיל ב-https:// (נמצא &quot;%1://&quot;).</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="29"/>
        <source>The address “%1” has no host name.</source>
        <translation>בכתובת &quot;%1&quot; אין שם מארח.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="31"/>
        <source>The address must not contain “?” or “#” parts.</source>
        <translation>הכתובת לא יכולה לכלול חלקי &quot;?&quot; או &quot;#&quot;.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="33"/>
        <source>The address must not contain a user name or password.</source>
        <translation>הכתובת לא יכולה לכלול שם משתמש או סיסמה.</translation>
    </message>
    <message>
        <location filename="../core/api/ServiceUrl.cpp" line="43"/>
        <source>Give the server address only, not the address of a single API call.</source>
        <translation>יש לציין את כתובת השרת בלבד, ולא את הכתובת של קריאת API בודדת.</translation>
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
        <translation>session.startWidgetSession: אין ks בתשובה</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SystemGetVersion</name>
    <message>
        <location filename="../core/api/services/SystemService.cpp" line="41"/>
        <source>system.getVersion answered something other than a string</source>
        <translation>system.getVersion החזיר ערך שאינו מחרוזת</translation>
    </message>
</context>
<context>
    <name>minikmc::api::SystemPing</name>
    <message>
        <location filename="../core/api/services/SystemService.cpp" line="27"/>
        <source>system.ping answered something other than true or false</source>
        <translation>system.ping החזיר ערך שאינו true או false</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="79"/>
        <source>No AppToken is stored in the keychain for this account.</source>
        <translation>לא שמור AppToken במחזיק המפתחות עבור חשבון זה.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="81"/>
        <source>No keychain is available on this system (on Linux: a Secret Service such as GNOME Keyring or KWallet). mini-KMC never stores secrets anywhere else: sign in for this session only, or start a keychain and try again.</source>
        <translation>אין מחזיק מפתחות זמין במערכת זו (ב-Linux: שירות Secret Service כגון GNOME Keyring או KWallet). mini-KMC לעולם אינו שומר סודות במקום אחר: אפשר להתחבר להפעלה זו בלבד, או להפעיל מחזיק מפתחות ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="85"/>
        <source>The keychain is locked or refused access. Unlock it and try again, or sign in for this session only.</source>
        <translation>מחזיק המפתחות נעול או שסירב לגישה. יש לבטל את נעילתו ולנסות שוב, או להתחבר להפעלה זו בלבד.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="90"/>
        <source>The keychain failed: %1</source>
        <translation>שגיאה במחזיק המפתחות: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::Session</name>
    <message>
        <location filename="../core/auth/Session.cpp" line="106"/>
        <location filename="../core/auth/Session.cpp" line="109"/>
        <source>signed out</source>
        <translation>בוצעה התנתקות</translation>
    </message>
    <message>
        <location filename="../core/auth/Session.cpp" line="125"/>
        <source>not signed in: there is nothing to renew the session with</source>
        <translation>לא מחובר: אין באמצעות מה לחדש את ההפעלה</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::SignIn</name>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="46"/>
        <source>“%1” is plain http:// to another machine: your session key would travel unencrypted. Use https://, or allow plain http for this account explicitly.</source>
        <translation>&quot;%1&quot; הוא http:// רגיל למחשב אחר: מפתח ההפעלה שלך יועבר ללא הצפנה. יש להשתמש ב-https://, או לאפשר במפורש http רגיל עבור חשבון זה.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="56"/>
        <source>The AppToken was refused: the token (secret) or its hash type is wrong.</source>
        <translation>ה-AppToken נדחה: הטוקן (הסוד) או סוג הגיבוב שלו שגויים.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="58"/>
        <source>No AppToken with this id exists on this partner (it may have been deleted).</source>
        <translation>אין אצל שותף זה AppToken עם מזהה זה (ייתכן שהוא נמחק).</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="60"/>
        <source>This AppToken has been disabled by an administrator.</source>
        <translation>AppToken זה הושבת על ידי מנהל מערכת.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="62"/>
        <source>This AppToken has expired. Ask an administrator for a new one.</source>
        <translation>תוקפו של AppToken זה פג. יש לבקש ממנהל מערכת AppToken חדש.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="65"/>
        <source>The partner id is wrong for this server.</source>
        <translation>מזהה השותף שגוי עבור שרת זה.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="67"/>
        <source>The password is wrong.</source>
        <translation>הסיסמה שגויה.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="69"/>
        <source>No user with this email exists on this partner.</source>
        <translation>אין אצל שותף זה משתמש עם כתובת דוא״ל זו.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="72"/>
        <source>This user is blocked from signing in for now (too many attempts, or by an administrator).</source>
        <translation>ההתחברות של משתמש זה חסומה כרגע (יותר מדי ניסיונות, או על ידי מנהל מערכת).</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="75"/>
        <source>The password has expired: set a new one in the Kaltura web console first.</source>
        <translation>תוקף הסיסמה פג: יש להגדיר קודם סיסמה חדשה במסוף האינטרנט של Kaltura.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="80"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent: %1</source>
        <translation>אישור האבטחה של השרת לא התקבל, ולכן לא נשלח דבר: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="82"/>
        <source>The server cannot be reached: %1</source>
        <translation>לא ניתן להגיע לשרת: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="84"/>
        <source>The server did not answer in time.</source>
        <translation>השרת לא השיב בזמן.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="87"/>
        <source>This address does not answer like a Kaltura server: %1</source>
        <translation>כתובת זו אינה משיבה כמו שרת Kaltura: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="91"/>
        <source>Signing in failed: %1</source>
        <translation>ההתחברות נכשלה: %1</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="118"/>
        <source>This account is not remembered any more.</source>
        <translation>חשבון זה כבר אינו שמור.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="129"/>
        <source>The keychain item of this account is damaged: sign in again.</source>
        <translation>הפריט של חשבון זה במחזיק המפתחות פגום: יש להתחבר שוב.</translation>
    </message>
    <message>
        <location filename="../core/auth/SignIn.cpp" line="189"/>
        <source>mini-KMC on %1</source>
        <translation>mini-KMC ב-%1</translation>
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
        <translation>העלאה…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>העלאת קובצי מדיה (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Reload the entry list (F5)</source>
        <translation>טעינה מחדש של רשימת הפריטים (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Search Entries</source>
        <translation>חיפוש פריטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Table</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Show entries as a table</source>
        <translation>הצגת הפריטים כטבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Grid</source>
        <translation>רשת</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show entries as a grid of thumbnails</source>
        <translation>הצגת הפריטים כרשת של תמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>Main Toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>חיפוש פריטים (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Sign in to search your library.</source>
        <translation>יש להתחבר כדי לחפש בספרייה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Not signed in</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>ספריית המדיה שלך ב-Kaltura תופיע כאן לאחר ההתחברות לחשבון.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Cannot renew the session for now (%1); trying again shortly</source>
        <translation>לא ניתן לחדש את ההפעלה כרגע (%1); ניסיון נוסף בקרוב</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Sign Out (Forget on This Computer)</source>
        <translation>התנתקות (שכחת החשבון במחשב זה)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Signed out</source>
        <translation>התנתקת</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>Signed in</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Signed in as %1 to partner %2. Browsing the library is the next part of mini-KMC to be built.</source>
        <translation>מחובר בתור %1 לשותף %2. עיון בספרייה הוא החלק הבא שייבנה ב-mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Signed in as %1 · partner %2 · %3</source>
        <translation>מחובר בתור %1 · שותף %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Sign In to Another Account…</source>
        <translation>התחברות לחשבון אחר…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>No filters yet</source>
        <translation>אין עדיין מסננים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation>לאחר ההתחברות ניתן לסנן לפי סוג, מצב, תאריך וקטגוריה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Filters</source>
        <translation>מסננים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Metadata</source>
        <translation>מטא-נתונים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>הכותרת, התיאור, התגיות ולוח הזמנים של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Flavors</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>גרסאות הקידוד (flavors) של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Thumbnails</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>Its thumbnails appear here.</source>
        <translation>התמונות הממוזערות של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>You can play it here.</source>
        <translation>כאן ניתן לנגן אותו.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Select an entry</source>
        <translation>יש לבחור פריט</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>No uploads</source>
        <translation>אין העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>לאחר ההתחברות אפשר לגרור קבצים לכל מקום בחלון כדי להעלות אותם.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Uploads</source>
        <translation>העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Not connected</source>
        <translation>אין חיבור לשרת</translation>
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
        <translation>Kaltura אירופה (api.eu.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="39"/>
        <source>Kaltura Germany (api.de.kaltura.com)</source>
        <translation>Kaltura גרמניה (api.de.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="40"/>
        <source>Kaltura Singapore (api.sg.kaltura.com)</source>
        <translation>Kaltura סינגפור (api.sg.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="41"/>
        <source>Kaltura Canada (api.ca.kaltura.com)</source>
        <translation>Kaltura קנדה (api.ca.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="42"/>
        <source>Kaltura Asia Pacific (api.ap.kaltura.com)</source>
        <translation>Kaltura אסיה-פסיפיק (api.ap.kaltura.com)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="50"/>
        <source>Sign In to Kaltura</source>
        <translation>התחברות ל-Kaltura</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="57"/>
        <source>Other server…</source>
        <translation>שרת אחר…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="60"/>
        <source>https://kaltura.example.com</source>
        <translation>https://kaltura.example.com</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="61"/>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="65"/>
        <source>e.g. 1234567</source>
        <translation>לדוגמה 1234567</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="66"/>
        <source>Partner id</source>
        <translation>מזהה שותף</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="70"/>
        <source>AppToken</source>
        <translation>AppToken</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="71"/>
        <source>Email and password</source>
        <translation>דוא״ל וסיסמה</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="78"/>
        <source>e.g. 0_abcd1234</source>
        <translation>לדוגמה 0_abcd1234</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="86"/>
        <source>AppToken &amp;id:</source>
        <translation>מזהה &amp;AppToken:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="87"/>
        <source>&amp;Token:</source>
        <translation>&amp;טוקן:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="88"/>
        <source>&amp;Hash type:</source>
        <translation>סוג &amp;גיבוב:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="98"/>
        <source>Create an AppToken for this computer, so the password is never needed again</source>
        <translation>ליצור AppToken למחשב זה, כך שלא יהיה עוד צורך בסיסמה</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="102"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="103"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="110"/>
        <source>&amp;Remember me on this computer (in the system keychain)</source>
        <translation>&amp;לזכור אותי במחשב זה (במחזיק המפתחות של המערכת)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="114"/>
        <source>Allow plain http:// to this server (the session key travels unencrypted)</source>
        <translation>לאפשר http:// רגיל לשרת זה (מפתח ההפעלה יועבר ללא הצפנה)</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="132"/>
        <source>&amp;Sign In</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="136"/>
        <source>&amp;Server:</source>
        <translation>&amp;שרת:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="138"/>
        <source>&amp;Partner id:</source>
        <translation>&amp;מזהה שותף:</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="223"/>
        <source>Enter the server address.</source>
        <translation>יש להזין את כתובת השרת.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="227"/>
        <source>Enter the partner id (a number, shown in the Kaltura console under Settings).</source>
        <translation>יש להזין את מזהה השותף (מספר שמופיע במסוף Kaltura תחת Settings).</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="230"/>
        <source>Enter the AppToken id and its token.</source>
        <translation>יש להזין את מזהה ה-AppToken ואת הטוקן שלו.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="232"/>
        <source>The token contains a space: paste it again.</source>
        <translation>הטוקן מכיל רווח: יש להדביק אותו שוב.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="234"/>
        <source>Enter your email address and password.</source>
        <translation>יש להזין את כתובת הדוא״ל ואת הסיסמה.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="276"/>
        <source>Signing in…</source>
        <translation>מתבצעת התחברות…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="289"/>
        <source>Signed in. Creating an AppToken for this computer…</source>
        <translation>ההתחברות הצליחה. מתבצעת יצירת AppToken למחשב זה…</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="318"/>
        <source>You are signed in for this session only. Press Sign In again to retry, or Continue.</source>
        <translation>ההתחברות תקפה להפעלה זו בלבד. אפשר ללחוץ שוב על &quot;התחברות&quot; כדי לנסות שוב, או על &quot;המשך&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/views/SignInDialog.cpp" line="320"/>
        <source>Continue</source>
        <translation>המשך</translation>
    </message>
</context>
</TS>
