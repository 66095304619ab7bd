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
        <location filename="../app/minikmc/main.cpp" line="27"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="55"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>ניהול המדיה של חשבון Kaltura.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="59"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>שרת Kaltura לשימוש (ברירת מחדל: $KALTURA_SERVICE_URL).</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="60"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="63"/>
        <source>Media files or folders to upload once signed in.</source>
        <translation>קובצי מדיה או תיקיות להעלאה לאחר הכניסה.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="64"/>
        <source>[FILE…]</source>
        <translation>[קובץ…]</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="95"/>
        <source> · Kaltura %1</source>
        <translation> · Kaltura %1</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="112"/>
        <source>Signing in…</source>
        <translation>מתבצעת התחברות…</translation>
    </message>
</context>
<context>
    <name>minikmc::api::BatchedCalls</name>
    <message>
        <location filename="../core/api/BatchedCalls.cpp" line="54"/>
        <source>Stopped before the server answered</source>
        <translation>הופסק לפני שהשרת ענה</translation>
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
    <name>minikmc::assets::FlavorDownload</name>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="56"/>
        <location filename="../core/assets/FlavorDownload.cpp" line="131"/>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="67"/>
        <source>flavorAsset.getUrl gave no address</source>
        <translation>flavorAsset.getUrl לא החזיר כתובת</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="155"/>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>ההעברה הסתיימה אחרי %1 מתוך %2 בתים</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="178"/>
        <source>delivery error %1</source>
        <translation>שגיאת הגשה %1</translation>
    </message>
    <message>
        <location filename="../core/assets/FlavorDownload.cpp" line="193"/>
        <source>Cannot rename %1 to %2</source>
        <translation>לא ניתן לשנות את השם של %1 ל־%2</translation>
    </message>
