<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="21"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate to &quot;RTL&quot; in right-to-left languages (Hebrew, Arabic), to &quot;LTR&quot; in all others.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/minikmc/main.cpp" line="40"/>
        <source>Manage the media of a Kaltura account.</source>
        <translation>ניהול המדיה של חשבון Kaltura.</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="44"/>
        <source>Kaltura server to use (default: $KALTURA_SERVICE_URL).</source>
        <translation>שרת Kaltura לשימוש (ברירת מחדל: $KALTURA_SERVICE_URL).</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="45"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="64"/>
        <source>Contacting %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="69"/>
        <source>Connected to %1 · Kaltura %2</source>
        <translation>מחובר אל %1 · Kaltura %2</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="74"/>
        <source>Cannot reach %1 (%2); trying again in %3 s</source>
        <translation>אין גישה אל %1 (%2); ניסיון נוסף בעוד %3 שנ׳</translation>
    </message>
    <message>
        <location filename="../app/minikmc/main.cpp" line="81"/>
        <source>Cannot reach %1: %2</source>
        <translation>אין גישה אל %1: %2</translation>
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
        <translation>העלאה…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Upload media files (Ctrl+U)</source>
        <translation>העלאת קובצי מדיה (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Reload the entry list (F5)</source>
        <translation>טעינה מחדש של רשימת הפריטים (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Search Entries</source>
        <translation>חיפוש פריטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Table</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Show entries as a table</source>
        <translation>הצגת הפריטים כטבלה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Grid</source>
        <translation>רשת</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>Show entries as a grid of thumbnails</source>
        <translation>הצגת הפריטים כרשת של תמונות ממוזערות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Sign In…</source>
        <translation>התחברות…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Main Toolbar</source>
        <translation>סרגל כלים ראשי</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>חיפוש פריטים (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Sign in to search your library.</source>
        <translation>יש להתחבר כדי לחפש בספרייה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Not signed in</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Your Kaltura media library appears here after you sign in to an account.</source>
        <translation>ספריית המדיה שלך ב-Kaltura תופיע כאן לאחר ההתחברות לחשבון.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>No filters yet</source>
        <translation>אין עדיין מסננים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Filter by type, status, date and category after you sign in.</source>
        <translation>לאחר ההתחברות ניתן לסנן לפי סוג, מצב, תאריך וקטגוריה.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Filters</source>
        <translation>מסננים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Metadata</source>
        <translation>מטא-נתונים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Its title, description, tags and schedule appear here.</source>
        <translation>הכותרת, התיאור, התגיות ולוח הזמנים של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Flavors</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Its renditions (flavors) appear here.</source>
        <translation>גרסאות הקידוד (flavors) של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Thumbnails</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Its thumbnails appear here.</source>
        <translation>התמונות הממוזערות של הפריט יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>You can play it here.</source>
        <translation>כאן ניתן לנגן אותו.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Select an entry</source>
        <translation>יש לבחור פריט</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>No uploads</source>
        <translation>אין העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Drop files anywhere to upload once you are signed in.</source>
        <translation>לאחר ההתחברות אפשר לגרור קבצים לכל מקום בחלון כדי להעלות אותם.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Uploads</source>
        <translation>העלאות</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Not connected</source>
        <translation>אין חיבור לשרת</translation>
    </message>
</context>
</TS>