</context>
<context>
    <name>minikmc::auth::CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="74"/>
        <source>No AppToken is stored in the keychain for this account.</source>
        <translation>לא שמור AppToken במחזיק המפתחות עבור חשבון זה.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="76"/>
        <source>No keychain is available on this system (on Linux: a Secret Service such as GNOME Keyring or KWallet). mini-KMC never stores secrets anywhere else: sign in for this session only, or start a keychain and try again.</source>
        <translation>אין מחזיק מפתחות זמין במערכת זו (ב-Linux: שירות Secret Service כגון GNOME Keyring או KWallet). mini-KMC לעולם אינו שומר סודות במקום אחר: אפשר להתחבר להפעלה זו בלבד, או להפעיל מחזיק מפתחות ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="80"/>
        <source>The keychain is locked or refused access. Unlock it and try again, or sign in for this session only.</source>
        <translation>מחזיק המפתחות נעול או שסירב לגישה. יש לבטל את נעילתו ולנסות שוב, או להתחבר להפעלה זו בלבד.</translation>
    </message>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="85"/>
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
    <name>minikmc::entries</name>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="79"/>
        <source>“%1” is read-only</source>
        <translation>״%1״ לקריאה בלבד</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="83"/>
        <source>“%1” is not a field of an entry that can be edited here</source>
        <translation>״%1״ אינו שדה של רשומה שאפשר לערוך כאן</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="173"/>
        <source>An entry needs a name.</source>
        <translation>לרשומה נדרש שם.</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="177"/>
        <source>A reference ID has at least two characters.</source>
        <translation>מזהה הפניה כולל לפחות שני תווים.</translation>
    </message>
    <message>
        <location filename="../core/entries/EntryPatch.cpp" line="183"/>
        <source>The end must come after the start.</source>
        <translation>הסיום חייב להיות אחרי ההתחלה.</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::AppSettings</name>
    <message>
        <location filename="../ui/AppSettings.cpp" line="82"/>
        <source>System default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryEditModel</name>
    <message>
        <location filename="../ui/models/EntryEditModel.cpp" line="23"/>
        <location filename="../ui/models/EntryEditModel.cpp" line="94"/>
        <source>The entry cannot be loaded: %1</source>
        <translation>לא ניתן לטעון את הרשומה: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryEditModel.cpp" line="43"/>
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/EntryEditModel.cpp" line="256"/>
        <source>%Ln entries were not saved:</source>
        <translation>
            <numerusform>רשומה %Ln לא נשמרה:</numerusform>
            <numerusform>%Ln רשומות לא נשמרו:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryEditor</name>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="79"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="81"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="83"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="85"/>
        <source>Reference ID</source>
        <translation>מזהה הפניה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="87"/>
        <source>Categories</source>
        <translation>קטגוריות</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="89"/>
        <source>Available from</source>
        <translation>זמין מ־</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="91"/>
        <source>Available until</source>
        <translation>זמין עד</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="127"/>
        <source>tag, another tag</source>
        <translation>תגית, תגית נוספת</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="130"/>
        <source>tags to add to every entry</source>
        <translation>תגיות להוספה לכל רשומה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="133"/>
        <source>tags to remove from every entry</source>
        <translation>תגיות להסרה מכל רשומה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="146"/>
        <source>Untick a category to take the entry out of it</source>
        <translation>בטלו את הסימון כדי להוציא את הרשומה מהקטגוריה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="150"/>
        <source>Has a start</source>
        <translation>יש התחלה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="154"/>
        <source>Has an end</source>
        <translation>יש סיום</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="204"/>
        <source>Tags to add</source>
        <translation>תגיות להוספה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="205"/>
        <source>Tags to remove</source>
        <translation>תגיות להסרה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="218"/>
        <location filename="../ui/views/EntryEditor.cpp" line="413"/>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="220"/>
        <source>Save the changed fields (Ctrl+S)</source>
        <translation>שמירת השדות שהשתנו (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="222"/>
        <source>Revert</source>
        <translation>ביטול שינויים</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="224"/>
        <source>Back to the values on the server</source>
        <translation>חזרה לערכים שבשרת</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="316"/>
        <source>Add to a category…</source>
        <translation>הוספה לקטגוריה…</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="327"/>
        <source>Category %1</source>
        <translation>קטגוריה %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EntryEditor.cpp" line="357"/>
        <source>Editing %Ln entries. Fields marked “mixed” differ between them and stay as they are unless you change them.</source>
        <translation>
            <numerusform>עורכים רשומה %Ln. שדות המסומנים ״מעורב״ שונים ביניהן ונשארים כפי שהם אלא אם תשנו אותם.</numerusform>
            <numerusform>עורכים %Ln רשומות. שדות המסומנים ״מעורב״ שונים ביניהן ונשארים כפי שהם אלא אם תשנו אותם.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="367"/>
        <location filename="../ui/views/EntryEditor.cpp" line="375"/>
        <source>(mixed)</source>
        <translation>(מעורב)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="413"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="424"/>
        <source>Changed on the Server Meanwhile</source>
        <translation>השתנה בשרת בינתיים</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="425"/>
        <source>Someone changed these fields since you opened the entry. Choose, field by field, which value to keep. Nothing was saved yet.</source>
        <translation>מישהו שינה את השדות האלה מאז שפתחתם את הרשומה. בחרו, שדה אחר שדה, איזה ערך לשמור. עדיין לא נשמר דבר.</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Theirs (on the server)</source>
        <translation>שלהם (בשרת)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Mine</source>
        <translation>שלי</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="431"/>
        <source>Keep mine</source>
        <translation>לשמור את שלי</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="440"/>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="441"/>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="454"/>
        <source>Save My Choices</source>
        <translation>שמירת הבחירות שלי</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryEditor.cpp" line="456"/>
        <source>Keep Editing</source>
        <translation>להמשיך לערוך</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryListModel</name>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="93"/>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="95"/>
        <source>Conversion failed</source>
        <translation>ההמרה נכשלה</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="97"/>
        <source>Importing</source>
        <translation>מייבא</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="99"/>
        <source>Converting</source>
        <translation>ממיר</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="101"/>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="103"/>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="105"/>
        <source>Pending moderation</source>
        <translation>ממתין לאישור</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="107"/>
        <source>In moderation</source>
        <translation>בבדיקה</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="109"/>
        <source>Blocked</source>
        <translation>חסום</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="111"/>
        <source>No media</source>
        <translation>אין מדיה</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="113"/>
        <source>Unknown (%1)</source>
        <translation>לא ידוע (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="120"/>
        <source>Video</source>
        <translation>וידאו</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="122"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="124"/>
        <source>Audio</source>
        <translation>שמע</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="126"/>
        <source>Live stream</source>
        <translation>שידור חי</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="130"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="248"/>
        <source>Cannot reach the server: %1</source>
        <translation>אין גישה לשרת: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="249"/>
        <source>The server refused the list: %1</source>
        <translation>השרת דחה את הרשימה: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="450"/>
        <source>Thumbnail of %1</source>
        <translation>תמונה ממוזערת של %1</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="478"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="480"/>
        <source>ID</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="482"/>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="484"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="486"/>
        <source>Plays</source>
        <translation>צפיות</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="488"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="490"/>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="492"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="499"/>
        <source>Thumbnail</source>
        <translation>תמונה ממוזערת</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="500"/>
        <source>Click to sort by this column</source>
        <translation>לחצו כדי למיין לפי עמודה זו</translation>
    </message>
    <message>
        <location filename="../ui/models/EntryListModel.cpp" line="501"/>
        <source>The server cannot sort by this column</source>
        <translation>השרת אינו יכול למיין לפי עמודה זו</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntrySummary</name>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="32"/>
        <source>Thumbnail</source>
        <translation>תמונה ממוזערת</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="82"/>
        <source>ID</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="83"/>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="85"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="86"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="87"/>
        <source>Plays</source>
        <translation>צפיות</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="88"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="89"/>
        <source>Updated</source>
        <translation>עודכן</translation>
    </message>
    <message>
        <location filename="../ui/views/EntrySummary.cpp" line="100"/>
        <source>No picture yet</source>
        <translation>אין עדיין תמונה</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::EntryWindow</name>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="23"/>
        <source>Entry %1</source>
        <translation>רשומה %1</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="30"/>
        <source>%1 – mini-KMC</source>
        <translation>%1 – mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="41"/>
        <source>Unsaved Changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <location filename="../ui/views/EntryWindow.cpp" line="42"/>
        <source>Close without saving your changes?</source>
        <translation>לסגור בלי לשמור את השינויים?</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FilterPanel</name>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="36"/>
        <source>Any status</source>
        <translation>כל מצב</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="37"/>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="38"/>
        <source>Importing or converting</source>
        <translation>בייבוא או בהמרה</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="40"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="42"/>
        <source>No media</source>
        <translation>אין מדיה</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="43"/>
        <source>Pending moderation</source>
        <translation>ממתין לאישור</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="62"/>
        <source>Video</source>
        <translation>וידאו</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="63"/>
        <source>Audio</source>
        <translation>שמע</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="64"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="66"/>
        <source>From</source>
        <translation>מ־</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="68"/>
        <source>To</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="73"/>
        <source>Clear Filters</source>
        <translation>ניקוי מסננים</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="82"/>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="91"/>
        <source>None ticked: every type</source>
        <translation>לא סומן דבר: כל הסוגים</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="96"/>
        <location filename="../ui/views/FilterPanel.cpp" line="153"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="99"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="105"/>
        <source>Created from</source>
        <translation>נוצר מ־</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="106"/>
        <source>Created to</source>
        <translation>נוצר עד</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="126"/>
        <location filename="../ui/views/FilterPanel.cpp" line="154"/>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="127"/>
        <source>Loading categories…</source>
        <translation>טוען קטגוריות…</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="132"/>
        <source>tag1, tag2</source>
        <translation>תגית1, תגית2</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="134"/>
        <source>Entries with any of these tags</source>
        <translation>רשומות עם אחת מהתגיות האלה</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="135"/>
        <location filename="../ui/views/FilterPanel.cpp" line="155"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="217"/>
        <source>Any category</source>
        <translation>כל קטגוריה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/FilterPanel.cpp" line="224"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>רשומה %Ln</numerusform>
            <numerusform>%Ln רשומות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="228"/>
        <source>This account has no categories</source>
        <translation>בחשבון זה אין קטגוריות</translation>
    </message>
    <message>
        <location filename="../ui/views/FilterPanel.cpp" line="235"/>
        <source>Categories unavailable</source>
        <translation>הקטגוריות אינן זמינות</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FlavorListModel</name>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="28"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="30"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="32"/>
        <source>Converting</source>
        <translation>ממיר</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="34"/>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="36"/>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="38"/>
        <source>Not applicable</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="40"/>
        <source>Temporary</source>
        <translation>זמני</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="42"/>
        <source>Waiting to convert</source>
        <translation>ממתין להמרה</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="44"/>
        <source>Importing</source>
        <translation>מייבא</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="46"/>
        <source>Validating</source>
        <translation>בודק</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="48"/>
        <source>Exporting</source>
        <translation>מייצא</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="50"/>
        <source>Unknown (%1)</source>
        <translation>לא ידוע (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="142"/>
        <source>ID: %1</source>
        <translation>מזהה: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="149"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="149"/>
        <source>Flavor %1</source>
        <translation>גרסה %1</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="158"/>
        <source>%1 kbit/s</source>
        <translation>%1 קילוביט/ש׳</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="166"/>
        <source>original</source>
        <translation>מקורי</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="168"/>
        <source>web-playable</source>
        <translation>ניתן לניגון ברשת</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="184"/>
        <source>Flavor</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="186"/>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="188"/>
        <source>Resolution</source>
        <translation>רזולוציה</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="190"/>
        <source>Frame rate</source>
        <translation>קצב תמונות</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="192"/>
        <source>Bitrate</source>
        <translation>קצב סיביות</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="194"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="196"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="198"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../ui/models/FlavorListModel.cpp" line="200"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::FlavorsTab</name>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="37"/>
        <source>Download…</source>
        <translation>הורדה…</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="38"/>
        <source>Reconvert</source>
        <translation>המרה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="39"/>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="49"/>
        <source>Flavors</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="68"/>
        <source>Save the selected rendition&apos;s file</source>
        <translation>שמירת הקובץ של הגרסה שנבחרה</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="69"/>
        <source>Make the selected rendition again from the source</source>
        <translation>יצירה מחדש של הגרסה שנבחרה מהמקור</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="77"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="84"/>
        <source>Download stopped; starting it again continues where it stopped.</source>
        <translation>ההורדה נעצרה; הפעלה מחדש תמשיך מהמקום שבו נעצרה.</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="116"/>
        <source>The flavors cannot be listed: %1</source>
        <translation>לא ניתן להציג את הגרסאות: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="195"/>
        <source>Save Flavor</source>
        <translation>שמירת גרסה</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="216"/>
        <source>%1 of %2 · %3/s</source>
        <translation>%1 מתוך %2 · %3/ש׳</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="223"/>
        <source>Saved to %1</source>
        <translation>נשמר ב־%1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="229"/>
        <source>The download failed: %1</source>
        <translation>ההורדה נכשלה: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="242"/>
        <source>Delete Flavor</source>
        <translation>מחיקת גרסה</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="243"/>
        <source>Delete the %1 rendition (%2)?</source>
        <translation>למחוק את הגרסה %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="252"/>
        <source>Delete the Original</source>
        <translation>מחיקת המקור</translation>
    </message>
    <message>
        <location filename="../ui/views/FlavorsTab.cpp" line="253"/>
        <source>This is the original file. Without it no rendition can be made again and nothing can be downloaded in its quality. Delete it anyway?</source>
        <translation>זהו הקובץ המקורי. בלעדיו לא ניתן ליצור גרסאות מחדש ולא ניתן להוריד דבר באיכותו. למחוק בכל זאת?</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::LibraryView</name>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="113"/>
        <location filename="../ui/views/LibraryView.cpp" line="174"/>
        <source>Entries</source>
        <translation>רשומות</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="157"/>
        <source>Thumbnail</source>
        <translation>תמונה ממוזערת</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="212"/>
        <location filename="../ui/views/LibraryView.cpp" line="437"/>
        <source>Try Again</source>
        <translation>לנסות שוב</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="435"/>
        <source>The library cannot be shown</source>
        <translation>לא ניתן להציג את הספרייה</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="439"/>
        <source>Loading entries…</source>
        <translation>טוען רשומות…</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="443"/>
        <source>No entries match</source>
        <translation>אין רשומות מתאימות</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="444"/>
        <source>Nothing in this library matches the search and filters.</source>
        <translation>שום דבר בספרייה זו אינו מתאים לחיפוש ולמסננים.</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="445"/>
        <source>Clear Search and Filters</source>
        <translation>ניקוי החיפוש והמסננים</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="447"/>
        <source>This library is empty</source>
        <translation>הספרייה ריקה</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="448"/>
        <source>Media uploaded to this account appear here.</source>
        <translation>מדיה שהועלתה לחשבון זה מופיעה כאן.</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="466"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/LibraryView.cpp" line="468"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>רשומה %Ln</numerusform>
            <numerusform>%Ln רשומות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="472"/>
        <source> · %1 selected</source>
        <translation> · %1 נבחרו</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="474"/>
        <source> · loading more…</source>
        <translation> · טוען עוד…</translation>
    </message>
    <message>
        <location filename="../ui/views/LibraryView.cpp" line="481"/>
        <source>In this order the server lists only the first %1 of the %2 entries. Sort by Created or Updated to reach every entry.</source>
        <translation>בסדר זה השרת מציג רק את %1 הראשונות מתוך %2 הרשומות. מיינו לפי ״נוצר״ או ״עודכן״ כדי להגיע לכל רשומה.</translation>
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
        <translation>נשמר</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Open Details</source>
        <translation>פתיחת פרטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>Open in New Window</source>
        <translation>פתיחה בחלון חדש</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Copy Entry ID</source>
        <translation>העתקת מזהה הרשומה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="456"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>רשומה %Ln</numerusform>
            <numerusform>%Ln רשומות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>Unsaved Changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="459"/>
        <source>Save your changes to %1?</source>
        <translation>לשמור את השינויים ב־%1?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>Delete “%1”?</source>
        <translation>למחוק את ״%1״?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>Delete %Ln entries?</source>
        <translation>
            <numerusform>למחוק רשומה %Ln?</numerusform>
            <numerusform>למחוק %Ln רשומות?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>Delete Entries</source>
        <translation>מחיקת רשומות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>The media, its flavors and thumbnails are deleted from the Kaltura account. mini-KMC cannot undo this.</source>
        <translation>המדיה, הגרסאות (flavors) והתמונות הממוזערות שלה נמחקות מחשבון Kaltura. mini-KMC אינו יכול לבטל זאת.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Deleting entries: %1 of %2</source>
        <translation>מוחק רשומות: %1 מתוך %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="546"/>
        <source>Deleted %Ln entries</source>
        <translation>
            <numerusform>נמחקה רשומה %Ln</numerusform>
            <numerusform>נמחקו %Ln רשומות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>Some Entries Were Not Deleted</source>
        <translation>חלק מהרשומות לא נמחקו</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>%Ln entries could not be deleted.</source>
        <translation>
            <numerusform>לא ניתן היה למחוק רשומה %Ln.</numerusform>
            <numerusform>לא ניתן היה למחוק %Ln רשומות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="554"/>
        <source>%Ln others were deleted.</source>
        <translation>
            <numerusform>רשומה %Ln אחרת נמחקה.</numerusform>
            <numerusform>%Ln אחרות נמחקו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="567"/>
        <source>Uploads in Progress</source>
        <translation>העלאות מתבצעות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="568"/>
        <source>%n upload(s) are in progress.</source>
        <translation>
            <numerusform>העלאה אחת מתבצעת.</numerusform>
            <numerusform>%n העלאות מתבצעות.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="570"/>
        <source>If you quit now, they continue where they stopped the next time you open mini-KMC. Nothing uploaded so far is lost.</source>
        <translation>אם תצאו עכשיו, הן ימשיכו מהמקום שבו נעצרו בפעם הבאה שתפתחו את mini-KMC. דבר ממה שכבר הועלה לא יאבד.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <location filename="../ui/MainWindow.cpp" line="690"/>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Keep Uploading</source>
        <translation>להמשיך להעלות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Upload…</source>
        <translation>העלאה…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="593"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>העלאת קובצי מדיה (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="596"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="598"/>
        <source>Reload the entry list (F5)</source>
        <translation>טעינה מחדש של רשימת הפריטים (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="601"/>
        <source>Search Entries</source>
        <translation>חיפוש פריטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="609"/>
        <source>Table</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="636"/>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="648"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="656"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="664"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="665"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <source>&amp;About mini-KMC</source>
        <translation>&amp;אודות mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="675"/>
        <source>About &amp;Qt</source>
        <translation>אודות &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="686"/>
        <source>Window</source>
        <translation>חלון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="691"/>
        <source>Library</source>
        <translation>ספרייה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692"/>
        <source>Open the entry in the details panel</source>
        <translation>פתיחת הרשומה בחלונית הפרטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="695"/>
        <source>Jump to a name: type its first letters</source>
        <translation>קפיצה לשם: הקלידו את אותיותיו הראשונות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="697"/>
        <source>Save the changes</source>
        <translation>שמירת השינויים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Play or pause</source>
        <translation>ניגון או השהיה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="700"/>
        <source>Back 5 seconds</source>
        <translation>5 שניות אחורה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="701"/>
        <source>Forward 5 seconds</source>
        <translation>5 שניות קדימה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="702"/>
        <source>Full screen on or off</source>
        <translation>מסך מלא או יציאה ממנו</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>Leave full screen</source>
        <translation>יציאה ממסך מלא</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="709"/>
        <source>About mini-KMC</source>
        <translation>אודות mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="710"/>
        <source>&lt;h3&gt;mini-KMC %1&lt;/h3&gt;&lt;p&gt;A desktop editor for the media of a Kaltura account: browse a library of any size, edit entries, look at their renditions and thumbnails, preview them, and upload new media that survives restarts and flaky networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), QtKeychain and GStreamer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mini-KMC %1&lt;/h3&gt;&lt;p&gt;עורך שולחני למדיה של חשבון Kaltura: עיון בספרייה בכל גודל, עריכת רשומות, צפייה בגרסאות ובתמונות הממוזערות שלהן, ניגון, והעלאת מדיה חדשה ששורדת הפעלות מחדש ורשתות לא יציבות.&lt;/p&gt;&lt;p&gt;נבנה עם Qt %2 (פועל על Qt %3), QtKeychain ו־GStreamer.&lt;/p&gt;&lt;p&gt;ברישיון GNU General Public License, גרסה 3 ואילך.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="741"/>
        <source>Settings saved. The new language is used the next time mini-KMC starts.</source>
        <translation>ההגדרות נשמרו. השפה החדשה תחול בהפעלה הבאה של mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="742"/>
        <source>Settings saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="770"/>
        <source>Search entries</source>
        <translation>חיפוש רשומות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="964"/>
        <source>The upload journal cannot be written (%1): uploads will not resume after a restart.</source>
        <translation>לא ניתן לכתוב ליומן ההעלאות (%1): ההעלאות לא ימשיכו אחרי הפעלה מחדש.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="972"/>
        <source>%n upload(s) finished</source>
        <translation>
            <numerusform>העלאה אחת הסתיימה</numerusform>
            <numerusform>%n העלאות הסתיימו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="974"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, אחת נכשלה</numerusform>
            <numerusform>, %n נכשלו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="977"/>
        <source>Uploads finished</source>
        <translation>ההעלאות הסתיימו</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008"/>
        <source>The upload journal %1 cannot be opened (%2): uploads will not resume after a restart.</source>
        <translation>לא ניתן לפתוח את יומן ההעלאות %1 (%2): ההעלאות לא ימשיכו אחרי הפעלה מחדש.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1015"/>
        <source>%n unfinished upload(s) found</source>
        <translation>
            <numerusform>נמצאה העלאה אחת שלא הסתיימה</numerusform>
            <numerusform>נמצאו %n העלאות שלא הסתיימו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1027"/>
        <source>%1 % uploaded — mini-KMC</source>
        <translation>%1% הועלו — mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1038"/>
        <source>Upload Media</source>
        <translation>העלאת מדיה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1040"/>
        <source>Media files (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.flv *.mp3 *.m4a *.wav *.aac *.ogg *.flac *.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>קובצי מדיה (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.flv *.mp3 *.m4a *.wav *.aac *.ogg *.flac *.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1050"/>
        <source>Sign in to upload.</source>
        <translation>היכנסו כדי להעלות.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1064"/>
        <source>No media files were found in what you dropped.</source>
        <translation>לא נמצאו קובצי מדיה במה שגררתם.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1080"/>
        <source>Upload</source>
        <translation>העלאה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1081"/>
        <source>%n file(s) cannot be uploaded.</source>
        <translation>
            <numerusform>לא ניתן להעלות קובץ אחד.</numerusform>
            <numerusform>לא ניתן להעלות %n קבצים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1084"/>
        <source>Show Details lists each file and why.</source>
        <translation>„הצגת פרטים” מפרט כל קובץ ואת הסיבה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1100"/>
        <source>Drop to upload</source>
        <translation>שחררו כדי להעלות</translation>
    </message>
    <message>
        <source>Show entries as a table</source>
        <translation type="vanished">הצגת הפריטים כטבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="614"/>
        <source>Grid</source>
        <translation>רשת</translation>
    </message>
    <message>
        <source>Show entries as a grid of thumbnails</source>
        <translation type="vanished">הצגת הפריטים כרשת של תמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>Main Toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="769"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>חיפוש פריטים (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>Sign in to search your library.</source>
        <translation>יש להתחבר כדי לחפש בספרייה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>Not signed in</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Show entries as a table (Ctrl+1)</source>
        <translation>הצגת הרשומות כטבלה (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>Show entries as a grid of thumbnails (Ctrl+2)</source>
        <translation>הצגת הרשומות כרשת של תמונות ממוזערות (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="620"/>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="624"/>
        <source>Delete the selected entries (Delete)</source>
        <translation>מחיקת הרשומות שנבחרו (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="807"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="821"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>ספריית המדיה שלך ב-Kaltura תופיע כאן לאחר ההתחברות לחשבון.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Cannot renew the session for now (%1); trying again shortly</source>
        <translation>לא ניתן לחדש את ההפעלה כרגע (%1); ניסיון נוסף בקרוב</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Sign Out (Forget on This Computer)</source>
        <translation>התנתקות (שכחת החשבון במחשב זה)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Signed out</source>
        <translation>התנתקת</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="vanished">מחובר</translation>
    </message>
    <message>
        <source>Signed in as %1 to partner %2. Browsing the library is the next part of mini-KMC to be built.</source>
        <translation type="vanished">מחובר בתור %1 לשותף %2. עיון בספרייה הוא החלק הבא שייבנה ב-mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Signed in as %1 · partner %2 · %3</source>
        <translation>מחובר בתור %1 · שותף %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="628"/>
        <source>Sign In to Another Account…</source>
        <translation>התחברות לחשבון אחר…</translation>
    </message>
    <message>
        <source>No filters yet</source>
        <translation type="vanished">אין עדיין מסננים</translation>
    </message>
    <message>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation type="vanished">לאחר ההתחברות ניתן לסנן לפי סוג, מצב, תאריך וקטגוריה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="854"/>
        <source>Filters</source>
        <translation>מסננים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>Metadata</source>
        <translation>מטא-נתונים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>הכותרת, התיאור, התגיות ולוח הזמנים של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="863"/>
        <source>Flavors</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="863"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>גרסאות הקידוד (flavors) של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="864"/>
        <source>Thumbnails</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="864"/>
        <source>Its thumbnails appear here.</source>
        <translation>התמונות הממוזערות של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <location filename="../ui/MainWindow.cpp" line="698"/>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="865"/>
        <source>You can play it here.</source>
        <translation>כאן ניתן לנגן אותו.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="869"/>
        <source>Select an entry</source>
        <translation>יש לבחור פריט</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="696"/>
        <location filename="../ui/MainWindow.cpp" line="884"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="890"/>
        <source>No uploads</source>
        <translation>אין העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="891"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>לאחר ההתחברות אפשר לגרור קבצים לכל מקום בחלון כדי להעלות אותם.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="894"/>
        <source>Uploads</source>
        <translation>העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="907"/>
        <source>Not connected</source>
        <translation>אין חיבור לשרת</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::PlayerPanel</name>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="75"/>
        <source>Capture Thumbnail Here</source>
        <translation>לכידת תמונה ממוזערת כאן</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="79"/>
        <source>Video</source>
        <translation>וידאו</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="88"/>
        <location filename="../ui/views/PlayerPanel.cpp" line="142"/>
        <source>Rendition</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="99"/>
        <source>Play or pause (Space)</source>
        <translation>ניגון או השהיה (רווח)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="102"/>
        <source>Position</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="112"/>
        <source>Speed</source>
        <translation>מהירות</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="113"/>
        <source>Playback speed</source>
        <translation>מהירות ניגון</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="117"/>
        <source>Mute</source>
        <translation>השתקה</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="125"/>
        <source>Volume</source>
        <translation>עוצמת קול</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="131"/>
        <source>Full Screen</source>
        <translation>מסך מלא</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="132"/>
        <source>Full screen (F; Esc leaves it)</source>
        <translation>מסך מלא (F; ‏Esc ליציאה)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="136"/>
        <source>Make a thumbnail of the picture at this position</source>
        <translation>יצירת תמונה ממוזערת מהתמונה במיקום זה</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="203"/>
        <source>Buffering…</source>
        <translation>טוען לזיכרון…</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="216"/>
        <source>This rendition cannot be played here: %1</source>
        <translation>לא ניתן לנגן כאן גרסה זו: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="231"/>
        <source>Select an entry to play it here.</source>
        <translation>בחרו רשומה כדי לנגן אותה כאן.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="251"/>
        <source>An image has nothing to play.</source>
        <translation>לתמונה אין מה לנגן.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="257"/>
        <source>This entry is not ready to play yet (%1).</source>
        <translation>הרשומה עדיין אינה מוכנה לניגון (%1).</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="264"/>
        <source>No rendition of this entry can be played here: none is web-playable and ready.</source>
        <translation>אף גרסה של רשומה זו אינה ניתנת לניגון כאן: אין גרסה מוכנה שניתן לנגן ברשת.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="291"/>
        <source>Audio only</source>
        <translation>שמע בלבד</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="330"/>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <location filename="../ui/views/PlayerPanel.cpp" line="330"/>
        <source>Play</source>
        <translation>ניגון</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="35"/>
        <source>Uploads</source>
        <translation>העלאות</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="40"/>
        <source>Files uploaded at once</source>
        <translation>קבצים שמועלים בו־זמנית</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="41"/>
        <source>&amp;Files uploaded at once:</source>
        <translation>&amp;קבצים בו־זמנית:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="45"/>
        <source>Chunks sent at once per file</source>
        <translation>חלקים שנשלחים בו־זמנית לכל קובץ</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="46"/>
        <source>More chunks at once make one big file faster on a fast link.</source>
        <translation>יותר חלקים בו־זמנית מאיצים קובץ גדול בחיבור מהיר.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="47"/>
        <source>&amp;Chunks at once per file:</source>
        <translation>&amp;חלקים בו־זמנית לקובץ:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="50"/>
        <source>Chunk size</source>
        <translation>גודל חלק</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="51"/>
        <source>Adaptive (about 4 s per chunk)</source>
        <translation>מסתגל (כ־4 שניות לחלק)</translation>
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
        <translation>&amp;גודל חלק:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="55"/>
        <source>&amp;Continue unfinished uploads when mini-KMC starts</source>
        <translation>&amp;המשך העלאות שלא הסתיימו בהפעלת mini-KMC</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="57"/>
        <source>When off, they wait, paused, until you resume them.</source>
        <translation>כשהאפשרות כבויה, הן ממתינות מושהות עד שתמשיכו אותן.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="61"/>
        <source>Library</source>
        <translation>ספרייה</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="67"/>
        <source>Entries loaded at a time</source>
        <translation>רשומות שנטענות בכל פעם</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="68"/>
        <source>&amp;Entries loaded at a time:</source>
        <translation>&amp;רשומות בכל פעם:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="74"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="75"/>
        <source>Thumbnail cache size</source>
        <translation>גודל מטמון התמונות הממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="81"/>
        <source>C&amp;lear Cache</source>
        <translation>&amp;ניקוי המטמון</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="87"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>&amp;מטמון תמונות ממוזערות:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="93"/>
        <location filename="../ui/views/SettingsDialog.cpp" line="97"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="101"/>
        <source>The new language is used the next time mini-KMC starts.</source>
        <translation>השפה החדשה תחול בהפעלה הבאה של mini-KMC.</translation>
    </message>
    <message>
        <location filename="../ui/views/SettingsDialog.cpp" line="123"/>
        <source>%1 used</source>
        <translation>%1 בשימוש</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="17"/>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <location filename="../ui/views/ShortcutsDialog.cpp" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
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
<context>
    <name>minikmc::ui::ThumbnailsTab</name>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="44"/>
        <source>Set as Default</source>
        <translation>קביעה כברירת מחדל</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="45"/>
        <source>Add Images…</source>
        <translation>הוספת תמונות…</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="47"/>
        <source>Capture</source>
        <translation>לכידה</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="48"/>
        <source>Save…</source>
        <translation>שמירה…</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="49"/>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="55"/>
        <source>Thumbnails</source>
        <translation>תמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="62"/>
        <source>Drop image files here to add them as thumbnails</source>
        <translation>גררו לכאן קובצי תמונה כדי להוסיף אותם כתמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="68"/>
        <source> s</source>
        <translation> ש׳</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="69"/>
        <source>Capture at second</source>
        <translation>לכידה בשנייה</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="75"/>
        <source>Add Thumbnails</source>
        <translation>הוספת תמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="77"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>תמונות (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="83"/>
        <source>Save Thumbnail</source>
        <translation>שמירת תמונה ממוזערת</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="90"/>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="93"/>
        <source>Delete Thumbnail</source>
        <translation>מחיקת תמונה ממוזערת</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="93"/>
        <source>Delete this thumbnail?</source>
        <translation>למחוק תמונה ממוזערת זו?</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="99"/>
        <source>From the video at</source>
        <translation>מהווידאו בשנייה</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="187"/>
        <source>Default · %1</source>
        <translation>ברירת מחדל · %1</translation>
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
        <translation>לא ניתן למחוק את תמונת ברירת המחדל; קבעו קודם תמונה אחרת כברירת מחדל</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailsTab.cpp" line="238"/>
        <source>%1 is not an image file</source>
        <translation>%1 אינו קובץ תמונה</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::UploadDetailsDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="28"/>
        <source>Upload %n Files</source>
        <translation>
            <numerusform>העלאת קובץ אחד</numerusform>
            <numerusform>העלאת %n קבצים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="28"/>
        <source>Upload Details</source>
        <translation>פרטי ההעלאה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="33"/>
        <source>Upload &lt;b&gt;%1&lt;/b&gt; as a new entry.</source>
        <translation>העלאת &lt;b&gt;%1&lt;/b&gt; כרשומה חדשה.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="35"/>
        <source>Details of the entry for &lt;b&gt;%1&lt;/b&gt;. Changes are saved to the entry at once, also while it uploads.</source>
        <translation>פרטי הרשומה של &lt;b&gt;%1&lt;/b&gt;. שינויים נשמרים ברשומה מיד, גם בזמן ההעלאה.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="39"/>
        <source>Each file becomes a new entry named after the file. The details below apply to all %n files.</source>
        <translation>
            <numerusform>הקובץ יהפוך לרשומה חדשה בשמו. הפרטים שלמטה חלים עליו.</numerusform>
            <numerusform>כל קובץ יהפוך לרשומה חדשה בשמו. הפרטים שלמטה חלים על כל %n הקבצים.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="49"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="57"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="58"/>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="61"/>
        <source>Comma-separated, e.g. lecture, biology</source>
        <translation>מופרדות בפסיקים, למשל הרצאה, ביולוגיה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="62"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="63"/>
        <source>&amp;Tags:</source>
        <translation>&amp;תגיות:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="66"/>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="67"/>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="71"/>
        <source>&amp;Category:</source>
        <translation>&amp;קטגוריה:</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="81"/>
        <source>&amp;Upload</source>
        <translation>&amp;העלאה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="81"/>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="101"/>
        <source>Category %1</source>
        <translation>קטגוריה %1</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadDetailsDialog.cpp" line="129"/>
        <source>An entry needs a name.</source>
        <translation>לרשומה נדרש שם.</translation>
    </message>
</context>
<context>
    <name>minikmc::ui::UploadPanel</name>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="96"/>
        <source>Add Files…</source>
        <translation>הוספת קבצים…</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="96"/>
        <source>Choose files to upload (Ctrl+U)</source>
        <translation>בחירת קבצים להעלאה (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="98"/>
        <location filename="../ui/views/UploadPanel.cpp" line="269"/>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="98"/>
        <source>Pause the selected uploads, or all of them</source>
        <translation>השהיית ההעלאות שנבחרו, או של כולן</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="99"/>
        <location filename="../ui/views/UploadPanel.cpp" line="267"/>
        <source>Resume</source>
        <translation>המשך</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="99"/>
        <source>Resume the selected uploads, or all of them</source>
        <translation>המשך ההעלאות שנבחרו, או של כולן</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="100"/>
        <source>Cancel…</source>
        <translation>ביטול…</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="100"/>
        <source>Cancel the selected uploads</source>
        <translation>ביטול ההעלאות שנבחרו</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="101"/>
        <location filename="../ui/views/UploadPanel.cpp" line="271"/>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="101"/>
        <source>Try the selected failed uploads again</source>
        <translation>ניסיון חוזר של ההעלאות שנכשלו ונבחרו</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="102"/>
        <source>Clear Finished</source>
        <translation>ניקוי שהסתיימו</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="102"/>
        <source>Remove finished uploads from the list</source>
        <translation>הסרת העלאות שהסתיימו מהרשימה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="132"/>
        <source>Uploads</source>
        <translation>העלאות</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="143"/>
        <source>No uploads</source>
        <translation>אין העלאות</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="144"/>
        <source>Drop files or folders anywhere on the window to upload them, or choose Upload… (Ctrl+U). Uploads continue after a restart.</source>
        <translation>גררו קבצים או תיקיות לכל מקום בחלון כדי להעלות אותם, או בחרו „העלאה…” (Ctrl+U). ההעלאות ממשיכות אחרי הפעלה מחדש.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="223"/>
        <source>%1 % of %2</source>
        <translation>%1% מתוך %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="225"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>אחת ממתינה</numerusform>
            <numerusform>%n ממתינות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="226"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>אחת מועלית</numerusform>
            <numerusform>%n מועלות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="271"/>
        <source>Start Over</source>
        <translation>להתחיל מחדש</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="274"/>
        <source>Edit Details…</source>
        <translation>עריכת פרטים…</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="277"/>
        <source>Show Entry</source>
        <translation>הצגת הרשומה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="281"/>
        <source>Remove from List</source>
        <translation>הסרה מהרשימה</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="283"/>
        <source>Cancel Upload…</source>
        <translation>ביטול ההעלאה…</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="317"/>
        <source>Cancel the upload of %1?</source>
        <translation>לבטל את העלאת %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/UploadPanel.cpp" line="318"/>
        <source>Cancel %n uploads?</source>
        <translation>
            <numerusform>לבטל העלאה אחת?</numerusform>
            <numerusform>לבטל %n העלאות?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="320"/>
        <location filename="../ui/views/UploadPanel.cpp" line="323"/>
        <source>Cancel Uploads</source>
        <translation>ביטול ההעלאות</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="321"/>
        <source>What was uploaded is deleted from the server, with the new entries made for these files. Your files stay as they are.</source>
        <translation>מה שהועלה יימחק מהשרת, יחד עם הרשומות החדשות שנוצרו עבור הקבצים. הקבצים שלכם נשארים כפי שהם.</translation>
    </message>
    <message>
        <location filename="../ui/views/UploadPanel.cpp" line="325"/>
        <source>Keep Uploading</source>
        <translation>להמשיך להעלות</translation>
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
            <numerusform>ניסיון חוזר בעוד שנייה</numerusform>
            <numerusform>ניסיון חוזר בעוד %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="105"/>
        <source>Failed: %1</source>
        <translation>נכשלה: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="108"/>
        <source>Done (%1)</source>
        <translation>הסתיימה (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="135"/>
        <source>Entry %1</source>
        <translation>רשומה %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="137"/>
        <source>%1 of %2 on the server</source>
        <translation>%1 מתוך %2 בשרת</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/UploadQueueModel.cpp" line="139"/>
        <source>Retried %n times</source>
        <translation>
            <numerusform>נוסתה שוב פעם אחת</numerusform>
            <numerusform>נוסתה שוב %n פעמים</numerusform>
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
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="170"/>
        <source>%1/s</source>
        <translation>%1/שנ׳</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="191"/>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="193"/>
        <source>Entry</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="195"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="197"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="199"/>
        <source>Speed</source>
        <translation>מהירות</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="201"/>
        <source>Time Left</source>
        <translation>זמן שנותר</translation>
    </message>
    <message>
        <location filename="../ui/models/UploadQueueModel.cpp" line="203"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::FileIdentity</name>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="27"/>
        <source>The file %1 no longer exists.</source>
        <translation>הקובץ %1 כבר לא קיים.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="31"/>
        <source>%1 is not a file.</source>
        <translation>%1 אינו קובץ.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="47"/>
        <location filename="../core/upload/FileIdentity.cpp" line="56"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את הקובץ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="66"/>
        <source>The file is gone.</source>
        <translation>הקובץ נעלם.</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="68"/>
        <source>The file changed since it was queued (its size was %1 bytes, now %2).</source>
        <translation>הקובץ השתנה מאז שנוסף לתור (גודלו היה %1 בתים, כעת %2).</translation>
    </message>
    <message>
        <location filename="../core/upload/FileIdentity.cpp" line="73"/>
        <source>The file changed since it was queued (it was modified %1).</source>
        <translation>הקובץ השתנה מאז שנוסף לתור (שונה ב־%1).</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadJob</name>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="35"/>
        <source>The server no longer has this upload.</source>
        <translation>ההעלאה הזו כבר לא קיימת בשרת.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="37"/>
        <source>The upload was left unfinished for too long and the server gave it up.</source>
        <translation>ההעלאה נותרה לא גמורה זמן רב מדי והשרת ויתר עליה.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="39"/>
        <source>The server no longer accepts bytes for this upload.</source>
        <translation>השרת כבר לא מקבל נתונים להעלאה זו.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="41"/>
        <source>The server did not receive all the chunks.</source>
        <translation>השרת לא קיבל את כל החלקים.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="43"/>
        <source>This account does not accept files of this type.</source>
        <translation>החשבון אינו מקבל קבצים מסוג זה.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="45"/>
        <source>The upload was sent in more pieces than the server allows.</source>
        <translation>ההעלאה נשלחה ביותר חלקים ממה שהשרת מתיר.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="47"/>
        <source>The entry of this upload was deleted.</source>
        <translation>הרשומה של ההעלאה הזו נמחקה.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="49"/>
        <source>The server could not store the uploaded bytes.</source>
        <translation>השרת לא הצליח לשמור את הנתונים שהועלו.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="51"/>
        <source>This account may not upload media.</source>
        <translation>לחשבון זה אסור להעלות מדיה.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="123"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="125"/>
        <source>Preparing</source>
        <translation>בהכנה</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="127"/>
        <source>Uploading</source>
        <translation>מועלית</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="129"/>
        <source>Paused</source>
        <translation>מושהית</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="131"/>
        <source>Retrying</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="133"/>
        <source>Verifying</source>
        <translation>באימות</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="135"/>
        <source>Done</source>
        <translation>הסתיימה</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="137"/>
        <source>Failed</source>
        <translation>נכשלה</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="139"/>
        <source>Cancelling</source>
        <translation>מבוטלת</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="141"/>
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="219"/>
        <source>You signed out.</source>
        <translation>יצאתם מהחשבון.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="230"/>
        <source>The session ended and cannot be renewed here; sign in again.</source>
        <translation>ההפעלה הסתיימה ולא ניתן לחדש אותה כאן; היכנסו שוב.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="347"/>
        <source>the answer has no token or entry id</source>
        <translation>בתשובה אין מזהה אסימון או רשומה</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="472"/>
        <source>The server holds %1 bytes of this file instead of %2.</source>
        <translation>בשרת יש %1 בתים של הקובץ במקום %2.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="485"/>
        <source>The server gave this upload up (its token is %1).</source>
        <translation>השרת ויתר על ההעלאה (האסימון שלה %1).</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="486"/>
        <source>deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="487"/>
        <source>timed out</source>
        <translation>פג תוקפו</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="668"/>
        <source>The server holds %1 of %2 bytes after the last chunk.</source>
        <translation>אחרי החלק האחרון יש בשרת %1 מתוך %2 בתים.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="680"/>
        <source>The server may hold a mix of two versions: start over.</source>
        <translation>ייתכן שבשרת יש תערובת של שתי גרסאות: התחילו מחדש.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="730"/>
        <source>Details not saved: %1</source>
        <translation>הפרטים לא נשמרו: %1</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadJob.cpp" line="858"/>
        <source>Cancelling did not remove the upload from the server: %1</source>
        <translation>הביטול לא הסיר את ההעלאה מהשרת: %1</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadJournal</name>
    <message>
        <location filename="../core/upload/UploadJournal.cpp" line="128"/>
        <source>Cannot create the folder of %1.</source>
        <translation>לא ניתן ליצור את התיקייה של %1.</translation>
    </message>
</context>
<context>
    <name>minikmc::upload::UploadQueue</name>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="83"/>
        <source>%1 does not exist.</source>
        <translation>%1 אינו קיים.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 אינו קובץ.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="91"/>
        <source>%1 cannot be read.</source>
        <translation>לא ניתן לקרוא את %1.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="95"/>
        <source>%1 is empty.</source>
        <translation>%1 ריק.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="100"/>
        <source>%1 is not a video, audio or image file.</source>
        <translation>%1 אינו קובץ וידאו, שמע או תמונה.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="114"/>
        <source>%1 is already in the upload queue.</source>
        <translation>%1 כבר נמצא בתור ההעלאות.</translation>
    </message>
    <message>
        <location filename="../core/upload/UploadQueue.cpp" line="143"/>
        <source>%1 is being uploaded by another mini-KMC window or command.</source>
        <translation>%1 כבר מועלה על ידי חלון או פקודה אחרים של mini-KMC.</translation>
    </message>
</context>
</TS>
