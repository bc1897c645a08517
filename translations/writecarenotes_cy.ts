<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AbbeyPainScale</name>
    <message>
        <source>Absent (0)</source>
        <translation>Dim (0)</translation>
    </message>
    <message>
        <source>Mild (1)</source>
        <translation>Ysgafn (1)</translation>
    </message>
    <message>
        <source>Moderate (2)</source>
        <translation>Cymedrol (2)</translation>
    </message>
    <message>
        <source>Severe (3)</source>
        <translation>Difrifol (3)</translation>
    </message>
    <message>
        <source>Abbey Pain Scale: Abbey J. et al., International Journal of Palliative Nursing 10(1), 2004 (scale version 1998-2002)</source>
        <translation>Graddfa Poen Abbey: Abbey J. et al., International Journal of Palliative Nursing 10(1), 2004 (fersiwn y raddfa 1998-2002)</translation>
    </message>
    <message>
        <source>Vocalisation: whimpering, groaning, crying</source>
        <translation>Lleisio: cwynfan, griddfan, crio</translation>
    </message>
    <message>
        <source>Facial expression: looking tense, frowning, grimacing, looking frightened</source>
        <translation>Mynegiant yr wyneb: edrych yn llawn tyndra, gwgu, ystumio&apos;r wyneb, edrych yn ofnus</translation>
    </message>
    <message>
        <source>Change in body language: fidgeting, rocking, guarding part of the body, withdrawn</source>
        <translation>Newid yn iaith y corff: aflonydd, siglo, gwarchod rhan o&apos;r corff, encilgar</translation>
    </message>
    <message>
        <source>Behavioural change: more confused, refusing to eat, change in usual patterns</source>
        <translation>Newid ymddygiad: mwy dryslyd, gwrthod bwyta, newid yn y patrymau arferol</translation>
    </message>
    <message>
        <source>Physiological change: temperature, pulse or blood pressure outside normal limits, perspiring, flushing or pallor</source>
        <translation>Newid ffisiolegol: tymheredd, cyfradd curiad y galon neu bwysedd gwaed y tu allan i&apos;r terfynau arferol, chwysu, cochi neu welwi</translation>
    </message>
    <message>
        <source>Physical changes: skin tears, pressure areas, arthritis, contractures, previous injuries</source>
        <translation>Newidiadau corfforol: rhwygiadau croen, mannau pwyso, arthritis, cyfangiadau, anafiadau blaenorol</translation>
    </message>
    <message>
        <source>Type of pain</source>
        <translation>Math o boen</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Cronig</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Acíwt</translation>
    </message>
    <message>
        <source>Acute on chronic</source>
        <translation>Acíwt ar ben cronig</translation>
    </message>
    <message>
        <source>Needed when the score is 3 or more.</source>
        <translation>Yn ofynnol pan fo&apos;r sgôr yn 3 neu fwy.</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Poen difrifol</translation>
    </message>
    <message>
        <source>Moderate pain</source>
        <translation>Poen cymedrol</translation>
    </message>
    <message>
        <source>Mild pain</source>
        <translation>Poen ysgafn</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Dim poen</translation>
    </message>
    <message>
        <source>Act on the pain (comfort, position, prescribed pain relief; the GP if it is new or not relieved) and score it again within an hour of what was done.</source>
        <translation>Ymatebwch i&apos;r boen (cysur, newid safle, meddyginiaeth lleddfu poen a ragnodwyd; y meddyg teulu os yw&apos;n newydd neu heb ei lleddfu) a sgoriwch hi eto o fewn awr i&apos;r hyn a wnaed.</translation>
    </message>
</context>
<context>
    <name>AdminCommandLine</name>
    <message>
        <source>The PostgreSQL database: a libpq connection string (&quot;host=... dbname=... user=... sslmode=...&quot;) or a postgresql:// address. Default: database/conninfo in the settings file.</source>
        <translation>Y gronfa ddata PostgreSQL: llinyn cysylltu libpq (&quot;host=... dbname=... user=... sslmode=...&quot;) neu gyfeiriad postgresql://. Rhagosodiad: database/conninfo yn y ffeil gosodiadau.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>No database given: pass --db &quot;host=... dbname=...&quot; (see --help).</source>
        <translation>Ni roddwyd cronfa ddata: rhowch --db &quot;host=... dbname=...&quot; (gweler --help).</translation>
    </message>
    <message>
        <source>Applied schema migration %1: %2</source>
        <translation>Mudo sgema %1 wedi&apos;i gymhwyso: %2</translation>
    </message>
    <message>
        <source>The database is already at schema %1; nothing to do.</source>
        <translation>Mae&apos;r gronfa ddata eisoes ar sgema %1; dim i&apos;w wneud.</translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation>Mae&apos;r gronfa ddata ar sgema %1.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cronfa ddata: %1</translation>
    </message>
    <message>
        <source>Schema: %1 (this program knows up to %2)</source>
        <translation>Sgema: %1 (mae&apos;r rhaglen hon yn gwybod hyd at %2)</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Wedi&apos;u cymhwyso:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  dim</translation>
    </message>
    <message>
        <source>  %1  %2  by %3 with Write Care Notes %4  %5</source>
        <translation>  %1  %2  defnyddiwr %3, Write Care Notes %4  %5</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Yn aros:</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>New monthly partitions for shift notes: %1.</source>
        <translation>Rhaniadau misol newydd ar gyfer nodiadau shifft: %1.</translation>
    </message>
    <message>
        <source>Shift notes have partitions up to %1.</source>
        <translation>Mae gan nodiadau shifft raniadau hyd at %1.</translation>
    </message>
    <message>
        <source>The organization, by name or id.</source>
        <translation>Y sefydliad, yn ôl enw neu ID.</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>The new user&apos;s first name.</source>
        <translation>Enw cyntaf y defnyddiwr newydd.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>The new user&apos;s surname.</source>
        <translation>Cyfenw&apos;r defnyddiwr newydd.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: carer, nurse, manager or admin.</source>
        <translation>Rôl y defnyddiwr newydd: carer (gofalwr), nurse (nyrs), manager (rheolwr) neu admin (gweinyddwr).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <source>A care home the new user works at, by name or id (repeat for more).</source>
        <translation>Cartref gofal y mae&apos;r defnyddiwr newydd yn gweithio ynddo, yn ôl enw neu ID (ailadroddwch i ychwanegu rhagor).</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>cartref</translation>
    </message>
    <message>
        <source>The new user works at every care home of the organization, present and future.</source>
        <translation>Mae&apos;r defnyddiwr newydd yn gweithio ym mhob cartref gofal sydd gan y sefydliad, nawr ac yn y dyfodol.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>llwybr</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch ef eto: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation>Beth i&apos;w wneud (gweler y rhestr uchod).</translation>
    </message>
    <message>
        <source>Give one command: %1 (see --help).</source>
        <translation>Rhowch un gorchymyn: %1 (gweler --help).</translation>
    </message>
    <message>
        <source>%1 needs exactly one name (see --help).</source>
        <translation>%1: mae angen union un enw (gweler --help).</translation>
    </message>
    <message>
        <source>%1 takes no further words (see --help).</source>
        <translation>%1: nid yw&apos;n derbyn geiriau pellach (gweler --help).</translation>
    </message>
    <message>
        <source>Warning: a password given with --db can be read by other users of this computer in the process list: use PGPASSWORD or a .pgpass file instead.</source>
        <translation>Rhybudd: gall defnyddwyr eraill y cyfrifiadur hwn ddarllen cyfrinair a roddir gyda --db yn y rhestr prosesau: defnyddiwch PGPASSWORD neu ffeil .pgpass yn lle hynny.</translation>
    </message>
    <message>
        <source>Created the organization %1 (id %2).</source>
        <translation>Crëwyd y sefydliad %1 (ID %2).</translation>
    </message>
    <message>
        <source>create-facility needs --organization (see --help).</source>
        <translation>Mae angen --organization ar create-facility (gweler --help).</translation>
    </message>
    <message>
        <source>Created the care home %1 (id %2).</source>
        <translation>Crëwyd y cartref gofal %1 (ID %2).</translation>
    </message>
    <message>
        <source>create-user needs --%1 (see --help).</source>
        <translation>Mae angen --%1 ar create-user (gweler --help).</translation>
    </message>
    <message>
        <source>create-user needs either --facility (one or more) or --all-facilities.</source>
        <translation>Mae angen naill ai --facility (un neu fwy) neu --all-facilities ar create-user.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Cyfrinair ar gyfer %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Ni roddwyd cyfrinair ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>The user could not be saved: try again.</source>
        <translation>Nid oedd modd cadw&apos;r defnyddiwr: ceisiwch eto.</translation>
    </message>
    <message>
        <source>Created the user %1 (id %2); they choose a new password at their first sign-in.</source>
        <translation>Crëwyd y defnyddiwr %1 (ID %2); bydd yn dewis cyfrinair newydd wrth fewngofnodi am y tro cyntaf.</translation>
    </message>
    <message>
        <source>Password for the station login %1: </source>
        <translation>Cyfrinair ar gyfer mewngofnod gorsaf %1: </translation>
    </message>
    <message>
        <source>The station login %1 is ready: stations connect with &quot;user=%1&quot; and its password.</source>
        <translation>Mae mewngofnod gorsaf %1 yn barod: mae gorsafoedd yn cysylltu gyda &quot;user=%1&quot; a&apos;i gyfrinair.</translation>
    </message>
    <message>
        <source>init-keys writes a file on the database server, which only a PostgreSQL superuser may: connect as one.</source>
        <translation>Mae init-keys yn ysgrifennu ffeil ar weinydd y gronfa ddata, a dim ond uwchddefnyddiwr PostgreSQL sy&apos;n cael gwneud hynny: cysylltwch fel uwchddefnyddiwr.</translation>
    </message>
    <message>
        <source>The master key of the medical notes is in %1 on the database server. Back it up apart from the database: without it no medical note can be read.</source>
        <translation>Mae prif allwedd y nodiadau meddygol yn %1 ar weinydd y gronfa ddata. Gwnewch gopi wrth gefn ohoni ar wahân i&apos;r gronfa ddata: hebddi, ni ellir darllen unrhyw nodyn meddygol.</translation>
    </message>
    <message numerus="yes">
        <source>Every organization has a new key; %n medical note(s) were re-encrypted under it.</source>
        <translation>
            <numerusform>Mae gan bob sefydliad allwedd newydd; ail-amgryptiwyd %n nodyn meddygol â hi.</numerusform>
            <numerusform>Mae gan bob sefydliad allwedd newydd; ail-amgryptiwyd %n nodyn meddygol â hi.</numerusform>
            <numerusform>Mae gan bob sefydliad allwedd newydd; ail-amgryptiwyd %n nodyn meddygol â hi.</numerusform>
            <numerusform>Mae gan bob sefydliad allwedd newydd; ail-amgryptiwyd %n nodyn meddygol â hi.</numerusform>
            <numerusform>Mae gan bob sefydliad allwedd newydd; ail-amgryptiwyd %n nodyn meddygol â hi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user&apos;s email address, with which they sign in.</source>
        <translation>Cyfeiriad e-bost y defnyddiwr, a ddefnyddir i fewngofnodi.</translation>
    </message>
    <message>
        <source>Where the database server keeps the master key of the medical notes: a full path on the server, outside its data directory. Default (init-keys): beside the data directory. restore-key writes this file.</source>
        <translation>Lle mae gweinydd y gronfa ddata yn cadw prif allwedd y nodiadau meddygol: llwybr llawn ar y gweinydd, y tu allan i&apos;w gyfeiriadur data. Rhagosodiad (init-keys): wrth ymyl y cyfeiriadur data. Mae restore-key yn ysgrifennu&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>set-password: the user keeps the new password instead of choosing their own at their next sign-in.</source>
        <translation>set-password: mae&apos;r defnyddiwr yn cadw&apos;r cyfrinair newydd yn hytrach na dewis ei gyfrinair ei hun y tro nesaf y bydd yn mewngofnodi.</translation>
    </message>
    <message>
        <source>restore-key: for the database Write Care Notes keeps on this computer, in its own key folder.</source>
        <translation>restore-key: ar gyfer y gronfa ddata y mae Write Care Notes yn ei chadw ar y cyfrifiadur hwn, yn ei ffolder allweddi ei hun.</translation>
    </message>
    <message>
        <source>generate-data: how many care homes (default 1).</source>
        <translation>generate-data: sawl cartref gofal (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>homes</source>
        <translation>cartrefi</translation>
    </message>
    <message>
        <source>generate-data: the same seed always gives the same data (default 1).</source>
        <translation>generate-data: mae&apos;r un hedyn bob amser yn rhoi&apos;r un data (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>hedyn</translation>
    </message>
    <message>
        <source>generate-data: how many days of care, ending today (default 365).</source>
        <translation>generate-data: sawl diwrnod o ofal, yn gorffen heddiw (rhagosodiad 365).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dyddiau</translation>
    </message>
    <message>
        <source>generate-data: beds per home (default %1).</source>
        <translation>generate-data: nifer y gwelyau ym mhob cartref (rhagosodiad %1).</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>gwelyau</translation>
    </message>
    <message>
        <source>unlock-user needs --email (see --help).</source>
        <translation>Mae angen --email ar unlock-user (gweler --help).</translation>
    </message>
    <message>
        <source>No user has the email %1.</source>
        <translation>Nid oes unrhyw ddefnyddiwr â&apos;r cyfeiriad e-bost %1.</translation>
    </message>
    <message>
        <source>%1 may sign in again: the failed sign-ins that locked the account no longer count.</source>
        <translation>Caiff %1 fewngofnodi eto: nid yw&apos;r ymdrechion aflwyddiannus i fewngofnodi a gloiodd y cyfrif yn cael eu hystyried mwyach.</translation>
    </message>
    <message>
        <source>set-password needs --email (see --help).</source>
        <translation>Mae angen --email ar set-password (gweler --help).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Cyfrinair newydd ar gyfer %1: </translation>
    </message>
    <message>
        <source>The password could not be saved: try again.</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair: ceisiwch eto.</translation>
    </message>
    <message>
        <source>The password of %1 is set; they choose a new one at their next sign-in. Their sessions and any lockout have ended.</source>
        <translation>Mae cyfrinair %1 wedi&apos;i osod; bydd yn dewis un newydd y tro nesaf y bydd yn mewngofnodi. Mae&apos;r sesiynau ac unrhyw gloi allan wedi dod i ben.</translation>
    </message>
    <message>
        <source>The password of %1 is set. Their sessions and any lockout have ended.</source>
        <translation>Mae cyfrinair %1 wedi&apos;i osod. Mae&apos;r sesiynau ac unrhyw gloi allan wedi dod i ben.</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>heb ei gloi</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>wedi&apos;i gloi tan %1 UTC</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>anweithredol</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Dim defnyddwyr.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rhesi:</translation>
    </message>
    <message>
        <source>Database size: %1 MB</source>
        <translation>Maint y gronfa ddata: %1 MB</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <source>restore-key needs either --embedded (the database Write Care Notes keeps on this computer) or --key-file PATH (the file a server on this computer reads), not both.</source>
        <translation>Mae angen naill ai --embedded (y gronfa ddata y mae Write Care Notes yn ei chadw ar y cyfrifiadur hwn) neu --key-file PATH (y ffeil y mae gweinydd ar y cyfrifiadur hwn yn ei darllen) ar restore-key, nid y ddau.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created: check that its parent folder is writable.</source>
        <translation>Ni ellir creu ffolder yr allwedd %1: gwiriwch fod modd ysgrifennu i&apos;w ffolder rhiant.</translation>
    </message>
    <message>
        <source>Give the key file as a full path (starting with /): the one the database names.</source>
        <translation>Rhowch y ffeil allwedd fel llwybr llawn (yn dechrau gyda /): yr un y mae&apos;r gronfa ddata yn ei henwi.</translation>
    </message>
    <message>
        <source>A key file %1 already exists; it is never overwritten: if it is the wrong one, move it elsewhere first.</source>
        <translation>Mae ffeil allwedd %1 yn bodoli eisoes; ni chaiff byth ei throsysgrifo: os mai&apos;r un anghywir yw hi, symudwch hi i rywle arall yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the recovery key (9 groups of 8 characters), then Enter: </source>
        <translation>Teipiwch yr allwedd adfer (9 grŵp o 8 nod), yna pwyswch Enter: </translation>
    </message>
    <message>
        <source>No recovery key was given on standard input.</source>
        <translation>Ni roddwyd allwedd adfer ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>The master key of the medical notes is back in %1, readable by the %2 account only. Start Write Care Notes (or the database server) again.</source>
        <translation>Mae prif allwedd y nodiadau meddygol yn ôl yn %1, a dim ond y cyfrif %2 sy&apos;n gallu ei darllen. Dechreuwch Write Care Notes (neu weinydd y gronfa ddata) eto.</translation>
    </message>
    <message>
        <source>generate-data: care homes per organization (default %1).</source>
        <translation>generate-data: nifer y cartrefi gofal ym mhob sefydliad (rhagosodiad %1).</translation>
    </message>
    <message>
        <source>--scale, --days, --residents-per-home and --homes-per-organization take whole numbers (see --help).</source>
        <translation>Mae --scale, --days, --residents-per-home a --homes-per-organization yn derbyn rhifau cyfan yn unig (gweler --help).</translation>
    </message>
    <message>
        <source>Audit log entries sealed: %1.</source>
        <translation>Cofnodion y log archwilio a seliwyd: %1.</translation>
    </message>
    <message>
        <source>Entries of no organization</source>
        <translation>Cofnodion heb sefydliad</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>cyfan</translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation>NID YN GYFAN</translation>
    </message>
    <message>
        <source>verify-audit: a head printed by an earlier verify-audit and kept elsewhere, as CHAIN:POSITION:HASH (CHAIN: the organization&apos;s id, or none); the chain must still hold it. May be given more than once.</source>
        <translation>verify-audit: pen a argraffwyd gan verify-audit cynharach ac a gadwyd yn rhywle arall, ar ffurf CHAIN:POSITION:HASH (CHAIN: ID y sefydliad, neu none); rhaid i&apos;r gadwyn ei gynnwys o hyd. Gellir ei roi fwy nag unwaith.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>pen</translation>
    </message>
    <message>
        <source>--expect-head takes CHAIN:POSITION:HASH, as verify-audit printed it (see --help).</source>
        <translation>Mae --expect-head yn derbyn CHAIN:POSITION:HASH, fel yr argraffodd verify-audit ef (gweler --help).</translation>
    </message>
    <message>
        <source>%1: %2 up to position %3, head %4:%3:%5</source>
        <translation>%1: %2 hyd at safle %3, pen %4:%3:%5</translation>
    </message>
    <message>
        <source>backup configure: the folder pgBackRest keeps the backups and archived write-ahead log in (a full path, on another disk or a network share).</source>
        <translation>backup configure: y ffolder lle mae pgBackRest yn cadw&apos;r copïau wrth gefn a&apos;r log ysgrifennu ymlaen llaw a archifwyd (llwybr llawn, ar ddisg arall neu mewn ffolder a rennir ar y rhwydwaith).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ffolder</translation>
    </message>
    <message>
        <source>backup configure: how many full backups to keep (default %1); the write-ahead log is kept back to the oldest.</source>
        <translation>backup configure: sawl copi wrth gefn llawn i&apos;w gadw (rhagosodiad %1); cedwir y log ysgrifennu ymlaen llaw yn ôl cyn belled â&apos;r copi hynaf.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nifer</translation>
    </message>
    <message>
        <source>backup, restore: pgBackRest&apos;s configuration file for this server (default: writecarenotes-pgbackrest.conf beside the server&apos;s data folder).</source>
        <translation>backup, restore: ffeil ffurfweddu pgBackRest ar gyfer y gweinydd hwn (rhagosodiad: writecarenotes-pgbackrest.conf wrth ymyl ffolder data&apos;r gweinydd).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>backup run: full, diff (changed since the last full) or incr (changed since the last backup; the default).</source>
        <translation>backup run: full (llawn), diff (yr hyn a newidiodd ers y copi llawn diwethaf) neu incr (yr hyn a newidiodd ers y copi wrth gefn diwethaf; y rhagosodiad).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>math</translation>
    </message>
    <message>
        <source>restore: the moment to restore to, as &quot;2026-12-06 14:30&quot; in this computer&apos;s time zone, or with an offset (&quot;2026-12-06 14:30:00+00:00&quot;). Default: the newest moment archived.</source>
        <translation>restore: yr adeg i adfer iddi, fel &quot;2026-12-06 14:30&quot; yng nghylchfa amser y cyfrifiadur hwn, neu gyda gwrthbwyso (&quot;2026-12-06 14:30:00+00:00&quot;). Rhagosodiad: yr adeg ddiweddaraf a archifwyd.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>amser</translation>
    </message>
    <message>
        <source>restore: the new folder to restore the database into.</source>
        <translation>restore: y ffolder newydd i adfer y gronfa ddata iddo.</translation>
    </message>
    <message>
        <source>restore: a backup&apos;s label (from backup list), restored to its end.</source>
        <translation>restore: label copi wrth gefn (o backup list); caiff ei adfer hyd at ei ddiwedd.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>backup needs one of: %1 (see --help).</source>
        <translation>Mae angen un o&apos;r canlynol ar backup: %1 (gweler --help).</translation>
    </message>
    <message>
        <source>--retention is a number of full backups, from 1 to 9999.</source>
        <translation>Mae --retention yn nifer o gopïau wrth gefn llawn, o 1 i 9999.</translation>
    </message>
    <message>
        <source>Write Care Notes administration, for whoever runs the database server.

Commands:
  migrate                bring the database&apos;s schema up to date and print the version reached
  status [--backup-config FILE]
                         the schema versions applied and pending, and the server&apos;s health: size, tables and partitions, connections, the oldest open transaction, standbys, the newest backup and archiving; exits 3 when something needs attention (for cron or monitoring)
  maintain               create the monthly partitions for shift notes ahead of time, and seal new audit log entries into their organization&apos;s chain
  create-organization NAME
                         a new organization (a care group, or a single home&apos;s provider)
  create-facility --organization ORG NAME
                         a new care home of the organization
  create-user --organization ORG --email EMAIL --first-name NAME --last-name NAME --role ROLE
              [--facility FACILITY ...] [--all-facilities]
                         a new user, with the password read from standard input; they change it at their first sign-in
  create-station-login NAME
                         the database login a station connects with (password from standard input)
  init-keys [--key-file PATH]
                         create the master key of the medical notes on the database server (once)
  rotate-keys            new keys for every organization; every medical note re-encrypted under them
  unlock-user --email EMAIL
                         end the lockout after too many failed sign-ins of that user
  set-password --email EMAIL [--no-change-needed]
                         a new password for that user, read from standard input; they choose their own at their next sign-in unless --no-change-needed; ends their sessions and any lockout
  verify-audit           recompute every organization&apos;s audit chain: name each entry altered, put in or taken out since it was sealed, and each audited row changed, put in or taken out without its entry; print each chain&apos;s head to keep elsewhere
  list-users [--organization ORG]
                         every user: name, email, role, whether active, and until when locked out
  restore-key --embedded | --key-file PATH
                         put the master key back from the recovery key (read from standard input) into a new file, for the database on this computer (--embedded) or a server on this computer
  backup configure --repository FOLDER [--retention N]
                         WAL archiving and backups of this server with pgBackRest into FOLDER (run on the server&apos;s computer, as root or the server&apos;s account, connected as a superuser)
  backup run [--type full|diff|incr]
                         take a backup now (from cron: nightly incr, weekly full)
  backup list            the backups kept, and what the server last archived
  backup check           that the server&apos;s write-ahead log reaches the repository
  restore --into FOLDER [--to TIME | --backup LABEL] [--backup-config FILE]
                         restore into a new folder (never over the server&apos;s own), to a moment, start it privately and check it (schema, audit chains); --db is not needed when the server is gone
  generate-data [--scale N] [--seed S] [--days D] [--residents-per-home R] [--homes-per-organization G]
                         fill a new database with a fictional data set for measuring: N homes of R residents in groups of G homes, their staff and D days of their care, the same for the same seed

Give the database password through a .pgpass file or the PGPASSWORD variable rather than in --db, where other users of this computer could see it in the process list. Commands that set up roles and keys need a PostgreSQL superuser.</source>
        <translation>Gweinyddu Write Care Notes, ar gyfer pwy bynnag sy&apos;n rhedeg gweinydd y gronfa ddata.

Gorchmynion:
  migrate                dod â sgema&apos;r gronfa ddata yn gyfredol ac argraffu&apos;r fersiwn a gyrhaeddwyd
  status [--backup-config FILE]
                         fersiynau&apos;r sgema a gymhwyswyd ac sy&apos;n aros, ac iechyd y gweinydd: maint, tablau a rhaniadau, cysylltiadau, y trafodyn agored hynaf, gweinyddion wrth gefn, y copi wrth gefn diweddaraf a&apos;r archifo; mae&apos;n gadael gyda chod 3 pan fo rhywbeth angen sylw (ar gyfer cron neu fonitro)
  maintain               creu&apos;r rhaniadau misol ar gyfer nodiadau shifft ymlaen llaw, a selio cofnodion newydd y log archwilio i gadwyn eu sefydliad
  create-organization NAME
                         sefydliad newydd (grŵp gofal, neu ddarparwr un cartref)
  create-facility --organization ORG NAME
                         cartref gofal newydd i&apos;r sefydliad
  create-user --organization ORG --email EMAIL --first-name NAME --last-name NAME --role ROLE
              [--facility FACILITY ...] [--all-facilities]
                         defnyddiwr newydd, gyda&apos;r cyfrinair wedi&apos;i ddarllen o&apos;r mewnbwn safonol; bydd yn ei newid wrth fewngofnodi am y tro cyntaf
  create-station-login NAME
                         y mewngofnod cronfa ddata y mae gorsaf yn cysylltu ag ef (cyfrinair o&apos;r mewnbwn safonol)
  init-keys [--key-file PATH]
                         creu prif allwedd y nodiadau meddygol ar weinydd y gronfa ddata (unwaith)
  rotate-keys            allweddi newydd i bob sefydliad; pob nodyn meddygol wedi&apos;i ail-amgryptio â nhw
  unlock-user --email EMAIL
                         dod â&apos;r cloi allan i ben ar ôl gormod o ymdrechion aflwyddiannus gan y defnyddiwr hwnnw i fewngofnodi
  set-password --email EMAIL [--no-change-needed]
                         cyfrinair newydd i&apos;r defnyddiwr hwnnw, wedi&apos;i ddarllen o&apos;r mewnbwn safonol; bydd yn dewis ei gyfrinair ei hun y tro nesaf y bydd yn mewngofnodi oni bai bod --no-change-needed; mae&apos;n dod â&apos;i sesiynau ac unrhyw gloi allan i ben
  verify-audit           ailgyfrifo cadwyn archwilio pob sefydliad: enwi pob cofnod a newidiwyd, a ychwanegwyd neu a dynnwyd allan ers iddo gael ei selio, a phob rhes a archwilir a newidiwyd, a ychwanegwyd neu a dynnwyd allan heb ei chofnod; argraffu pen pob cadwyn i&apos;w gadw yn rhywle arall
  list-users [--organization ORG]
                         pob defnyddiwr: enw, e-bost, rôl, a yw&apos;n weithredol, a than pryd y mae wedi&apos;i gloi allan
  restore-key --embedded | --key-file PATH
                         rhoi&apos;r brif allwedd yn ôl o&apos;r allwedd adfer (wedi&apos;i darllen o&apos;r mewnbwn safonol) mewn ffeil newydd, ar gyfer y gronfa ddata ar y cyfrifiadur hwn (--embedded) neu weinydd ar y cyfrifiadur hwn
  backup configure --repository FOLDER [--retention N]
                         archifo WAL a chopïau wrth gefn o&apos;r gweinydd hwn gyda pgBackRest i FOLDER (rhedwch ar gyfrifiadur y gweinydd, fel root neu gyfrif y gweinydd, wedi&apos;ch cysylltu fel uwchddefnyddiwr)
  backup run [--type full|diff|incr]
                         gwneud copi wrth gefn nawr (o cron: incr bob nos, full bob wythnos)
  backup list            y copïau wrth gefn a gedwir, a&apos;r hyn a archifodd y gweinydd ddiwethaf
  backup check           gwirio bod log ysgrifennu ymlaen llaw&apos;r gweinydd yn cyrraedd yr ystorfa
  restore --into FOLDER [--to TIME | --backup LABEL] [--backup-config FILE]
                         adfer i ffolder newydd (byth dros ffolder y gweinydd ei hun), i adeg benodol, cychwyn y copi yn breifat a&apos;i wirio (sgema, cadwyni archwilio); nid oes angen --db pan fo&apos;r gweinydd wedi mynd
  generate-data [--scale N] [--seed S] [--days D] [--residents-per-home R] [--homes-per-organization G]
                         llenwi cronfa ddata newydd â set ddata ffug ar gyfer mesur: N cartref o R preswylydd mewn grwpiau o G cartref, eu staff a D diwrnod o&apos;u gofal, yr un fath ar gyfer yr un hedyn

Rhowch gyfrinair y gronfa ddata drwy ffeil .pgpass neu&apos;r newidyn PGPASSWORD yn hytrach nag yn --db, lle gallai defnyddwyr eraill y cyfrifiadur hwn ei weld yn y rhestr prosesau. Mae angen uwchddefnyddiwr PostgreSQL ar y gorchmynion sy&apos;n gosod rolau ac allweddi.</translation>
    </message>
    <message>
        <source>Statistics brought up to date (ANALYZE).</source>
        <translation>Mae&apos;r ystadegau wedi&apos;u diweddaru (ANALYZE).</translation>
    </message>
    <message>
        <source>backup configure needs --repository FOLDER, a full path: a disk or network share other than the server&apos;s own.</source>
        <translation>Mae angen --repository FOLDER ar backup configure, sef llwybr llawn: disg arall neu ffolder a rennir ar y rhwydwaith, nid disg y gweinydd ei hun.</translation>
    </message>
    <message>
        <source>--type is full, diff or incr (default incr: what changed since the last backup).</source>
        <translation>Rhaid i --type fod yn full, diff neu incr (incr yw&apos;r rhagosodiad: yr hyn sydd wedi newid ers y copi wrth gefn diwethaf).</translation>
    </message>
    <message>
        <source>restore needs --into FOLDER, a full path: a new folder for the restored database (the server&apos;s own is never overwritten).</source>
        <translation>Mae angen --into FOLDER ar restore, sef llwybr llawn: ffolder newydd ar gyfer y gronfa ddata a adferwyd (ni chaiff ffolder y gweinydd ei hun byth ei drosysgrifo).</translation>
    </message>
    <message>
        <source>Give --to TIME or --backup LABEL, not both.</source>
        <translation>Rhowch --to TIME neu --backup LABEL, nid y ddau.</translation>
    </message>
</context>
<context>
    <name>AppendOnlyGuard</name>
    <message>
        <source>The guard of the append-only tables cannot be installed (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir gosod amddiffyniad y tablau ychwanegu-yn-unig (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>Warning: this database has no guard of its append-only tables (no PostgreSQL superuser has migrated it), so anyone who can act as its owner role wcn_owner can disable their triggers and rewrite or delete shift notes, assessments and audit entries: run &quot;writecarenotes-admin migrate&quot; once as a superuser to install it.</source>
        <translation>Rhybudd: nid oes amddiffyniad ar dablau ychwanegu-yn-unig y gronfa ddata hon (nid yw wedi cael ei mudo gan uwchddefnyddiwr PostgreSQL), felly gall unrhyw un sy&apos;n gallu gweithredu fel ei rôl berchennog wcn_owner analluogi eu sbardunau ac ailysgrifennu neu ddileu nodiadau shifft, asesiadau a chofnodion archwilio: rhedwch &quot;writecarenotes-admin migrate&quot; unwaith fel uwchddefnyddiwr i&apos;w osod.</translation>
    </message>
</context>
<context>
    <name>ArchiveConfirmDialog</name>
    <message>
        <source>Archive the records of %1</source>
        <translation>Archifo cofnodion %1</translation>
    </message>
    <message>
        <source>Every record held about %1 is saved in %2 and, for a computer to read, %3. Keep both as the organization&apos;s archive: nothing of theirs stays in Write Care Notes.</source>
        <translation>Mae pob cofnod a gedwir am %1 wedi&apos;i gadw yn y ffeil %2 ac, ar ffurf y gall cyfrifiadur ei darllen, yn y ffeil %3. Cadwch y ddwy fel archif y sefydliad: ni fydd dim o&apos;u cofnodion yn aros yn Write Care Notes.</translation>
    </message>
    <message>
        <source>To remove their records for good, type their name as written here: %1</source>
        <translation>I ddileu eu cofnodion yn barhaol, teipiwch eu henw fel y mae wedi&apos;i ysgrifennu yma: %1</translation>
    </message>
    <message>
        <source>Remove their records</source>
        <translation>Dileu eu cofnodion</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
</context>
<context>
    <name>ArchiveStore</name>
    <message>
        <source>Only an administrator who may also read every record of the resident (a manager&apos;s rights) archives them, and only for a resident of their homes.</source>
        <translation>Dim ond gweinyddwr sydd hefyd yn cael darllen pob cofnod am y preswylydd (hawliau rheolwr) sy&apos;n gallu eu harchifo, a hynny dim ond ar gyfer preswylydd yn un o&apos;r cartrefi y mae&apos;n gweithio ynddynt.</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation>Wedi&apos;i gywiro gan gofnod diweddarach</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Cywiriad: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Yn ddyledus nesaf</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>← &amp;Record</source>
        <translation>← &amp;Cofnod</translation>
    </message>
    <message>
        <source>&amp;Date of the assessment</source>
        <translation>&amp;Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Why it is &amp;corrected</source>
        <translation>Pam mae&apos;n cael ei &amp;gywiro</translation>
    </message>
    <message>
        <source>e.g. weight was read from the wrong resident&apos;s chart</source>
        <translation>e.e. darllenwyd y pwysau o siart y preswylydd anghywir</translation>
    </message>
    <message>
        <source>or say why not now, e.g. reviewed with the GP today</source>
        <translation>neu nodwch pam na chaiff ei adolygu nawr, e.e. adolygwyd gyda&apos;r meddyg teulu heddiw</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Dim nawr</translation>
    </message>
    <message>
        <source>C&amp;orrect this assessment…</source>
        <translation>C&amp;ywiro&apos;r asesiad hwn…</translation>
    </message>
    <message>
        <source>&amp;Save the assessment</source>
        <translation>Cadw&apos;r a&amp;sesiad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Sgôr %1: %2</translation>
    </message>
    <message>
        <source>%1 (to answer)</source>
        <translation>%1 (i&apos;w ateb)</translation>
    </message>
    <message>
        <source>%1 (check this)</source>
        <translation>%1 (gwiriwch hwn)</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Heb sgôr: %1</translation>
    </message>
    <message>
        <source>Incomplete: no score until every question is answered.</source>
        <translation>Anghyflawn: dim sgôr nes bod pob cwestiwn wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>Still to answer: %1</source>
        <translation>Heb eu hateb eto: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1. Version: %2.</source>
        <translation>%1. Fersiwn: %2.</translation>
    </message>
    <message>
        <source>New assessment: answer every question, then save.</source>
        <translation>Asesiad newydd: atebwch bob cwestiwn, yna cadwch ef.</translation>
    </message>
    <message>
        <source>Done on %1 by %2, written %3.</source>
        <translation>Gwnaed ar %1. Aseswyd gan: %2. Ysgrifennwyd: %3.</translation>
    </message>
    <message>
        <source>Corrects an earlier entry: %1</source>
        <translation>Yn cywiro cofnod cynharach: %1</translation>
    </message>
    <message>
        <source>Corrected by a later entry: this one is no longer in force.</source>
        <translation>Wedi&apos;i gywiro gan gofnod diweddarach: nid yw&apos;r cofnod hwn mewn grym mwyach.</translation>
    </message>
    <message>
        <source>Next due %1.</source>
        <translation>Yn ddyledus nesaf: %1.</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <source>Choose first what to do with the care plan: open it, or say why not now.</source>
        <translation>Dewiswch yn gyntaf beth i&apos;w wneud â&apos;r cynllun gofal: ei agor, neu nodi pam na chaiff ei adolygu nawr.</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Asesiad heb ei gadw</translation>
    </message>
    <message>
        <source>This assessment is not saved. Save it before you leave it?</source>
        <translation>Nid yw&apos;r asesiad hwn wedi&apos;i gadw. Ydych chi am ei gadw cyn ei adael?</translation>
    </message>
    <message>
        <source>Saved: %1, score %2, %3.</source>
        <translation>Wedi&apos;i gadw: %1, sgôr %2, %3.</translation>
    </message>
    <message>
        <source>Correcting the assessment of %1: change what was wrong, say why, and save. The first entry stays, struck through.</source>
        <translation>Cywiro&apos;r asesiad dyddiedig %1: newidiwch yr hyn oedd yn anghywir, nodwch pam, a chadwch. Mae&apos;r cofnod cyntaf yn aros, wedi&apos;i groesi allan.</translation>
    </message>
    <message>
        <source>%1: review the care plan for %2 now. What will you do?</source>
        <translation>%1: adolygwch y cynllun gofal ar gyfer %2 nawr. Beth fyddwch chi&apos;n ei wneud?</translation>
    </message>
    <message>
        <source>Start a care plan for %1</source>
        <translation>Dechrau cynllun gofal ar gyfer %1</translation>
    </message>
    <message>
        <source>Open the care plan for %1</source>
        <translation>Agor y cynllun gofal ar gyfer %1</translation>
    </message>
    <message>
        <source>Say in a few words why the care plan is not being reviewed now, then choose Not now.</source>
        <translation>Nodwch mewn ychydig eiriau pam nad yw&apos;r cynllun gofal yn cael ei adolygu nawr, yna dewiswch Dim nawr.</translation>
    </message>
    <message>
        <source>Recorded: care plan not reviewed now (%1).</source>
        <translation>Cofnodwyd: cynllun gofal heb ei adolygu nawr (%1).</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Arg&amp;raffu…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Cadw fel PD&amp;F…</translation>
    </message>
    <message>
        <source>%1 %2 - %3 %4.pdf</source>
        <translation>%1 %2 - %3 %4.pdf</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>AssessmentSchedule</name>
    <message>
        <source>You may not change the organization&apos;s settings: ask an administrator.</source>
        <translation>Ni chewch newid gosodiadau&apos;r sefydliad: gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>%1, how often it is due: %2 days is not possible. Choose 0 (not scheduled) to %3 days.</source>
        <translation>%1, pa mor aml y mae&apos;n ddyledus: nid yw %2 diwrnod yn bosibl. Dewiswch o 0 (heb ei amserlennu) i %3 diwrnod.</translation>
    </message>
    <message>
        <source>%1, how soon it is due again after a risk: %2 days is not possible. Choose 0 (as often as usual) to %3 days.</source>
        <translation>%1, pa mor fuan y mae&apos;n ddyledus eto ar ôl risg: nid yw %2 diwrnod yn bosibl. Dewiswch o 0 (mor aml ag arfer) i %3 diwrnod.</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>Care plan reviewed</source>
        <translation>Adolygwyd y cynllun gofal</translation>
    </message>
    <message>
        <source>New care plan started</source>
        <translation>Dechreuwyd cynllun gofal newydd</translation>
    </message>
    <message>
        <source>Care plan not reviewed: %1</source>
        <translation>Ni adolygwyd y cynllun gofal: %1</translation>
    </message>
    <message>
        <source>The %1 is not complete: answer %2, then save.</source>
        <translation>Nid yw&apos;r asesiad %1 yn gyflawn. Atebwch y cwestiynau hyn: %2. Yna cadwch ef.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the assessment is being corrected.</source>
        <translation>Mae angen rheswm dros y cywiriad: nodwch mewn ychydig eiriau pam mae&apos;r asesiad yn cael ei gywiro.</translation>
    </message>
    <message>
        <source>This assessment cannot be found, or you may not see it.</source>
        <translation>Ni ellir dod o hyd i&apos;r asesiad hwn, neu ni chewch ei weld.</translation>
    </message>
</context>
<context>
    <name>AssessmentTools</name>
    <message>
        <source>MUST (nutrition)</source>
        <translation>MUST (maeth)</translation>
    </message>
    <message>
        <source>Waterlow (pressure ulcer risk)</source>
        <translation>Waterlow (risg briw pwyso)</translation>
    </message>
    <message>
        <source>Falls risk (FRAT)</source>
        <translation>Risg cwympo (FRAT)</translation>
    </message>
    <message>
        <source>Abbey Pain Scale</source>
        <translation>Graddfa Poen Abbey</translation>
    </message>
    <message>
        <source>Barthel (daily living)</source>
        <translation>Barthel (byw bob dydd)</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4: %5 is not possible. Check it and type it again.</source>
        <translation>%1: rhaid i&apos;r gwerth fod o %2 i %3 %4. Nid yw&apos;r gwerth a roddwyd (%5) yn bosibl. Gwiriwch ef a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>what was typed</source>
        <translation>nid yw&apos;n rhif</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot go with other answers. Choose again.</source>
        <translation>%1: ni all &quot;%2&quot; fynd gydag atebion eraill. Dewiswch eto.</translation>
    </message>
    <message>
        <source>%1: the answer is not one of the tool&apos;s. Choose again.</source>
        <translation>%1: nid yw&apos;r ateb yn un o atebion yr offeryn. Dewiswch eto.</translation>
    </message>
    <message>
        <source>Date of the assessment: choose the day it was done.</source>
        <translation>Dyddiad yr asesiad: dewiswch y diwrnod y cafodd ei wneud.</translation>
    </message>
    <message>
        <source>Date of the assessment: %1 is in the future. It can be today or an earlier day.</source>
        <translation>Dyddiad yr asesiad: mae %1 yn y dyfodol. Gall fod heddiw neu ddiwrnod cynharach.</translation>
    </message>
    <message>
        <source>Date of the assessment: %1 is before the resident was born (%2). Choose the day it was done.</source>
        <translation>Dyddiad yr asesiad: mae %1 cyn geni&apos;r preswylydd (%2). Dewiswch y diwrnod y cafodd ei wneud.</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>Waterlow</source>
        <translation>Waterlow</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Cwympiadau</translation>
    </message>
    <message>
        <source>Abbey pain</source>
        <translation>Poen Abbey</translation>
    </message>
    <message>
        <source>Barthel</source>
        <translation>Barthel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
</context>
<context>
    <name>AssessmentTrend</name>
    <message>
        <source>Weight</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>MUST score</source>
        <translation>Sgôr MUST</translation>
    </message>
    <message>
        <source>Waterlow score</source>
        <translation>Sgôr Waterlow</translation>
    </message>
    <message>
        <source>NEWS2 score</source>
        <translation>Sgôr NEWS2</translation>
    </message>
    <message>
        <source>MUST 2</source>
        <translation>MUST 2</translation>
    </message>
    <message>
        <source>MUST 1</source>
        <translation>MUST 1</translation>
    </message>
    <message>
        <source>MUST 0</source>
        <translation>MUST 0</translation>
    </message>
    <message>
        <source>Obese</source>
        <translation>Gordew</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation>Dim risg</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn risg</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risg uchel</translation>
    </message>
    <message>
        <source>Very high risk</source>
        <translation>Risg uchel iawn</translation>
    </message>
    <message>
        <source>Shift note by %1, %2: %3</source>
        <translation>Nodyn shifft (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>AssessmentsDueModel</name>
    <message>
        <source>Never: due on admission</source>
        <translation>Heb ei wneud: yn ddyledus wrth dderbyn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Gwnaed ddiwethaf</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AssessmentsDuePage</name>
    <message>
        <source>Assessments due</source>
        <translation>Asesiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Overdue first, then those due in the next 3 days. An assessment never done is due on admission.</source>
        <translation>Y rhai sy&apos;n hwyr yn gyntaf, yna&apos;r rhai sy&apos;n ddyledus yn y 3 diwrnod nesaf. Mae asesiad na wnaed erioed yn ddyledus wrth dderbyn.</translation>
    </message>
    <message>
        <source>&amp;Start the assessment</source>
        <translation>&amp;Dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Every home</source>
        <translation>Pob cartref</translation>
    </message>
    <message>
        <source>No assessment is overdue or due in the next 3 days.</source>
        <translation>Nid oes unrhyw asesiad yn hwyr nac yn ddyledus yn y 3 diwrnod nesaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) to do.</source>
        <translation>
            <numerusform>Dim asesiadau i&apos;w gwneud.</numerusform>
            <numerusform>%n asesiad i&apos;w wneud.</numerusform>
            <numerusform>%n asesiad i&apos;w gwneud.</numerusform>
            <numerusform>%n asesiad i&apos;w gwneud.</numerusform>
            <numerusform>%n asesiad i&apos;w gwneud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Wrthi&apos;n darllen beth sy&apos;n ddyledus…</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <source>%n more: open the whole list</source>
        <translation>
            <numerusform>%n arall: agorwch y rhestr gyfan</numerusform>
            <numerusform>%n arall: agorwch y rhestr gyfan</numerusform>
            <numerusform>%n arall: agorwch y rhestr gyfan</numerusform>
            <numerusform>%n arall: agorwch y rhestr gyfan</numerusform>
            <numerusform>%n arall: agorwch y rhestr gyfan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing needs attention</source>
        <translation>%1: dim byd sydd angen sylw</translation>
    </message>
    <message numerus="yes">
        <source>, %n urgent</source>
        <translation>
            <numerusform>, %n yn rhai brys</numerusform>
            <numerusform>, %n yn un brys</numerusform>
            <numerusform>, %n yn rhai brys</numerusform>
            <numerusform>, %n yn rhai brys</numerusform>
            <numerusform>, %n yn rhai brys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n to attend to%2</source>
        <translation>
            <numerusform>%1: %n mater angen sylw%2</numerusform>
            <numerusform>%1: %n mater angen sylw%2</numerusform>
            <numerusform>%1: %n mater angen sylw%2</numerusform>
            <numerusform>%1: %n mater angen sylw%2</numerusform>
            <numerusform>%1: %n mater angen sylw%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Care plan reviews overdue: %n</source>
        <translation>
            <numerusform>Adolygiadau cynllun gofal sy&apos;n hwyr: %n</numerusform>
            <numerusform>Adolygiadau cynllun gofal sy&apos;n hwyr: %n</numerusform>
            <numerusform>Adolygiadau cynllun gofal sy&apos;n hwyr: %n</numerusform>
            <numerusform>Adolygiadau cynllun gofal sy&apos;n hwyr: %n</numerusform>
            <numerusform>Adolygiadau cynllun gofal sy&apos;n hwyr: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments overdue: %n</source>
        <translation>
            <numerusform>Asesiadau sy&apos;n hwyr: %n</numerusform>
            <numerusform>Asesiadau sy&apos;n hwyr: %n</numerusform>
            <numerusform>Asesiadau sy&apos;n hwyr: %n</numerusform>
            <numerusform>Asesiadau sy&apos;n hwyr: %n</numerusform>
            <numerusform>Asesiadau sy&apos;n hwyr: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n</source>
        <translation>
            <numerusform>NEWS2 o 5 neu fwy, neu 3 mewn un paramedr, yn y 24 awr diwethaf: %n</numerusform>
            <numerusform>NEWS2 o 5 neu fwy, neu 3 mewn un paramedr, yn y 24 awr diwethaf: %n</numerusform>
            <numerusform>NEWS2 o 5 neu fwy, neu 3 mewn un paramedr, yn y 24 awr diwethaf: %n</numerusform>
            <numerusform>NEWS2 o 5 neu fwy, neu 3 mewn un paramedr, yn y 24 awr diwethaf: %n</numerusform>
            <numerusform>NEWS2 o 5 neu fwy, neu 3 mewn un paramedr, yn y 24 awr diwethaf: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not escalated)</source>
        <translation>
            <numerusform> (%n heb eu huwchgyfeirio)</numerusform>
            <numerusform> (%n heb ei uwchgyfeirio)</numerusform>
            <numerusform> (%n heb eu huwchgyfeirio)</numerusform>
            <numerusform> (%n heb eu huwchgyfeirio)</numerusform>
            <numerusform> (%n heb eu huwchgyfeirio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residents with no note this shift (%1 shift since %2): %n</source>
        <translation>
            <numerusform>Preswylwyr heb nodyn yn y shifft hon (shifft %1 ers %2): %n</numerusform>
            <numerusform>Preswylwyr heb nodyn yn y shifft hon (shifft %1 ers %2): %n</numerusform>
            <numerusform>Preswylwyr heb nodyn yn y shifft hon (shifft %1 ers %2): %n</numerusform>
            <numerusform>Preswylwyr heb nodyn yn y shifft hon (shifft %1 ers %2): %n</numerusform>
            <numerusform>Preswylwyr heb nodyn yn y shifft hon (shifft %1 ers %2): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents awaiting review: %n</source>
        <translation>
            <numerusform>Digwyddiadau sy&apos;n aros am adolygiad: %n</numerusform>
            <numerusform>Digwyddiadau sy&apos;n aros am adolygiad: %n</numerusform>
            <numerusform>Digwyddiadau sy&apos;n aros am adolygiad: %n</numerusform>
            <numerusform>Digwyddiadau sy&apos;n aros am adolygiad: %n</numerusform>
            <numerusform>Digwyddiadau sy&apos;n aros am adolygiad: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n waiting more than 24 hours)</source>
        <translation>
            <numerusform> (%n yn aros ers mwy na 24 awr)</numerusform>
            <numerusform> (%n yn aros ers mwy na 24 awr)</numerusform>
            <numerusform> (%n yn aros ers mwy na 24 awr)</numerusform>
            <numerusform> (%n yn aros ers mwy na 24 awr)</numerusform>
            <numerusform> (%n yn aros ers mwy na 24 awr)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications not sent: %n</source>
        <translation>
            <numerusform>Hysbysiadau heb eu hanfon: %n</numerusform>
            <numerusform>Hysbysiadau heb eu hanfon: %n</numerusform>
            <numerusform>Hysbysiadau heb eu hanfon: %n</numerusform>
            <numerusform>Hysbysiadau heb eu hanfon: %n</numerusform>
            <numerusform>Hysbysiadau heb eu hanfon: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n past due)</source>
        <translation>
            <numerusform> (%n wedi mynd heibio&apos;r dyddiad dyledus)</numerusform>
            <numerusform> (%n wedi mynd heibio&apos;r dyddiad dyledus)</numerusform>
            <numerusform> (%n wedi mynd heibio&apos;r dyddiad dyledus)</numerusform>
            <numerusform> (%n wedi mynd heibio&apos;r dyddiad dyledus)</numerusform>
            <numerusform> (%n wedi mynd heibio&apos;r dyddiad dyledus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit actions overdue: %n</source>
        <translation>
            <numerusform>Camau gweithredu archwilio sy&apos;n hwyr: %n</numerusform>
            <numerusform>Camau gweithredu archwilio sy&apos;n hwyr: %n</numerusform>
            <numerusform>Camau gweithredu archwilio sy&apos;n hwyr: %n</numerusform>
            <numerusform>Camau gweithredu archwilio sy&apos;n hwyr: %n</numerusform>
            <numerusform>Camau gweithredu archwilio sy&apos;n hwyr: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audits due: %n</source>
        <translation>
            <numerusform>Archwiliadau sy&apos;n ddyledus: %n</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus: %n</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus: %n</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus: %n</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue or never run)</source>
        <translation>
            <numerusform> (%n yn hwyr neu heb eu cynnal erioed)</numerusform>
            <numerusform> (%n yn hwyr neu heb ei gynnal erioed)</numerusform>
            <numerusform> (%n yn hwyr neu heb eu cynnal erioed)</numerusform>
            <numerusform> (%n yn hwyr neu heb eu cynnal erioed)</numerusform>
            <numerusform> (%n yn hwyr neu heb eu cynnal erioed)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (ystafell %2)</translation>
    </message>
    <message>
        <source>%1: %2 care plan, review due %3 %4</source>
        <translation>%1: %2 (cynllun gofal), adolygiad yn ddyledus %3 %4</translation>
    </message>
    <message>
        <source>%1: %2 due %3 %4</source>
        <translation>%1: %2 yn ddyledus %3 %4</translation>
    </message>
    <message>
        <source>%1: NEWS2 %2 at %3, no escalation recorded</source>
        <translation>%1: NEWS2 %2 (%3), ni chofnodwyd uwchgyfeirio</translation>
    </message>
    <message>
        <source>%1: NEWS2 %2 at %3, escalated: %4 (told: %5)</source>
        <translation>%1: NEWS2 %2 (%3), uwchgyfeiriwyd: %4 (rhoddwyd gwybod i: %5)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> (safeguarding)</source>
        <translation> (diogelu)</translation>
    </message>
    <message>
        <source>: waiting for review more than 24 hours</source>
        <translation>: yn aros am adolygiad ers mwy na 24 awr</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 for %2: was due %3, not sent</source>
        <translation>%1 (%2): roedd yn ddyledus %3, heb ei anfon</translation>
    </message>
    <message>
        <source>%1 for %2: due %3</source>
        <translation>%1 (%2): yn ddyledus %3</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>neb wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>%1 audit: due %2 %3</source>
        <translation>Archwiliad %1: yn ddyledus %2 %3</translation>
    </message>
    <message>
        <source>%1 audit: never run</source>
        <translation>Archwiliad %1: heb ei gynnal erioed</translation>
    </message>
    <message>
        <source>%1 audit: %2 (%3), due %4 %5</source>
        <translation>Archwiliad %1: %2 (%3), yn ddyledus %4 %5</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>Read it all again (F5)</source>
        <translation>Darllen y cyfan eto (F5)</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Beth sydd angen sylw</translation>
    </message>
    <message>
        <source>Bold lines are urgent. Enter or a double click opens what a line is about.</source>
        <translation>Mae&apos;r llinellau trwm yn rhai brys. Mae Enter neu glicio ddwywaith yn agor yr hyn y mae llinell yn ymwneud ag ef.</translation>
    </message>
    <message>
        <source>Reading what needs attention in your homes...</source>
        <translation>Wrthi&apos;n darllen beth sydd angen sylw yn eich cartrefi...</translation>
    </message>
    <message>
        <source>What needs attention could not be read: %1</source>
        <translation>Nid oedd modd darllen beth sydd angen sylw: %1</translation>
    </message>
    <message>
        <source>You work in no care home yet: nothing to show.</source>
        <translation>Nid ydych yn gweithio mewn unrhyw gartref gofal eto: dim i&apos;w ddangos.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing needs attention in your %n home(s) at %1.</source>
        <translation>
            <numerusform>Nid oes angen rhoi sylw i unrhyw beth yn eich %n cartref am %1.</numerusform>
            <numerusform>Nid oes angen rhoi sylw i unrhyw beth yn eich un cartref am %1.</numerusform>
            <numerusform>Nid oes angen rhoi sylw i unrhyw beth yn eich %n cartref am %1.</numerusform>
            <numerusform>Nid oes angen rhoi sylw i unrhyw beth yn eich %n cartref am %1.</numerusform>
            <numerusform>Nid oes angen rhoi sylw i unrhyw beth yn eich %n cartref am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, %2 of them urgent.</source>
        <translation>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, gyda %2 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1 (brys: %2).</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, gyda %2 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, gyda %2 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, gyda %2 ohonynt yn rhai brys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, none of them urgent.</source>
        <translation>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, ond nid yw&apos;n fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, %3 of them urgent.</source>
        <translation>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, gyda %3 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1 (brys: %3).</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, gyda %3 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, gyda %3 ohonynt yn rhai brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, gyda %3 ohonynt yn rhai brys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, none of them urgent.</source>
        <translation>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, ond nid yw&apos;n fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
            <numerusform>Mae angen rhoi sylw i %n mater yn eich %2 cartref am %1, heb yr un ohonynt yn fater brys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Neb eto</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 (position %2) does not match its seal: it was changed after it was sealed.</source>
        <translation>Nid yw cofnod %1 (safle %2) yn cyfateb i&apos;w sêl: cafodd ei newid ar ôl iddo gael ei selio.</translation>
    </message>
    <message>
        <source>Entry %1 (position %2) is not linked to the entry before it: an entry was put in or taken out there.</source>
        <translation>Nid yw cofnod %1 (safle %2) wedi&apos;i gysylltu â&apos;r cofnod o&apos;i flaen: cafodd cofnod ei ychwanegu neu ei dynnu allan yno.</translation>
    </message>
    <message>
        <source>Entry %1 (position %2) is not the one whose hash was kept: the chain was rewritten from there.</source>
        <translation>Nid cofnod %1 (safle %2) yw&apos;r un y cadwyd ei hash: cafodd y gadwyn ei hailysgrifennu o&apos;r fan honno.</translation>
    </message>
    <message>
        <source>The chain no longer reaches position %1, which was kept: entries were removed from its end.</source>
        <translation>Nid yw&apos;r gadwyn bellach yn cyrraedd safle %1, a gafodd ei gadw: tynnwyd cofnodion o&apos;i diwedd.</translation>
    </message>
    <message>
        <source>Position %1 is held twice (entry %2).</source>
        <translation>Mae safle %1 yn bodoli ddwywaith (cofnod %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) missing from position %1.</source>
        <translation>
            <numerusform>%n cofnod ar goll o safle %1.</numerusform>
            <numerusform>%n cofnod ar goll o safle %1.</numerusform>
            <numerusform>%n cofnod ar goll o safle %1.</numerusform>
            <numerusform>%n cofnod ar goll o safle %1.</numerusform>
            <numerusform>%n cofnod ar goll o safle %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of %2 has no audit entry: it was put in while the audit triggers were off.</source>
        <translation>Nid oes cofnod archwilio ar gyfer rhes %1 o %2: cafodd ei hychwanegu tra oedd y sbardunau archwilio wedi&apos;u diffodd.</translation>
    </message>
    <message>
        <source>Row %1 of %2 is gone without an audit entry: it was taken out while the audit triggers were off.</source>
        <translation>Mae rhes %1 o %2 wedi mynd heb gofnod archwilio: cafodd ei thynnu allan tra oedd y sbardunau archwilio wedi&apos;u diffodd.</translation>
    </message>
    <message>
        <source>Row %1 of %2 does not match its latest audit entry: it was changed while the audit triggers were off.</source>
        <translation>Nid yw rhes %1 o %2 yn cyfateb i&apos;w chofnod archwilio diweddaraf: cafodd ei newid tra oedd y sbardunau archwilio wedi&apos;u diffodd.</translation>
    </message>
    <message>
        <source>%1 is no longer among the audited tables: its changes are not being recorded or compared.</source>
        <translation>Nid yw %1 ymhlith y tablau a archwilir mwyach: nid yw ei newidiadau&apos;n cael eu cofnodi na&apos;u cymharu.</translation>
    </message>
    <message>
        <source>The audit trigger of %1 is switched off: its changes are not being recorded.</source>
        <translation>Mae sbardun archwilio %1 wedi&apos;i ddiffodd: nid yw ei newidiadau&apos;n cael eu cofnodi.</translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation>&amp;Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation>A&amp;mherthnasol</translation>
    </message>
    <message>
        <source>&amp;Comment (what was found; required when not met):</source>
        <translation>&amp;Sylw (yr hyn a ganfuwyd; yn ofynnol os heb ei fodloni):</translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation>Cadw, yna&apos;r &amp;nesaf</translation>
    </message>
    <message>
        <source>Action for this question</source>
        <translation>Cam gweithredu ar gyfer y cwestiwn hwn</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>Pw&amp;y:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atws:</translation>
    </message>
    <message>
        <source>&amp;Evidence it was done:</source>
        <translation>&amp;Tystiolaeth ei fod wedi&apos;i wneud:</translation>
    </message>
    <message>
        <source>Save the ac&amp;tion</source>
        <translation>Cadw&apos;r &amp;cam gweithredu</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>C&amp;rynodeb:</translation>
    </message>
    <message>
        <source>Make a new &amp;version</source>
        <translation>Creu &amp;fersiwn newydd</translation>
    </message>
    <message>
        <source>&amp;Back to the audits</source>
        <translation>Yn ô&amp;l i&apos;r archwiliadau</translation>
    </message>
    <message>
        <source>Sign the audit &amp;off</source>
        <translation>&amp;Cymeradwyo&apos;r archwiliad</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Opening the audit…</source>
        <translation>Wrthi&apos;n agor yr archwiliad…</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>%1 audit, %2, %3</source>
        <translation>Archwiliad %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Score %1% (%2 of %n applicable met)</source>
        <translation>
            <numerusform>Sgôr %1% (bodlonwyd %2 o %n perthnasol)</numerusform>
            <numerusform>Sgôr %1% (bodlonwyd %2 o %n perthnasol)</numerusform>
            <numerusform>Sgôr %1% (bodlonwyd %2 o %n perthnasol)</numerusform>
            <numerusform>Sgôr %1% (bodlonwyd %2 o %n perthnasol)</numerusform>
            <numerusform>Sgôr %1% (bodlonwyd %2 o %n perthnasol)</numerusform>
        </translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Dim sgôr eto</translation>
    </message>
    <message>
        <source>Signed off by %1, %2.</source>
        <translation>Cymeradwywyd gan: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n question(s) not answered yet.</source>
        <translation>
            <numerusform>Agored: %n cwestiwn heb eu hateb eto.</numerusform>
            <numerusform>Agored: %n cwestiwn heb ei ateb eto.</numerusform>
            <numerusform>Agored: %n cwestiwn heb eu hateb eto.</numerusform>
            <numerusform>Agored: %n cwestiwn heb eu hateb eto.</numerusform>
            <numerusform>Agored: %n cwestiwn heb eu hateb eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: every question answered, ready to sign off.</source>
        <translation>Agored: mae pob cwestiwn wedi&apos;i ateb, yn barod i&apos;w gymeradwyo.</translation>
    </message>
    <message>
        <source>A later version of this audit exists; this one is kept as it was.</source>
        <translation>Mae fersiwn ddiweddarach o&apos;r archwiliad hwn yn bodoli; mae&apos;r un hwn yn cael ei gadw fel yr oedd.</translation>
    </message>
    <message>
        <source>Version %1, made by %2 because: %3</source>
        <translation>Fersiwn %1. Crëwyd gan: %2. Rheswm: %3</translation>
    </message>
    <message>
        <source>Auditor: %1. Questions: version %2.</source>
        <translation>Archwilydd: %1. Cwestiynau: fersiwn %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Evidences no quality statement.</source>
        <translation>Nid yw&apos;n dystiolaeth ar gyfer unrhyw ddatganiad ansawdd.</translation>
    </message>
    <message>
        <source>Evidences: %1</source>
        <translation>Tystiolaeth ar gyfer: %1</translation>
    </message>
    <message>
        <source>Action for this question (raised when it is not met)</source>
        <translation>Cam gweithredu ar gyfer y cwestiwn hwn (yn cael ei godi pan na chaiff ei fodloni)</translation>
    </message>
    <message>
        <source>Action for this question: overdue</source>
        <translation>Cam gweithredu ar gyfer y cwestiwn hwn: yn hwyr</translation>
    </message>
    <message>
        <source>Choose met, not met or not applicable.</source>
        <translation>Dewiswch wedi&apos;i fodloni, heb ei fodloni neu amherthnasol.</translation>
    </message>
    <message>
        <source>The action is saved.</source>
        <translation>Mae&apos;r cam gweithredu wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The summary is saved.</source>
        <translation>Mae&apos;r crynodeb wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The audit is signed off and locked.</source>
        <translation>Mae&apos;r archwiliad wedi&apos;i gymeradwyo a&apos;i gloi.</translation>
    </message>
    <message>
        <source>Version %1 is open: change what needs changing, then sign it off.</source>
        <translation>Mae fersiwn %1 ar agor: newidiwch yr hyn sydd angen ei newid, yna cymeradwywch hi.</translation>
    </message>
    <message>
        <source>Evidence: &amp;resident</source>
        <translation>Tystiolaeth: &amp;preswylydd</translation>
    </message>
    <message>
        <source>care p&amp;lan</source>
        <translation>cynllun &amp;gofal</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>Yn ddyledus &amp;erbyn:</translation>
    </message>
    <message>
        <source>Save the summar&amp;y</source>
        <translation>Cadw&apos;r cryn&amp;odeb</translation>
    </message>
    <message>
        <source>Why it chan&amp;ges:</source>
        <translation>Pam mae&apos;n new&amp;id:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Score %1% (recorded as a whole, before audits had questions)</source>
        <translation>Sgôr %1% (cofnodwyd yn gyfan, cyn i archwiliadau gael cwestiynau)</translation>
    </message>
    <message>
        <source>Auditor: %1. Recorded before audits had questions: what was found is in the summary.</source>
        <translation>Archwilydd: %1. Cofnodwyd cyn i archwiliadau gael cwestiynau: mae&apos;r hyn a ganfuwyd yn y crynodeb.</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Camau gweithredu agored</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Archwilydd</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message numerus="yes">
        <source>%n open, overdue</source>
        <translation>
            <numerusform>%n ar agor, yn hwyr</numerusform>
            <numerusform>%n ar agor, yn hwyr</numerusform>
            <numerusform>%n ar agor, yn hwyr</numerusform>
            <numerusform>%n ar agor, yn hwyr</numerusform>
            <numerusform>%n ar agor, yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>This audit cannot be found: it may be of a home you do not manage.</source>
        <translation>Ni ellir dod o hyd i&apos;r archwiliad hwn: efallai ei fod yn perthyn i gartref nad ydych yn ei reoli.</translation>
    </message>
    <message>
        <source>You may not change this audit: ask a manager of its home.</source>
        <translation>Ni chewch newid yr archwiliad hwn: gofynnwch i reolwr ei gartref.</translation>
    </message>
    <message>
        <source>You may not change this action: ask a manager of its home.</source>
        <translation>Ni chewch newid y cam gweithredu hwn: gofynnwch i reolwr ei gartref.</translation>
    </message>
</context>
<context>
    <name>AuditTemplateDialog</name>
    <message>
        <source>Audit questions</source>
        <translation>Cwestiynau archwilio</translation>
    </message>
    <message>
        <source>&amp;Type of audit:</source>
        <translation>&amp;Math o archwiliad:</translation>
    </message>
    <message>
        <source>A type of your own</source>
        <translation>Math o&apos;ch dewis eich hun</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Due &amp;every:</source>
        <translation>Yn ddyledus &amp;bob:</translation>
    </message>
    <message>
        <source>A&amp;dd the type</source>
        <translation>&amp;Ychwanegu&apos;r math</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Ychwanegu &amp;cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Remove the question</source>
        <translation>&amp;Tynnu&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>C&amp;westiwn:</translation>
    </message>
    <message>
        <source>&amp;Guidance for the auditor:</source>
        <translation>C&amp;anllawiau i&apos;r archwilydd:</translation>
    </message>
    <message>
        <source>Quality &amp;statements it evidences:</source>
        <translation>&amp;Datganiadau ansawdd y mae&apos;n dystiolaeth ar eu cyfer:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>Beth a &amp;newidiodd:</translation>
    </message>
    <message>
        <source>Save as a new &amp;version</source>
        <translation>Cadw fel &amp;fersiwn newydd</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation>dim amserlen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(dim cwestiwn eto)</translation>
    </message>
    <message>
        <source>Questions: version %1</source>
        <translation>Cwestiynau: fersiwn %1</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Dim cwestiynau eto</translation>
    </message>
    <message>
        <source>The type is added: write its questions, then save them.</source>
        <translation>Mae&apos;r math wedi&apos;i ychwanegu: ysgrifennwch ei gwestiynau, yna cadwch nhw.</translation>
    </message>
    <message>
        <source>Saved as a new version. Audits already started keep the questions they were started with.</source>
        <translation>Wedi&apos;i gadw fel fersiwn newydd. Mae archwiliadau sydd eisoes wedi dechrau yn cadw&apos;r cwestiynau a oedd ganddynt wrth ddechrau.</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gorsaf</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Neb wedi mewngofnodi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Cadw fel &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Gwirio&apos;r log archwilio</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation>Unrhyw breswylydd</translation>
    </message>
    <message>
        <source>Any kind of record</source>
        <translation>Unrhyw fath o gofnod</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Unrhyw beth</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>Y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose an entry to see it whole here.</source>
        <translation>Dewiswch gofnod i&apos;w weld yn llawn yma.</translation>
    </message>
    <message>
        <source>Recomputes the organization&apos;s audit chain and compares every audited record with its latest entry: anything changed, put in or taken out behind the application&apos;s back is named.</source>
        <translation>Yn ailgyfrifo cadwyn archwilio&apos;r sefydliad ac yn cymharu pob cofnod a archwilir â&apos;i gofnod diweddaraf yn y log: enwir unrhyw beth a newidiwyd, a ychwanegwyd neu a dynnwyd allan y tu ôl i gefn y rhaglen.</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>P&amp;wy</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>&amp;Preswylydd</translation>
    </message>
    <message>
        <source>&amp;Kind of record</source>
        <translation>&amp;Math o gofnod</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wrthi&apos;n darllen...</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Nid oedd modd darllen y log archwilio: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;O&quot; sydd cyn y dyddiad &quot;Hyd at&quot;.</translation>
    </message>
    <message>
        <source>No entries in the period for what is chosen.</source>
        <translation>Dim cofnodion yn y cyfnod ar gyfer yr hyn a ddewiswyd.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries shown: scroll down for earlier ones.</source>
        <translation>
            <numerusform>Dangosir y %n cofnod diweddaraf: sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Dangosir y %n cofnod diweddaraf: sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Dangosir y %n cofnod diweddaraf: sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Dangosir y %n cofnod diweddaraf: sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Dangosir y %n cofnod diweddaraf: sgroliwch i lawr i weld rhai cynharach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the period.</source>
        <translation>
            <numerusform>%n cofnod yn y cyfnod.</numerusform>
            <numerusform>%n cofnod yn y cyfnod.</numerusform>
            <numerusform>%n cofnod yn y cyfnod.</numerusform>
            <numerusform>%n cofnod yn y cyfnod.</numerusform>
            <numerusform>%n cofnod yn y cyfnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, %2: %3 by %4 at %5</source>
        <translation>Cofnod %1, %2: %3. Pwy: %4. Gorsaf: %5</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>neb wedi mewngofnodi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Ynghylch: %1</translation>
    </message>
    <message>
        <source>Record: %1 (%2)</source>
        <translation>Cofnod: %1 (%2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>  %1: changed, not shown (kept from those who may not read it)</source>
        <translation>  %1: wedi newid, heb ei ddangos (wedi&apos;i gadw rhag y rhai na chânt ei ddarllen)</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Manylion: %1</translation>
    </message>
    <message>
        <source>Audit trail, %1 to %2.csv</source>
        <translation>Log archwilio, %1 i %2.csv</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Cadw fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r CSV i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n entry(s): %1</source>
        <translation>
            <numerusform>Wedi&apos;i gadw fel CSV, %n cofnod: %1</numerusform>
            <numerusform>Wedi&apos;i gadw fel CSV, %n cofnod: %1</numerusform>
            <numerusform>Wedi&apos;i gadw fel CSV, %n cofnod: %1</numerusform>
            <numerusform>Wedi&apos;i gadw fel CSV, %n cofnod: %1</numerusform>
            <numerusform>Wedi&apos;i gadw fel CSV, %n cofnod: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit trail...</source>
        <translation>Wrthi&apos;n gwirio&apos;r log archwilio...</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Nid oedd modd gwirio&apos;r log archwilio: %1</translation>
    </message>
    <message>
        <source>Sealed up to position %1, hash %2: a copy of these kept elsewhere shows later whether the trail was rewritten.</source>
        <translation>Wedi&apos;i selio hyd at safle %1, hash %2: bydd copi o&apos;r rhain a gedwir yn rhywle arall yn dangos yn nes ymlaen a gafodd y log ei ailysgrifennu.</translation>
    </message>
    <message>
        <source>Nothing sealed yet: entries are sealed into the chain by the database&apos;s regular maintenance.</source>
        <translation>Dim wedi&apos;i selio eto: caiff cofnodion eu selio i&apos;r gadwyn gan waith cynnal a chadw rheolaidd y gronfa ddata.</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was changed, put in or taken out, and every audited record matches its latest entry.</source>
        <translation>Mae&apos;r log archwilio yn gyfan: ni chafodd unrhyw gofnod ei newid, ei ychwanegu na&apos;i dynnu allan, ac mae pob cofnod a archwilir yn cyfateb i&apos;w gofnod diweddaraf yn y log.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is NOT intact: %n problem(s) found, listed below.</source>
        <translation>
            <numerusform>NID yw&apos;r log archwilio yn gyfan: canfuwyd %n problem, a restrir isod.</numerusform>
            <numerusform>NID yw&apos;r log archwilio yn gyfan: canfuwyd %n problem, a restrir isod.</numerusform>
            <numerusform>NID yw&apos;r log archwilio yn gyfan: canfuwyd %n problem, a restrir isod.</numerusform>
            <numerusform>NID yw&apos;r log archwilio yn gyfan: canfuwyd %n problem, a restrir isod.</numerusform>
            <numerusform>NID yw&apos;r log archwilio yn gyfan: canfuwyd %n problem, a restrir isod.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailStore</name>
    <message>
        <source>Sign-ins, sign-outs and passwords</source>
        <translation>Mewngofnodi, allgofnodi a chyfrineiriau</translation>
    </message>
    <message>
        <source>Records opened and medical notes read</source>
        <translation>Cofnodion a agorwyd a nodiadau meddygol a ddarllenwyd</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Cofnodion a ychwanegwyd</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Cofnodion a newidiwyd</translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation>Cofnodion a ddilëwyd</translation>
    </message>
    <message>
        <source>Users, their homes and rights</source>
        <translation>Defnyddwyr, eu cartrefi a&apos;u hawliau</translation>
    </message>
    <message>
        <source>Keys and settings</source>
        <translation>Allweddi a gosodiadau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gorsaf</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Neb wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Records exported, held and restored</source>
        <translation>Cofnodion a allforiwyd, a gedwir dan gadw cyfreithiol ac a adferwyd</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Admission, move or discharge</source>
        <translation>Derbyn, symud neu ryddhau</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation>Adolygiad cynllun gofal</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Assessment follow-up</source>
        <translation>Camau dilynol asesiad</translation>
    </message>
    <message>
        <source>Shift note</source>
        <translation>Nodyn shifft</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>Adolygiad digwyddiad</translation>
    </message>
    <message>
        <source>Incident notification</source>
        <translation>Hysbysiad digwyddiad</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Audit answer</source>
        <translation>Ateb archwiliad</translation>
    </message>
    <message>
        <source>Audit action</source>
        <translation>Cam gweithredu archwiliad</translation>
    </message>
    <message>
        <source>Type of audit</source>
        <translation>Math o archwiliad</translation>
    </message>
    <message>
        <source>Audit template</source>
        <translation>Templed archwiliad</translation>
    </message>
    <message>
        <source>Audit template question</source>
        <translation>Cwestiwn templed archwiliad</translation>
    </message>
    <message>
        <source>Audit question&apos;s quality statement</source>
        <translation>Datganiad ansawdd cwestiwn archwiliad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>User&apos;s sign-in</source>
        <translation>Mewngofnod defnyddiwr</translation>
    </message>
    <message>
        <source>User&apos;s care home</source>
        <translation>Cartref gofal defnyddiwr</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Organization&apos;s key</source>
        <translation>Allwedd sefydliad</translation>
    </message>
    <message>
        <source>Care home</source>
        <translation>Cartref gofal</translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation>Amserau shifftiau</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Methodd mewngofnodi</translation>
    </message>
    <message>
        <source>Sign-in refused: locked out</source>
        <translation>Gwrthodwyd mewngofnodi: wedi&apos;i gloi allan</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Wedi&apos;i gloi allan</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wedi allgofnodi</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>Wedi newid y cyfrinair</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Cyfrinair wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation>Agorodd y cofnod</translation>
    </message>
    <message>
        <source>Read the medical notes</source>
        <translation>Darllenodd y nodiadau meddygol</translation>
    </message>
    <message>
        <source>Read the medical details</source>
        <translation>Darllenodd y manylion meddygol</translation>
    </message>
    <message>
        <source>Wrote the medical notes</source>
        <translation>Ysgrifennodd y nodiadau meddygol</translation>
    </message>
    <message>
        <source>Wrote the medical details</source>
        <translation>Ysgrifennodd y manylion meddygol</translation>
    </message>
    <message>
        <source>Looked at who has seen the record</source>
        <translation>Edrychodd ar bwy sydd wedi gweld y cofnod</translation>
    </message>
    <message>
        <source>Exported every record held (subject access)</source>
        <translation>Allforiodd bob cofnod a gedwir (cais gwrthrych am wybodaeth)</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Cadw cyfreithiol wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Cadw cyfreithiol wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Cronfa ddata wedi&apos;i hadfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Keys renewed</source>
        <translation>Allweddi wedi&apos;u hadnewyddu</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Defnyddiwr wedi&apos;i newid</translation>
    </message>
    <message>
        <source>User confirmed</source>
        <translation>Defnyddiwr wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Given a care home</source>
        <translation>Wedi&apos;i neilltuo i gartref gofal</translation>
    </message>
    <message>
        <source>Care home taken away</source>
        <translation>Wedi&apos;i dynnu o gartref gofal</translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation>Preswylydd wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>Preswylydd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Care plan added</source>
        <translation>Cynllun gofal wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Care plan changed</source>
        <translation>Cynllun gofal wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Care plan reviewed</source>
        <translation>Cynllun gofal wedi&apos;i adolygu</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Gosodiadau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Shift times changed</source>
        <translation>Amserau shifftiau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>Audit started</source>
        <translation>Archwiliad wedi&apos;i ddechrau</translation>
    </message>
    <message>
        <source>Audit signed off</source>
        <translation>Archwiliad wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Audit revised</source>
        <translation>Archwiliad wedi&apos;i ddiwygio</translation>
    </message>
    <message>
        <source>Audit template saved</source>
        <translation>Templed archwiliad wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Audit action changed</source>
        <translation>Cam gweithredu archwiliad wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>Rhoddwyd gwybod am ddigwyddiad</translation>
    </message>
    <message>
        <source>Incident reviewed</source>
        <translation>Digwyddiad wedi&apos;i adolygu</translation>
    </message>
    <message>
        <source>Notification due</source>
        <translation>Hysbysiad yn ddyledus</translation>
    </message>
    <message>
        <source>Notification sent</source>
        <translation>Hysbysiad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Notification withdrawn</source>
        <translation>Hysbysiad wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Recorded as it stood</source>
        <translation>Wedi&apos;i gofnodi fel yr oedd</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Daily fluid target (ml)</source>
        <translation>Targed hylif dyddiol (ml)</translation>
    </message>
    <message>
        <source>DNACPR decision in place</source>
        <translation>Penderfyniad DNACPR ar waith</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergeddau</translation>
    </message>
    <message>
        <source>Allergic to</source>
        <translation>Ag alergedd i</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Nodiadau meddygol</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>ReSPECT form in place</source>
        <translation>Ffurflen ReSPECT ar waith</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Amser ysgrifennu</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Amser y newid diwethaf</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Newidiwyd ddiwethaf gan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>From home</source>
        <translation>O&apos;r cartref</translation>
    </message>
    <message>
        <source>To home</source>
        <translation>I&apos;r cartref</translation>
    </message>
    <message>
        <source>Care given</source>
        <translation>Gofal a roddwyd</translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation>Mathau o ofal</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Written late</source>
        <translation>Ysgrifennwyd yn hwyr</translation>
    </message>
    <message>
        <source>NEWS2 escalation</source>
        <translation>Uwchgyfeirio NEWS2</translation>
    </message>
    <message>
        <source>Why it was corrected</source>
        <translation>Pam y cafodd ei gywiro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Adolygwyd gan</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Yn ddyledus nesaf</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Dewiswyd gan</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Adroddwyd gan</translation>
    </message>
    <message>
        <source>What was done at once</source>
        <translation>Beth a wnaed ar unwaith</translation>
    </message>
    <message>
        <source>Where injured</source>
        <translation>Safleoedd anafiadau</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>What the family was told</source>
        <translation>Beth a ddywedwyd wrth y teulu</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Yn ddyledus erbyn</translation>
    </message>
    <message>
        <source>Why withdrawn</source>
        <translation>Pam y&apos;i tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Newidiwyd gan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
    <message>
        <source>%1 changed (not shown)</source>
        <translation>%1 wedi newid (heb ei ddangos)</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 wedi newid</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Resident&apos;s records archived and removed</source>
        <translation>Cofnodion y preswylydd wedi&apos;u harchifo a&apos;u dileu</translation>
    </message>
    <message>
        <source>Restored copy of the database made and checked</source>
        <translation>Gwnaed a gwiriwyd copi wedi&apos;i adfer o&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Switch to a restored copy called off</source>
        <translation>Newid i gopi wedi&apos;i adfer wedi&apos;i ganslo</translation>
    </message>
</context>
<context>
    <name>AuditsDueModel</name>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Heb ei gynnal erioed</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <source>Audits</source>
        <translation>Archwiliadau</translation>
    </message>
    <message>
        <source>&amp;Questions of each type…</source>
        <translation>C&amp;westiynau ar gyfer pob math o archwiliad…</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Cartref:</translation>
    </message>
    <message>
        <source>Start an audit</source>
        <translation>Dechrau archwiliad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>H&amp;ome:</source>
        <translation>Car&amp;tref:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Start the audit</source>
        <translation>D&amp;echrau&apos;r archwiliad</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Camau gweithredu agored</translation>
    </message>
    <message>
        <source>Audits, newest first</source>
        <translation>Archwiliadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Open the audit</source>
        <translation>&amp;Agor yr archwiliad</translation>
    </message>
    <message>
        <source>Every home</source>
        <translation>Pob cartref</translation>
    </message>
    <message>
        <source>Reading the audits…</source>
        <translation>Wrthi&apos;n darllen yr archwiliadau…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s).</source>
        <translation>
            <numerusform>Dim archwiliadau.</numerusform>
            <numerusform>%n archwiliad.</numerusform>
            <numerusform>%n archwiliad.</numerusform>
            <numerusform>%n archwiliad.</numerusform>
            <numerusform>%n archwiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions open: none.</source>
        <translation>Camau gweithredu agored: dim.</translation>
    </message>
    <message numerus="yes">
        <source>Actions open: %n, of which %1 overdue.</source>
        <translation>
            <numerusform>Camau gweithredu agored: %n, gyda %1 ohonynt yn hwyr.</numerusform>
            <numerusform>Camau gweithredu agored: %n, gyda %1 ohonynt yn hwyr.</numerusform>
            <numerusform>Camau gweithredu agored: %n, gyda %1 ohonynt yn hwyr.</numerusform>
            <numerusform>Camau gweithredu agored: %n, gyda %1 ohonynt yn hwyr.</numerusform>
            <numerusform>Camau gweithredu agored: %n, gyda %1 ohonynt yn hwyr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audits due</source>
        <translation>Archwiliadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Audits due this week: none.</source>
        <translation>Archwiliadau sy&apos;n ddyledus yr wythnos hon: dim.</translation>
    </message>
    <message numerus="yes">
        <source>Audits due this week: %n.</source>
        <translation>
            <numerusform>Archwiliadau sy&apos;n ddyledus yr wythnos hon: %n.</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus yr wythnos hon: %n.</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus yr wythnos hon: %n.</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus yr wythnos hon: %n.</numerusform>
            <numerusform>Archwiliadau sy&apos;n ddyledus yr wythnos hon: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions from audits</source>
        <translation>Camau gweithredu o archwiliadau</translation>
    </message>
</context>
<context>
    <name>BackupCommandLine</name>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Which backups? Give --backup-config FILE (written by &quot;backup configure&quot;), or --db as a superuser of the server, whose data folder it is beside.</source>
        <translation>Pa gopïau wrth gefn? Rhowch --backup-config FILE (a ysgrifennwyd gan &quot;backup configure&quot;), neu --db fel uwchddefnyddiwr y gweinydd y mae&apos;r copïau wrth ymyl ei ffolder data.</translation>
    </message>
    <message>
        <source>backup configure needs --repository FOLDER, a full path: a disk or network share other than the server&apos;s own.</source>
        <translation>Mae angen --repository FOLDER ar backup configure, sef llwybr llawn: disg arall neu ffolder a rennir ar y rhwydwaith, nid disg y gweinydd ei hun.</translation>
    </message>
    <message numerus="yes">
        <source>Backups of %1 go to %2, keeping %n full backup(s) and the write-ahead log since the oldest.</source>
        <translation>
            <numerusform>Mae copïau wrth gefn y ffolder data %1 yn mynd i %2, gan gadw %n copi wrth gefn llawn a&apos;r log ysgrifennu ymlaen llaw ers yr hynaf.</numerusform>
            <numerusform>Mae copïau wrth gefn y ffolder data %1 yn mynd i %2, gan gadw %n copi wrth gefn llawn a&apos;r log ysgrifennu ymlaen llaw ers yr hynaf.</numerusform>
            <numerusform>Mae copïau wrth gefn y ffolder data %1 yn mynd i %2, gan gadw %n copi wrth gefn llawn a&apos;r log ysgrifennu ymlaen llaw ers yr hynaf.</numerusform>
            <numerusform>Mae copïau wrth gefn y ffolder data %1 yn mynd i %2, gan gadw %n copi wrth gefn llawn a&apos;r log ysgrifennu ymlaen llaw ers yr hynaf.</numerusform>
            <numerusform>Mae copïau wrth gefn y ffolder data %1 yn mynd i %2, gan gadw %n copi wrth gefn llawn a&apos;r log ysgrifennu ymlaen llaw ers yr hynaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the database server now (for example: systemctl restart postgresql): archiving starts with it. Then run &quot;writecarenotes-admin backup check&quot; and &quot;writecarenotes-admin backup run --type full&quot;.</source>
        <translation>Ailgychwynnwch weinydd y gronfa ddata nawr (er enghraifft: systemctl restart postgresql): bydd yr archifo&apos;n dechrau gydag ef. Yna rhedwch &quot;writecarenotes-admin backup check&quot; a &quot;writecarenotes-admin backup run --type full&quot;.</translation>
    </message>
    <message>
        <source>The server archives its write-ahead log there. Take the first backup with &quot;writecarenotes-admin backup run --type full&quot;.</source>
        <translation>Mae&apos;r gweinydd yn archifo ei log ysgrifennu ymlaen llaw yno. Gwnewch y copi wrth gefn cyntaf gyda &quot;writecarenotes-admin backup run --type full&quot;.</translation>
    </message>
    <message>
        <source>--type is full, diff or incr (default incr: what changed since the last backup).</source>
        <translation>Rhaid i --type fod yn full, diff neu incr (incr yw&apos;r rhagosodiad: yr hyn sydd wedi newid ers y copi wrth gefn diwethaf).</translation>
    </message>
    <message>
        <source>The backup finished but pgBackRest lists no backup.</source>
        <translation>Gorffennodd y copi wrth gefn ond nid yw pgBackRest yn rhestru unrhyw gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Backup %1 (%2) taken: %3 to %4, %5 MB in the repository.</source>
        <translation>Gwnaed copi wrth gefn %1 (%2): %3 i %4, %5 MB yn yr ystorfa.</translation>
    </message>
    <message>
        <source>Repository: %1 (%2)</source>
        <translation>Ystorfa: %1 (%2)</translation>
    </message>
    <message>
        <source>  no backups yet</source>
        <translation>  dim copïau wrth gefn eto</translation>
    </message>
    <message>
        <source>  %1  %2  %3 to %4  %5 MB (%6 MB in the repository)%7</source>
        <translation>  %1  %2  %3 i %4  %5 MB (%6 MB yn yr ystorfa)%7</translation>
    </message>
    <message>
        <source>  PAGE ERRORS FOUND</source>
        <translation>  CANFUWYD GWALLAU TUDALEN</translation>
    </message>
    <message>
        <source>A restore can reach any moment from %1 to the newest archived write-ahead log (%2).</source>
        <translation>Gall adferiad gyrraedd unrhyw adeg o %1 hyd at y log ysgrifennu ymlaen llaw diweddaraf a archifwyd (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The server last archived %1 at %2; %n attempt(s) failed.</source>
        <translation>
            <numerusform>Yr eitem ddiwethaf a archifwyd gan y gweinydd: %1 am %2; methodd %n ymgais.</numerusform>
            <numerusform>Yr eitem ddiwethaf a archifwyd gan y gweinydd: %1 am %2; methodd %n ymgais.</numerusform>
            <numerusform>Yr eitem ddiwethaf a archifwyd gan y gweinydd: %1 am %2; methodd %n ymgais.</numerusform>
            <numerusform>Yr eitem ddiwethaf a archifwyd gan y gweinydd: %1 am %2; methodd %n ymgais.</numerusform>
            <numerusform>Yr eitem ddiwethaf a archifwyd gan y gweinydd: %1 am %2; methodd %n ymgais.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s archiving is off or its last attempt failed (%1 at %2): run &quot;writecarenotes-admin backup check&quot;.</source>
        <translation>Rhybudd: mae archifo&apos;r gweinydd wedi&apos;i ddiffodd neu mae ei ymgais ddiwethaf wedi methu (%1 am %2): rhedwch &quot;writecarenotes-admin backup check&quot;.</translation>
    </message>
    <message>
        <source>The server&apos;s write-ahead log reaches %1: a new segment was archived there just now.</source>
        <translation>Mae log ysgrifennu ymlaen llaw&apos;r gweinydd yn cyrraedd %1: archifwyd segment newydd yno gynnau.</translation>
    </message>
    <message>
        <source>restore needs --into FOLDER, a full path: a new folder for the restored database (the server&apos;s own is never overwritten).</source>
        <translation>Mae angen --into FOLDER ar restore, sef llwybr llawn: ffolder newydd ar gyfer y gronfa ddata a adferwyd (ni chaiff ffolder y gweinydd ei hun byth ei drosysgrifo).</translation>
    </message>
    <message>
        <source>Give --to TIME or --backup LABEL, not both.</source>
        <translation>Rhowch --to TIME neu --backup LABEL, nid y ddau.</translation>
    </message>
    <message>
        <source>%1 has not happened yet.</source>
        <translation>Nid yw %1 wedi digwydd eto.</translation>
    </message>
    <message>
        <source>%1 is the server&apos;s own data folder: restore into a new folder.</source>
        <translation>%1 yw ffolder data&apos;r gweinydd ei hun: adferwch i ffolder newydd.</translation>
    </message>
    <message>
        <source>Restored to %1 (UTC) into %2.</source>
        <translation>Adferwyd i&apos;r adeg %1 (UTC) yn y ffolder %2.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Adferwyd yn y ffolder %1.</translation>
    </message>
    <message numerus="yes">
        <source>Schema %1; %n shift note(s)</source>
        <translation>
            <numerusform>Sgema %1; %n nodyn shifft</numerusform>
            <numerusform>Sgema %1; %n nodyn shifft</numerusform>
            <numerusform>Sgema %1; %n nodyn shifft</numerusform>
            <numerusform>Sgema %1; %n nodyn shifft</numerusform>
            <numerusform>Sgema %1; %n nodyn shifft</numerusform>
        </translation>
    </message>
    <message>
        <source>, the newest received at %1</source>
        <translation>, a&apos;r diweddaraf wedi&apos;i dderbyn am %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n audit chain(s) verified.</source>
        <translation>
            <numerusform>; %n cadwyn archwilio wedi&apos;u gwirio.</numerusform>
            <numerusform>; %n cadwyn archwilio wedi&apos;i gwirio.</numerusform>
            <numerusform>; %n cadwyn archwilio wedi&apos;u gwirio.</numerusform>
            <numerusform>; %n cadwyn archwilio wedi&apos;u gwirio.</numerusform>
            <numerusform>; %n cadwyn archwilio wedi&apos;u gwirio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>postgresql.conf and pg_hba.conf were not in the backup (Debian keeps them in /etc/postgresql): minimal ones were written there for the check.</source>
        <translation>Nid oedd postgresql.conf a pg_hba.conf yn y copi wrth gefn (mae Debian yn eu cadw yn /etc/postgresql): ysgrifennwyd fersiynau sylfaenol yno ar gyfer y gwiriad.</translation>
    </message>
    <message>
        <source>The backup configuration %1 is for the server whose data folder is %2, not this one (%3).</source>
        <translation>Mae ffurfweddiad y copïau wrth gefn %1 ar gyfer y gweinydd y mae ei ffolder data yn %2, nid hwn (%3).</translation>
    </message>
    <message>
        <source>pgBackRest&apos;s configuration: %1 (a copy in the repository, for a restore with the server gone: %2)</source>
        <translation>Ffurfweddiad pgBackRest: %1 (copi yn yr ystorfa, ar gyfer adfer os bydd y gweinydd wedi mynd: %2)</translation>
    </message>
    <message>
        <source>It is stopped, with archiving off. To make it the live database: stop the server, move its data folder aside (keep it), move %1 in its place, start the server, run ALTER SYSTEM SET archive_mode = on and restart it, then &quot;writecarenotes-admin backup run --type full&quot;. The master key is not in any backup: put it back with &quot;writecarenotes-admin restore-key --key-file PATH&quot; if it was lost.</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i stopio, ac mae archifo wedi&apos;i ddiffodd. I&apos;w gwneud yn gronfa ddata fyw: stopiwch y gweinydd, symudwch ei ffolder data o&apos;r neilltu (cadwch ef), symudwch %1 i&apos;w le, dechreuwch y gweinydd, rhedwch ALTER SYSTEM SET archive_mode = on ac ailgychwynnwch ef, yna &quot;writecarenotes-admin backup run --type full&quot;. Nid yw&apos;r brif allwedd mewn unrhyw gopi wrth gefn: rhowch hi&apos;n ôl gyda &quot;writecarenotes-admin restore-key --key-file PATH&quot; os cafodd ei cholli.</translation>
    </message>
    <message>
        <source>writecarenotes-admin, run by %1</source>
        <translation>writecarenotes-admin (defnyddiwr: %1)</translation>
    </message>
    <message>
        <source>The restore is written into the restored database&apos;s audit log.</source>
        <translation>Mae&apos;r adferiad wedi&apos;i gofnodi yn log archwilio&apos;r gronfa ddata a adferwyd.</translation>
    </message>
    <message>
        <source>The restored database&apos;s schema is older than restore records: note this restore in the home&apos;s own log.</source>
        <translation>Mae sgema&apos;r gronfa ddata a adferwyd yn rhy hen i gofnodi adferiadau: nodwch yr adferiad hwn yn log y cartref ei hun.</translation>
    </message>
</context>
<context>
    <name>BackupConfiguration</name>
    <message>
        <source>The path %1 has a character (one of &quot; &apos; ` $ \ =) that the database server&apos;s archive command or pgBackRest cannot take safely: choose a folder without it.</source>
        <translation>Mae gan y llwybr %1 nod (un o &quot; &apos; ` $ \ =) na all gorchymyn archifo gweinydd y gronfa ddata na pgBackRest ei drin yn ddiogel: dewiswch ffolder hebddo.</translation>
    </message>
    <message>
        <source>The name %1 may hold only letters, digits, - and _ for pgBackRest.</source>
        <translation>Ar gyfer pgBackRest, dim ond llythrennau, digidau, - a _ a gaiff fod yn yr enw %1.</translation>
    </message>
    <message>
        <source>The backup configuration %1 cannot be read (%2): give the file written by &quot;backup configure&quot; with --backup-config.</source>
        <translation>Ni ellir darllen ffurfweddiad y copïau wrth gefn %1 (%2): rhowch y ffeil a ysgrifennwyd gan &quot;backup configure&quot; gyda --backup-config.</translation>
    </message>
    <message>
        <source>%1 is not a backup configuration written by Write Care Notes (it lacks the repository, the data folder, the user or the database).</source>
        <translation>Nid yw %1 yn ffurfweddiad copïau wrth gefn a ysgrifennwyd gan Write Care Notes (mae&apos;r ystorfa, y ffolder data, y defnyddiwr neu&apos;r gronfa ddata ar goll ohono).</translation>
    </message>
</context>
<context>
    <name>BackupInventory</name>
    <message>
        <source>pgBackRest&apos;s list of backups could not be read.</source>
        <translation>Nid oedd modd darllen rhestr pgBackRest o gopïau wrth gefn.</translation>
    </message>
    <message>
        <source>pgBackRest&apos;s repository has no backups of %1.</source>
        <translation>Nid oes gan ystorfa pgBackRest unrhyw gopïau wrth gefn ar gyfer %1.</translation>
    </message>
</context>
<context>
    <name>BackupRules</name>
    <message>
        <source>Backups: not set up.</source>
        <translation>Copïau wrth gefn: heb eu sefydlu.</translation>
    </message>
    <message>
        <source>Backups go to %1; none has been made yet.</source>
        <translation>Mae copïau wrth gefn yn mynd i %1; nid oes yr un wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>a full backup</source>
        <translation>copi wrth gefn llawn</translation>
    </message>
    <message>
        <source>the changes since the one before</source>
        <translation>y newidiadau ers yr un blaenorol</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2), in %3.</source>
        <translation>Copi wrth gefn diwethaf: %1 (%2), yn %3.</translation>
    </message>
    <message>
        <source>This database is not backed up: pgBackRest is not installed on this computer. Ask whoever looks after the computer to install the package pgbackrest.</source>
        <translation>Nid oes copi wrth gefn o&apos;r gronfa ddata hon: nid yw pgBackRest wedi&apos;i osod ar y cyfrifiadur hwn. Gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur osod y pecyn pgbackrest.</translation>
    </message>
    <message>
        <source>The last backup attempt failed: %1</source>
        <translation>Methodd yr ymgais ddiwethaf i wneud copi wrth gefn: %1</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet.</source>
        <translation>Nid oes copi wrth gefn o&apos;r gronfa ddata hon wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>The newest backup is from %1, two days ago or more: keep Write Care Notes running at night, or see why the backups fail.</source>
        <translation>Mae&apos;r copi wrth gefn diweddaraf yn dyddio o %1, ddeuddydd yn ôl neu fwy: cadwch Write Care Notes i redeg dros nos, neu darganfyddwch pam mae&apos;r copïau wrth gefn yn methu.</translation>
    </message>
    <message>
        <source>Every change is saved to the backup folder only from the next start of Write Care Notes on this computer: close it everywhere on this computer and start it again.</source>
        <translation>Dim ond o&apos;r tro nesaf y bydd Write Care Notes yn cychwyn ar y cyfrifiadur hwn y caiff pob newid ei gadw yn y ffolder copïau wrth gefn: caewch y rhaglen ym mhob man ar y cyfrifiadur hwn a&apos;i chychwyn eto.</translation>
    </message>
    <message>
        <source>Changes since the last backup are not reaching the backup folder (the last attempt failed at %1): check that the folder %2 is there and has space.</source>
        <translation>Nid yw newidiadau ers y copi wrth gefn diwethaf yn cyrraedd y ffolder copïau wrth gefn (methodd yr ymgais ddiwethaf: %1): gwiriwch fod y ffolder %2 yno a bod lle ynddo.</translation>
    </message>
    <message>
        <source>The backups are on the same disk as the database (%1): a failed disk would take both. Choose a folder on another disk or a network share on the Backups page.</source>
        <translation>Mae&apos;r copïau wrth gefn ar yr un ddisg â&apos;r gronfa ddata (%1): pe bai&apos;r ddisg yn methu, byddech yn colli&apos;r ddau. Dewiswch ffolder ar ddisg arall neu ffolder a rennir ar y rhwydwaith ar y dudalen Copïau wrth gefn.</translation>
    </message>
    <message>
        <source>The restored database %1 replaces this one at the next start of Write Care Notes: what is recorded until then stays only in the folder kept beside it. If that is not wanted, cancel the switch on the Backups page.</source>
        <translation>Bydd y gronfa ddata a adferwyd (%1) yn cymryd lle&apos;r un hon pan fydd Write Care Notes yn cychwyn nesaf: bydd yr hyn a gofnodir tan hynny yn aros yn y ffolder a gedwir wrth ei hymyl yn unig. Os nad ydych eisiau hynny, canslwch y newid ar y dudalen Copïau wrth gefn.</translation>
    </message>
    <message>
        <source>This start switched to the restored database; the one in use before is kept in %1.</source>
        <translation>Wrth gychwyn y tro hwn, newidiwyd i&apos;r gronfa ddata a adferwyd; mae&apos;r un a oedd yn cael ei defnyddio cyn hynny wedi&apos;i chadw yn %1.</translation>
    </message>
</context>
<context>
    <name>BackupSetup</name>
    <message>
        <source>The backup folder must be a full path: a disk or network share other than the database&apos;s own.</source>
        <translation>Rhaid i&apos;r ffolder copïau wrth gefn fod yn llwybr llawn: disg arall neu ffolder a rennir ar y rhwydwaith, nid disg y gronfa ddata ei hun.</translation>
    </message>
    <message>
        <source>Switching backups on changes the server&apos;s archiving settings, which only a PostgreSQL superuser may: connect as one.</source>
        <translation>Mae troi copïau wrth gefn ymlaen yn newid gosodiadau archifo&apos;r gweinydd, a dim ond uwchddefnyddiwr PostgreSQL a gaiff wneud hynny: cysylltwch fel uwchddefnyddiwr.</translation>
    </message>
    <message>
        <source>The server listens on no Unix socket (unix_socket_directories is empty); pgBackRest reaches it through one: set it, restart the server and try again.</source>
        <translation>Nid yw&apos;r gweinydd yn gwrando ar unrhyw soced Unix (mae unix_socket_directories yn wag); mae pgBackRest yn ei gyrraedd drwy soced: gosodwch unix_socket_directories, ailgychwynnwch y gweinydd a cheisiwch eto.</translation>
    </message>
    <message>
        <source>The server already archives its write-ahead log with: %1. If pgBackRest is to replace that, remove it first (ALTER SYSTEM RESET archive_command), then configure again.</source>
        <translation>Mae&apos;r gweinydd eisoes yn archifo ei log ysgrifennu ymlaen llaw gyda: %1. Os yw pgBackRest i gymryd ei le, tynnwch hwnnw yn gyntaf (ALTER SYSTEM RESET archive_command), yna ffurfweddwch eto.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the server&apos;s data folder: choose a folder elsewhere, ideally on another disk.</source>
        <translation>Mae&apos;r ffolder copïau wrth gefn %1 y tu mewn i ffolder data&apos;r gweinydd: dewiswch ffolder mewn man arall, ar ddisg arall yn ddelfrydol.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made for the server&apos;s account %2.</source>
        <translation>Nid oedd modd creu&apos;r ffolder copïau wrth gefn %1 ar gyfer cyfrif y gweinydd, %2.</translation>
    </message>
    <message>
        <source>A copy of the backup configuration could not be written to %1.</source>
        <translation>Nid oedd modd ysgrifennu copi o ffurfweddiad y copïau wrth gefn i %1.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Keep backups here</source>
        <translation>Cadw copïau wrth gefn yma</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>As it was at the end of the backup</source>
        <translation>Fel yr oedd ar ddiwedd y copi wrth gefn</translation>
    </message>
    <message>
        <source>As it was at</source>
        <translation>Fel yr oedd ar</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Adfer…</translation>
    </message>
    <message>
        <source>Backups of the database on this computer</source>
        <translation>Copïau wrth gefn o&apos;r gronfa ddata ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Where the backups go</source>
        <translation>Lle mae&apos;r copïau wrth gefn yn mynd</translation>
    </message>
    <message>
        <source>Folder (best on another disk or a network share):</source>
        <translation>Ffolder (ar ddisg arall neu ffolder a rennir ar y rhwydwaith sydd orau):</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>A restore goes into a new folder and is checked there. The database in use now is not touched: the next start of Write Care Notes switches to the restored one and keeps the current one beside it.</source>
        <translation>Mae adferiad yn mynd i ffolder newydd ac yn cael ei wirio yno. Nid yw&apos;r gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chyffwrdd: pan fydd Write Care Notes yn cychwyn nesaf, bydd yn newid i&apos;r un a adferwyd ac yn cadw&apos;r un bresennol wrth ei hymyl.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>llawn</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>newidiadau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation>Dewiswch y ffolder ar gyfer y copïau wrth gefn</translation>
    </message>
    <message>
        <source>Setting up %1 and taking a full backup there…</source>
        <translation>Wrthi&apos;n sefydlu %1 ac yn gwneud copi wrth gefn llawn yno…</translation>
    </message>
    <message>
        <source>Backups now go to %1; a full backup is there.</source>
        <translation>Mae copïau wrth gefn bellach yn mynd i %1; mae copi wrth gefn llawn yno.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Gwnaed copi wrth gefn ar %1.</translation>
    </message>
    <message>
        <source>That moment has not happened yet.</source>
        <translation>Nid yw&apos;r adeg honno wedi dod eto.</translation>
    </message>
    <message>
        <source>There is no backup to restore yet.</source>
        <translation>Nid oes copi wrth gefn i&apos;w adfer eto.</translation>
    </message>
    <message>
        <source>Restore the database as it was at %1 into a new folder and check it? Nothing in use now changes until Write Care Notes is started again.</source>
        <translation>Adfer y gronfa ddata fel yr oedd ar %1 i ffolder newydd a&apos;i gwirio? Ni fydd dim sy&apos;n cael ei ddefnyddio nawr yn newid nes i Write Care Notes gael ei gychwyn eto.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Restoring and checking… this takes a few minutes.</source>
        <translation>Wrthi&apos;n adfer ac yn gwirio… mae hyn yn cymryd ychydig funudau.</translation>
    </message>
    <message numerus="yes">
        <source>Restored and checked in %1: %n shift note(s), every audit chain intact. Close Write Care Notes everywhere on this computer and start it again to use it; the database in use now is kept beside it.</source>
        <translation>
            <numerusform>Wedi&apos;i hadfer a&apos;i gwirio yn %1: %n nodyn shifft, pob cadwyn archwilio yn gyfan. Caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn, yna dechreuwch y rhaglen eto i&apos;w defnyddio; bydd y gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chadw wrth ei hymyl.</numerusform>
            <numerusform>Wedi&apos;i hadfer a&apos;i gwirio yn %1: %n nodyn shifft, pob cadwyn archwilio yn gyfan. Caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn, yna dechreuwch y rhaglen eto i&apos;w defnyddio; bydd y gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chadw wrth ei hymyl.</numerusform>
            <numerusform>Wedi&apos;i hadfer a&apos;i gwirio yn %1: %n nodyn shifft, pob cadwyn archwilio yn gyfan. Caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn, yna dechreuwch y rhaglen eto i&apos;w defnyddio; bydd y gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chadw wrth ei hymyl.</numerusform>
            <numerusform>Wedi&apos;i hadfer a&apos;i gwirio yn %1: %n nodyn shifft, pob cadwyn archwilio yn gyfan. Caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn, yna dechreuwch y rhaglen eto i&apos;w defnyddio; bydd y gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chadw wrth ei hymyl.</numerusform>
            <numerusform>Wedi&apos;i hadfer a&apos;i gwirio yn %1: %n nodyn shifft, pob cadwyn archwilio yn gyfan. Caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn, yna dechreuwch y rhaglen eto i&apos;w defnyddio; bydd y gronfa ddata sy&apos;n cael ei defnyddio nawr yn cael ei chadw wrth ei hymyl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database in use (cancel the switch)</source>
        <translation>Cadw&apos;r gronfa ddata sy&apos;n cael ei defnyddio (canslo&apos;r newid)</translation>
    </message>
    <message>
        <source>Full backups kept (one a week, with every change between them):</source>
        <translation>Copïau wrth gefn llawn a gedwir (un yr wythnos, gyda phob newid rhyngddynt):</translation>
    </message>
    <message>
        <source>Cancelling the switch…</source>
        <translation>Wrthi&apos;n canslo&apos;r newid…</translation>
    </message>
    <message>
        <source>The database in use stays in use at the next start.</source>
        <translation>Bydd y gronfa ddata sy&apos;n cael ei defnyddio yn dal i gael ei defnyddio pan fydd y rhaglen yn cychwyn nesaf.</translation>
    </message>
</context>
<context>
    <name>BarthelIndex</name>
    <message>
        <source>Barthel index of activities of daily living: Mahoney and Barthel, 1965; 20-point scoring of Collin and Wade, 1988; dependency bands of Shah, Vanclay and Cooper, 1989</source>
        <translation>Mynegai Barthel o weithgareddau bywyd bob dydd: Mahoney a Barthel, 1965; sgorio 20 pwynt Collin a Wade, 1988; bandiau dibyniaeth Shah, Vanclay a Cooper, 1989</translation>
    </message>
    <message>
        <source>Bowels</source>
        <translation>Coluddion</translation>
    </message>
    <message>
        <source>Incontinent, or needs enemas (0)</source>
        <translation>Anymataliol, neu angen enemâu (0)</translation>
    </message>
    <message>
        <source>Occasional accident, once a week (1)</source>
        <translation>Damwain achlysurol, unwaith yr wythnos (1)</translation>
    </message>
    <message>
        <source>Continent (2)</source>
        <translation>Ymataliol (2)</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Pledren</translation>
    </message>
    <message>
        <source>Incontinent, or catheterised and unable to manage alone (0)</source>
        <translation>Anymataliol, neu â chathetr ac yn methu ymdopi heb gymorth (0)</translation>
    </message>
    <message>
        <source>Occasional accident, at most once in 24 hours (1)</source>
        <translation>Damwain achlysurol, unwaith mewn 24 awr ar y mwyaf (1)</translation>
    </message>
    <message>
        <source>Continent for over 7 days (2)</source>
        <translation>Ymataliol am dros 7 diwrnod (2)</translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation>Ymbincio</translation>
    </message>
    <message>
        <source>Needs help with personal care (0)</source>
        <translation>Angen help gyda gofal personol (0)</translation>
    </message>
    <message>
        <source>Independent: face, hair, teeth, shaving (1)</source>
        <translation>Annibynnol: wyneb, gwallt, dannedd, eillio (1)</translation>
    </message>
    <message>
        <source>Toilet use</source>
        <translation>Defnyddio&apos;r toiled</translation>
    </message>
    <message>
        <source>Dependent (0)</source>
        <translation>Dibynnol (0)</translation>
    </message>
    <message>
        <source>Needs some help, can do something alone (1)</source>
        <translation>Angen rhywfaint o help, yn gallu gwneud rhai pethau heb gymorth (1)</translation>
    </message>
    <message>
        <source>Independent: on and off, dressing, wiping (2)</source>
        <translation>Annibynnol: mynd ar y toiled a dod oddi arno, gwisgo, sychu (2)</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Bwyta</translation>
    </message>
    <message>
        <source>Unable (0)</source>
        <translation>Methu (0)</translation>
    </message>
    <message>
        <source>Needs help cutting, spreading butter and so on (1)</source>
        <translation>Angen help i dorri bwyd, taenu menyn ac ati (1)</translation>
    </message>
    <message>
        <source>Independent (2)</source>
        <translation>Annibynnol (2)</translation>
    </message>
    <message>
        <source>Transfer, bed to chair and back</source>
        <translation>Trosglwyddo, o&apos;r gwely i&apos;r gadair ac yn ôl</translation>
    </message>
    <message>
        <source>Unable, no sitting balance (0)</source>
        <translation>Methu, dim cydbwysedd wrth eistedd (0)</translation>
    </message>
    <message>
        <source>Major help (one or two people, physical), can sit (1)</source>
        <translation>Llawer o help (un neu ddau o bobl, corfforol), yn gallu eistedd (1)</translation>
    </message>
    <message>
        <source>Minor help, verbal or physical (2)</source>
        <translation>Ychydig o help, ar lafar neu&apos;n gorfforol (2)</translation>
    </message>
    <message>
        <source>Independent (3)</source>
        <translation>Annibynnol (3)</translation>
    </message>
    <message>
        <source>Mobility on level surfaces</source>
        <translation>Symudedd ar arwynebau gwastad</translation>
    </message>
    <message>
        <source>Immobile, or under 50 yards (0)</source>
        <translation>Methu symud, neu lai na 50 llath (0)</translation>
    </message>
    <message>
        <source>Wheelchair independent, corners included, over 50 yards (1)</source>
        <translation>Annibynnol mewn cadair olwyn, gan gynnwys corneli, dros 50 llath (1)</translation>
    </message>
    <message>
        <source>Walks with the help of one person, over 50 yards (2)</source>
        <translation>Cerdded gyda help un person, dros 50 llath (2)</translation>
    </message>
    <message>
        <source>Independent, any aid such as a stick, over 50 yards (3)</source>
        <translation>Annibynnol, gydag unrhyw gymhorthyn fel ffon, dros 50 llath (3)</translation>
    </message>
    <message>
        <source>Dressing</source>
        <translation>Gwisgo</translation>
    </message>
    <message>
        <source>Needs help, can do about half unaided (1)</source>
        <translation>Angen help, yn gallu gwneud tua hanner heb gymorth (1)</translation>
    </message>
    <message>
        <source>Independent: buttons, zips, laces (2)</source>
        <translation>Annibynnol: botymau, sipiau, careiau (2)</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Grisiau</translation>
    </message>
    <message>
        <source>Needs help: verbal, physical, carrying an aid (1)</source>
        <translation>Angen help: ar lafar, yn gorfforol, cario cymhorthyn (1)</translation>
    </message>
    <message>
        <source>Bathing</source>
        <translation>Cael bath</translation>
    </message>
    <message>
        <source>Independent, or in the shower (1)</source>
        <translation>Annibynnol, neu yn y gawod (1)</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Annibynnol</translation>
    </message>
    <message>
        <source>Slight dependency</source>
        <translation>Dibyniaeth ysgafn</translation>
    </message>
    <message>
        <source>Moderate dependency</source>
        <translation>Dibyniaeth gymedrol</translation>
    </message>
    <message>
        <source>Severe dependency</source>
        <translation>Dibyniaeth ddifrifol</translation>
    </message>
    <message>
        <source>Total dependency</source>
        <translation>Dibyniaeth lwyr</translation>
    </message>
    <message>
        <source>Check that the personal care plan gives the help each activity needs.</source>
        <translation>Gwiriwch fod y cynllun gofal personol yn rhoi&apos;r help sydd ei angen ar gyfer pob gweithgaredd.</translation>
    </message>
</context>
<context>
    <name>BenchMain</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Ni ellir darllen %1.</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>%1 could not sign in: %2</source>
        <translation>Methodd mewngofnodi ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>The baseline connection failed: %1</source>
        <translation>Methodd cysylltiad y waelodlin: %1</translation>
    </message>
    <message>
        <source>The home %1 shows no residents: nothing to measure.</source>
        <translation>Nid yw&apos;r cartref %1 yn dangos unrhyw breswylwyr: dim i&apos;w fesur.</translation>
    </message>
    <message>
        <source>an operation failed</source>
        <translation>methodd gweithred</translation>
    </message>
    <message>
        <source>the baseline %1 failed: %2</source>
        <translation>methodd y waelodlin %1: %2</translation>
    </message>
    <message>
        <source>%1: median %2 ms, baseline %3 ms</source>
        <translation>%1: canolrif %2 ms, gwaelodlin %3 ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>sign-in (bcrypt by design) and attaching the session</source>
        <translation>mewngofnodi (bcrypt yn fwriadol) a chysylltu&apos;r sesiwn</translation>
    </message>
    <message>
        <source>search by surname</source>
        <translation>chwilio yn ôl cyfenw</translation>
    </message>
    <message>
        <source>search by a later word of a name</source>
        <translation>chwilio yn ôl gair diweddarach mewn enw</translation>
    </message>
    <message>
        <source>search by NHS number</source>
        <translation>chwilio yn ôl rhif GIG</translation>
    </message>
    <message>
        <source>, across homes (a manager)</source>
        <translation>, ar draws cartrefi (rheolwr)</translation>
    </message>
    <message>
        <source>, in one home (a nurse)</source>
        <translation>, mewn un cartref (nyrs)</translation>
    </message>
    <message>
        <source>typed &quot;%1&quot;</source>
        <translation>teipiwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>opening a resident (record, events, history, care plans, assessments)</source>
        <translation>agor preswylydd (cofnod, digwyddiadau, hanes, cynlluniau gofal, asesiadau)</translation>
    </message>
    <message>
        <source>resident %1</source>
        <translation>preswylydd %1</translation>
    </message>
    <message>
        <source>timeline, first page</source>
        <translation>llinell amser, tudalen gyntaf</translation>
    </message>
    <message>
        <source>the resident measured has no notes</source>
        <translation>nid oes gan y preswylydd a fesurwyd unrhyw nodiadau</translation>
    </message>
    <message>
        <source>timeline, fiftieth page</source>
        <translation>llinell amser, tudalen 50</translation>
    </message>
    <message>
        <source>page %1 of the resident&apos;s timeline</source>
        <translation>tudalen %1 o linell amser y preswylydd</translation>
    </message>
    <message>
        <source>only %1 notes: the first page timed again, nothing beyond it</source>
        <translation>dim ond %1 nodyn: amserwyd y dudalen gyntaf eto, dim y tu hwnt iddi</translation>
    </message>
    <message>
        <source>a committed shift note save (triggers and checks included)</source>
        <translation>cadw nodyn shifft wedi&apos;i ymrwymo (gan gynnwys sbardunau a gwiriadau)</translation>
    </message>
    <message>
        <source>the insert with its triggers failed: %1</source>
        <translation>methodd y mewnosodiad gyda&apos;i sbardunau: %1</translation>
    </message>
    <message>
        <source>the same insert with its triggers and checks: median %1 ms, the save %2x of it</source>
        <translation>yr un mewnosodiad gyda&apos;i sbardunau a&apos;i wiriadau: canolrif %1 ms, y cadw&apos;n cymryd %2x hynny</translation>
    </message>
    <message>
        <source>a medical note save (encryption included)</source>
        <translation>cadw nodyn meddygol (gan gynnwys amgryptio)</translation>
    </message>
    <message>
        <source>shift board refresh</source>
        <translation>ail-lwytho bwrdd y shifft</translation>
    </message>
    <message numerus="yes">
        <source>%n residents on the board</source>
        <translation>
            <numerusform>%n preswylydd ar y bwrdd</numerusform>
            <numerusform>%n preswylydd ar y bwrdd</numerusform>
            <numerusform>%n preswylydd ar y bwrdd</numerusform>
            <numerusform>%n preswylydd ar y bwrdd</numerusform>
            <numerusform>%n preswylydd ar y bwrdd</numerusform>
        </translation>
    </message>
    <message>
        <source>handover (board, the shift&apos;s notes, the report)</source>
        <translation>trosglwyddo (bwrdd, nodiadau&apos;r shifft, yr adroddiad)</translation>
    </message>
    <message>
        <source>assessments due, one home</source>
        <translation>asesiadau sy&apos;n ddyledus, un cartref</translation>
    </message>
    <message>
        <source>care plan reviews due, one home</source>
        <translation>adolygiadau cynlluniau gofal sy&apos;n ddyledus, un cartref</translation>
    </message>
    <message>
        <source>%1 stations: %2 notes in %3 s (%4 failed)</source>
        <translation>%1 gorsaf: %2 nodyn mewn %3 s (%4 wedi methu)</translation>
    </message>
    <message numerus="yes">
        <source>%n station notes were not written</source>
        <translation>
            <numerusform>ni ysgrifennwyd %n nodyn gorsaf</numerusform>
            <numerusform>ni ysgrifennwyd %n nodyn gorsaf</numerusform>
            <numerusform>ni ysgrifennwyd %n nodyn gorsaf</numerusform>
            <numerusform>ni ysgrifennwyd %n nodyn gorsaf</numerusform>
            <numerusform>ni ysgrifennwyd %n nodyn gorsaf</numerusform>
        </translation>
    </message>
    <message>
        <source>the home screen could not be read: %1</source>
        <translation>nid oedd modd darllen y sgrin gartref: %1</translation>
    </message>
    <message>
        <source>manager&apos;s home screen, every home of the group</source>
        <translation>sgrin gartref y rheolwr, pob cartref yn y grŵp</translation>
    </message>
    <message numerus="yes">
        <source>%n home(s)</source>
        <translation>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) needing attention</source>
        <translation>
            <numerusform>%n peth sydd angen sylw</numerusform>
            <numerusform>%n peth sydd angen sylw</numerusform>
            <numerusform>%n peth sydd angen sylw</numerusform>
            <numerusform>%n peth sydd angen sylw</numerusform>
            <numerusform>%n peth sydd angen sylw</numerusform>
        </translation>
    </message>
    <message>
        <source>the baseline could not connect: %1</source>
        <translation>nid oedd modd i&apos;r waelodlin gysylltu: %1</translation>
    </message>
    <message>
        <source>the baseline could not sign in as %1</source>
        <translation>nid oedd modd i&apos;r waelodlin fewngofnodi fel %1</translation>
    </message>
</context>
<context>
    <name>BenchmarkGui</name>
    <message>
        <source>%1 --quit-when-ready did not get ready: %2 %3</source>
        <translation>Ni ddaeth %1 --quit-when-ready yn barod: %2 %3</translation>
    </message>
    <message>
        <source>no temporary folder for the application&apos;s home</source>
        <translation>dim ffolder dros dro i fod yn ffolder cartref y rhaglen</translation>
    </message>
    <message>
        <source>gui cold start: %1 ms</source>
        <translation>cychwyn oer y GUI: %1 ms</translation>
    </message>
    <message>
        <source>gui warm start: median %1 ms</source>
        <translation>cychwyn cynnes y GUI: canolrif %1 ms</translation>
    </message>
    <message>
        <source>the GUI memory probe failed: %1 %2</source>
        <translation>methodd prawf cof y GUI: %1 %2</translation>
    </message>
    <message>
        <source>gui memory: peak %1 KiB, %2 resident rows, %3 timeline notes</source>
        <translation>cof y GUI: brig %1 KiB, %2 rhes preswylwyr, %3 nodyn llinell amser</translation>
    </message>
    <message numerus="yes">
        <source>
GUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 residents listed and %6 timeline notes, %7 MiB more than just signed in.
</source>
        <translation>
            <numerusform>
GUI: cychwyn oer %1 ms, canolrif cychwyn cynnes %2 ms (p95 %3 ms, %n cychwyn); cof brig %4 MiB gyda %5 preswylydd wedi&apos;u rhestru a %6 nodyn llinell amser, %7 MiB yn fwy nag ar ôl mewngofnodi&apos;n unig.
</numerusform>
            <numerusform>
GUI: cychwyn oer %1 ms, canolrif cychwyn cynnes %2 ms (p95 %3 ms, %n cychwyn); cof brig %4 MiB gyda %5 preswylydd wedi&apos;u rhestru a %6 nodyn llinell amser, %7 MiB yn fwy nag ar ôl mewngofnodi&apos;n unig.
</numerusform>
            <numerusform>
GUI: cychwyn oer %1 ms, canolrif cychwyn cynnes %2 ms (p95 %3 ms, %n cychwyn); cof brig %4 MiB gyda %5 preswylydd wedi&apos;u rhestru a %6 nodyn llinell amser, %7 MiB yn fwy nag ar ôl mewngofnodi&apos;n unig.
</numerusform>
            <numerusform>
GUI: cychwyn oer %1 ms, canolrif cychwyn cynnes %2 ms (p95 %3 ms, %n cychwyn); cof brig %4 MiB gyda %5 preswylydd wedi&apos;u rhestru a %6 nodyn llinell amser, %7 MiB yn fwy nag ar ôl mewngofnodi&apos;n unig.
</numerusform>
            <numerusform>
GUI: cychwyn oer %1 ms, canolrif cychwyn cynnes %2 ms (p95 %3 ms, %n cychwyn); cof brig %4 MiB gyda %5 preswylydd wedi&apos;u rhestru a %6 nodyn llinell amser, %7 MiB yn fwy nag ar ôl mewngofnodi&apos;n unig.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkGuiProbe</name>
    <message>
        <source>the sign-in page did not appear</source>
        <translation>ni ymddangosodd y dudalen fewngofnodi</translation>
    </message>
    <message>
        <source>%1 could not sign in through the sign-in page</source>
        <translation>methodd mewngofnodi ar gyfer %1 drwy&apos;r dudalen fewngofnodi</translation>
    </message>
    <message>
        <source>the residents page did not open</source>
        <translation>ni agorodd tudalen y preswylwyr</translation>
    </message>
    <message>
        <source>the residents page has no list</source>
        <translation>nid oes rhestr ar dudalen y preswylwyr</translation>
    </message>
    <message>
        <source>the resident list did not fetch more rows</source>
        <translation>ni nôlodd rhestr y preswylwyr ragor o resi</translation>
    </message>
    <message>
        <source>the shift board did not open</source>
        <translation>ni agorodd bwrdd y shifft</translation>
    </message>
    <message>
        <source>the shift board has no timeline</source>
        <translation>nid oes llinell amser ar fwrdd y shifft</translation>
    </message>
    <message>
        <source>the shift board shows no residents</source>
        <translation>nid yw bwrdd y shifft yn dangos unrhyw breswylwyr</translation>
    </message>
    <message>
        <source>the timeline did not fetch more notes</source>
        <translation>ni nôlodd y llinell amser ragor o nodiadau</translation>
    </message>
</context>
<context>
    <name>CareCategories</name>
    <message>
        <source>Personal care</source>
        <translation>Gofal personol</translation>
    </message>
    <message>
        <source>Eating</source>
        <translation>Bwyta</translation>
    </message>
    <message>
        <source>Drinking</source>
        <translation>Yfed</translation>
    </message>
    <message>
        <source>Continence</source>
        <translation>Ymataliaeth</translation>
    </message>
    <message>
        <source>Repositioning</source>
        <translation>Ail-leoli</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Symudedd</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Cwsg</translation>
    </message>
    <message>
        <source>Mood and behaviour</source>
        <translation>Hwyliau ac ymddygiad</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Ymwelwyr</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Naratif</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Cywiriad</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Assisted with wash</source>
        <translation>Cymorth i ymolchi</translation>
    </message>
    <message>
        <source>Assisted with shower</source>
        <translation>Cymorth i gael cawod</translation>
    </message>
    <message>
        <source>Assisted with bath</source>
        <translation>Cymorth i gael bath</translation>
    </message>
    <message>
        <source>Washed independently</source>
        <translation>Ymolchodd yn annibynnol</translation>
    </message>
    <message>
        <source>Assisted with oral care</source>
        <translation>Cymorth gyda gofal y geg</translation>
    </message>
    <message>
        <source>Assisted with shave</source>
        <translation>Cymorth i eillio</translation>
    </message>
    <message>
        <source>Assisted with dressing</source>
        <translation>Cymorth i wisgo</translation>
    </message>
    <message>
        <source>Hair care given</source>
        <translation>Rhoddwyd gofal gwallt</translation>
    </message>
    <message>
        <source>Declined personal care</source>
        <translation>Gwrthododd ofal personol</translation>
    </message>
    <message>
        <source>Ate independently</source>
        <translation>Bwytaodd yn annibynnol</translation>
    </message>
    <message>
        <source>Needed encouragement</source>
        <translation>Roedd angen anogaeth</translation>
    </message>
    <message>
        <source>Assisted to eat</source>
        <translation>Cymorth i fwyta</translation>
    </message>
    <message>
        <source>Declined meal</source>
        <translation>Gwrthododd bryd bwyd</translation>
    </message>
    <message>
        <source>Fortified diet given</source>
        <translation>Rhoddwyd deiet cyfnerthedig</translation>
    </message>
    <message>
        <source>Modified texture diet given</source>
        <translation>Rhoddwyd deiet gwead wedi&apos;i addasu</translation>
    </message>
    <message>
        <source>tea</source>
        <translation>te</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>coffi</translation>
    </message>
    <message>
        <source>water</source>
        <translation>dŵr</translation>
    </message>
    <message>
        <source>juice</source>
        <translation>sudd</translation>
    </message>
    <message>
        <source>milk</source>
        <translation>llaeth</translation>
    </message>
    <message>
        <source>squash</source>
        <translation>sgwash</translation>
    </message>
    <message>
        <source>supplement drink</source>
        <translation>diod atodol</translation>
    </message>
    <message>
        <source>thickened fluid</source>
        <translation>hylif wedi&apos;i dewychu</translation>
    </message>
    <message>
        <source>Continent</source>
        <translation>Ymataliol</translation>
    </message>
    <message>
        <source>Assisted to toilet</source>
        <translation>Cymorth i&apos;r toiled</translation>
    </message>
    <message>
        <source>Pad changed, dry</source>
        <translation>Newidiwyd y pad, sych</translation>
    </message>
    <message>
        <source>Pad changed, wet</source>
        <translation>Newidiwyd y pad, gwlyb</translation>
    </message>
    <message>
        <source>Pad changed, soiled</source>
        <translation>Newidiwyd y pad, wedi baeddu</translation>
    </message>
    <message>
        <source>Catheter bag emptied</source>
        <translation>Gwagiwyd y bag cathetr</translation>
    </message>
    <message>
        <source>Incontinent of urine</source>
        <translation>Anymataliaeth wrin</translation>
    </message>
    <message>
        <source>Incontinent of faeces</source>
        <translation>Anymataliaeth carthion</translation>
    </message>
    <message>
        <source>Repositioned, skin intact</source>
        <translation>Ail-leolwyd, croen yn gyfan</translation>
    </message>
    <message>
        <source>Repositioned, redness noted</source>
        <translation>Ail-leolwyd, sylwyd ar gochni</translation>
    </message>
    <message>
        <source>Declined repositioning</source>
        <translation>Gwrthododd ail-leoli</translation>
    </message>
    <message>
        <source>Walked independently</source>
        <translation>Cerddodd yn annibynnol</translation>
    </message>
    <message>
        <source>Walked with frame</source>
        <translation>Cerddodd gyda ffrâm</translation>
    </message>
    <message>
        <source>Walked with assistance of one</source>
        <translation>Cerddodd gyda chymorth un person</translation>
    </message>
    <message>
        <source>Hoisted with assistance of two</source>
        <translation>Codwyd â theclyn codi gyda chymorth dau berson</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Cadair olwyn</translation>
    </message>
    <message>
        <source>Stayed in bed</source>
        <translation>Arhosodd yn y gwely</translation>
    </message>
    <message>
        <source>Slept well</source>
        <translation>Cysgodd yn dda</translation>
    </message>
    <message>
        <source>Slept well, checked hourly</source>
        <translation>Cysgodd yn dda, gwiriwyd bob awr</translation>
    </message>
    <message>
        <source>Restless night</source>
        <translation>Noson aflonydd</translation>
    </message>
    <message>
        <source>Awake for long periods</source>
        <translation>Effro am gyfnodau hir</translation>
    </message>
    <message>
        <source>Up in the night, settled with reassurance</source>
        <translation>Wedi codi yn y nos, setlodd ar ôl cael cysur</translation>
    </message>
    <message>
        <source>Settled and content</source>
        <translation>Yn dawel ac yn fodlon</translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation>Siriol</translation>
    </message>
    <message>
        <source>Low in mood</source>
        <translation>Hwyliau isel</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>Pryderus</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>Dryslyd</translation>
    </message>
    <message>
        <source>Agitated, settled with reassurance</source>
        <translation>Cynhyrfus, setlodd ar ôl cael cysur</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>Gofidus</translation>
    </message>
    <message>
        <source>Joined group activity</source>
        <translation>Ymunodd â gweithgaredd grŵp</translation>
    </message>
    <message>
        <source>Music session</source>
        <translation>Sesiwn gerddoriaeth</translation>
    </message>
    <message>
        <source>Read newspaper</source>
        <translation>Darllenodd bapur newydd</translation>
    </message>
    <message>
        <source>Watched television</source>
        <translation>Gwyliodd y teledu</translation>
    </message>
    <message>
        <source>Went out into the garden</source>
        <translation>Aeth allan i&apos;r ardd</translation>
    </message>
    <message>
        <source>Declined activities</source>
        <translation>Gwrthododd weithgareddau</translation>
    </message>
    <message>
        <source>Family visited</source>
        <translation>Ymweliad gan y teulu</translation>
    </message>
    <message>
        <source>Friend visited</source>
        <translation>Ymweliad gan ffrind</translation>
    </message>
    <message>
        <source>GP visited</source>
        <translation>Ymweliad gan y meddyg teulu</translation>
    </message>
    <message>
        <source>District nurse visited</source>
        <translation>Ymweliad gan nyrs ardal</translation>
    </message>
    <message>
        <source>Phone call with family</source>
        <translation>Galwad ffôn gyda&apos;r teulu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>chwarter</translation>
    </message>
    <message>
        <source>half</source>
        <translation>hanner</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>tri chwarter</translation>
    </message>
    <message>
        <source>all</source>
        <translation>y cyfan</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>brecwast</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>cinio</translation>
    </message>
    <message>
        <source>tea (meal)</source>
        <translation>te</translation>
    </message>
    <message>
        <source>supper</source>
        <translation>swper</translation>
    </message>
    <message>
        <source>snack</source>
        <translation>byrbryd</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>ar yr ochr chwith</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>ar yr ochr dde</translation>
    </message>
    <message>
        <source>on back</source>
        <translation>ar y cefn</translation>
    </message>
    <message>
        <source>sitting up in bed</source>
        <translation>yn eistedd i fyny yn y gwely</translation>
    </message>
    <message>
        <source>in chair</source>
        <translation>yn y gadair</translation>
    </message>
</context>
<context>
    <name>CarePlanListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (yn ddyledus)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>&amp;Back to the resident</source>
        <translation>&amp;Yn ôl at y preswylydd</translation>
    </message>
    <message>
        <source>&amp;Care plan for</source>
        <translation>&amp;Cynllun gofal ar gyfer</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>Star&amp;ted</source>
        <translation>D&amp;echreuwyd</translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation>Adolygiad &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Anghenion</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>N&amp;odau</translation>
    </message>
    <message>
        <source>How staff &amp;help</source>
        <translation>Sut mae&apos;r staff yn &amp;helpu</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risgiau</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation>Ado&amp;lygwyd ar</translation>
    </message>
    <message>
        <source>What the review &amp;found or changed</source>
        <translation>&amp;Beth a ganfu neu a newidiodd yr adolygiad</translation>
    </message>
    <message>
        <source>Ne&amp;xt review</source>
        <translation>Adolygiad ne&amp;saf</translation>
    </message>
    <message>
        <source>Record the &amp;review</source>
        <translation>Cofnodi&apos;r adolyg&amp;iad</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Canslo&apos;r adolygiad</translation>
    </message>
    <message>
        <source>History: every version, who changed it and when</source>
        <translation>Hanes: pob fersiwn, pwy a&apos;i newidiodd a phryd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Re&amp;view this plan…</source>
        <translation>Adolygu&apos;r cynllun h&amp;wn…</translation>
    </message>
    <message>
        <source>&amp;Save the care plan</source>
        <translation>Cadw&apos;r cynllun &amp;gofal</translation>
    </message>
    <message>
        <source>A new care plan: fill it in, then save it.</source>
        <translation>Cynllun gofal newydd: llenwch ef, yna cadwch ef.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Heb ei gadw eto.</translation>
    </message>
    <message>
        <source>Written by %1 on %2; last changed by %3 on %4.</source>
        <translation>Ysgrifennwyd gan: %1, %2; newidiwyd ddiwethaf gan: %3, %4.</translation>
    </message>
    <message>
        <source>Unsaved care plan</source>
        <translation>Cynllun gofal heb ei gadw</translation>
    </message>
    <message>
        <source>This care plan has changes that are not saved. Save them before you leave it?</source>
        <translation>Mae newidiadau yn y cynllun gofal hwn sydd heb eu cadw. Hoffech chi eu cadw cyn gadael y cynllun?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Cadwyd.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Their version is shown with your changes on top: check it, then save again.</source>
        <translation>Dangosir fersiwn y person arall gyda&apos;ch newidiadau chi ar ei phen: gwiriwch hi, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were discarded.</source>
        <translation>Dangosir fersiwn y person arall; cafodd eich newidiadau eu gwaredu.</translation>
    </message>
    <message>
        <source>Change the plan where the review found it should change, say what the review found, and set the next review date.</source>
        <translation>Newidiwch y cynllun lle canfu&apos;r adolygiad y dylai newid, nodwch beth a ganfu&apos;r adolygiad, a gosodwch ddyddiad yr adolygiad nesaf.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Heb ei gofnodi: %1</translation>
    </message>
    <message>
        <source>Review recorded. The next review is on %1.</source>
        <translation>Cofnodwyd yr adolygiad. Bydd yr adolygiad nesaf ar %1.</translation>
    </message>
    <message>
        <source>Printing the saved version: your changes are not saved yet.</source>
        <translation>Wrthi&apos;n argraffu&apos;r fersiwn a gadwyd: nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Saving the saved version as PDF: your changes are not saved yet.</source>
        <translation>Wrthi&apos;n cadw&apos;r fersiwn a gadwyd fel PDF: nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this care plan are back, as you left them: check them, then save.</source>
        <translation>Mae eich newidiadau heb eu cadw i&apos;r cynllun gofal hwn yn ôl, fel y gadawsoch nhw: gwiriwch nhw, yna cadwch.</translation>
    </message>
    <message>
        <source>%1 (the saved version: your changes are not saved yet)</source>
        <translation>%1 (y fersiwn a gadwyd: nid yw eich newidiadau wedi&apos;u cadw eto)</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>CarePlanRecord</name>
    <message>
        <source>Personal care</source>
        <translation>Gofal personol</translation>
    </message>
    <message>
        <source>Eating and drinking</source>
        <translation>Bwyta ac yfed</translation>
    </message>
    <message>
        <source>Mobility and falls</source>
        <translation>Symudedd a chwympiadau</translation>
    </message>
    <message>
        <source>Skin integrity</source>
        <translation>Cyfanrwydd y croen</translation>
    </message>
    <message>
        <source>Continence</source>
        <translation>Ymataliaeth</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Mental capacity and DoLS</source>
        <translation>Galluedd meddyliol a DoLS</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Diwedd oes</translation>
    </message>
    <message>
        <source>Social and wellbeing</source>
        <translation>Bywyd cymdeithasol a llesiant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>How staff help (interventions)</source>
        <translation>Sut mae&apos;r staff yn helpu (ymyriadau)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>Care plan: %1 — %2</source>
        <translation>Cynllun gofal: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CarePlanStore</name>
    <message>
        <source>This care plan cannot be found: it may belong to a resident of a home you do not work in.</source>
        <translation>Ni ellir dod o hyd i&apos;r cynllun gofal hwn: efallai ei fod yn perthyn i breswylydd mewn cartref nad ydych yn gweithio ynddo.</translation>
    </message>
    <message>
        <source>Choose the kind of care plan from the list.</source>
        <translation>Dewiswch y math o gynllun gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The start date is missing: enter the day the plan starts.</source>
        <translation>Mae&apos;r dyddiad dechrau ar goll: rhowch y diwrnod y mae&apos;r cynllun yn dechrau.</translation>
    </message>
    <message>
        <source>An active care plan needs a review date: enter when it is next to be reviewed.</source>
        <translation>Mae angen dyddiad adolygu ar gynllun gofal gweithredol: rhowch pryd y dylid ei adolygu nesaf.</translation>
    </message>
    <message>
        <source>The review date is before the start date: enter a review date on or after the start date.</source>
        <translation>Mae&apos;r dyddiad adolygu cyn y dyddiad dechrau: rhowch ddyddiad adolygu sydd ar y dyddiad dechrau neu ar ei ôl.</translation>
    </message>
    <message>
        <source>%1 changed this care plan while you were editing it, so your changes are not saved yet.</source>
        <translation>Newidiodd %1 y cynllun gofal hwn tra oeddech chi&apos;n ei olygu, felly nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>rhywun arall</translation>
    </message>
    <message>
        <source>You may not change this care plan: ask a nurse or a manager.</source>
        <translation>Ni chewch newid y cynllun gofal hwn: gofynnwch i nyrs neu reolwr.</translation>
    </message>
    <message>
        <source>The care plan could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation>Nid oedd modd cadw&apos;r cynllun gofal: methodd y cysylltiad â&apos;r gronfa ddata. Cadwch eto (mae&apos;r hyn a deipiwyd gennych yn dal yno).</translation>
    </message>
    <message>
        <source>Say what the review found or changed (&quot;no change needed&quot; is an answer).</source>
        <translation>Nodwch beth a ganfu neu a newidiodd yr adolygiad (mae &quot;dim angen newid&quot; yn ateb).</translation>
    </message>
    <message>
        <source>The next review date must be after the date of this review: enter a later date.</source>
        <translation>Rhaid i&apos;r dyddiad adolygu nesaf fod ar ôl dyddiad yr adolygiad hwn: rhowch ddyddiad diweddarach.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Newid eich cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Cyfrinair &amp;presennol</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Cyfrinair ne&amp;wydd</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>o leiaf 10 nod</translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own now: only you should know it.</source>
        <translation>Gweinyddwr a osododd eich cyfrinair. Dewiswch eich cyfrinair eich hun nawr: dim ond chi ddylai ei wybod.</translation>
    </message>
    <message>
        <source>Choose a new password. Long is better than complicated: a few unrelated words work well.</source>
        <translation>Dewiswch gyfrinair newydd. Mae hir yn well na chymhleth: mae ychydig o eiriau digyswllt yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Newid y cyfrinair</translation>
    </message>
    <message>
        <source>The two new passwords are not the same: type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair newydd yr un fath: teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>ClusterRestore</name>
    <message>
        <source>A private folder for the restored server&apos;s socket could not be made.</source>
        <translation>Nid oedd modd creu ffolder preifat ar gyfer soced y gweinydd a adferwyd.</translation>
    </message>
    <message>
        <source>The restored database in %1 did not start: %2</source>
        <translation>Ni ddechreuodd y gronfa ddata a adferwyd yn %1: %2</translation>
    </message>
    <message>
        <source>the server stopped while it recovered (its log is in %1)</source>
        <translation>stopiodd y gweinydd tra oedd yn adfer (mae ei log yn %1)</translation>
    </message>
    <message>
        <source>it was still recovering</source>
        <translation>roedd yn dal i adfer</translation>
    </message>
    <message>
        <source>The restored database in %1 did not finish recovering: %2.</source>
        <translation>Ni orffennodd y gronfa ddata a adferwyd yn %1 ei hadferiad: %2.</translation>
    </message>
    <message>
        <source>The restore could not be written into the audit log: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r adferiad yn y log archwilio: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Mae rhywun arall wedi newid y cofnod hwn</translation>
    </message>
    <message>
        <source>Reloading shows their version. Keeping your changes puts what you changed back on top of it, for you to check and save again; where you both changed the same thing, yours is what you will see.</source>
        <translation>Mae ail-lwytho yn dangos eu fersiwn nhw. Mae cadw eich newidiadau yn rhoi&apos;r hyn a newidiwyd gennych yn ôl ar ei phen, i chi ei wirio a&apos;i gadw eto; lle mae&apos;r ddau ohonoch wedi newid yr un peth, eich fersiwn chi a welwch.</translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation>Ail-&amp;lwytho a chadw fy newidiadau</translation>
    </message>
    <message>
        <source>Reload and &amp;discard my changes</source>
        <translation>Ail-lwytho a &amp;gwaredu fy newidiadau</translation>
    </message>
    <message>
        <source>&amp;Go back to editing</source>
        <translation>Mynd yn ôl i &amp;olygu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn y newid</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Eu newid nhw</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Eich newid chi</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(heb ei newid)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
</context>
<context>
    <name>ConnectionCountModel</name>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Mewngofnod</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>out of memory</source>
        <translation>dim cof ar ôl</translation>
    </message>
    <message>
        <source>The database connection setting is not valid (%1): write it as keyword=value pairs such as &quot;host=db.example.org dbname=carehome&quot; or as a postgresql:// address.</source>
        <translation>Nid yw gosodiad cysylltiad y gronfa ddata yn ddilys (%1): ysgrifennwch ef fel parau allweddair=gwerth megis &quot;host=db.example.org dbname=carehome&quot; neu fel cyfeiriad postgresql://.</translation>
    </message>
    <message>
        <source>The database connection setting &quot;%1&quot; contains a semicolon, which Write Care Notes cannot pass on: remove it from the connection settings.</source>
        <translation>Mae gosodiad cysylltiad y gronfa ddata &quot;%1&quot; yn cynnwys hanner colon, na all Write Care Notes ei drosglwyddo: tynnwch ef o&apos;r gosodiadau cysylltu.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>this computer (socket %1)</source>
        <translation>y cyfrifiadur hwn (soced %1)</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1, cronfa ddata %2</translation>
    </message>
</context>
<context>
    <name>DailyNote</name>
    <message>
        <source>Temperature</source>
        <translation>Tymheredd</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Cyfradd curiad y galon</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>Cyfradd anadlu</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pwysedd gwaed systolig</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pwysedd gwaed diastolig</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Glwcos yn y gwaed</translation>
    </message>
    <message>
        <source>Bowels (Bristol type)</source>
        <translation>Coluddion (math Bristol)</translation>
    </message>
    <message>
        <source>%1 eaten</source>
        <translation>%1 wedi&apos;i fwyta</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg</source>
        <translation>Pwysedd gwaed %1/%2 mmHg</translation>
    </message>
    <message>
        <source>on oxygen</source>
        <translation>ar ocsigen</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>ar aer</translation>
    </message>
    <message>
        <source>ACVPU %1</source>
        <translation>ACVPU %1</translation>
    </message>
    <message>
        <source>Observations: %1.</source>
        <translation>Arsylwadau: %1.</translation>
    </message>
    <message>
        <source>The note is empty: record the care given, an observation or a few words of narrative.</source>
        <translation>Mae&apos;r nodyn yn wag: cofnodwch y gofal a roddwyd, arsylwad neu ychydig eiriau o naratif.</translation>
    </message>
    <message>
        <source>The time of care is missing: enter when the care happened.</source>
        <translation>Mae amser y gofal ar goll: rhowch pryd y rhoddwyd y gofal.</translation>
    </message>
    <message>
        <source>The time of care is in the future: enter when the care happened, no later than now.</source>
        <translation>Mae amser y gofal yn y dyfodol: rhowch pryd y rhoddwyd y gofal, heb fod yn hwyrach na nawr.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4: check the reading and type it again.</source>
        <translation>%1: rhaid i&apos;r darlleniad fod rhwng %2 a %3 %4. Gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The diastolic blood pressure must be lower than the systolic: check the two readings.</source>
        <translation>Rhaid i&apos;r pwysedd gwaed diastolig fod yn is na&apos;r systolig: gwiriwch y ddau ddarlleniad.</translation>
    </message>
    <message>
        <source>The Bristol stool type is a whole number from 1 to 7.</source>
        <translation>Mae math carthion Bristol yn rhif cyfan o 1 i 7.</translation>
    </message>
    <message>
        <source>The amount drunk must be between 1 and 3000 ml: check the amount and type it again.</source>
        <translation>Rhaid i&apos;r swm a yfwyd fod rhwng 1 a 3000 ml: gwiriwch y swm a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The narrative is longer than 20,000 characters: shorten it, or write the rest as a second note.</source>
        <translation>Mae&apos;r naratif yn hirach na 20,000 o nodau: byrhewch ef, neu ysgrifennwch y gweddill fel ail nodyn.</translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the note is being corrected.</source>
        <translation>Mae angen rheswm dros y cywiriad: nodwch mewn ychydig eiriau pam mae&apos;r nodyn yn cael ei gywiro.</translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers: check the reading and type it again without a decimal.</source>
        <translation>%1: rhaid rhoi rhif cyfan. Gwiriwch y darlleniad a&apos;i deipio eto heb bwynt degol.</translation>
    </message>
</context>
<context>
    <name>DailyNoteStore</name>
    <message>
        <source>The server cannot be reached: the note is kept on this station and will be written when the server is back.</source>
        <translation>Ni ellir cysylltu â&apos;r gweinydd: caiff y nodyn ei gadw ar yr orsaf hon a&apos;i ysgrifennu pan fydd y gweinydd ar gael eto.</translation>
    </message>
    <message>
        <source>You may not change this care home&apos;s shift times: ask an administrator.</source>
        <translation>Ni chewch newid amserau shifftiau&apos;r cartref gofal hwn: gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>The shift times could not be saved: the connection to the database failed. Save again.</source>
        <translation>Nid oedd modd cadw amserau&apos;r shifftiau: methodd y cysylltiad â&apos;r gronfa ddata. Cadwch eto.</translation>
    </message>
    <message>
        <source>This note cannot be found: it may be about a resident of a home you do not work in.</source>
        <translation>Ni ellir dod o hyd i&apos;r nodyn hwn: efallai ei fod yn ymwneud â phreswylydd mewn cartref nad ydych yn gweithio ynddo.</translation>
    </message>
    <message>
        <source>This note was already saved, at %1, and a saved note is never changed: to change it, go back to the board and correct it there.</source>
        <translation>Cafodd y nodyn hwn ei gadw eisoes, ar %1, ac ni chaiff nodyn sydd wedi&apos;i gadw byth ei newid: i&apos;w newid, ewch yn ôl i&apos;r bwrdd a&apos;i gywiro yno.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <source>No valid database connection is configured: check the connection settings.</source>
        <translation>Nid oes cysylltiad dilys â chronfa ddata wedi&apos;i ffurfweddu: gwiriwch y gosodiadau cysylltu.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed on this computer: install the package libqt6sql6-psql, then start Write Care Notes again.</source>
        <translation>Nid yw gyrrwr PostgreSQL ar gyfer Qt wedi&apos;i osod ar y cyfrifiadur hwn: gosodwch y pecyn libqt6sql6-psql, yna cychwynnwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt did not give access to its connection: reinstall the package libqt6sql6-psql.</source>
        <translation>Ni roddodd gyrrwr PostgreSQL ar gyfer Qt fynediad i&apos;w gysylltiad: ailosodwch y pecyn libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database server at %1 runs PostgreSQL %2, but Write Care Notes needs PostgreSQL %3 or newer: ask whoever runs the database to upgrade it.</source>
        <translation>Mae gweinydd y gronfa ddata (%1) yn rhedeg PostgreSQL %2, ond mae angen PostgreSQL %3 neu fwy diweddar ar Write Care Notes: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata ei huwchraddio.</translation>
    </message>
    <message>
        <source>The database server at %1 refused the user name or password: check the connection settings, or ask whoever runs the database.</source>
        <translation>Gwrthododd gweinydd y gronfa ddata (%1) yr enw defnyddiwr neu&apos;r cyfrinair: gwiriwch y gosodiadau cysylltu, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata.</translation>
    </message>
    <message>
        <source>The database server at %1 asks for a password and none is set: add it to the connection settings or to a .pgpass file.</source>
        <translation>Mae gweinydd y gronfa ddata (%1) yn gofyn am gyfrinair ac nid oes un wedi&apos;i osod: ychwanegwch ef at y gosodiadau cysylltu neu at ffeil .pgpass.</translation>
    </message>
    <message>
        <source>The database named in the settings does not exist on the server at %1: check the database name, or ask whoever runs the database to create it.</source>
        <translation>Nid yw&apos;r gronfa ddata a enwir yn y gosodiadau yn bodoli ar y gweinydd (%1): gwiriwch enw&apos;r gronfa ddata, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata ei chreu.</translation>
    </message>
    <message>
        <source>The database server at %1 does not know the user name in the settings: check it, or ask whoever runs the database to create that login.</source>
        <translation>Nid yw gweinydd y gronfa ddata (%1) yn adnabod yr enw defnyddiwr yn y gosodiadau: gwiriwch ef, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata greu&apos;r mewngofnod hwnnw.</translation>
    </message>
    <message>
        <source>The database server at %1 does not accept encrypted connections, but the settings require one (sslmode=%2): ask whoever runs the database to turn on SSL, or change sslmode.</source>
        <translation>Nid yw gweinydd y gronfa ddata (%1) yn derbyn cysylltiadau wedi&apos;u hamgryptio, ond mae&apos;r gosodiadau&apos;n mynnu un (sslmode=%2): gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata droi SSL ymlaen, neu newidiwch sslmode.</translation>
    </message>
    <message>
        <source>The encrypted connection to the database server at %1 could not be set up (the server&apos;s certificate is not trusted or could not be checked): check sslmode and sslrootcert in the connection settings.</source>
        <translation>Nid oedd modd sefydlu&apos;r cysylltiad wedi&apos;i amgryptio â gweinydd y gronfa ddata (%1): nid oes ymddiriedaeth yn nhystysgrif y gweinydd, neu nid oedd modd ei gwirio. Gwiriwch sslmode a sslrootcert yn y gosodiadau cysylltu.</translation>
    </message>
    <message>
        <source>The database server at %1 does not accept connections from this computer or user: ask whoever runs the database to allow it.</source>
        <translation>Nid yw gweinydd y gronfa ddata (%1) yn derbyn cysylltiadau o&apos;r cyfrifiadur hwn neu gan y defnyddiwr hwn: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata ganiatáu hynny.</translation>
    </message>
    <message>
        <source>The database server at %1 has no free connections: close Write Care Notes on a station that is not in use, or ask whoever runs the database to allow more connections.</source>
        <translation>Nid oes gan weinydd y gronfa ddata (%1) unrhyw gysylltiadau rhydd: caewch Write Care Notes ar orsaf nad yw&apos;n cael ei defnyddio, neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata ganiatáu rhagor o gysylltiadau.</translation>
    </message>
    <message>
        <source>The database server at %1 is starting up or shutting down: wait a minute, then try again.</source>
        <translation>Mae gweinydd y gronfa ddata (%1) yn cychwyn neu&apos;n cau: arhoswch funud, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The database server name in the settings (%1) cannot be found: check the host name, and that this computer is connected to the network.</source>
        <translation>Ni ellir dod o hyd i enw gweinydd y gronfa ddata yn y gosodiadau (%1): gwiriwch enw&apos;r gwesteiwr, a bod y cyfrifiadur hwn wedi&apos;i gysylltu â&apos;r rhwydwaith.</translation>
    </message>
    <message>
        <source>The database server at %1 did not answer in time: check the network connection, then try again.</source>
        <translation>Ni atebodd gweinydd y gronfa ddata (%1) mewn pryd: gwiriwch y cysylltiad rhwydwaith, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Write Care Notes cannot reach the database server at %1: check that the server is running and that this computer is connected to the network, then try again.</source>
        <translation>Ni all Write Care Notes gysylltu â gweinydd y gronfa ddata (%1): gwiriwch fod y gweinydd yn rhedeg a bod y cyfrifiadur hwn wedi&apos;i gysylltu â&apos;r rhwydwaith, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not open the connection to the database server at %1: check the socket folder&apos;s permissions.</source>
        <translation>Ni chaiff defnyddiwr y cyfrifiadur hwn agor y cysylltiad â gweinydd y gronfa ddata (%1): gwiriwch ganiatadau ffolder y soced.</translation>
    </message>
    <message>
        <source>Write Care Notes could not connect to the database server at %1 (%2): check the connection settings, then try again.</source>
        <translation>Nid oedd modd i Write Care Notes gysylltu â gweinydd y gronfa ddata (%1): %2. Gwiriwch y gosodiadau cysylltu, yna ceisiwch eto.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorMessages</name>
    <message>
        <source>The organization&apos;s name is empty: enter its name.</source>
        <translation>Mae enw&apos;r sefydliad yn wag: rhowch ei enw.</translation>
    </message>
    <message>
        <source>The organization of this care home no longer exists: reload, then try again.</source>
        <translation>Nid yw sefydliad y cartref gofal hwn yn bodoli mwyach: ail-lwythwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The care home&apos;s name is empty: enter its name.</source>
        <translation>Mae enw&apos;r cartref gofal yn wag: rhowch ei enw.</translation>
    </message>
    <message>
        <source>Another care home of this organization already has this name: choose a different name.</source>
        <translation>Mae gan gartref gofal arall yn y sefydliad hwn yr enw hwn eisoes: dewiswch enw gwahanol.</translation>
    </message>
    <message>
        <source>The care home type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod y math hwn o gartref gofal: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The number of beds must be between 1 and 1000: correct the number of beds.</source>
        <translation>Rhaid i nifer y gwelyau fod rhwng 1 a 1000: cywirwch nifer y gwelyau.</translation>
    </message>
    <message>
        <source>The organization of this user no longer exists: reload, then try again.</source>
        <translation>Nid yw sefydliad y defnyddiwr hwn yn bodoli mwyach: ail-lwythwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The email address is not valid: enter it in the form name@example.org.</source>
        <translation>Nid yw&apos;r cyfeiriad e-bost yn ddilys: rhowch ef ar y ffurf enw@example.org.</translation>
    </message>
    <message>
        <source>Another user already has this email address (capital letters make no difference): use a different email address.</source>
        <translation>Mae gan ddefnyddiwr arall y cyfeiriad e-bost hwn eisoes (nid yw priflythrennau&apos;n gwneud gwahaniaeth): defnyddiwch gyfeiriad e-bost gwahanol.</translation>
    </message>
    <message>
        <source>The user&apos;s first name is empty: enter it.</source>
        <translation>Mae enw cyntaf y defnyddiwr yn wag: rhowch yr enw cyntaf.</translation>
    </message>
    <message>
        <source>The user&apos;s surname is empty: enter it.</source>
        <translation>Mae cyfenw&apos;r defnyddiwr yn wag: rhowch y cyfenw.</translation>
    </message>
    <message>
        <source>The role must be carer, nurse, manager or admin: choose one from the list.</source>
        <translation>Rhaid i&apos;r rôl fod yn un o&apos;r rhain – gofalwr, nyrs, rheolwr neu weinyddwr: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The care home chosen for this resident is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw&apos;r cartref gofal a ddewiswyd ar gyfer y preswylydd hwn yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The resident&apos;s first name is empty: enter it.</source>
        <translation>Mae enw cyntaf y preswylydd yn wag: rhowch yr enw cyntaf.</translation>
    </message>
    <message>
        <source>The resident&apos;s surname is empty: enter it.</source>
        <translation>Mae cyfenw&apos;r preswylydd yn wag: rhowch y cyfenw.</translation>
    </message>
    <message>
        <source>The NHS number must be exactly ten digits: check the number and type it again.</source>
        <translation>Rhaid i&apos;r rhif GIG fod yn union ddeg digid: gwiriwch y rhif a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The NHS number is not a valid one (its last digit does not match the others): check it against the resident&apos;s documents.</source>
        <translation>Nid yw&apos;r rhif GIG yn ddilys (nid yw&apos;r digid olaf yn cyfateb i&apos;r lleill): gwiriwch ef yn erbyn dogfennau&apos;r preswylydd.</translation>
    </message>
    <message>
        <source>Another resident of this organization already has this NHS number: check the number, or find that resident&apos;s record.</source>
        <translation>Mae gan breswylydd arall yn y sefydliad hwn y rhif GIG hwn eisoes: gwiriwch y rhif, neu dewch o hyd i gofnod y preswylydd hwnnw.</translation>
    </message>
    <message>
        <source>The resident&apos;s status must be admitted, in hospital, discharged or deceased: choose one from the list.</source>
        <translation>Rhaid i statws y preswylydd fod yn un o&apos;r rhain – wedi&apos;i dderbyn, yn yr ysbyty, wedi&apos;i ryddhau neu wedi marw: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The date of birth is after the admission date: check both dates.</source>
        <translation>Mae&apos;r dyddiad geni ar ôl y dyddiad derbyn: gwiriwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date: enter a discharge date on or after the admission date.</source>
        <translation>Mae&apos;r dyddiad rhyddhau cyn y dyddiad derbyn: rhowch ddyddiad rhyddhau sydd ar y dyddiad derbyn neu ar ei ôl.</translation>
    </message>
    <message>
        <source>A discharge date goes with the status discharged or deceased, and only with those: set the date and the status together.</source>
        <translation>Rhaid cael dyddiad rhyddhau gyda&apos;r statws wedi&apos;i ryddhau neu wedi marw, a dim ond gyda&apos;r rheini: gosodwch y dyddiad a&apos;r statws gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>The resident of this care plan is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation>Nid yw preswylydd y cynllun gofal hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The signed-in user is not a user of this organization: sign out, then sign in again.</source>
        <translation>Nid yw&apos;r defnyddiwr sydd wedi mewngofnodi yn ddefnyddiwr yn y sefydliad hwn: allgofnodwch, yna mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The care plan type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod y math hwn o gynllun gofal: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The care plan&apos;s status must be draft, active, under review or archived: choose one from the list.</source>
        <translation>Rhaid i statws y cynllun gofal fod yn un o&apos;r rhain – drafft, gweithredol, yn cael ei adolygu neu wedi&apos;i archifo: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The review date is before the start date: enter a review date on or after the start date.</source>
        <translation>Mae&apos;r dyddiad adolygu cyn y dyddiad dechrau: rhowch ddyddiad adolygu sydd ar y dyddiad dechrau neu ar ei ôl.</translation>
    </message>
    <message>
        <source>An active care plan needs a review date: enter when it is next to be reviewed.</source>
        <translation>Mae angen dyddiad adolygu ar gynllun gofal gweithredol: nodwch pryd y mae i&apos;w adolygu nesaf.</translation>
    </message>
    <message>
        <source>The resident of this assessment is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation>Nid yw preswylydd yr asesiad hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The assessment type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod y math hwn o asesiad: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The resident of this note is not one of this organization&apos;s: reload the resident&apos;s record, then save again.</source>
        <translation>Nid yw preswylydd y nodyn hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna cadwch eto.</translation>
    </message>
    <message>
        <source>The shift must be early, late, day or night: choose the shift from the list.</source>
        <translation>Rhaid i&apos;r shifft fod yn un o&apos;r rhain – cynnar, hwyr, dydd neu nos: dewiswch y shifft o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The care home of this audit is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw cartref gofal yr archwiliad hwn yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The auditor is not a user of this organization: choose the auditor from the list.</source>
        <translation>Nid yw&apos;r archwilydd yn ddefnyddiwr yn y sefydliad hwn: dewiswch yr archwilydd o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The audit score must be between 0 and 100: correct the score.</source>
        <translation>Rhaid i sgôr yr archwiliad fod rhwng 0 a 100: cywirwch y sgôr.</translation>
    </message>
    <message>
        <source>The care home of this incident is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw cartref gofal y digwyddiad hwn yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The resident named in this incident is not one of this organization&apos;s: choose the resident again.</source>
        <translation>Nid yw&apos;r preswylydd a enwir yn y digwyddiad hwn yn perthyn i&apos;r sefydliad hwn: dewiswch y preswylydd eto.</translation>
    </message>
    <message>
        <source>The incident type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod y math hwn o ddigwyddiad: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shifft</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Care home</source>
        <translation>Cartref gofal</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Archwilydd</translation>
    </message>
    <message>
        <source>Some details could not be saved because they are not in the form Write Care Notes expects: this is a fault in Write Care Notes, please report it.</source>
        <translation>Nid oedd modd cadw rhai manylion am nad ydynt ar y ffurf y mae Write Care Notes yn ei disgwyl: nam yn Write Care Notes yw hwn, rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>This record has already been saved: reload to see it, rather than saving it again.</source>
        <translation>Mae&apos;r cofnod hwn wedi&apos;i gadw eisoes: ail-lwythwch i&apos;w weld, yn hytrach na&apos;i gadw eto.</translation>
    </message>
    <message>
        <source>%1 is required: fill it in, then save again.</source>
        <translation>Mae&apos;r maes “%1” yn ofynnol: llenwch ef, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Who is signed in could not be recorded with this change: sign out, sign in again, then save.</source>
        <translation>Nid oedd modd cofnodi gyda&apos;r newid hwn pwy sydd wedi mewngofnodi: allgofnodwch, mewngofnodwch eto, yna cadwch.</translation>
    </message>
    <message>
        <source>A required detail is missing: fill in every field marked as required, then save again.</source>
        <translation>Mae manylyn gofynnol ar goll: llenwch bob maes sydd wedi&apos;i farcio&apos;n ofynnol, yna cadwch eto.</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so this was not saved: check the network, then save again (what you typed is kept).</source>
        <translation>Collwyd y cysylltiad â&apos;r gronfa ddata, felly ni chafodd hyn ei gadw: gwiriwch y rhwydwaith, yna cadwch eto (mae&apos;r hyn a deipiwyd gennych yn dal yno).</translation>
    </message>
    <message>
        <source>This record cannot be removed because other records refer to it: remove or change those first, or mark this one as no longer in use.</source>
        <translation>Ni ellir dileu&apos;r cofnod hwn am fod cofnodion eraill yn cyfeirio ato: dilëwch neu newidiwch y rheini yn gyntaf, neu marciwch y cofnod hwn fel un nad yw&apos;n cael ei ddefnyddio mwyach.</translation>
    </message>
    <message>
        <source>One of the entries is longer than Write Care Notes can store: shorten it, then save again.</source>
        <translation>Mae un o&apos;r gwerthoedd a roddwyd yn hirach nag y gall Write Care Notes ei storio: byrhewch ef, yna cadwch eto.</translation>
    </message>
    <message>
        <source>One of the dates or times is not a real one: check the dates, then save again.</source>
        <translation>Nid yw un o&apos;r dyddiadau neu&apos;r amseroedd yn un go iawn: gwiriwch y dyddiadau, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Someone else was saving at the same moment: save again.</source>
        <translation>Roedd rhywun arall yn cadw ar yr un pryd: cadwch eto.</translation>
    </message>
    <message>
        <source>The database was busy and did not answer in time: save again in a moment.</source>
        <translation>Roedd y gronfa ddata&apos;n brysur ac ni atebodd mewn pryd: cadwch eto mewn eiliad.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: ask a manager or an administrator.</source>
        <translation>Nid oes gennych hawl i wneud y newid hwn: gofynnwch i reolwr neu weinyddwr.</translation>
    </message>
    <message>
        <source>This could not be saved because of a fault in the database (code %1): save again, and if it happens again, report it.</source>
        <translation>Nid oedd modd cadw hyn oherwydd nam yn y gronfa ddata (cod %1): cadwch eto, ac os bydd yn digwydd eto, rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>The extra permissions given to this user are not ones Write Care Notes knows: choose them from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod yr hawliau ychwanegol a roddwyd i&apos;r defnyddiwr hwn: dewiswch nhw o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The user is not one of this organization&apos;s: reload the list of users, then try again.</source>
        <translation>Nid yw&apos;r defnyddiwr yn perthyn i&apos;r sefydliad hwn: ail-lwythwch y rhestr o ddefnyddwyr, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The care home is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw&apos;r cartref gofal yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The user already works at this care home.</source>
        <translation>Mae&apos;r defnyddiwr eisoes yn gweithio yn y cartref gofal hwn.</translation>
    </message>
    <message>
        <source>The allergy status must be unknown, no known allergies, or the allergies listed: choose one.</source>
        <translation>Rhaid i&apos;r statws alergeddau fod yn un o&apos;r rhain – anhysbys, dim alergeddau hysbys, neu&apos;r alergeddau a restrwyd: dewiswch un.</translation>
    </message>
    <message>
        <source>The resident of this change is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation>Nid yw preswylydd y newid hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The resident&apos;s care home is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation>Nid yw cartref gofal y preswylydd yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The care home to move to is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw&apos;r cartref gofal y mae&apos;r preswylydd i symud iddo yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>This kind of change is not one Write Care Notes knows: choose it from the menu.</source>
        <translation>Nid yw Write Care Notes yn adnabod y math hwn o newid: dewiswch ef o&apos;r ddewislen.</translation>
    </message>
    <message>
        <source>This change does not fit the resident&apos;s present status (for example a discharge of a resident who is already discharged, or a move to the room they are in): reload the resident&apos;s record and check their status.</source>
        <translation>Nid yw&apos;r newid hwn yn cyd-fynd â statws presennol y preswylydd (er enghraifft, rhyddhau preswylydd sydd eisoes wedi&apos;i ryddhau, neu symud preswylydd i&apos;r ystafell y mae ynddi eisoes): ail-lwythwch gofnod y preswylydd a gwiriwch ei statws.</translation>
    </message>
    <message>
        <source>The date is before the resident&apos;s admission date: enter a date on or after the admission date.</source>
        <translation>Mae&apos;r dyddiad cyn dyddiad derbyn y preswylydd: rhowch ddyddiad sydd ar y dyddiad derbyn neu ar ei ôl.</translation>
    </message>
    <message>
        <source>The date is before the last change already recorded for this resident: enter a date on or after that change.</source>
        <translation>Mae&apos;r dyddiad cyn y newid diwethaf a gofnodwyd eisoes ar gyfer y preswylydd hwn: rhowch ddyddiad sydd ar ddyddiad y newid hwnnw neu ar ei ôl.</translation>
    </message>
    <message>
        <source>The date is in the future: record the change on the day it happens.</source>
        <translation>Mae&apos;r dyddiad yn y dyfodol: cofnodwch y newid ar y diwrnod y mae&apos;n digwydd.</translation>
    </message>
    <message>
        <source>The care plan of this review is not one of this organization&apos;s: reload the care plan, then try again.</source>
        <translation>Nid yw cynllun gofal yr adolygiad hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch y cynllun gofal, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The resident of this review is not one of this organization&apos;s: reload the care plan, then try again.</source>
        <translation>Nid yw preswylydd yr adolygiad hwn yn perthyn i&apos;r sefydliad hwn: ail-lwythwch y cynllun gofal, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>&quot;What changed&quot; is empty: say what the review found or changed (&quot;no change needed&quot; is an answer).</source>
        <translation>Mae “Beth a ganfu neu a newidiodd yr adolygiad” yn wag: nodwch beth a ganfu&apos;r adolygiad neu beth a newidiodd (mae “dim angen newid” yn ateb derbyniol).</translation>
    </message>
    <message>
        <source>The next review date must be after the date of this review: enter a later date.</source>
        <translation>Rhaid i&apos;r dyddiad adolygu nesaf fod ar ôl dyddiad yr adolygiad hwn: rhowch ddyddiad diweddarach.</translation>
    </message>
    <message>
        <source>The review date is before the care plan started or in the future: enter the day the review took place.</source>
        <translation>Mae dyddiad yr adolygiad cyn i&apos;r cynllun gofal ddechrau neu yn y dyfodol: rhowch y diwrnod y cynhaliwyd yr adolygiad.</translation>
    </message>
    <message>
        <source>The date of the note is not a plausible one: check the date, then save again.</source>
        <translation>Nid yw dyddiad y nodyn yn un credadwy: gwiriwch y dyddiad, yna cadwch eto.</translation>
    </message>
    <message>
        <source>The date of a note cannot be changed once it is written: write a correction with the right date instead.</source>
        <translation>Ni ellir newid dyddiad nodyn ar ôl ei ysgrifennu: ysgrifennwch gywiriad gyda&apos;r dyddiad cywir yn lle hynny.</translation>
    </message>
    <message>
        <source>This could not be recorded because of a fault in Write Care Notes&apos; own records (%1): report it to whoever supports Write Care Notes.</source>
        <translation>Nid oedd modd cofnodi hyn oherwydd nam yng nghofnodion Write Care Notes ei hun (%1): rhowch wybod amdano i bwy bynnag sy&apos;n cefnogi Write Care Notes.</translation>
    </message>
    <message>
        <source>This note has already been written: nothing more to do.</source>
        <translation>Mae&apos;r nodyn hwn wedi&apos;i ysgrifennu eisoes: nid oes dim byd arall i&apos;w wneud.</translation>
    </message>
    <message>
        <source>The narrative is longer than 20,000 characters: shorten it, or write the rest as a second note.</source>
        <translation>Mae&apos;r naratif yn hirach na 20,000 o nodau: byrhewch ef, neu ysgrifennwch y gweddill fel ail nodyn.</translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the note is being corrected.</source>
        <translation>Mae angen rheswm dros y cywiriad: nodwch mewn ychydig eiriau pam mae&apos;r nodyn yn cael ei gywiro.</translation>
    </message>
    <message>
        <source>The escalation could not be recorded: enter what was done and who was told again.</source>
        <translation>Nid oedd modd cofnodi&apos;r uwchgyfeirio: rhowch eto beth a wnaed a phwy a gafodd wybod.</translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say what you did and who you told before saving.</source>
        <translation>Mae angen ymateb i&apos;r sgôr NEWS2: nodwch beth a wnaethoch a phwy y rhoesoch wybod iddynt cyn cadw.</translation>
    </message>
    <message>
        <source>The time of care does not fall within the shift&apos;s date: check the time the care happened and the shift.</source>
        <translation>Nid yw amser y gofal o fewn dyddiad y shifft: gwiriwch yr amser y rhoddwyd y gofal, a&apos;r shifft.</translation>
    </message>
    <message>
        <source>The time of care is in the future: enter when the care happened.</source>
        <translation>Mae amser y gofal yn y dyfodol: nodwch pryd y rhoddwyd y gofal.</translation>
    </message>
    <message>
        <source>The note being corrected was not found for this date: reload the resident&apos;s notes, then correct it again.</source>
        <translation>Ni chafwyd hyd i&apos;r nodyn sy&apos;n cael ei gywiro ar gyfer y dyddiad hwn: ail-lwythwch nodiadau&apos;r preswylydd, yna cywirwch ef eto.</translation>
    </message>
    <message>
        <source>This note has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation>Mae&apos;r nodyn hwn wedi&apos;i gywiro eisoes: cywirwch y cywiriad yn lle hynny, fel mai&apos;r cofnod diweddaraf yw&apos;r un sydd mewn grym o hyd.</translation>
    </message>
    <message>
        <source>A correction must be about the same resident as the note it corrects: write a new note for the other resident instead.</source>
        <translation>Rhaid i gywiriad ymwneud â&apos;r un preswylydd â&apos;r nodyn y mae&apos;n ei gywiro: ysgrifennwch nodyn newydd ar gyfer y preswylydd arall yn lle hynny.</translation>
    </message>
    <message>
        <source>Notes are never changed or removed once written: write a correction instead.</source>
        <translation>Nid yw nodiadau byth yn cael eu newid na&apos;u dileu ar ôl eu hysgrifennu: ysgrifennwch gywiriad yn lle hynny.</translation>
    </message>
    <message>
        <source>This care home already has this shift: change its times instead of adding it again.</source>
        <translation>Mae&apos;r shifft hon gan y cartref gofal hwn eisoes: newidiwch ei hamserau yn lle ei hychwanegu eto.</translation>
    </message>
    <message>
        <source>The care home of this shift is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation>Nid yw cartref gofal y shifft hon yn perthyn i&apos;r sefydliad hwn: dewiswch gartref gofal o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>A shift cannot end at the time it starts: correct its start or end time.</source>
        <translation>Ni all shifft orffen ar yr un amser ag y mae&apos;n dechrau: cywirwch ei hamser dechrau neu ei hamser gorffen.</translation>
    </message>
    <message>
        <source>The daily fluid target must be between 100 and 5000 ml: correct the fluid target.</source>
        <translation>Rhaid i&apos;r targed hylif dyddiol fod rhwng 100 a 5000 ml: cywirwch y targed hylif.</translation>
    </message>
    <message>
        <source>The assessment is not complete: answer every question so that it has a score, then save.</source>
        <translation>Nid yw&apos;r asesiad yn gyflawn: atebwch bob cwestiwn fel bod ganddo sgôr, yna cadwch.</translation>
    </message>
    <message>
        <source>The score is outside what the tool can give: check the answers and save again.</source>
        <translation>Mae&apos;r sgôr y tu allan i&apos;r hyn y gall yr offeryn ei roi: gwiriwch yr atebion a chadwch eto.</translation>
    </message>
    <message>
        <source>The risk level is not one the tool gives: check the answers and save again.</source>
        <translation>Nid yw lefel y risg yn un y mae&apos;r offeryn yn ei rhoi: gwiriwch yr atebion a chadwch eto.</translation>
    </message>
    <message>
        <source>Date of the assessment: it cannot be in the future. Choose today or the day it was done.</source>
        <translation>Dyddiad yr asesiad: ni all fod yn y dyfodol. Dewiswch heddiw neu&apos;r diwrnod y cafodd ei wneud.</translation>
    </message>
    <message>
        <source>Date of the assessment: it cannot be before the resident was born. Choose the day it was done.</source>
        <translation>Dyddiad yr asesiad: ni all fod cyn dyddiad geni&apos;r preswylydd. Dewiswch y diwrnod y cafodd ei wneud.</translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the assessment is being corrected.</source>
        <translation>Mae angen rheswm dros y cywiriad: nodwch mewn ychydig eiriau pam mae&apos;r asesiad yn cael ei gywiro.</translation>
    </message>
    <message>
        <source>A correction must name an assessment of the same resident and tool: open that assessment and correct it from there.</source>
        <translation>Rhaid i gywiriad enwi asesiad o&apos;r un preswylydd a&apos;r un offeryn: agorwch yr asesiad hwnnw a&apos;i gywiro oddi yno.</translation>
    </message>
    <message>
        <source>This assessment has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation>Mae&apos;r asesiad hwn wedi&apos;i gywiro eisoes: cywirwch y cywiriad yn lle hynny, fel mai&apos;r cofnod diweddaraf yw&apos;r un sydd mewn grym o hyd.</translation>
    </message>
    <message>
        <source>Assessments are never changed or removed once written: write a correction instead.</source>
        <translation>Nid yw asesiadau byth yn cael eu newid na&apos;u dileu ar ôl eu hysgrifennu: ysgrifennwch gywiriad yn lle hynny.</translation>
    </message>
    <message>
        <source>What was chosen for the care plan after this assessment is already recorded.</source>
        <translation>Mae&apos;r hyn a ddewiswyd ar gyfer y cynllun gofal ar ôl yr asesiad hwn wedi&apos;i gofnodi eisoes.</translation>
    </message>
    <message>
        <source>The assessment this choice is for cannot be found: open the assessment again.</source>
        <translation>Ni chafwyd hyd i&apos;r asesiad y mae&apos;r dewis hwn ar ei gyfer: agorwch yr asesiad eto.</translation>
    </message>
    <message>
        <source>The care plan chosen cannot be found: choose it again from the resident&apos;s care plans.</source>
        <translation>Ni chafwyd hyd i&apos;r cynllun gofal a ddewiswyd: dewiswch ef eto o blith cynlluniau gofal y preswylydd.</translation>
    </message>
    <message>
        <source>Your account is not a user of this organization: sign in again.</source>
        <translation>Nid yw eich cyfrif yn ddefnyddiwr yn y sefydliad hwn: mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Choose what to do with the care plan: review it, start one, or not now.</source>
        <translation>Dewiswch beth i&apos;w wneud â&apos;r cynllun gofal: ei adolygu, dechrau un newydd, neu ddim byd ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Reviewing a care plan needs the plan: choose it from the resident&apos;s care plans.</source>
        <translation>Mae adolygu cynllun gofal yn gofyn am y cynllun: dewiswch ef o blith cynlluniau gofal y preswylydd.</translation>
    </message>
    <message>
        <source>Say in a few words why the care plan is not being reviewed now (3 characters or more).</source>
        <translation>Nodwch mewn ychydig eiriau pam nad yw&apos;r cynllun gofal yn cael ei adolygu nawr (3 nod neu ragor).</translation>
    </message>
    <message>
        <source>The resident whose name was to be made searchable is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation>Nid yw&apos;r preswylydd yr oedd ei enw i&apos;w wneud yn chwiliadwy yn perthyn i&apos;r sefydliad hwn: ail-lwythwch gofnod y preswylydd, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The NEWS2 score of these observations calls for an escalation: say what you did and who you told before saving.</source>
        <translation>Mae sgôr NEWS2 yr arsylwadau hyn yn galw am uwchgyfeirio: nodwch beth a wnaethoch a phwy y rhoesoch wybod iddynt cyn cadw.</translation>
    </message>
    <message>
        <source>The observations hold a value the note does not record: this is a fault in Write Care Notes, please report it.</source>
        <translation>Mae&apos;r arsylwadau&apos;n cynnwys gwerth nad yw&apos;r nodyn yn ei gofnodi: nam yn Write Care Notes yw hwn, rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>Temperature must be a number between 25 and 45 °C: check the reading and type it again.</source>
        <translation>Rhaid i&apos;r tymheredd fod yn rhif rhwng 25 a 45 °C: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>Pulse must be a whole number between 20 and 250 /min: check the reading and type it again.</source>
        <translation>Rhaid i gyfradd curiad y galon fod yn rhif cyfan rhwng 20 a 250 /min: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>Respiration rate must be a whole number between 3 and 70 /min: check the reading and type it again.</source>
        <translation>Rhaid i&apos;r gyfradd anadlu fod yn rhif cyfan rhwng 3 a 70 /min: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>Systolic blood pressure must be a whole number between 40 and 300 mmHg: check the reading and type it again.</source>
        <translation>Rhaid i&apos;r pwysedd gwaed systolig fod yn rhif cyfan rhwng 40 a 300 mmHg: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>Diastolic blood pressure must be a whole number between 20 and 200 mmHg: check the reading and type it again.</source>
        <translation>Rhaid i&apos;r pwysedd gwaed diastolig fod yn rhif cyfan rhwng 20 a 200 mmHg: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The diastolic blood pressure must be lower than the systolic: check the two readings.</source>
        <translation>Rhaid i&apos;r pwysedd gwaed diastolig fod yn is na&apos;r systolig: gwiriwch y ddau ddarlleniad.</translation>
    </message>
    <message>
        <source>SpO2 must be a whole number between 50 and 100 %: check the reading and type it again.</source>
        <translation>Rhaid i SpO2 fod yn rhif cyfan rhwng 50 a 100 %: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The SpO2 scale must be scale 1 or scale 2: choose it from the list.</source>
        <translation>Rhaid i raddfa SpO2 fod yn raddfa 1 neu&apos;n raddfa 2: dewiswch hi o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Air or oxygen must be air or oxygen: choose it from the list.</source>
        <translation>Rhaid i&apos;r maes aer neu ocsigen fod yn aer neu&apos;n ocsigen: dewiswch o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Consciousness must be one of Alert, new Confusion, Voice, Pain or Unresponsive: choose it from the list.</source>
        <translation>Rhaid i ymwybyddiaeth fod yn un o&apos;r rhain – Effro, Dryswch newydd, Llais, Poen neu Dim ymateb: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Weight must be a number between 20 and 350 kg: check the reading and type it again.</source>
        <translation>Rhaid i&apos;r pwysau fod yn rhif rhwng 20 a 350 kg: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>Blood glucose must be a number between 0.5 and 50 mmol/L: check the reading and type it again.</source>
        <translation>Rhaid i glwcos y gwaed fod yn rhif rhwng 0.5 a 50 mmol/L: gwiriwch y darlleniad a&apos;i deipio eto.</translation>
    </message>
    <message>
        <source>The Bristol stool type is a whole number from 1 to 7: choose it from the list.</source>
        <translation>Mae math carthion Bristol yn rhif cyfan o 1 i 7: dewiswch ef o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>An answer of this assessment is not one the tool offers, or a measurement is outside its range: check the answers and save again.</source>
        <translation>Nid yw un o atebion yr asesiad hwn yn un y mae&apos;r offeryn yn ei gynnig, neu mae mesuriad y tu allan i&apos;w amrediad: gwiriwch yr atebion a chadwch eto.</translation>
    </message>
    <message>
        <source>The score, band or risk level is not what the answers give: check the answers and save again.</source>
        <translation>Nid yw&apos;r sgôr, y band na lefel y risg yn cyfateb i&apos;r hyn y mae&apos;r atebion yn ei roi: gwiriwch yr atebion a chadwch eto.</translation>
    </message>
    <message>
        <source>A station locks itself after 1 to 60 minutes without use: choose a whole number of minutes in that range.</source>
        <translation>Mae gorsaf yn cloi ei hun ar ôl 1 i 60 munud heb ei defnyddio: dewiswch nifer cyfan o funudau yn yr ystod honno.</translation>
    </message>
    <message>
        <source>A note becomes a late entry 5 to 1440 minutes after the care: choose a whole number of minutes in that range.</source>
        <translation>Mae nodyn yn troi&apos;n gofnod hwyr 5 i 1440 munud ar ôl y gofal: dewiswch nifer cyfan o funudau yn yr ystod honno.</translation>
    </message>
    <message>
        <source>The schedule of assessments must give, for each tool, whether it is due on admission and a whole number of days from 0 to 366: correct the schedule.</source>
        <translation>Rhaid i amserlen yr asesiadau nodi, ar gyfer pob offeryn, a yw&apos;n ddyledus wrth dderbyn preswylydd, a nifer cyfan o ddiwrnodau o 0 i 366: cywirwch yr amserlen.</translation>
    </message>
    <message>
        <source>This is not a setting Write Care Notes knows: change the organization&apos;s settings on the Homes page.</source>
        <translation>Nid yw hwn yn osodiad y mae Write Care Notes yn ei adnabod: newidiwch osodiadau&apos;r sefydliad ar y dudalen Cartrefi.</translation>
    </message>
    <message>
        <source>Users have no settings of their own in this version of Write Care Notes: leave them empty.</source>
        <translation>Nid oes gan ddefnyddwyr eu gosodiadau eu hunain yn y fersiwn hon o Write Care Notes: gadewch nhw&apos;n wag.</translation>
    </message>
    <message>
        <source>The type of audit is not one of this organization&apos;s: choose a type from the list.</source>
        <translation>Nid yw&apos;r math o archwiliad yn perthyn i&apos;r sefydliad hwn: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>This type of audit is no longer used: choose another type, or bring it back on the Audit templates page first.</source>
        <translation>Nid yw&apos;r math hwn o archwiliad yn cael ei ddefnyddio mwyach: dewiswch fath arall, neu dewch ag ef yn ôl drwy “Cwestiynau ar gyfer pob math o archwiliad” ar y dudalen Archwiliadau yn gyntaf.</translation>
    </message>
    <message>
        <source>This type of audit has no questions yet: write its questions on the Audit templates page first.</source>
        <translation>Nid oes cwestiynau gan y math hwn o archwiliad eto: ysgrifennwch ei gwestiynau drwy “Cwestiynau ar gyfer pob math o archwiliad” ar y dudalen Archwiliadau yn gyntaf.</translation>
    </message>
    <message>
        <source>The questions chosen are of another type of audit: start the audit again from its type.</source>
        <translation>Mae&apos;r cwestiynau a ddewiswyd yn perthyn i fath arall o archwiliad: dechreuwch yr archwiliad eto o&apos;i fath.</translation>
    </message>
    <message>
        <source>The questions of this audit cannot be found: start the audit again from its type.</source>
        <translation>Ni chafwyd hyd i gwestiynau&apos;r archwiliad hwn: dechreuwch yr archwiliad eto o&apos;i fath.</translation>
    </message>
    <message>
        <source>The earlier version of this audit cannot be found: reload the audit, then try again.</source>
        <translation>Ni chafwyd hyd i fersiwn gynharach yr archwiliad hwn: ail-lwythwch yr archwiliad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Someone else made a new version of this audit at the same moment: reload the audit to see it.</source>
        <translation>Gwnaeth rhywun arall fersiwn newydd o&apos;r archwiliad hwn ar yr un pryd: ail-lwythwch yr archwiliad i&apos;w gweld.</translation>
    </message>
    <message>
        <source>A newer version of this audit is already open: reload the audit and change that one.</source>
        <translation>Mae fersiwn fwy newydd o&apos;r archwiliad hwn ar agor eisoes: ail-lwythwch yr archwiliad a newidiwch y fersiwn honno.</translation>
    </message>
    <message>
        <source>Say why the signed-off audit is being changed (up to 1000 characters): the reason is kept with the new version.</source>
        <translation>Nodwch pam mae&apos;r archwiliad sydd wedi&apos;i gymeradwyo yn cael ei newid (hyd at 1000 o nodau): caiff y rheswm ei gadw gyda&apos;r fersiwn newydd.</translation>
    </message>
    <message>
        <source>An audit is signed off by someone at a time, never one without the other: reload the audit, then try again.</source>
        <translation>Mae archwiliad yn cael ei gymeradwyo gan rywun ar amser penodol, byth y naill heb y llall: ail-lwythwch yr archwiliad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The summary is longer than 4000 characters: shorten it.</source>
        <translation>Mae&apos;r crynodeb yn hirach na 4000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>The date of the audit must be between 2000 and 2199: correct the date.</source>
        <translation>Rhaid i ddyddiad yr archwiliad fod rhwng 2000 a 2199: cywirwch y dyddiad.</translation>
    </message>
    <message>
        <source>Audits are never removed: an audit that was wrong is changed as a new version, and the earlier one is kept.</source>
        <translation>Nid yw archwiliadau byth yn cael eu dileu: caiff archwiliad a oedd yn anghywir ei newid fel fersiwn newydd, a chaiff yr un cynharach ei gadw.</translation>
    </message>
    <message>
        <source>This audit has been signed off and cannot be changed: make a new version of it, saying why.</source>
        <translation>Mae&apos;r archwiliad hwn wedi&apos;i gymeradwyo ac ni ellir ei newid: gwnewch fersiwn newydd ohono, gan nodi pam.</translation>
    </message>
    <message>
        <source>An audit&apos;s care home, type and questions cannot be changed: start a new audit instead.</source>
        <translation>Ni ellir newid cartref gofal, math na chwestiynau archwiliad: dechreuwch archwiliad newydd yn lle hynny.</translation>
    </message>
    <message>
        <source>Every question must be answered before the audit is signed off: answer the questions left blank.</source>
        <translation>Rhaid ateb pob cwestiwn cyn cymeradwyo&apos;r archwiliad: atebwch y cwestiynau a adawyd yn wag.</translation>
    </message>
    <message>
        <source>Every unmet question needs an action saying who will do it and by when before the audit is signed off: complete the action plan.</source>
        <translation>Cyn cymeradwyo&apos;r archwiliad, mae angen cam gweithredu ar gyfer pob cwestiwn heb ei fodloni, yn nodi pwy fydd yn ei wneud ac erbyn pryd: cwblhewch y cynllun gweithredu.</translation>
    </message>
    <message>
        <source>This audit is still open: change its answers rather than making a new version.</source>
        <translation>Mae&apos;r archwiliad hwn yn dal ar agor: newidiwch ei atebion yn hytrach na gwneud fersiwn newydd.</translation>
    </message>
    <message>
        <source>A later version of this audit exists: open the latest version and change that one.</source>
        <translation>Mae fersiwn ddiweddarach o&apos;r archwiliad hwn yn bodoli: agorwch y fersiwn ddiweddaraf a newidiwch honno.</translation>
    </message>
    <message>
        <source>The organization of this audit type no longer exists: reload, then try again.</source>
        <translation>Nid yw sefydliad y math hwn o archwiliad yn bodoli mwyach: ail-lwythwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The name of the audit type is empty or longer than 100 characters: enter a shorter name.</source>
        <translation>Mae enw&apos;r math o archwiliad yn wag neu&apos;n hirach na 100 o nodau: rhowch enw byrrach.</translation>
    </message>
    <message>
        <source>Another type of audit already has this name (capital letters make no difference): choose a different name.</source>
        <translation>Mae gan fath arall o archwiliad yr enw hwn eisoes (nid yw priflythrennau&apos;n gwneud gwahaniaeth): dewiswch enw gwahanol.</translation>
    </message>
    <message>
        <source>How often the audit is due must be every 1 to 366 days: correct the number of days, or leave it empty for no schedule.</source>
        <translation>Rhaid i&apos;r archwiliad fod yn ddyledus bob 1 i 366 diwrnod: cywirwch nifer y diwrnodau, neu gadewch y maes yn wag os nad oes amserlen.</translation>
    </message>
    <message>
        <source>The audit type could not be saved: reload, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r math o archwiliad: ail-lwythwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Someone else saved these questions at the same moment: reload the questions, then make your change again.</source>
        <translation>Cadwodd rhywun arall y cwestiynau hyn ar yr un pryd: ail-lwythwch y cwestiynau, yna gwnewch eich newid eto.</translation>
    </message>
    <message>
        <source>The type of audit cannot be found or is no longer used: choose a type from the list.</source>
        <translation>Ni chafwyd hyd i&apos;r math o archwiliad, neu nid yw&apos;n cael ei ddefnyddio mwyach: dewiswch fath o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The questions could not be saved: reload, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r cwestiynau: ail-lwythwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The note about what changed is longer than 1000 characters: shorten it.</source>
        <translation>Mae&apos;r nodyn am yr hyn a newidiodd yn hirach na 1000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>Questions already used are never changed or removed: save a new version of the questions instead.</source>
        <translation>Nid yw cwestiynau sydd wedi&apos;u defnyddio eisoes byth yn cael eu newid na&apos;u dileu: cadwch fersiwn newydd o&apos;r cwestiynau yn lle hynny.</translation>
    </message>
    <message>
        <source>Write at least one question before saving the questions.</source>
        <translation>Ysgrifennwch o leiaf un cwestiwn cyn cadw&apos;r cwestiynau.</translation>
    </message>
    <message>
        <source>A type of audit has at most 200 questions: remove some before saving.</source>
        <translation>Mae gan fath o archwiliad 200 o gwestiynau ar y mwyaf: dilëwch rai cyn cadw.</translation>
    </message>
    <message>
        <source>A question is empty or longer than 500 characters: write it, or shorten it.</source>
        <translation>Mae cwestiwn yn wag neu&apos;n hirach na 500 o nodau: ysgrifennwch ef, neu byrhewch ef.</translation>
    </message>
    <message>
        <source>The guidance for a question is longer than 1000 characters: shorten it.</source>
        <translation>Mae&apos;r canllawiau ar gyfer cwestiwn yn hirach na 1000 o nodau: byrhewch nhw.</translation>
    </message>
    <message>
        <source>A quality statement chosen is not one of the inspection framework&apos;s: choose it from the list.</source>
        <translation>Nid yw datganiad ansawdd a ddewiswyd yn perthyn i&apos;r fframwaith arolygu: dewiswch ef o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>The audit cannot be found: reload it, then answer again.</source>
        <translation>Ni chafwyd hyd i&apos;r archwiliad: ail-lwythwch ef, yna atebwch eto.</translation>
    </message>
    <message>
        <source>This question is not one of this audit&apos;s: reload the audit, then answer again.</source>
        <translation>Nid yw&apos;r cwestiwn hwn yn perthyn i&apos;r archwiliad hwn: ail-lwythwch yr archwiliad, yna atebwch eto.</translation>
    </message>
    <message>
        <source>The resident given as evidence is not one of this organization&apos;s: choose the resident again.</source>
        <translation>Nid yw&apos;r preswylydd a roddwyd fel tystiolaeth yn perthyn i&apos;r sefydliad hwn: dewiswch y preswylydd eto.</translation>
    </message>
    <message>
        <source>The care plan given as evidence cannot be found: choose the care plan again.</source>
        <translation>Ni chafwyd hyd i&apos;r cynllun gofal a roddwyd fel tystiolaeth: dewiswch y cynllun gofal eto.</translation>
    </message>
    <message>
        <source>The note given as evidence cannot be found: choose the note again.</source>
        <translation>Ni chafwyd hyd i&apos;r nodyn a roddwyd fel tystiolaeth: dewiswch y nodyn eto.</translation>
    </message>
    <message>
        <source>Answer the question met, not met or not applicable.</source>
        <translation>Atebwch y cwestiwn gydag un o&apos;r rhain: wedi&apos;i fodloni, heb ei fodloni, neu amherthnasol.</translation>
    </message>
    <message>
        <source>The comment is longer than 2000 characters: shorten it.</source>
        <translation>Mae&apos;r sylw yn hirach na 2000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>Say in the comment what was not met: the action plan starts from it.</source>
        <translation>Nodwch yn y sylw beth na chafodd ei fodloni: mae&apos;r cynllun gweithredu yn dechrau o hynny.</translation>
    </message>
    <message>
        <source>This question already has an action: reload the audit to see it.</source>
        <translation>Mae gan y cwestiwn hwn gam gweithredu eisoes: ail-lwythwch yr archwiliad i&apos;w weld.</translation>
    </message>
    <message>
        <source>The care home of this action cannot be found: reload the audit, then try again.</source>
        <translation>Ni chafwyd hyd i gartref gofal y cam gweithredu hwn: ail-lwythwch yr archwiliad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The audit of this action cannot be found: reload the audit, then try again.</source>
        <translation>Ni chafwyd hyd i archwiliad y cam gweithredu hwn: ail-lwythwch yr archwiliad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The person chosen for this action is not a user of this organization: choose them from the list.</source>
        <translation>Nid yw&apos;r person a ddewiswyd ar gyfer y cam gweithredu hwn yn ddefnyddiwr yn y sefydliad hwn: dewiswch y person o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>An action is open, done or not needed: choose one of those.</source>
        <translation>Rhaid i gam gweithredu fod ar agor, wedi&apos;i wneud neu&apos;n ddiangen: dewiswch un o&apos;r rhain.</translation>
    </message>
    <message>
        <source>Say what is to be done (up to 1000 characters).</source>
        <translation>Nodwch beth sydd i&apos;w wneud (hyd at 1000 o nodau).</translation>
    </message>
    <message>
        <source>The date the action is due must be between 2000 and 2199: correct the date.</source>
        <translation>Rhaid i ddyddiad dyledus y cam gweithredu fod rhwng 2000 a 2199: cywirwch y dyddiad.</translation>
    </message>
    <message>
        <source>The evidence of completion is longer than 2000 characters: shorten it.</source>
        <translation>Mae&apos;r dystiolaeth o gwblhau yn hirach na 2000 o nodau: byrhewch hi.</translation>
    </message>
    <message>
        <source>Say what shows the action was done before marking it done.</source>
        <translation>Nodwch beth sy&apos;n dangos bod y cam gweithredu wedi&apos;i wneud cyn ei farcio&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>An action stays with the question and audit that raised it: reload the audit, then try again.</source>
        <translation>Mae cam gweithredu yn aros gyda&apos;r cwestiwn a&apos;r archwiliad a&apos;i cododd: ail-lwythwch yr archwiliad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Actions are never removed: mark an action not needed instead, saying why.</source>
        <translation>Nid yw camau gweithredu byth yn cael eu dileu: marciwch gam gweithredu&apos;n ddiangen yn lle hynny, gan nodi pam.</translation>
    </message>
    <message>
        <source>Say what happened (up to 4000 characters).</source>
        <translation>Nodwch beth ddigwyddodd (hyd at 4000 o nodau).</translation>
    </message>
    <message>
        <source>Where it happened is longer than 200 characters: shorten it.</source>
        <translation>Mae&apos;r disgrifiad o ble y digwyddodd yn hirach na 200 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>What was done at once is longer than 4000 characters: shorten it.</source>
        <translation>Mae&apos;r hyn a wnaed ar unwaith yn hirach na 4000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>The injuries are longer than 2000 characters: shorten them.</source>
        <translation>Mae&apos;r disgrifiad o&apos;r anafiadau yn hirach na 2000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>The witnesses are longer than 1000 characters: shorten them.</source>
        <translation>Mae&apos;r manylion am y tystion yn hirach na 1000 o nodau: byrhewch nhw.</translation>
    </message>
    <message>
        <source>A body site is not one Write Care Notes knows: choose the sites from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod un o&apos;r safleoedd ar y corff: dewiswch y safleoedd o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>A safeguarding concern is always marked as one: tick the safeguarding box.</source>
        <translation>Mae pryder diogelu bob amser yn cael ei farcio fel un: ticiwch y blwch diogelu.</translation>
    </message>
    <message>
        <source>When it happened cannot be in the future: correct the date and time.</source>
        <translation>Ni all yr amser y digwyddodd fod yn y dyfodol: cywirwch y dyddiad a&apos;r amser.</translation>
    </message>
    <message>
        <source>An incident report is never changed or removed: a manager adds a review instead.</source>
        <translation>Nid yw adroddiad digwyddiad byth yn cael ei newid na&apos;i ddileu: mae rheolwr yn ychwanegu adolygiad yn lle hynny.</translation>
    </message>
    <message>
        <source>This incident cannot be found: reload the incidents, then try again.</source>
        <translation>Ni chafwyd hyd i&apos;r digwyddiad hwn: ail-lwythwch y digwyddiadau, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Someone else reviewed this incident at the same moment: reload it to see their review.</source>
        <translation>Adolygodd rhywun arall y digwyddiad hwn ar yr un pryd: ail-lwythwch ef i weld yr adolygiad hwnnw.</translation>
    </message>
    <message>
        <source>Choose how severe the harm was from the list.</source>
        <translation>Dewiswch o&apos;r rhestr pa mor ddifrifol oedd y niwed.</translation>
    </message>
    <message>
        <source>Say what actions were taken (up to 4000 characters).</source>
        <translation>Nodwch pa gamau a gymerwyd (hyd at 4000 o nodau).</translation>
    </message>
    <message>
        <source>The lessons learned are longer than 4000 characters: shorten them.</source>
        <translation>Mae&apos;r gwersi a ddysgwyd yn hirach na 4000 o nodau: byrhewch nhw.</translation>
    </message>
    <message>
        <source>Who was told, and how, is longer than 1000 characters: shorten it.</source>
        <translation>Mae&apos;r manylion am bwy a gafodd wybod, a sut, yn hirach na 1000 o nodau: byrhewch nhw.</translation>
    </message>
    <message>
        <source>Say who in the family was told, and how, with the time they were told.</source>
        <translation>Nodwch pwy yn y teulu a gafodd wybod, a sut, gyda&apos;r amser y cawsant wybod.</translation>
    </message>
    <message>
        <source>The family cannot be told before the incident happened or in the future: correct the time.</source>
        <translation>Ni ellir rhoi gwybod i&apos;r teulu cyn i&apos;r digwyddiad ddigwydd nac yn y dyfodol: cywirwch yr amser.</translation>
    </message>
    <message>
        <source>A review is never changed or removed: add another review instead.</source>
        <translation>Nid yw adolygiad byth yn cael ei newid na&apos;i ddileu: ychwanegwch adolygiad arall yn lle hynny.</translation>
    </message>
    <message>
        <source>This notification is already listed for the incident: mark that one sent.</source>
        <translation>Mae&apos;r hysbysiad hwn eisoes wedi&apos;i restru ar gyfer y digwyddiad: nodwch fod hwnnw wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>The notification is not one Write Care Notes knows: choose one from the list.</source>
        <translation>Nid yw Write Care Notes yn adnabod yr hysbysiad: dewiswch un o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Give the reference the recipient gave (up to 200 characters) when marking a notification sent.</source>
        <translation>Rhowch y cyfeirnod a roddodd y derbynnydd (hyd at 200 o nodau) wrth nodi bod hysbysiad wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>The reason is longer than 1000 characters: shorten it.</source>
        <translation>Mae&apos;r rheswm yn hirach na 1000 o nodau: byrhewch ef.</translation>
    </message>
    <message>
        <source>A notification is either sent or not needed, never both: reload the incident.</source>
        <translation>Mae hysbysiad naill ai wedi&apos;i anfon neu&apos;n ddiangen, byth y ddau: ail-lwythwch y digwyddiad.</translation>
    </message>
    <message>
        <source>A notification cannot be sent before the incident happened or in the future: correct the time.</source>
        <translation>Ni ellir anfon hysbysiad cyn i&apos;r digwyddiad ddigwydd nac yn y dyfodol: cywirwch yr amser.</translation>
    </message>
    <message>
        <source>This notification is already sent or marked not needed, and cannot be changed.</source>
        <translation>Mae&apos;r hysbysiad hwn eisoes wedi&apos;i anfon neu wedi&apos;i farcio&apos;n ddiangen, ac ni ellir ei newid.</translation>
    </message>
    <message>
        <source>Say when the notification was sent, with its reference, or why it was not needed.</source>
        <translation>Nodwch pryd yr anfonwyd yr hysbysiad, gyda&apos;i gyfeirnod, neu pam nad oedd ei angen.</translation>
    </message>
    <message>
        <source>Notifications are never removed: mark one not needed instead, saying why.</source>
        <translation>Nid yw hysbysiadau byth yn cael eu dileu: marciwch hysbysiad yn ddiangen yn lle hynny, gan nodi pam.</translation>
    </message>
    <message>
        <source>You may not give rights you do not hold yourself: choose another role or fewer rights, or ask an administrator who holds them.</source>
        <translation>Ni chewch roi hawliau nad ydynt gennych chi eich hun: dewiswch rôl arall neu lai o hawliau, neu gofynnwch i weinyddwr sydd â&apos;r hawliau hynny.</translation>
    </message>
    <message>
        <source>You may give only the care homes you work in yourself: choose the user&apos;s homes from yours.</source>
        <translation>Dim ond y cartrefi gofal rydych chi eich hun yn gweithio ynddynt y cewch eu rhoi: dewiswch gartrefi&apos;r defnyddiwr o blith eich rhai chi.</translation>
    </message>
    <message>
        <source>This is the organization&apos;s last administrator: make someone else an administrator first, then deactivate, demote or end the access of this one.</source>
        <translation>Hwn yw gweinyddwr olaf y sefydliad: gwnewch rywun arall yn weinyddwr yn gyntaf, yna gallwch ddadactifadu&apos;r gweinyddwr hwn, ei israddio neu ddod â&apos;i fynediad i ben.</translation>
    </message>
    <message>
        <source>The access ends before it starts: choose an end date on or after the start date.</source>
        <translation>Mae&apos;r mynediad yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad gorffen sydd ar y dyddiad dechrau neu ar ei ôl.</translation>
    </message>
    <message>
        <source>You may change only users whose rights and care homes you hold yourself: ask an administrator who holds them.</source>
        <translation>Dim ond defnyddwyr y mae eu hawliau a&apos;u cartrefi gofal gennych chi eich hun y cewch eu newid: gofynnwch i weinyddwr sydd â&apos;r rheini.</translation>
    </message>
    <message>
        <source>The organization&apos;s address is not one Write Care Notes can keep: each line at most 200 characters, and a UK postcode.</source>
        <translation>Nid yw cyfeiriad y sefydliad yn un y gall Write Care Notes ei gadw: rhaid i bob llinell fod yn 200 o nodau ar y mwyaf, a rhaid cael cod post yn y DU.</translation>
    </message>
    <message>
        <source>The organization&apos;s contact details are too long: at most 200 characters each.</source>
        <translation>Mae manylion cyswllt y sefydliad yn rhy hir: 200 o nodau ar y mwyaf yr un.</translation>
    </message>
    <message>
        <source>The registration number is too long: at most 50 characters.</source>
        <translation>Mae&apos;r rhif cofrestru yn rhy hir: 50 o nodau ar y mwyaf.</translation>
    </message>
    <message>
        <source>Choose the nation the organization&apos;s homes are in: England, Wales, Scotland or Northern Ireland.</source>
        <translation>Dewiswch y wlad y mae cartrefi&apos;r sefydliad ynddi: Lloegr, Cymru, yr Alban neu Ogledd Iwerddon.</translation>
    </message>
    <message>
        <source>The home&apos;s address is not one Write Care Notes can keep: each line at most 200 characters, and a UK postcode.</source>
        <translation>Nid yw cyfeiriad y cartref yn un y gall Write Care Notes ei gadw: rhaid i bob llinell fod yn 200 o nodau ar y mwyaf, a rhaid cael cod post yn y DU.</translation>
    </message>
    <message>
        <source>The home&apos;s telephone or email is too long: at most 200 characters each.</source>
        <translation>Mae rhif ffôn neu e-bost y cartref yn rhy hir: 200 o nodau ar y mwyaf yr un.</translation>
    </message>
    <message>
        <source>The home&apos;s registration is not one Write Care Notes can keep: choose its regulator, and at most 200 characters each.</source>
        <translation>Nid yw manylion cofrestru&apos;r cartref yn rhai y gall Write Care Notes eu cadw: dewiswch ei reoleiddiwr, a 200 o nodau ar y mwyaf ar gyfer pob maes.</translation>
    </message>
    <message>
        <source>The date the home closed is not a date Write Care Notes can keep: enter the day it closed.</source>
        <translation>Nid yw&apos;r dyddiad y caeodd y cartref yn ddyddiad y gall Write Care Notes ei gadw: rhowch y diwrnod y caeodd.</translation>
    </message>
    <message>
        <source>Residents still live in this home: discharge them or move them to another home before it closes.</source>
        <translation>Mae preswylwyr yn dal i fyw yn y cartref hwn: rhyddhewch nhw neu symudwch nhw i gartref arall cyn iddo gau.</translation>
    </message>
    <message>
        <source>This care home has closed: nobody is admitted or moved to it. Choose another home.</source>
        <translation>Mae&apos;r cartref gofal hwn wedi cau: ni ellir derbyn na symud neb iddo. Dewiswch gartref arall.</translation>
    </message>
    <message>
        <source>A legal hold needs its reason (up to 500 characters): say what the records are kept for, for example the claim or enquiry.</source>
        <translation>Mae angen rheswm dros y cadw cyfreithiol (hyd at 500 o nodau): nodwch at ba ddiben y mae&apos;r cofnodion yn cael eu cadw, er enghraifft yr hawliad neu&apos;r ymholiad.</translation>
    </message>
    <message>
        <source>The legal hold is already as you asked: someone may have just changed it. The list is read again.</source>
        <translation>Mae&apos;r cadw cyfreithiol eisoes fel y gofynnwyd: efallai fod rhywun newydd ei newid. Mae&apos;r rhestr yn cael ei darllen eto.</translation>
    </message>
    <message>
        <source>Records are kept for 1 to 100 years, counted from when the care ended or from the last entry: choose a period in the organization&apos;s details.</source>
        <translation>Mae cofnodion yn cael eu cadw am 1 i 100 mlynedd, wedi&apos;u cyfrif o&apos;r adeg y daeth y gofal i ben neu o&apos;r cofnod diwethaf: dewiswch gyfnod ym manylion y sefydliad.</translation>
    </message>
    <message>
        <source>The export saved before archiving is more than 10 minutes old, or not yours: archive again, which saves a new export first.</source>
        <translation>Mae&apos;r allforiad a gadwyd cyn archifo yn fwy na 10 munud oed, neu nid chi a&apos;i gwnaeth: archifwch eto, a fydd yn cadw allforiad newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>These records may not be archived yet: the organization&apos;s period since the care ended (or the last entry) has not passed. The list is read again.</source>
        <translation>Ni ellir archifo&apos;r cofnodion hyn eto: nid yw&apos;r cyfnod a osodwyd gan y sefydliad ers i&apos;r gofal ddod i ben (neu ers y cofnod diwethaf) wedi mynd heibio. Mae&apos;r rhestr yn cael ei darllen eto.</translation>
    </message>
    <message>
        <source>These records are under a legal hold, so they are kept: release the hold first, if it is no longer needed.</source>
        <translation>Mae&apos;r cofnodion hyn dan gadw cyfreithiol, felly maen nhw&apos;n cael eu cadw: rhyddhewch y cadw cyfreithiol yn gyntaf, os nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <source>A quality audit cites these records as evidence, so they are kept with the audit.</source>
        <translation>Mae archwiliad ansawdd yn cyfeirio at y cofnodion hyn fel tystiolaeth, felly maen nhw&apos;n cael eu cadw gyda&apos;r archwiliad.</translation>
    </message>
    <message>
        <source>Another resident&apos;s assessment follow-up names one of these care plans, so they are kept: ask the manager to correct that follow-up first.</source>
        <translation>Mae cam dilynol asesiad preswylydd arall yn enwi un o&apos;r cynlluniau gofal hyn, felly maen nhw&apos;n cael eu cadw: gofynnwch i&apos;r rheolwr gywiro&apos;r cam dilynol hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>Archiving runs in a read committed transaction only: run it on its own.</source>
        <translation>Dim ond mewn trafodyn read committed y mae archifo&apos;n rhedeg: rhedwch ef ar ei ben ei hun.</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>The database&apos;s roles cannot be set up (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir sefydlu rolau&apos;r gronfa ddata (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a station login name: use lower-case letters, digits and underscores, starting with a letter (for example station_ward2).</source>
        <translation>Ni all &quot;%1&quot; fod yn enw mewngofnod gorsaf: defnyddiwch lythrennau bach, digidau a thanlinellau, gan ddechrau gyda llythyren (er enghraifft station_ward2).</translation>
    </message>
    <message>
        <source>A station&apos;s password must have at least 12 characters.</source>
        <translation>Rhaid i gyfrinair gorsaf gynnwys o leiaf 12 nod.</translation>
    </message>
    <message>
        <source>The station&apos;s password could not be prepared (%1).</source>
        <translation>Nid oedd modd paratoi cyfrinair yr orsaf (%1).</translation>
    </message>
    <message>
        <source>A database role named %1 already exists and is not a station login: choose another name.</source>
        <translation>Mae rôl cronfa ddata o&apos;r enw %1 yn bodoli eisoes ac nid yw&apos;n fewngofnod gorsaf: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The database user in the connection settings may not create logins: run this as a PostgreSQL superuser or a role with CREATEROLE.</source>
        <translation>Ni chaiff defnyddiwr y gronfa ddata yn y gosodiadau cysylltu greu mewngofnodion: rhedwch hwn fel uwchddefnyddiwr PostgreSQL neu fel rôl sydd â CREATEROLE.</translation>
    </message>
    <message>
        <source>The station login %1 cannot be created (%2).</source>
        <translation>Ni ellir creu&apos;r mewngofnod gorsaf %1 (%2).</translation>
    </message>
    <message>
        <source>The database cannot be closed to other roles (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir cau&apos;r gronfa ddata i rolau eraill (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>The database&apos;s rights cannot be read (%1).</source>
        <translation>Ni ellir darllen hawliau&apos;r gronfa ddata (%1).</translation>
    </message>
    <message>
        <source>Every role may still connect to this database after it was closed to them: run this again.</source>
        <translation>Mae pob rôl yn dal i allu cysylltu â&apos;r gronfa ddata hon ar ôl iddi gael ei chau iddynt: rhedwch hwn eto.</translation>
    </message>
    <message>
        <source>The database&apos;s logging settings cannot be set (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir gosod gosodiadau logio&apos;r gronfa ddata (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>Large objects cannot be closed to stations (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir cau gwrthrychau mawr (large objects) i orsafoedd (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>Advisory locks cannot be closed to stations (%1): run this as a PostgreSQL superuser.</source>
        <translation>Ni ellir cau cloeon cynghorol (advisory locks) i orsafoedd (%1): rhedwch hwn fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>The station logins cannot be listed (%1).</source>
        <translation>Ni ellir rhestru&apos;r mewngofnodion gorsaf (%1).</translation>
    </message>
    <message>
        <source>The station logins&apos; time limits cannot be set (%1).</source>
        <translation>Ni ellir gosod terfynau amser y mewngofnodion gorsaf (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s other databases cannot be closed to stations (%1).</source>
        <translation>Ni ellir cau cronfeydd data eraill y gweinydd i orsafoedd (%1).</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>nid oedd modd ymrwymo&apos;r trafodyn</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>The database at %1 is at schema %2 but this Write Care Notes needs schema %3: ask whoever runs the database to run &quot;writecarenotes-admin migrate&quot;, then try again.</source>
        <translation>Mae&apos;r gronfa ddata (%1) ar sgema %2 ond mae angen sgema %3 ar y fersiwn hon o Write Care Notes: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata redeg &quot;writecarenotes-admin migrate&quot;, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>Only the database on this computer is set up from here: on a shared server, ask whoever runs it to use writecarenotes-admin.</source>
        <translation>Dim ond y gronfa ddata ar y cyfrifiadur hwn sy&apos;n cael ei sefydlu o&apos;r fan hon: ar weinydd a rennir, gofynnwch i bwy bynnag sy&apos;n ei redeg ddefnyddio writecarenotes-admin.</translation>
    </message>
    <message>
        <source>This database already has an organization: sign in instead.</source>
        <translation>Mae gan y gronfa ddata hon sefydliad eisoes: mewngofnodwch yn lle hynny.</translation>
    </message>
    <message>
        <source>The organization could not be saved: try again.</source>
        <translation>Nid oedd modd cadw&apos;r sefydliad: ceisiwch eto.</translation>
    </message>
    <message>
        <source>The key that protects the medical notes is missing from %1, so Write Care Notes cannot open its database: put it back by typing the recovery key you were given when Write Care Notes was set up into &quot;writecarenotes-admin restore-key --embedded&quot;, in a terminal, as the same user that runs Write Care Notes; then start Write Care Notes again.</source>
        <translation>Mae&apos;r allwedd sy&apos;n diogelu&apos;r nodiadau meddygol ar goll o %1, felly ni all Write Care Notes agor y gronfa ddata: rhowch yr allwedd yn ôl drwy deipio&apos;r allwedd adfer a gawsoch pan sefydlwyd Write Care Notes yn &quot;writecarenotes-admin restore-key --embedded&quot;, mewn terfynell, fel yr un defnyddiwr sy&apos;n rhedeg Write Care Notes; yna cychwynnwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be made readable by the %2 account only: check its folder&apos;s permissions.</source>
        <translation>Ni ellir gwneud y ffeil allwedd %1 yn ddarllenadwy gan y cyfrif %2 yn unig: gwiriwch ganiatadau ei ffolder.</translation>
    </message>
    <message>
        <source>Only the database on this computer has a recovery key here.</source>
        <translation>Dim ond y gronfa ddata ar y cyfrifiadur hwn sydd ag allwedd adfer yma.</translation>
    </message>
    <message>
        <source>Backups are made here only for the database on this computer: on a shared server, whoever runs it uses writecarenotes-admin backup.</source>
        <translation>Dim ond ar gyfer y gronfa ddata ar y cyfrifiadur hwn y gwneir copïau wrth gefn yma: ar weinydd a rennir, mae pwy bynnag sy&apos;n ei redeg yn defnyddio writecarenotes-admin backup.</translation>
    </message>
    <message>
        <source>The restored database in %1 did not check out, so Write Care Notes goes on with the current one: %2</source>
        <translation>Methodd y gronfa ddata a adferwyd yn %1 y gwiriadau, felly mae Write Care Notes yn parhau gyda&apos;r un bresennol: %2</translation>
    </message>
    <message>
        <source>The restored database in %1 checked out but is not switched to: %2</source>
        <translation>Pasiodd y gronfa ddata a adferwyd yn %1 y gwiriadau ond ni newidiwyd iddi: %2</translation>
    </message>
    <message>
        <source>This database&apos;s schema is older than restore records: migrate it.</source>
        <translation>Mae sgema&apos;r gronfa ddata hon yn rhy hen i gofnodi adferiadau: mudwch y gronfa ddata i&apos;r sgema newydd.</translation>
    </message>
    <message>
        <source>This start switched to the restored database, but could not write that into its audit log (it tries again at the next start): %1</source>
        <translation>Wrth gychwyn y tro hwn, newidiwyd i&apos;r gronfa ddata a adferwyd, ond nid oedd modd cofnodi hynny yn ei log archwilio (bydd yn ceisio eto y tro nesaf y bydd yn cychwyn): %1</translation>
    </message>
    <message>
        <source>its schema is older than restore records</source>
        <translation>mae ei sgema&apos;n rhy hen i gofnodi adferiadau</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackups</name>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation>Dewiswch y ffolder copïau wrth gefn drwy ei lwybr llawn.</translation>
    </message>
    <message>
        <source>The backup folder %1 is, or holds, the database&apos;s own folder: choose a folder elsewhere, ideally on another disk or a network share.</source>
        <translation>Mae&apos;r ffolder copïau wrth gefn %1 yn ffolder y gronfa ddata ei hun, neu&apos;n ei gynnwys: dewiswch ffolder mewn man arall, ar ddisg arall neu ar ffolder a rennir ar y rhwydwaith yn ddelfrydol.</translation>
    </message>
    <message>
        <source>The backup finished but pgBackRest lists no backup.</source>
        <translation>Gorffennodd y copi wrth gefn ond nid yw pgBackRest yn rhestru unrhyw gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (is its disk connected, or its network share reachable?): nothing is backed up until it is.</source>
        <translation>Nid yw&apos;r ffolder copïau wrth gefn %1 yno (a yw ei ddisg wedi&apos;i chysylltu, neu a ellir cyrraedd y ffolder a rennir ar y rhwydwaith?): ni chaiff dim ei gadw wrth gefn nes y bydd yno.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: make it first, owned by the %2 account.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli: crëwch ef yn gyntaf, gyda&apos;r cyfrif %2 yn berchen arno.</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>The folder %1 for the database cannot be created: check that its parent folder is writable.</source>
        <translation>Ni ellir creu&apos;r ffolder %1 ar gyfer y gronfa ddata: gwiriwch fod modd ysgrifennu i&apos;w ffolder rhiant.</translation>
    </message>
    <message>
        <source>The %1 account that runs the database may not enter %2, so the database cannot be kept in %3: set embedded/dataDirectory in the settings to a folder it can reach, such as one under /var/lib.</source>
        <translation>Ni chaiff y cyfrif %1 sy&apos;n rhedeg y gronfa ddata fynd i mewn i %2, felly ni ellir cadw&apos;r gronfa ddata yn %3: gosodwch embedded/dataDirectory yn y gosodiadau i ffolder y gall ei gyrraedd, fel un o dan /var/lib.</translation>
    </message>
    <message>
        <source>The lock file in %1 cannot be opened (%2): check the folder&apos;s permissions.</source>
        <translation>Ni ellir agor y ffeil gloi yn %1 (%2): gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The lock file in %1 cannot be opened: check the folder&apos;s permissions.</source>
        <translation>Ni ellir agor y ffeil gloi yn %1: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The folder %1 exists but does not hold a complete database, so Write Care Notes leaves it untouched: restore it from a backup, or, if it holds nothing you need, move it elsewhere and start again.</source>
        <translation>Mae&apos;r ffolder %1 yn bodoli ond nid yw&apos;n cynnwys cronfa ddata gyflawn, felly nid yw Write Care Notes yn cyffwrdd ag ef: adferwch ef o gopi wrth gefn, neu, os nad yw&apos;n cynnwys dim sydd ei angen arnoch, symudwch ef i rywle arall a dechreuwch eto.</translation>
    </message>
    <message>
        <source>The database&apos;s password file %1 is missing or unreadable, so Write Care Notes cannot sign in to its own database: restore the file from a backup.</source>
        <translation>Mae ffeil gyfrinair y gronfa ddata, %1, ar goll neu ni ellir ei darllen, felly ni all Write Care Notes fewngofnodi i&apos;w gronfa ddata ei hun: adferwch y ffeil o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The database server in %1 started but cannot be found: see the log in %2.</source>
        <translation>Dechreuodd gweinydd y gronfa ddata yn %1 ond ni ellir dod o hyd iddo: gweler y log yn %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>The unfinished database folder %1, left by an interrupted first start, cannot be removed: remove it by hand, then start again.</source>
        <translation>Ni ellir dileu ffolder anorffenedig y gronfa ddata, %1, a adawyd gan gychwyn cyntaf a gafodd ei dorri ar ei draws: dilëwch ef â llaw, yna dechreuwch eto.</translation>
    </message>
    <message>
        <source>The database&apos;s password file %1 cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation>Ni ellir ysgrifennu ffeil gyfrinair y gronfa ddata, %1: gwiriwch nad yw&apos;r ddisg yn llawn a bod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The new database folder cannot be renamed to %1: check the folder&apos;s permissions.</source>
        <translation>Ni ellir ailenwi ffolder newydd y gronfa ddata yn %1: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The socket folder %1 has a path too long for this system (%2 characters, at most %3 are possible): set a shorter folder as embedded/socketDirectory in the settings.</source>
        <translation>Mae llwybr ffolder y soced %1 yn rhy hir i&apos;r system hon (%2 nod, a %3 yw&apos;r uchafswm posibl): gosodwch ffolder byrrach fel embedded/socketDirectory yn y gosodiadau.</translation>
    </message>
    <message>
        <source>A folder for the database&apos;s socket cannot be created in %1: check that it exists and is writable.</source>
        <translation>Ni ellir creu ffolder ar gyfer soced y gronfa ddata yn %1: gwiriwch ei fod yn bodoli a bod modd ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>The socket folder %1 cannot be handed to the %2 account: check the folder&apos;s file system.</source>
        <translation>Ni ellir rhoi perchnogaeth ffolder y soced %1 i&apos;r cyfrif %2: gwiriwch system ffeiliau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The database cannot be created in the server of %1: see the log in %2.</source>
        <translation>Ni ellir creu&apos;r gronfa ddata yng ngweinydd %1: gweler y log yn %2.</translation>
    </message>
    <message>
        <source>The folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation>Mae nod yn enw&apos;r ffolder %1 (un o &quot; &apos; ` $ \) na all offer PostgreSQL ei drin yn ddiogel: dewiswch ffolder hebddo.</translation>
    </message>
    <message>
        <source>The database server on this computer is still %1 after five minutes (it may be recovering after a crash): wait a little, then try again; its log is in %2.</source>
        <translation>Ar ôl pum munud, mae gweinydd y gronfa ddata ar y cyfrifiadur hwn yn dal yn y cyflwr “%1” (efallai ei fod yn adfer ar ôl chwalfa): arhoswch ychydig, yna ceisiwch eto; mae ei log yn %2.</translation>
    </message>
    <message>
        <source>An earlier attempt to create the database in %1 is still running: wait a few minutes, then start Write Care Notes again.</source>
        <translation>Mae ymgais gynharach i greu&apos;r gronfa ddata yn %1 yn dal i redeg: arhoswch ychydig funudau, yna dechreuwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>The existing password file %1 cannot be set aside: check the folder&apos;s permissions.</source>
        <translation>Ni ellir symud y ffeil gyfrinair bresennol %1 o&apos;r neilltu: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The station&apos;s password file %1 cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation>Ni ellir ysgrifennu ffeil gyfrinair yr orsaf, %1: gwiriwch nad yw&apos;r ddisg yn llawn a bod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Write Care Notes cannot open its database on this computer: close Write Care Notes everywhere on this computer and start it again; if that does not help, restart the computer.</source>
        <translation>Ni all Write Care Notes agor ei gronfa ddata ar y cyfrifiadur hwn: caewch Write Care Notes ym mhob man ar y cyfrifiadur hwn a&apos;i ddechrau eto; os nad yw hynny&apos;n helpu, ailgychwynnwch y cyfrifiadur.</translation>
    </message>
    <message>
        <source>The database on this computer was never started by this window.</source>
        <translation>Ni chafodd y gronfa ddata ar y cyfrifiadur hwn erioed ei chychwyn gan y ffenestr hon.</translation>
    </message>
    <message>
        <source>The database on this computer was started again by another program, on another socket: close Write Care Notes and open it again.</source>
        <translation>Cafodd y gronfa ddata ar y cyfrifiadur hwn ei chychwyn eto gan raglen arall, ar soced arall: caewch Write Care Notes a&apos;i agor eto.</translation>
    </message>
    <message>
        <source>The folder %1 for the database&apos;s socket cannot be made again: check that its parent folder is writable.</source>
        <translation>Ni ellir creu&apos;r ffolder %1 ar gyfer soced y gronfa ddata eto: gwiriwch fod modd ysgrifennu i&apos;w ffolder rhiant.</translation>
    </message>
    <message>
        <source>The key folder %1 is inside the database&apos;s folder %2 (or holds it), so a copy of the database would hold the key that protects its medical notes: set embedded/keyDirectory in the settings to a folder apart from it.</source>
        <translation>Mae ffolder yr allwedd %1 y tu mewn i ffolder y gronfa ddata %2 (neu&apos;n ei gynnwys), felly byddai copi o&apos;r gronfa ddata yn cynnwys yr allwedd sy&apos;n diogelu ei nodiadau meddygol: gosodwch embedded/keyDirectory yn y gosodiadau i ffolder ar wahân iddo.</translation>
    </message>
    <message>
        <source>The key folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation>Mae nod yn enw ffolder yr allwedd %1 (un o &quot; &apos; ` $ \) na all offer PostgreSQL ei drin yn ddiogel: dewiswch ffolder hebddo.</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created: check that its parent folder is writable.</source>
        <translation>Ni ellir creu ffolder yr allwedd %1: gwiriwch fod modd ysgrifennu i&apos;w ffolder rhiant.</translation>
    </message>
    <message>
        <source>The %1 account that runs the database may not enter %2, so it cannot read the key of the medical notes in %3: set embedded/keyDirectory in the settings to a folder it can reach.</source>
        <translation>Ni chaiff y cyfrif %1 sy&apos;n rhedeg y gronfa ddata fynd i mewn i %2, felly ni all ddarllen allwedd y nodiadau meddygol yn %3: gosodwch embedded/keyDirectory yn y gosodiadau i ffolder y gall ei gyrraedd.</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be set aside as %2 to switch to the restored one: check the folder&apos;s permissions.</source>
        <translation>Ni ellir symud ffolder y gronfa ddata %1 o&apos;r neilltu fel %2 er mwyn newid i&apos;r un a adferwyd: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The restored database %1 cannot be renamed to %2: check the folder&apos;s permissions.</source>
        <translation>Ni ellir ailenwi&apos;r gronfa ddata a adferwyd, %1, yn %2: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>Only a restore made beside the database, in %1, can be switched to.</source>
        <translation>Dim ond at adferiad a wnaed wrth ymyl y gronfa ddata, yn %1, y gellir newid.</translation>
    </message>
    <message>
        <source>The note to switch to the restored database cannot be written in %1: check that the disk is not full.</source>
        <translation>Ni ellir ysgrifennu yn %1 y nodyn i newid i&apos;r gronfa ddata a adferwyd: gwiriwch nad yw&apos;r ddisg yn llawn.</translation>
    </message>
    <message>
        <source>The note to switch to the restored database, %1, cannot be removed: check the folder&apos;s permissions.</source>
        <translation>Ni ellir dileu&apos;r nodyn i newid i&apos;r gronfa ddata a adferwyd, %1: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>Evidence for %1: %2, %3 to %4</source>
        <translation>Tystiolaeth ar gyfer %1: %2, %3 i %4</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>%1 (%2), key question &quot;%3&quot;</source>
        <translation>%1 (%2), cwestiwn allweddol &quot;%3&quot;</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Ynghylch y pecyn hwn</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>dim sgôr eto</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 audit, %2</source>
        <translation>Archwiliad %1, %2</translation>
    </message>
    <message>
        <source>%1, not signed off</source>
        <translation>%1, heb ei gymeradwyo</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Archwiliadau</translation>
    </message>
    <message>
        <source>No audit of the period asks about this statement.</source>
        <translation>Nid oes unrhyw archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Agored, yn hwyr</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Neb wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Codwyd gan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Safeguarding incidents</source>
        <translation>Digwyddiadau diogelu</translation>
    </message>
    <message>
        <source>Not included: you may not see safeguarding incidents.</source>
        <translation>Heb eu cynnwys: ni chewch weld digwyddiadau diogelu.</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Dim un yn y cyfnod.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation>Niwed</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <source>Sent %1, reference %2</source>
        <translation>Anfonwyd ar %1, cyfeirnod %2</translation>
    </message>
    <message>
        <source>Sent late, %1, reference %2</source>
        <translation>Anfonwyd yn hwyr, ar %1, cyfeirnod %2</translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation>Dim angen: %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>No incident of the period needed a notification.</source>
        <translation>Nid oedd angen hysbysiad ar unrhyw ddigwyddiad yn y cyfnod.</translation>
    </message>
    <message>
        <source>%1 sent on time, %2 sent late, %3 not sent yet, %4 not needed.</source>
        <translation>Anfonwyd mewn pryd: %1; anfonwyd yn hwyr: %2; heb eu hanfon eto: %3; dim angen: %4.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Care plan reviews</source>
        <translation>Adolygiadau cynlluniau gofal</translation>
    </message>
    <message numerus="yes">
        <source>%n care plan(s) overdue for review today.</source>
        <translation>
            <numerusform>Dim cynlluniau gofal yn hwyr i&apos;w hadolygu heddiw.</numerusform>
            <numerusform>%n cynllun gofal yn hwyr i&apos;w adolygu heddiw.</numerusform>
            <numerusform>%n cynllun gofal yn hwyr i&apos;w hadolygu heddiw.</numerusform>
            <numerusform>%n cynllun gofal yn hwyr i&apos;w hadolygu heddiw.</numerusform>
            <numerusform>%n cynllun gofal yn hwyr i&apos;w hadolygu heddiw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>What Write Care Notes holds for each quality statement of &quot;%1&quot; at %2 from %3 to %4: the answers its audits gave to the questions tagged with the statement (the latest version of each audit), the actions they raised, and the records the framework&apos;s list names for it. Residents&apos; names are left out; comments, actions and lessons are as their authors wrote them. What is overdue is as it stands on %5.</source>
        <translation>Yr hyn sydd gan Write Care Notes ynghylch %2 o %3 i %4, ar gyfer pob datganiad ansawdd yn &quot;%1&quot;: yr atebion a roddodd ei archwiliadau i&apos;r cwestiynau sydd wedi&apos;u tagio â&apos;r datganiad (fersiwn ddiweddaraf pob archwiliad), y camau gweithredu a godwyd ganddynt, a&apos;r cofnodion y mae rhestr y fframwaith yn eu henwi ar ei gyfer. Gadewir enwau&apos;r preswylwyr allan; mae sylwadau, camau gweithredu a gwersi fel y&apos;u hysgrifennwyd gan eu hawduron. Dangosir yr hyn sy&apos;n hwyr fel yr oedd ar %5.</translation>
    </message>
    <message>
        <source>Not included: you may not read incidents.</source>
        <translation>Heb eu cynnwys: ni chewch ddarllen digwyddiadau.</translation>
    </message>
    <message>
        <source>Safeguarding incidents are not included: you may not see them.</source>
        <translation>Nid yw digwyddiadau diogelu wedi&apos;u cynnwys: ni chewch eu gweld.</translation>
    </message>
    <message>
        <source>Those of safeguarding incidents are not included: you may not see them.</source>
        <translation>Nid yw hysbysiadau digwyddiadau diogelu wedi&apos;u cynnwys: ni chewch eu gweld.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) of the period ask about this statement.</source>
        <translation>
            <numerusform>Nid oes yr un archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</numerusform>
            <numerusform>Mae %n archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</numerusform>
            <numerusform>Mae %n archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</numerusform>
            <numerusform>Mae %n archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</numerusform>
            <numerusform>Mae %n archwiliad o&apos;r cyfnod yn holi am y datganiad hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n answer(s), %1 met, %2 not met and %3 not applicable.</source>
        <translation>
            <numerusform>O&apos;r %n ateb, roedd %1 wedi&apos;u bodloni, %2 heb eu bodloni a %3 yn amherthnasol.</numerusform>
            <numerusform>O&apos;r %n ateb, roedd %1 wedi&apos;u bodloni, %2 heb eu bodloni a %3 yn amherthnasol.</numerusform>
            <numerusform>O&apos;r %n ateb, roedd %1 wedi&apos;u bodloni, %2 heb eu bodloni a %3 yn amherthnasol.</numerusform>
            <numerusform>O&apos;r %n ateb, roedd %1 wedi&apos;u bodloni, %2 heb eu bodloni a %3 yn amherthnasol.</numerusform>
            <numerusform>O&apos;r %n ateb, roedd %1 wedi&apos;u bodloni, %2 heb eu bodloni a %3 yn amherthnasol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period, %1 of them reviewed.</source>
        <translation>
            <numerusform>%n digwyddiad yn y cyfnod; adolygwyd %1 ohonynt.</numerusform>
            <numerusform>%n digwyddiad yn y cyfnod; adolygwyd %1 ohono.</numerusform>
            <numerusform>%n digwyddiad yn y cyfnod; adolygwyd %1 ohonynt.</numerusform>
            <numerusform>%n digwyddiad yn y cyfnod; adolygwyd %1 ohonynt.</numerusform>
            <numerusform>%n digwyddiad yn y cyfnod; adolygwyd %1 ohonynt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care plan review(s) done in the period.</source>
        <translation>
            <numerusform>Ni chwblhawyd unrhyw adolygiad cynllun gofal yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n adolygiad cynllun gofal yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n adolygiad cynllun gofal yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n adolygiad cynllun gofal yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n adolygiad cynllun gofal yn y cyfnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) done in the period.</source>
        <translation>
            <numerusform>Ni chwblhawyd unrhyw asesiad yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n asesiad yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n asesiad yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n asesiad yn y cyfnod.</numerusform>
            <numerusform>Cwblhawyd %n asesiad yn y cyfnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) overdue today.</source>
        <translation>
            <numerusform>Dim asesiadau yn hwyr heddiw.</numerusform>
            <numerusform>%n asesiad yn hwyr heddiw.</numerusform>
            <numerusform>%n asesiad yn hwyr heddiw.</numerusform>
            <numerusform>%n asesiad yn hwyr heddiw.</numerusform>
            <numerusform>%n asesiad yn hwyr heddiw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilityListModel</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (ar gau)</translation>
    </message>
</context>
<context>
    <name>FallsRiskTool</name>
    <message>
        <source>FRAT, Falls Risk Assessment Tool: Peninsula Health Falls Prevention Service, 1999 (part 1, fall risk status)</source>
        <translation>FRAT, Falls Risk Assessment Tool (Offeryn Asesu Risg Cwympo): Peninsula Health Falls Prevention Service, 1999 (rhan 1, statws risg cwympo)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Recent falls</source>
        <translation>Cwympiadau diweddar</translation>
    </message>
    <message>
        <source>None in the last 12 months (2)</source>
        <translation>Dim un yn ystod y 12 mis diwethaf (2)</translation>
    </message>
    <message>
        <source>One or more between 3 and 12 months ago (4)</source>
        <translation>Un neu ragor rhwng 3 a 12 mis yn ôl (4)</translation>
    </message>
    <message>
        <source>One or more in the last 3 months (6)</source>
        <translation>Un neu ragor yn ystod y 3 mis diwethaf (6)</translation>
    </message>
    <message>
        <source>One or more in the last 3 months while living here (8)</source>
        <translation>Un neu ragor yn ystod y 3 mis diwethaf tra&apos;n byw yma (8)</translation>
    </message>
    <message>
        <source>Medications: sedatives, antidepressants, anti-Parkinson&apos;s, diuretics, antihypertensives, hypnotics</source>
        <translation>Meddyginiaethau: tawelyddion, cyffuriau gwrth-iselder, cyffuriau gwrth-Parkinson, diwretigion, cyffuriau gwrth-hypertensiwn, hypnotigion</translation>
    </message>
    <message>
        <source>Not taking any of these (1)</source>
        <translation>Ddim yn cymryd yr un o&apos;r rhain (1)</translation>
    </message>
    <message>
        <source>Taking one (2)</source>
        <translation>Yn cymryd un ohonynt (2)</translation>
    </message>
    <message>
        <source>Taking two (3)</source>
        <translation>Yn cymryd dau ohonynt (3)</translation>
    </message>
    <message>
        <source>Taking more than two (4)</source>
        <translation>Yn cymryd mwy na dau ohonynt (4)</translation>
    </message>
    <message>
        <source>Psychological: anxiety, depression, less co-operation, insight or judgement (especially about mobility)</source>
        <translation>Seicolegol: gorbryder, iselder, llai o gydweithrediad, o fewnwelediad neu o grebwyll (yn enwedig ynghylch symudedd)</translation>
    </message>
    <message>
        <source>Does not appear to have any of these (1)</source>
        <translation>Dim arwydd o&apos;r un o&apos;r rhain (1)</translation>
    </message>
    <message>
        <source>Appears mildly affected by one or more (2)</source>
        <translation>Ymddengys fod un neu ragor yn cael effaith ysgafn (2)</translation>
    </message>
    <message>
        <source>Appears moderately affected by one or more (3)</source>
        <translation>Ymddengys fod un neu ragor yn cael effaith gymedrol (3)</translation>
    </message>
    <message>
        <source>Appears severely affected by one or more (4)</source>
        <translation>Ymddengys fod un neu ragor yn cael effaith ddifrifol (4)</translation>
    </message>
    <message>
        <source>Cognitive status (abbreviated mental test score, AMTS)</source>
        <translation>Statws gwybyddol (sgôr y prawf meddyliol cryno, AMTS)</translation>
    </message>
    <message>
        <source>AMTS 9 or 10 out of 10, or intact (1)</source>
        <translation>AMTS 9 neu 10 allan o 10, neu ddim nam (1)</translation>
    </message>
    <message>
        <source>AMTS 7-8, mildly impaired (2)</source>
        <translation>AMTS 7-8, nam ysgafn (2)</translation>
    </message>
    <message>
        <source>AMTS 5-6, moderately impaired (3)</source>
        <translation>AMTS 5-6, nam cymedrol (3)</translation>
    </message>
    <message>
        <source>AMTS 4 or less, severely impaired (4)</source>
        <translation>AMTS 4 neu lai, nam difrifol (4)</translation>
    </message>
    <message>
        <source>Recent change, or one expected, in functional status or in medication affecting safe mobility (high risk whatever the score)</source>
        <translation>Newid diweddar, neu un a ddisgwylir, yn y statws gweithredol neu mewn meddyginiaeth sy&apos;n effeithio ar symudedd diogel (risg uchel beth bynnag fo&apos;r sgôr)</translation>
    </message>
    <message>
        <source>Dizziness or postural hypotension (high risk whatever the score)</source>
        <translation>Pendro neu isbwysedd ystumiol (risg uchel beth bynnag fo&apos;r sgôr)</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risg uchel</translation>
    </message>
    <message>
        <source>High risk (automatically)</source>
        <translation>Risg uchel (yn awtomatig)</translation>
    </message>
    <message>
        <source>Review the mobility and falls care plan: supervision and walking aids, footwear, eyesight, continence, medication review with the GP or pharmacist, bed and chair height, and a falls sensor where the resident agrees.</source>
        <translation>Adolygwch y cynllun gofal symudedd a chwympiadau: goruchwyliaeth a chymhorthion cerdded, esgidiau, golwg, ymataliaeth, adolygiad meddyginiaeth gyda&apos;r meddyg teulu neu&apos;r fferyllydd, uchder y gwely a&apos;r gadair, a synhwyrydd cwympo os yw&apos;r preswylydd yn cytuno.</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risg ganolig</translation>
    </message>
    <message>
        <source>Address each risk factor scored above: check the mobility and falls care plan.</source>
        <translation>Rhowch sylw i bob ffactor risg a sgoriwyd uchod: gwiriwch y cynllun gofal symudedd a chwympiadau.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risg isel</translation>
    </message>
    <message>
        <source>Standard falls precautions; assess again after any fall or change.</source>
        <translation>Rhagofalon cwympo safonol; aseswch eto ar ôl unrhyw gwymp neu newid.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Write Care Notes</source>
        <translation>Gosod Write Care Notes</translation>
    </message>
    <message>
        <source>This computer keeps its own care records. Tell it about your organization, your first care home, and yourself: you will be its first administrator and can then add your staff.</source>
        <translation>Mae&apos;r cyfrifiadur hwn yn cadw ei gofnodion gofal ei hun. Rhowch wybod iddo am eich sefydliad, eich cartref gofal cyntaf, a chi eich hun: chi fydd ei weinyddwr cyntaf, a gallwch wedyn ychwanegu eich staff.</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>as registered, e.g. Meadowbank Care Ltd</source>
        <translation>fel y&apos;i cofrestrwyd, e.e. Meadowbank Care Ltd</translation>
    </message>
    <message>
        <source>First &amp;care home</source>
        <translation>&amp;Cartref gofal cyntaf</translation>
    </message>
    <message>
        <source>Your &amp;first name</source>
        <translation>Eich &amp;enw cyntaf</translation>
    </message>
    <message>
        <source>Your s&amp;urname</source>
        <translation>Eich c&amp;yfenw</translation>
    </message>
    <message>
        <source>Your &amp;email address</source>
        <translation>Eich cyfeiriad e-&amp;bost</translation>
    </message>
    <message>
        <source>Choose a &amp;password</source>
        <translation>Dewiswch gyfr&amp;inair</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>o leiaf 10 nod</translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>I also work with residents, as a &amp;manager</source>
        <translation>Rwyf hefyd yn gweithio gyda phreswylwyr, fel &amp;rheolwr</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Gosod</translation>
    </message>
    <message>
        <source>the organization&apos;s name</source>
        <translation>enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>the care home&apos;s name</source>
        <translation>enw&apos;r cartref gofal</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>eich enw cyntaf</translation>
    </message>
    <message>
        <source>your surname</source>
        <translation>eich cyfenw</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>eich cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Rhowch %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath: teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Your organization&apos;s recovery key</source>
        <translation>Allwedd adfer eich sefydliad</translation>
    </message>
    <message>
        <source>The medical notes are locked with a key kept on this computer, apart from the records. Write this recovery key down and keep it locked away from this computer. Without it, if this computer is lost, medical notes cannot be read from a backup. It is shown only this once.</source>
        <translation>Mae&apos;r nodiadau meddygol wedi&apos;u cloi ag allwedd sy&apos;n cael ei chadw ar y cyfrifiadur hwn, ar wahân i&apos;r cofnodion. Ysgrifennwch yr allwedd adfer hon i lawr a&apos;i chadw dan glo i ffwrdd o&apos;r cyfrifiadur hwn. Hebddi, os collir y cyfrifiadur hwn, ni ellir darllen y nodiadau meddygol o gopi wrth gefn. Dim ond y tro hwn y caiff ei dangos.</translation>
    </message>
    <message>
        <source>Copy every group, the last one too: it lets Write Care Notes tell whether the key was typed correctly when it is put back. Keep it as safe as the keys to the medicines cupboard: with a backup of this computer, it opens the medical notes.</source>
        <translation>Copïwch bob grŵp, gan gynnwys yr un olaf: mae&apos;n galluogi Write Care Notes i wybod a gafodd yr allwedd ei theipio&apos;n gywir pan gaiff ei rhoi yn ôl. Cadwch hi mor ddiogel ag allweddi&apos;r cwpwrdd meddyginiaethau: gyda chopi wrth gefn o&apos;r cyfrifiadur hwn, mae&apos;n agor y nodiadau meddygol.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down and will keep it locked away</source>
        <translation>Rwyf wedi &amp;ysgrifennu&apos;r allwedd adfer i lawr a byddaf yn ei chadw dan glo</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>The recovery key cannot be shown (%1): ask whoever looks after this computer to copy the key of the medical notes now, and keep the copy locked away from this computer.</source>
        <translation>Ni ellir dangos yr allwedd adfer (%1): gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn gopïo allwedd y nodiadau meddygol nawr, a chadw&apos;r copi dan glo i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Handover for the shift</source>
        <translation>Trosglwyddiad y shifft</translation>
    </message>
</context>
<context>
    <name>HandoverReport</name>
    <message>
        <source>Handover: %1, %2</source>
        <translation>Trosglwyddiad: %1, %2</translation>
    </message>
    <message>
        <source>Residents: %1. Notes this shift: %2.</source>
        <translation>Preswylwyr: %1. Nodiadau&apos;r shifft hon: %2.</translation>
    </message>
    <message>
        <source>%1 (room %2): %3</source>
        <translation>%1 (ystafell %2): %3</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Room %1: %2</source>
        <translation>Ystafell %1: %2</translation>
    </message>
    <message>
        <source>%1, NEWS2 %2: %3; told %4</source>
        <translation>%1, NEWS2 %2: %3; rhoddwyd gwybod i: %4</translation>
    </message>
    <message>
        <source>CORRECTED by %1 at %2</source>
        <translation>WEDI&apos;I GYWIRO am %2 (%1)</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>cywiriad: %1</translation>
    </message>
    <message>
        <source>late entry, written %1</source>
        <translation>cofnod hwyr, ysgrifennwyd am %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
    <message>
        <source>Fluids today</source>
        <translation>Hylifau heddiw</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb eu cofnodi</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <source>No notes this shift.</source>
        <translation>Dim nodiadau yn y shifft hon.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>fluids low: %1</source>
        <translation>hylifau&apos;n isel: %1</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>heb eu cofnodi: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HeadInjuryObservations</name>
    <message>
        <source>A possible head injury: take NEWS2 and neurological observations (consciousness, pupils, limb movement) now, then every 30 minutes for 2 hours, every hour for the next 4 hours, then every 2 hours until 24 hours after the fall. Call 999 at once for any drop in consciousness, vomiting, a seizure, new weakness or a worsening headache.</source>
        <translation>Anaf posibl i&apos;r pen: cymerwch NEWS2 ac arsylwadau niwrolegol (ymwybyddiaeth, canhwyllau&apos;r llygaid, symudiad yr aelodau) nawr, yna bob 30 munud am 2 awr, bob awr am y 4 awr nesaf, yna bob 2 awr tan 24 awr ar ôl y cwymp. Ffoniwch 999 ar unwaith os bydd unrhyw ostyngiad yn lefel ymwybyddiaeth, chwydu, trawiad, gwendid newydd neu gur pen sy&apos;n gwaethygu.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The server&apos;s health could not be read: %1</source>
        <translation>Nid oedd modd darllen iechyd y gweinydd: %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Refresh</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Health of the database</source>
        <translation>Iechyd y gronfa ddata</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wrthi&apos;n darllen…</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Darllenwyd ar %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>wrthi&apos;n cael eu darllen…</translation>
    </message>
    <message>
        <source>kept by whoever runs the server: &quot;writecarenotes-admin status&quot; on its computer lists them.</source>
        <translation>yn cael eu cadw gan bwy bynnag sy&apos;n rhedeg y gweinydd: mae &quot;writecarenotes-admin status&quot; ar ei gyfrifiadur yn eu rhestru.</translation>
    </message>
    <message>
        <source>Tables and partitions (%1)</source>
        <translation>Tablau a rhaniadau (%1)</translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation>Cysylltiadau (%1)</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nid oes dim angen sylw.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Angen sylw:</translation>
    </message>
    <message>
        <source>not known: see what needs attention above</source>
        <translation>anhysbys: gweler yr hyn sydd angen sylw uchod</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Wrthi&apos;n darllen y copïau wrth gefn…</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the tables and partitions below.</source>
        <translation>
            <numerusform>…a %n arall: gweler y tablau a&apos;r rhaniadau isod.</numerusform>
            <numerusform>…a %n arall: gweler y tablau a&apos;r rhaniadau isod.</numerusform>
            <numerusform>…a %n arall: gweler y tablau a&apos;r rhaniadau isod.</numerusform>
            <numerusform>…a %n arall: gweler y tablau a&apos;r rhaniadau isod.</numerusform>
            <numerusform>…a %n arall: gweler y tablau a&apos;r rhaniadau isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables and partitions</source>
        <translation>Tablau a rhaniadau</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Cysylltiadau</translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>The schema is at %1 and this program knows %2: run writecarenotes-admin migrate.</source>
        <translation>Mae&apos;r sgema yn fersiwn %1 ac mae&apos;r rhaglen hon yn adnabod hyd at fersiwn %2: rhedwch writecarenotes-admin migrate.</translation>
    </message>
    <message>
        <source>The schema (%1) is newer than this program knows (%2): use the newer writecarenotes-admin.</source>
        <translation>Mae&apos;r sgema (%1) yn fwy newydd nag y mae&apos;r rhaglen hon yn ei adnabod (%2): defnyddiwch y writecarenotes-admin mwy newydd.</translation>
    </message>
    <message>
        <source>No backups are configured: run writecarenotes-admin backup configure.</source>
        <translation>Nid oes copïau wrth gefn wedi&apos;u ffurfweddu: rhedwch writecarenotes-admin backup configure.</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>Nid oedd modd rhestru&apos;r copïau wrth gefn: %1</translation>
    </message>
    <message>
        <source>No backup has been taken yet: run writecarenotes-admin backup run --type full.</source>
        <translation>Nid oes copi wrth gefn wedi&apos;i gymryd eto: rhedwch writecarenotes-admin backup run --type full.</translation>
    </message>
    <message>
        <source>The newest backup ended at %1, two days ago or more: check that writecarenotes-admin backup run runs every night.</source>
        <translation>Daeth y copi wrth gefn diweddaraf i ben ar %1, dau ddiwrnod yn ôl neu fwy: gwiriwch fod writecarenotes-admin backup run yn rhedeg bob nos.</translation>
    </message>
    <message>
        <source>The server does not archive its write-ahead log (archive_mode is off): a restore can only reach the end of a backup.</source>
        <translation>Nid yw&apos;r gweinydd yn archifo ei log ysgrifennu ymlaen llaw (mae archive_mode i ffwrdd): dim ond hyd at ddiwedd copi wrth gefn y gall adferiad fynd.</translation>
    </message>
    <message>
        <source>Archiving failed at %1 (write-ahead log %2): run writecarenotes-admin backup check.</source>
        <translation>Methodd yr archifo ar %1 (log ysgrifennu ymlaen llaw %2): rhedwch writecarenotes-admin backup check.</translation>
    </message>
    <message>
        <source>A transaction of %1 has been open since %2, an hour or more: it keeps vacuum from removing dead rows (pg_stat_activity names it).</source>
        <translation>Mae trafodyn y mewngofnod %1 wedi bod ar agor ers %2, awr neu fwy: mae&apos;n atal vacuum rhag dileu rhesi marw (mae pg_stat_activity yn ei enwi).</translation>
    </message>
    <message>
        <source>This server is a standby, and the newest change it replayed is %1 minutes old.</source>
        <translation>Gweinydd wrth gefn yw&apos;r gweinydd hwn, ac mae&apos;r newid diweddaraf a ail-chwaraeodd yn %1 munud oed.</translation>
    </message>
    <message>
        <source>The replication slot %1 has no standby and holds %2 MB of write-ahead log: drop it or start its standby.</source>
        <translation>Nid oes gweinydd wrth gefn gan y slot dyblygu %1, ac mae&apos;n dal %2 MB o log ysgrifennu ymlaen llaw: dilëwch y slot neu dechreuwch ei weinydd wrth gefn.</translation>
    </message>
    <message>
        <source>The standby %1 (%2) is %3, not streaming.</source>
        <translation>Mae&apos;r gweinydd wrth gefn %1 (%2) yn y cyflwr “%3”, ac nid yw&apos;n ffrydio.</translation>
    </message>
    <message>
        <source>The standby %1 (%2) is %3 minutes behind.</source>
        <translation>Mae&apos;r gweinydd wrth gefn %1 (%2) %3 munud ar ei hôl hi.</translation>
    </message>
    <message>
        <source>Shift notes have partitions only up to %1: run writecarenotes-admin maintain (daily, from cron).</source>
        <translation>Dim ond hyd at %1 y mae rhaniadau gan y nodiadau shifft: rhedwch writecarenotes-admin maintain (bob dydd, o cron).</translation>
    </message>
    <message numerus="yes">
        <source>Shift notes waiting in daily_records_default for their month&apos;s partition: %n. Run writecarenotes-admin maintain.</source>
        <translation>
            <numerusform>Nodiadau shifft sy&apos;n aros yn daily_records_default am raniad eu mis: %n. Rhedwch writecarenotes-admin maintain.</numerusform>
            <numerusform>Nodiadau shifft sy&apos;n aros yn daily_records_default am raniad eu mis: %n. Rhedwch writecarenotes-admin maintain.</numerusform>
            <numerusform>Nodiadau shifft sy&apos;n aros yn daily_records_default am raniad eu mis: %n. Rhedwch writecarenotes-admin maintain.</numerusform>
            <numerusform>Nodiadau shifft sy&apos;n aros yn daily_records_default am raniad eu mis: %n. Rhedwch writecarenotes-admin maintain.</numerusform>
            <numerusform>Nodiadau shifft sy&apos;n aros yn daily_records_default am raniad eu mis: %n. Rhedwch writecarenotes-admin maintain.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 dead rows for %3 live ones: vacuum is falling behind.</source>
        <translation>Tabl %1: %2 rhes farw am %3 rhes fyw; mae vacuum ar ei hôl hi.</translation>
    </message>
    <message>
        <source>Other logins&apos; open transactions are hidden from the database&apos;s owner, so the oldest may be older than shown: run writecarenotes-admin migrate as a PostgreSQL superuser once.</source>
        <translation>Mae trafodion agored mewngofnodion eraill wedi&apos;u cuddio rhag perchennog y gronfa ddata, felly gall yr hynaf fod yn hŷn na&apos;r hyn a ddangosir: rhedwch writecarenotes-admin migrate unwaith fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>HealthStore</name>
    <message>
        <source>The server&apos;s health is shown only to an administrator, and only on a server that holds no other organization: ask whoever runs the server (writecarenotes-admin status).</source>
        <translation>Dim ond i weinyddwr y dangosir iechyd y gweinydd, a dim ond ar weinydd nad yw&apos;n dal unrhyw sefydliad arall: gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd (writecarenotes-admin status).</translation>
    </message>
    <message>
        <source>The server&apos;s health could not be read: %1</source>
        <translation>Nid oedd modd darllen iechyd y gweinydd: %1</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Maint y gronfa ddata</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Fersiwn y sgema</translation>
    </message>
    <message>
        <source>%1, as this program expects</source>
        <translation>%1, fel y mae&apos;r rhaglen hon yn ei ddisgwyl</translation>
    </message>
    <message>
        <source>%1 (this program expects %2)</source>
        <translation>%1 (mae&apos;r rhaglen hon yn disgwyl %2)</translation>
    </message>
    <message>
        <source>off: a restore can only reach the end of a backup</source>
        <translation>i ffwrdd: dim ond hyd at ddiwedd copi wrth gefn y gall adferiad fynd</translation>
    </message>
    <message>
        <source>on; nothing archived yet</source>
        <translation>ymlaen; dim wedi&apos;i archifo eto</translation>
    </message>
    <message>
        <source>on; last archived at %1 (%2)</source>
        <translation>ymlaen; archifwyd ddiwethaf ar %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>slot %1 with no standby, holding %2</source>
        <translation>slot %1 heb weinydd wrth gefn, yn dal %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 s behind</source>
        <translation>%1 (%2): %3, %4 s ar ei hôl hi</translation>
    </message>
    <message>
        <source>this server is itself a standby</source>
        <translation>mae&apos;r gweinydd hwn ei hun yn weinydd wrth gefn</translation>
    </message>
    <message>
        <source>Standbys</source>
        <translation>Gweinyddion wrth gefn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Oldest open transaction</source>
        <translation>Y trafodyn agored hynaf</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>ers %1 (%2)</translation>
    </message>
    <message>
        <source>Shift-note partitions</source>
        <translation>Rhaniadau nodiadau shifft</translation>
    </message>
    <message numerus="yes">
        <source>up to %1; %n note(s) waiting for theirs</source>
        <translation>
            <numerusform>hyd at %1; dim nodiadau&apos;n aros am eu rhaniad</numerusform>
            <numerusform>hyd at %1; %n nodyn yn aros am ei raniad</numerusform>
            <numerusform>hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
            <numerusform>hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
            <numerusform>hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeDetails</name>
    <message>
        <source>Residential care home</source>
        <translation>Cartref gofal preswyl</translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation>Cartref nyrsio</translation>
    </message>
    <message>
        <source>Dual-registered (residential and nursing)</source>
        <translation>Cofrestriad deuol (preswyl a nyrsio)</translation>
    </message>
    <message>
        <source>Specialist dementia care</source>
        <translation>Gofal dementia arbenigol</translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation>Gofal seibiant</translation>
    </message>
    <message>
        <source>Supported living</source>
        <translation>Byw â chymorth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Care Quality Commission (England)</source>
        <translation>Comisiwn Ansawdd Gofal (Lloegr)</translation>
    </message>
    <message>
        <source>Care Inspectorate Wales</source>
        <translation>Arolygiaeth Gofal Cymru</translation>
    </message>
    <message>
        <source>Care Inspectorate (Scotland)</source>
        <translation>Arolygiaeth Gofal (Yr Alban)</translation>
    </message>
    <message>
        <source>RQIA (Northern Ireland)</source>
        <translation>RQIA (Gogledd Iwerddon)</translation>
    </message>
</context>
<context>
    <name>HomeDialog</name>
    <message>
        <source>Add a care home</source>
        <translation>Ychwanegu cartref gofal</translation>
    </message>
    <message>
        <source>%1: details</source>
        <translation>%1: manylion</translation>
    </message>
    <message>
        <source>The home</source>
        <translation>Y cartref</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source> beds</source>
        <translation> gwely</translation>
    </message>
    <message>
        <source>&amp;Registered beds</source>
        <translation>&amp;Gwelyau cofrestredig</translation>
    </message>
    <message>
        <source>Contact and registration</source>
        <translation>Cyswllt a chofrestru</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>Re&amp;gulator</source>
        <translation>&amp;Rheoleiddiwr</translation>
    </message>
    <message>
        <source>as on the regulator&apos;s register</source>
        <translation>fel y mae ar gofrestr y rheoleiddiwr</translation>
    </message>
    <message>
        <source>&amp;Location or service ID</source>
        <translation>ID &amp;lleoliad neu wasanaeth</translation>
    </message>
    <message>
        <source>Registered &amp;manager</source>
        <translation>Rheolwr c&amp;ofrestredig</translation>
    </message>
    <message>
        <source>The home starts with the usual early, late and night shift times: change them on the Homes page once it is added.</source>
        <translation>Mae&apos;r cartref yn dechrau gydag amserau arferol y shifft gynnar, y shifft hwyr a&apos;r shifft nos: newidiwch nhw ar y dudalen Cartrefi ar ôl ei ychwanegu.</translation>
    </message>
    <message>
        <source>&amp;Add the home</source>
        <translation>&amp;Ychwanegu&apos;r cartref</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>Bore da, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Prynhawn da, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Noswaith dda, %1</translation>
    </message>
    <message>
        <source>every care home of %1</source>
        <translation>pob un o gartrefi gofal %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation>Wedi mewngofnodi fel %1, ar gyfer: %2.</translation>
    </message>
    <message>
        <source>no care home yet</source>
        <translation>dim cartref gofal eto</translation>
    </message>
    <message>
        <source>%1; your unsaved work is kept for you until you sign in again.</source>
        <translation>%1; cedwir eich gwaith sydd heb ei gadw nes i chi fewngofnodi eto.</translation>
    </message>
    <message numerus="yes">
        <source>This station locks itself after %n minute(s) without use</source>
        <translation>
            <numerusform>Mae&apos;r orsaf hon yn cloi ei hun ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Mae&apos;r orsaf hon yn cloi ei hun ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Mae&apos;r orsaf hon yn cloi ei hun ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Mae&apos;r orsaf hon yn cloi ei hun ar ôl %n munud heb ei defnyddio</numerusform>
            <numerusform>Mae&apos;r orsaf hon yn cloi ei hun ar ôl %n munud heb ei defnyddio</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is waiting for a manager to confirm it: until then you see no resident and no note. Ask a manager of your care home to confirm you on their Users page, with you there.</source>
        <translation>Mae eich cyfrif yn aros i reolwr ei gadarnhau: tan hynny, ni welwch unrhyw breswylydd nac unrhyw nodyn. Gofynnwch i reolwr yn eich cartref gofal eich cadarnhau ar y dudalen Defnyddwyr, a chithau yno.</translation>
    </message>
    <message numerus="yes">
        <source>%n care homes of %1</source>
        <translation>
            <numerusform>%n o gartrefi gofal %1</numerusform>
            <numerusform>%n o gartrefi gofal %1</numerusform>
            <numerusform>%n o gartrefi gofal %1</numerusform>
            <numerusform>%n o gartrefi gofal %1</numerusform>
            <numerusform>%n o gartrefi gofal %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeStore</name>
    <message>
        <source>Enter the home&apos;s name.</source>
        <translation>Rhowch enw&apos;r cartref.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK postcode: type it as on a letter, for example SW1A 1AA.</source>
        <translation>Nid yw &quot;%1&quot; yn god post yn y DU: teipiwch ef fel y mae ar lythyr, er enghraifft SW1A 1AA.</translation>
    </message>
    <message>
        <source>You may not change this home: ask an administrator who manages care homes.</source>
        <translation>Ni chewch newid y cartref hwn: gofynnwch i weinyddwr sy&apos;n rheoli cartrefi gofal.</translation>
    </message>
    <message>
        <source>You may not close or reopen this home: ask an administrator who manages care homes.</source>
        <translation>Ni chewch gau nac ailagor y cartref hwn: gofynnwch i weinyddwr sy&apos;n rheoli cartrefi gofal.</translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <source>&amp;Care homes</source>
        <translation>&amp;Cartrefi gofal</translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation>Amserau&apos;r shifftiau</translation>
    </message>
    <message>
        <source>&amp;Save the shift times</source>
        <translation>Cadw amserau&apos;r &amp;shifftiau</translation>
    </message>
    <message>
        <source>Shift times at %1</source>
        <translation>Amserau&apos;r shifftiau: %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>%1 shift</source>
        <translation>Shifft %1</translation>
    </message>
    <message>
        <source>The shift times of %1 are saved. They apply to notes written from now on.</source>
        <translation>Mae amserau shifftiau %1 wedi&apos;u cadw. Maen nhw&apos;n berthnasol i nodiadau a ysgrifennir o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Every note belongs to the shift in which its care was given, and a night shift to the date it starts on. Overlapping times are the handover. Changes apply to notes written from now on, and are recorded with your name.</source>
        <translation>Mae pob nodyn yn perthyn i&apos;r shifft pan roddwyd y gofal, ac mae shifft nos yn perthyn i&apos;r dyddiad y mae&apos;n dechrau arno. Yr amserau sy&apos;n gorgyffwrdd yw&apos;r cyfnod trosglwyddo. Mae newidiadau&apos;n berthnasol i nodiadau a ysgrifennir o hyn ymlaen, a chânt eu cofnodi gyda&apos;ch enw.</translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation>Y sefydliad cyfan</translation>
    </message>
    <message>
        <source>A note is a &amp;late entry when written more than</source>
        <translation>Mae nodyn yn gofnod &amp;hwyr os caiff ei ysgrifennu fwy na</translation>
    </message>
    <message>
        <source> minutes after the care</source>
        <translation> munud ar ôl y gofal</translation>
    </message>
    <message>
        <source>A station &amp;locks itself after</source>
        <translation>Mae gorsaf yn cl&amp;oi ei hun ar ôl</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> munud heb ei defnyddio</translation>
    </message>
    <message>
        <source>Save the &amp;organization&apos;s settings</source>
        <translation>Cadw gosodiadau&apos;r s&amp;efydliad</translation>
    </message>
    <message>
        <source>The organization&apos;s settings are saved. Stations lock by the new time from their next sign-in.</source>
        <translation>Mae gosodiadau&apos;r sefydliad wedi&apos;u cadw. Bydd gorsafoedd yn cloi yn ôl yr amser newydd o&apos;r tro nesaf y bydd rhywun yn mewngofnodi iddynt.</translation>
    </message>
    <message>
        <source>When risk assessments are due, in every home</source>
        <translation>Pryd mae asesiadau risg yn ddyledus, ym mhob cartref</translation>
    </message>
    <message>
        <source>Save the assessment &amp;schedule</source>
        <translation>Cadw&apos;r &amp;amserlen asesu</translation>
    </message>
    <message>
        <source>Due on admission</source>
        <translation>Yn ddyledus wrth dderbyn</translation>
    </message>
    <message>
        <source>Then every</source>
        <translation>Yna bob</translation>
    </message>
    <message>
        <source>After a risk, again within</source>
        <translation>Ar ôl risg, eto o fewn</translation>
    </message>
    <message>
        <source>%1 due on admission</source>
        <translation>%1: yn ddyledus wrth dderbyn</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Heb ei drefnu</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Fel arfer</translation>
    </message>
    <message>
        <source>The assessment schedule is saved. It sets the next due date of assessments saved from now on; those already saved keep theirs. What is due on admission changes at once.</source>
        <translation>Mae&apos;r amserlen asesu wedi&apos;i chadw. Mae&apos;n pennu dyddiad dyledus nesaf yr asesiadau a gaiff eu cadw o hyn ymlaen; bydd y rhai sydd eisoes wedi&apos;u cadw yn cadw eu dyddiadau presennol. Mae&apos;r hyn sy&apos;n ddyledus wrth dderbyn yn newid ar unwaith.</translation>
    </message>
    <message>
        <source>Each assessment&apos;s next due date is set when it is saved, from this schedule. &quot;After a risk&quot; applies when the result shows a risk (for example Waterlow 10 or more). In &quot;Then every&quot;, 0 means not scheduled; in &quot;After a risk&quot;, 0 means as often as usual.</source>
        <translation>Caiff dyddiad dyledus nesaf pob asesiad ei bennu o&apos;r amserlen hon pan gaiff yr asesiad ei gadw. Mae &quot;Ar ôl risg&quot; yn berthnasol pan fo&apos;r canlyniad yn dangos risg (er enghraifft Waterlow 10 neu fwy). Yn &quot;Yna bob&quot;, mae 0 yn golygu heb ei drefnu; yn &quot;Ar ôl risg&quot;, mae 0 yn golygu mor aml ag arfer.</translation>
    </message>
    <message numerus="yes">
        <source> minute(s) after the care</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> munud ar ôl y gofal</numerusform>
            <numerusform> munud ar ôl y gofal</numerusform>
            <numerusform> munud ar ôl y gofal</numerusform>
            <numerusform> munud ar ôl y gofal</numerusform>
            <numerusform> munud ar ôl y gofal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s) without use</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> munud heb ei defnyddio</numerusform>
            <numerusform> munud heb ei defnyddio</numerusform>
            <numerusform> munud heb ei defnyddio</numerusform>
            <numerusform> munud heb ei defnyddio</numerusform>
            <numerusform> munud heb ei defnyddio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
            <numerusform> diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Home &amp;details...</source>
        <translation>&amp;Manylion y cartref...</translation>
    </message>
    <message>
        <source>Name, type, beds, address, contacts and registration</source>
        <translation>Enw, math, gwelyau, cyfeiriad, cysylltiadau a chofrestriad</translation>
    </message>
    <message>
        <source>Close this home...</source>
        <translation>Cau&apos;r cartref hwn...</translation>
    </message>
    <message>
        <source>&amp;Add a care home...</source>
        <translation>&amp;Ychwanegu cartref gofal...</translation>
    </message>
    <message>
        <source>Organization &amp;details...</source>
        <translation>Ma&amp;nylion y sefydliad...</translation>
    </message>
    <message>
        <source>Name, registration, address, contacts and nation</source>
        <translation>Enw, cofrestriad, cyfeiriad, cysylltiadau a gwlad</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (ar gau)</translation>
    </message>
    <message>
        <source>%1 is added, with the usual shift times: change them here if its shifts differ. Give staff the home on the Users page.</source>
        <translation>Mae %1 wedi&apos;i ychwanegu, gydag amserau arferol y shifftiau: newidiwch nhw yma os yw ei shifftiau&apos;n wahanol. Neilltuwch y cartref i&apos;r staff ar y dudalen Defnyddwyr.</translation>
    </message>
    <message>
        <source>The details of %1 are saved.</source>
        <translation>Mae manylion %1 wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Cau %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Ailagor %1</translation>
    </message>
    <message>
        <source>%1 closes today: nobody can be admitted to it or start work there. Everything recorded there stays, under its name, and it can be reopened. A home closes only once no resident lives there.</source>
        <translation>Mae %1 yn cau heddiw: ni ellir derbyn neb iddo na dechrau gweithio yno. Mae popeth a gofnodwyd yno yn aros, o dan ei enw, a gellir ei ailagor. Dim ond pan nad oes unrhyw breswylydd yn byw yno y gall cartref gau.</translation>
    </message>
    <message>
        <source>%1 reopens: residents can be admitted to it again.</source>
        <translation>Mae %1 yn ailagor: gellir derbyn preswylwyr iddo eto.</translation>
    </message>
    <message>
        <source>Close the home</source>
        <translation>Cau&apos;r cartref</translation>
    </message>
    <message>
        <source>Reopen the home</source>
        <translation>Ailagor y cartref</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1 is closed from today. What was recorded there stays.</source>
        <translation>Mae %1 ar gau o heddiw ymlaen. Mae&apos;r hyn a gofnodwyd yno yn aros.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>Mae %1 ar agor eto.</translation>
    </message>
    <message>
        <source>The organization&apos;s details are saved.</source>
        <translation>Mae manylion y sefydliad wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>&amp;Reopen this home...</source>
        <translation>A&amp;ilagor y cartref hwn...</translation>
    </message>
    <message>
        <source>C&amp;lose this home...</source>
        <translation>Ca&amp;u&apos;r cartref hwn...</translation>
    </message>
    <message numerus="yes">
        <source>%n registered bed(s)</source>
        <translation>
            <numerusform>Dim gwelyau cofrestredig</numerusform>
            <numerusform>%n gwely cofrestredig</numerusform>
            <numerusform>%n gwely cofrestredig</numerusform>
            <numerusform>%n gwely cofrestredig</numerusform>
            <numerusform>%n gwely cofrestredig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Caewyd ar %1</translation>
    </message>
    <message>
        <source>Care homes</source>
        <translation>Cartrefi gofal</translation>
    </message>
    <message>
        <source>%1 shift starts</source>
        <translation>Shifft %1 yn dechrau</translation>
    </message>
    <message>
        <source>%1 shift ends</source>
        <translation>Shifft %1 yn gorffen</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Back to the incidents</source>
        <translation>&amp;Yn ôl i&apos;r digwyddiadau</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Difrifoldeb</translation>
    </message>
    <message>
        <source>&amp;Actions taken</source>
        <translation>&amp;Camau a gymerwyd</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Gwersi a ddysgwyd</translation>
    </message>
    <message>
        <source>&amp;Police involved</source>
        <translation>Roedd yr &amp;heddlu&apos;n rhan ohono</translation>
    </message>
    <message>
        <source>Safe&amp;guarding concern</source>
        <translation>&amp;Pryder diogelu</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Family told</source>
        <translation>Rhoddwyd gwybod i&apos;r &amp;teulu</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>Rhoddwyd gwybod am</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Who was told, &amp;how</source>
        <translation>Pwy a gafodd wybod, a &amp;sut</translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation>Cadw&apos;r &amp;adolygiad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Add the su&amp;ggested</source>
        <translation>Ychwanegu&apos;r rhai a a&amp;wgrymwyd</translation>
    </message>
    <message>
        <source>A&amp;nother</source>
        <translation>&amp;Un arall</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ychwa&amp;negu</translation>
    </message>
    <message>
        <source>Sen&amp;t at</source>
        <translation>An&amp;fonwyd am</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Cyfei&amp;rnod</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>Nodi &amp;ei fod wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Not needed &amp;because</source>
        <translation>Dim angen &amp;oherwydd</translation>
    </message>
    <message>
        <source>N&amp;ot needed</source>
        <translation>D&amp;im angen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Opening the incident…</source>
        <translation>Wrthi&apos;n agor y digwyddiad…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waiting more than 24 hours for review.</source>
        <translation>Wedi bod yn aros am adolygiad ers mwy na 24 awr.</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Cartref:</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>Preswylydd:</translation>
    </message>
    <message>
        <source>No resident</source>
        <translation>Dim preswylydd</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ble:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>Done at once:</source>
        <translation>Beth a wnaed ar unwaith:</translation>
    </message>
    <message>
        <source>Injuries:</source>
        <translation>Anafiadau:</translation>
    </message>
    <message>
        <source>Body sites:</source>
        <translation>Safleoedd ar y corff:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Pen:</translation>
    </message>
    <message>
        <source>struck, or nobody saw the fall</source>
        <translation>wedi&apos;i daro, neu ni welodd neb y cwymp</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Tystion:</translation>
    </message>
    <message>
        <source>Safeguarding:</source>
        <translation>Diogelu:</translation>
    </message>
    <message>
        <source>a safeguarding concern</source>
        <translation>pryder diogelu</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Adroddwyd gan:</translation>
    </message>
    <message>
        <source>Review %1 by %2, %3: %4, %5</source>
        <translation>Adolygiad %1 (adolygydd: %2, %3): %4, %5</translation>
    </message>
    <message>
        <source>Lessons: %1</source>
        <translation>Gwersi: %1</translation>
    </message>
    <message>
        <source>Family told %1: %2</source>
        <translation>Rhoddwyd gwybod i&apos;r teulu ar %1: %2</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Heb ei adolygu eto.</translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation>Anfonwyd ar %1 (%2)</translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation>Dim angen: %1</translation>
    </message>
    <message>
        <source>Past due, not sent</source>
        <translation>Heibio&apos;r dyddiad dyledus, heb ei anfon</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>I&apos;w anfon</translation>
    </message>
    <message>
        <source>None suggested from the type and severity: add any that apply.</source>
        <translation>Dim un wedi&apos;i awgrymu o&apos;r math a&apos;r difrifoldeb: ychwanegwch unrhyw rai sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>Suggested from the type and severity: %1.</source>
        <translation>Wedi&apos;u hawgrymu o&apos;r math a&apos;r difrifoldeb: %1.</translation>
    </message>
    <message>
        <source>Duty of candour applies: say who was told, how, and that an apology was given.</source>
        <translation>Mae&apos;r ddyletswydd gonestrwydd yn berthnasol: nodwch pwy a gafodd wybod, sut, a bod ymddiheuriad wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Duty of candour applies: tell the resident or their family, apologise, and record it here.</source>
        <translation>Mae&apos;r ddyletswydd gonestrwydd yn berthnasol: rhowch wybod i&apos;r preswylydd neu i&apos;r teulu, ymddiheurwch, a chofnodwch hynny yma.</translation>
    </message>
    <message>
        <source>Choose how severe the harm was.</source>
        <translation>Dewiswch pa mor ddifrifol oedd y niwed.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Adolygiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Choose the notification that was sent.</source>
        <translation>Dewiswch yr hysbysiad a anfonwyd.</translation>
    </message>
    <message>
        <source>Choose the notification that is not needed.</source>
        <translation>Dewiswch yr hysbysiad nad oes ei angen.</translation>
    </message>
    <message>
        <source>Say why this notification is not needed.</source>
        <translation>Nodwch pam nad oes angen yr hysbysiad hwn.</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Camau a gymerwyd: %1</translation>
    </message>
    <message>
        <source>Observations due %1.</source>
        <translation>Arsylwadau&apos;n ddyledus: %1.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Adroddwyd gan</translation>
    </message>
    <message>
        <source>No resident</source>
        <translation>Dim preswylydd</translation>
    </message>
    <message>
        <source>%1 (safeguarding)</source>
        <translation>%1 (diogelu)</translation>
    </message>
    <message>
        <source>Awaiting review, over 24 hours</source>
        <translation>Yn aros am adolygiad, dros 24 awr</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <source>None to send</source>
        <translation>Dim i&apos;w anfon</translation>
    </message>
    <message numerus="yes">
        <source>%n to send, past due</source>
        <translation>
            <numerusform>%n i&apos;w hanfon, yn hwyr</numerusform>
            <numerusform>%n i&apos;w anfon, yn hwyr</numerusform>
            <numerusform>%n i&apos;w hanfon, yn hwyr</numerusform>
            <numerusform>%n i&apos;w hanfon, yn hwyr</numerusform>
            <numerusform>%n i&apos;w hanfon, yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n i&apos;w hanfon</numerusform>
            <numerusform>%n i&apos;w anfon</numerusform>
            <numerusform>%n i&apos;w hanfon</numerusform>
            <numerusform>%n i&apos;w hanfon</numerusform>
            <numerusform>%n i&apos;w hanfon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentNames</name>
    <message>
        <source>Fall</source>
        <translation>Cwymp</translation>
    </message>
    <message>
        <source>Medication error</source>
        <translation>Camgymeriad meddyginiaeth</translation>
    </message>
    <message>
        <source>Pressure ulcer</source>
        <translation>Briw pwyso</translation>
    </message>
    <message>
        <source>Skin tear</source>
        <translation>Rhwyg croen</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Anaf</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Ymddygiad</translation>
    </message>
    <message>
        <source>Choking</source>
        <translation>Tagu</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Haint</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Person ar goll</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Digwyddiad a fu bron â digwydd</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Marwolaeth</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>No harm</source>
        <translation>Dim niwed</translation>
    </message>
    <message>
        <source>Low harm</source>
        <translation>Niwed isel</translation>
    </message>
    <message>
        <source>Moderate harm</source>
        <translation>Niwed cymedrol</translation>
    </message>
    <message>
        <source>Severe harm</source>
        <translation>Niwed difrifol</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Wyneb</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Gwddf</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brest</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Cefn</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacrwm</translation>
    </message>
    <message>
        <source>Left shoulder</source>
        <translation>Ysgwydd chwith</translation>
    </message>
    <message>
        <source>Right shoulder</source>
        <translation>Ysgwydd dde</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Braich chwith</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Braich dde</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Llaw chwith</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Llaw dde</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Clun chwith</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Clun dde</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Coes chwith</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Coes dde</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Pen-glin chwith</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Pen-glin de</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Troed chwith</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Troed dde</translation>
    </message>
    <message>
        <source>Left heel</source>
        <translation>Sawdl chwith</translation>
    </message>
    <message>
        <source>Right heel</source>
        <translation>Sawdl dde</translation>
    </message>
</context>
<context>
    <name>IncidentNotifications</name>
    <message>
        <source>CQC: death of a resident</source>
        <translation>CQC: marwolaeth preswylydd</translation>
    </message>
    <message>
        <source>CQC: serious injury</source>
        <translation>CQC: anaf difrifol</translation>
    </message>
    <message>
        <source>CQC: abuse or allegation of abuse</source>
        <translation>CQC: cam-drin neu honiad o gam-drin</translation>
    </message>
    <message>
        <source>CQC: incident reported to or investigated by the police</source>
        <translation>CQC: digwyddiad a adroddwyd i&apos;r heddlu neu y mae&apos;r heddlu&apos;n ymchwilio iddo</translation>
    </message>
    <message>
        <source>CQC: request for a Deprivation of Liberty authorisation</source>
        <translation>CQC: cais am awdurdodiad Amddifadu o Ryddid</translation>
    </message>
    <message>
        <source>CQC: application to the Court of Protection</source>
        <translation>CQC: cais i&apos;r Llys Gwarchod</translation>
    </message>
    <message>
        <source>CQC: event that stops or may stop the service running safely</source>
        <translation>CQC: digwyddiad sy&apos;n atal, neu a allai atal, y gwasanaeth rhag gweithredu&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Safeguarding referral to the local authority</source>
        <translation>Atgyfeiriad diogelu i&apos;r awdurdod lleol</translation>
    </message>
    <message>
        <source>RIDDOR report to the HSE</source>
        <translation>Adroddiad RIDDOR i&apos;r HSE</translation>
    </message>
    <message>
        <source>Regulation 16, CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 16, CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(a) and (b), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(a) a (b), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(c), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(c), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(d), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(d), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(e), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(e), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(f), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(f), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Regulation 18(2)(g), CQC (Registration) Regulations 2009</source>
        <translation>Rheoliad 18(2)(g), CQC (Registration) Regulations 2009</translation>
    </message>
    <message>
        <source>Care Act 2014, section 42</source>
        <translation>Care Act 2014, adran 42</translation>
    </message>
    <message>
        <source>Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013</source>
        <translation>Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013</translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Rhoi gwybod am ddigwyddiad</translation>
    </message>
    <message>
        <source>Say what happened while it is fresh. A report cannot be changed once it is sent: a manager reviews it and adds what follows.</source>
        <translation>Dywedwch beth ddigwyddodd tra bo&apos;r cyfan yn ffres yn eich cof. Ni ellir newid adroddiad ar ôl ei anfon: bydd rheolwr yn ei adolygu ac yn ychwanegu&apos;r hyn sy&apos;n dilyn.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Cartref</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>&amp;Preswylydd</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Pr&amp;yd</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Wh&amp;ere</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>Room 12, the lounge, the garden path…</source>
        <translation>Ystafell 12, y lolfa, llwybr yr ardd…</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Beth dd&amp;igwyddodd</translation>
    </message>
    <message>
        <source>What was &amp;done at once</source>
        <translation>Beth a wnaed &amp;ar unwaith</translation>
    </message>
    <message>
        <source>&amp;Injuries</source>
        <translation>A&amp;nafiadau</translation>
    </message>
    <message>
        <source>None seen, a graze, a bruise 3 cm across…</source>
        <translation>Dim wedi&apos;i weld, crafiad, clais 3 cm o led…</translation>
    </message>
    <message>
        <source>Where on the &amp;body</source>
        <translation>Ble ar y c&amp;orff</translation>
    </message>
    <message>
        <source>The head was &amp;struck, or nobody saw the fall</source>
        <translation>Cafodd y pen ei &amp;daro, neu ni welodd neb y cwymp</translation>
    </message>
    <message>
        <source>Wit&amp;nesses</source>
        <translation>&amp;Tystion</translation>
    </message>
    <message>
        <source>Nobody, or who saw it</source>
        <translation>Neb, neu pwy a&apos;i gwelodd</translation>
    </message>
    <message>
        <source>This is a sa&amp;feguarding concern (only managers will see the report)</source>
        <translation>Mae hwn yn bryder dio&amp;gelu (dim ond rheolwyr fydd yn gweld yr adroddiad)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rhoi gwybod</translation>
    </message>
    <message>
        <source>No resident</source>
        <translation>Dim preswylydd</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Dywedwch beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Observations after a head injury</source>
        <translation>Arsylwadau ar ôl anaf i&apos;r pen</translation>
    </message>
    <message>
        <source>Next due: %1.</source>
        <translation>Yn ddyledus nesaf: %1.</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>Ble ar y corff</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>This incident cannot be opened: it may be of a home you do not manage, or a safeguarding concern you are not given to see.</source>
        <translation>Ni ellir agor y digwyddiad hwn: efallai ei fod yn perthyn i gartref nad ydych yn ei reoli, neu&apos;n bryder diogelu nad oes gennych hawl i&apos;w weld.</translation>
    </message>
    <message>
        <source>You may not change this notification: ask a manager of its home.</source>
        <translation>Ni chewch newid yr hysbysiad hwn: gofynnwch i reolwr yn ei gartref.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Cartref</translation>
    </message>
    <message>
        <source>Only those awaiting review or with a notification to &amp;send</source>
        <translation>Dim ond y rhai sy&apos;n aros am adolygiad neu sydd â hysbysiad i&apos;w &amp;anfon</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>&amp;Rhoi gwybod am ddigwyddiad…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <source>Every home</source>
        <translation>Pob cartref</translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation>Wrthi&apos;n darllen y digwyddiadau…</translation>
    </message>
    <message>
        <source>No incident is waiting for review or a notification.</source>
        <translation>Nid oes unrhyw ddigwyddiad yn aros am adolygiad na hysbysiad.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Dim digwyddiadau.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) shown.</source>
        <translation>
            <numerusform>Yn dangos %n digwyddiad.</numerusform>
            <numerusform>Yn dangos %n digwyddiad.</numerusform>
            <numerusform>Yn dangos %n digwyddiad.</numerusform>
            <numerusform>Yn dangos %n digwyddiad.</numerusform>
            <numerusform>Yn dangos %n digwyddiad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionEvidenceStore</name>
    <message>
        <source>There is no such home or key question, or the period ends before it starts.</source>
        <translation>Nid oes cartref na chwestiwn allweddol o&apos;r fath, neu mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau.</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Show the evidence</source>
        <translation>&amp;Dangos y dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Argraffu...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Cadw fel &amp;PDF...</translation>
    </message>
    <message>
        <source>Evidence for an inspection</source>
        <translation>Tystiolaeth ar gyfer arolygiad</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Cartref:</translation>
    </message>
    <message>
        <source>&amp;Key question:</source>
        <translation>C&amp;westiwn allweddol:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;O&quot; sydd cyn y dyddiad &quot;Hyd at&quot;.</translation>
    </message>
    <message>
        <source>Reading the evidence...</source>
        <translation>Wrthi&apos;n darllen y dystiolaeth...</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>Nid oedd modd darllen y dystiolaeth: %1</translation>
    </message>
    <message>
        <source>%1, read at %2.</source>
        <translation>%1, darllenwyd ar %2.</translation>
    </message>
    <message>
        <source>Evidence up to</source>
        <translation>Tystiolaeth hyd at</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Y dystiolaeth</translation>
    </message>
</context>
<context>
    <name>LanguageComboBox</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>This station is locked</source>
        <translation>Mae&apos;r orsaf hon wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Mewngofnodi fel &amp;rhywun arall</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>%1 (%2) was signed in. Their unsaved work is kept for them: they type their password to carry on.</source>
        <translation>Roedd %1 (%2) wedi mewngofnodi. Mae&apos;r gwaith nad oedd wedi&apos;i gadw yn cael ei gadw ar eu cyfer: dylen nhw deipio eu cyfrinair i barhau.</translation>
    </message>
    <message>
        <source>%1 (%2) was signed in: they type their password to carry on.</source>
        <translation>Roedd %1 (%2) wedi mewngofnodi: dylen nhw deipio eu cyfrinair i barhau.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Teipiwch eich cyfrinair.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Write Care Notes</source>
        <translation>Write Care Notes</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Wrthi&apos;n agor y gronfa ddata…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Ceisio eto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Write Care Notes</source>
        <translation>&amp;Ynghylch Write Care Notes</translation>
    </message>
    <message>
        <source>Starting the database on this computer. The first start takes a few seconds.</source>
        <translation>Wrthi&apos;n cychwyn y gronfa ddata ar y cyfrifiadur hwn. Mae&apos;r cychwyn cyntaf yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Connecting to the database server.</source>
        <translation>Wrthi&apos;n cysylltu â gweinydd y gronfa ddata.</translation>
    </message>
    <message>
        <source>Database: %1 (PostgreSQL %2)</source>
        <translation>Cronfa ddata: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Sgema %1</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Ni ellir agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Not connected to the database.</source>
        <translation>Heb gysylltu â&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>About Write Care Notes</source>
        <translation>Ynghylch Write Care Notes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Write Care Notes&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Care recording for care homes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Write Care Notes&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Cofnodi gofal ar gyfer cartrefi gofal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Lock this station</source>
        <translation>&amp;Cloi&apos;r orsaf hon</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Newid cyfrinair…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>You need to choose your own password before you can carry on.</source>
        <translation>Mae angen i chi ddewis eich cyfrinair eich hun cyn y gallwch barhau.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Mae eich cyfrinair wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Preswylwyr</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation>Wedi mewngofnodi: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Shift board</source>
        <translation>Bwrdd y shifft</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Cartrefi</translation>
    </message>
    <message>
        <source>Database: %1 cannot be reached, trying again</source>
        <translation>Cronfa ddata: ni ellir cyrraedd %1, wrthi&apos;n ceisio eto</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Asesiadau&apos;n ddyledus</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet sent to the server. Kept on this station, encrypted, they will be sent when the server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.</source>
        <translation>
            <numerusform>%n nodyn heb eu hanfon i&apos;r gweinydd eto. Maen nhw&apos;n cael eu cadw ar yr orsaf hon, wedi&apos;u hamgryptio, a byddan nhw&apos;n cael eu hanfon pan fydd y gweinydd ar gael eto os bydd Write Care Notes yn aros ar agor; os byddwch yn gadael, byddan nhw&apos;n cael eu hanfon y tro nesaf y byddwch yn mewngofnodi ar yr orsaf hon.</numerusform>
            <numerusform>%n nodyn heb ei anfon i&apos;r gweinydd eto. Mae&apos;n cael ei gadw ar yr orsaf hon, wedi&apos;i amgryptio, a bydd yn cael ei anfon pan fydd y gweinydd ar gael eto os bydd Write Care Notes yn aros ar agor; os byddwch yn gadael, bydd yn cael ei anfon y tro nesaf y byddwch yn mewngofnodi ar yr orsaf hon.</numerusform>
            <numerusform>%n nodyn heb eu hanfon i&apos;r gweinydd eto. Maen nhw&apos;n cael eu cadw ar yr orsaf hon, wedi&apos;u hamgryptio, a byddan nhw&apos;n cael eu hanfon pan fydd y gweinydd ar gael eto os bydd Write Care Notes yn aros ar agor; os byddwch yn gadael, byddan nhw&apos;n cael eu hanfon y tro nesaf y byddwch yn mewngofnodi ar yr orsaf hon.</numerusform>
            <numerusform>%n nodyn heb eu hanfon i&apos;r gweinydd eto. Maen nhw&apos;n cael eu cadw ar yr orsaf hon, wedi&apos;u hamgryptio, a byddan nhw&apos;n cael eu hanfon pan fydd y gweinydd ar gael eto os bydd Write Care Notes yn aros ar agor; os byddwch yn gadael, byddan nhw&apos;n cael eu hanfon y tro nesaf y byddwch yn mewngofnodi ar yr orsaf hon.</numerusform>
            <numerusform>%n nodyn heb eu hanfon i&apos;r gweinydd eto. Maen nhw&apos;n cael eu cadw ar yr orsaf hon, wedi&apos;u hamgryptio, a byddan nhw&apos;n cael eu hanfon pan fydd y gweinydd ar gael eto os bydd Write Care Notes yn aros ar agor; os byddwch yn gadael, byddan nhw&apos;n cael eu hanfon y tro nesaf y byddwch yn mewngofnodi ar yr orsaf hon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not yet sent</source>
        <translation>Nodiadau heb eu hanfon eto</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Gadael beth bynnag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The database on this computer has stopped: starting it again</source>
        <translation>Mae&apos;r gronfa ddata ar y cyfrifiadur hwn wedi stopio: wrthi&apos;n ei chychwyn eto</translation>
    </message>
    <message>
        <source>The database on this computer has stopped and could not be started again: %1</source>
        <translation>Mae&apos;r gronfa ddata ar y cyfrifiadur hwn wedi stopio ac nid oedd modd ei chychwyn eto: %1</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Archwiliadau</translation>
    </message>
    <message>
        <source>The database stopped and was started again at %1; nothing saved was lost.</source>
        <translation>Stopiodd y gronfa ddata a chafodd ei chychwyn eto am %1; ni chollwyd dim a gadwyd.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Records kept</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Write Care Notes: demonstration home</source>
        <translation>Write Care Notes: cartref arddangos</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Newid yr iaith</translation>
    </message>
    <message>
        <source>The pages are built again in the other language, and what you have typed and not saved on these would be lost: %1. Save it first, or change the language anyway.</source>
        <translation>Caiff y tudalennau eu hadeiladu eto yn yr iaith arall, a byddai&apos;r hyn a deipiwyd gennych ac nas cadwyd ar y rhain yn cael ei golli: %1. Cadwch ef yn gyntaf, neu newidiwch yr iaith beth bynnag.</translation>
    </message>
    <message>
        <source>Change anyway</source>
        <translation>Newid beth bynnag</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
</context>
<context>
    <name>MedicalNotesKeys</name>
    <message>
        <source>No random key could be made for the medical notes: the system&apos;s random number source failed.</source>
        <translation>Nid oedd modd creu allwedd ar hap ar gyfer y nodiadau meddygol: methodd ffynhonnell rhifau ar hap y system.</translation>
    </message>
    <message>
        <source>The existing key file %1 cannot be set aside: check the folder&apos;s permissions.</source>
        <translation>Ni ellir symud y ffeil allwedd bresennol %1 o&apos;r neilltu: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The key file %1 for the medical notes cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation>Ni ellir ysgrifennu&apos;r ffeil allwedd %1 ar gyfer y nodiadau meddygol: gwiriwch nad yw&apos;r ddisg yn llawn a bod modd ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The key file for the medical notes cannot be recorded in the database (%1).</source>
        <translation>Ni ellir cofnodi&apos;r ffeil allwedd ar gyfer y nodiadau meddygol yn y gronfa ddata (%1).</translation>
    </message>
    <message>
        <source>This database already has its key file, %1: keys are set up once (use rotate-keys to change them).</source>
        <translation>Mae gan y gronfa ddata hon ei ffeil allwedd eisoes, %1: dim ond unwaith y caiff allweddi eu gosod (defnyddiwch rotate-keys i&apos;w newid).</translation>
    </message>
    <message>
        <source>The key file must be given as a full path on the database server, without quotation marks, $, ` or backslashes.</source>
        <translation>Rhaid rhoi&apos;r ffeil allwedd fel llwybr llawn ar weinydd y gronfa ddata, heb ddyfynodau, $, ` na slaesau ôl.</translation>
    </message>
    <message>
        <source>The database server cannot be asked about %1 (%2): run init-keys as a PostgreSQL superuser.</source>
        <translation>Ni ellir holi gweinydd y gronfa ddata am %1 (%2): rhedwch init-keys fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>A file %1 already exists on the database server; it is never overwritten: choose another path.</source>
        <translation>Mae ffeil %1 yn bodoli eisoes ar weinydd y gronfa ddata; nid yw byth yn cael ei throsysgrifo: dewiswch lwybr arall.</translation>
    </message>
    <message>
        <source>The database server could not write the key file %1 (%2): check that its folder exists and the server&apos;s account may write there.</source>
        <translation>Nid oedd modd i weinydd y gronfa ddata ysgrifennu&apos;r ffeil allwedd %1 (%2): gwiriwch fod ei ffolder yn bodoli a bod gan gyfrif y gweinydd hawl i ysgrifennu yno.</translation>
    </message>
    <message>
        <source>The key file cannot be recorded in the database (%1).</source>
        <translation>Ni ellir cofnodi&apos;r ffeil allwedd yn y gronfa ddata (%1).</translation>
    </message>
    <message>
        <source>No key for the medical notes is set up: ask whoever runs the database to run &quot;writecarenotes-admin init-keys&quot;.</source>
        <translation>Nid oes allwedd wedi&apos;i gosod ar gyfer y nodiadau meddygol: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata redeg &quot;writecarenotes-admin init-keys&quot;.</translation>
    </message>
    <message>
        <source>The key file %1 that protects the medical notes cannot be read (%2): restore it from a backup; without it no medical note can be read.</source>
        <translation>Ni ellir darllen y ffeil allwedd %1 sy&apos;n diogelu&apos;r nodiadau meddygol (%2): adferwch hi o gopi wrth gefn; hebddi, ni ellir darllen unrhyw nodyn meddygol.</translation>
    </message>
    <message>
        <source>The organizations cannot be read (%1): run rotate-keys as the database&apos;s owner.</source>
        <translation>Ni ellir darllen y sefydliadau (%1): rhedwch rotate-keys fel perchennog y gronfa ddata.</translation>
    </message>
    <message>
        <source>A new key cannot be made (%1).</source>
        <translation>Ni ellir creu allwedd newydd (%1).</translation>
    </message>
    <message>
        <source>The medical notes could not all be re-encrypted (%1); those done are safe under the new key, the rest under the old: run rotate-keys again.</source>
        <translation>Nid oedd modd ail-amgryptio&apos;r holl nodiadau meddygol (%1); mae&apos;r rhai a wnaed yn ddiogel o dan yr allwedd newydd, a&apos;r gweddill o dan yr hen un: rhedwch rotate-keys eto.</translation>
    </message>
    <message>
        <source>A key file %1 already exists; it is never overwritten: if it is the wrong one, move it elsewhere first.</source>
        <translation>Mae ffeil allwedd %1 yn bodoli eisoes; ni chaiff byth ei throsysgrifo: os mai&apos;r un anghywir yw hi, symudwch hi i rywle arall yn gyntaf.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2).</source>
        <translation>Ni ellir darllen y ffeil allwedd %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not a Write Care Notes master key.</source>
        <translation>Nid yw&apos;r ffeil %1 yn brif allwedd Write Care Notes.</translation>
    </message>
    <message>
        <source>Two different master keys are on this computer, %1 (the one the database names) and %2, so Write Care Notes uses neither: move the wrong one elsewhere, then start again.</source>
        <translation>Mae dwy brif allwedd wahanol ar y cyfrifiadur hwn, %1 (yr un y mae&apos;r gronfa ddata yn ei henwi) a %2, felly nid yw Write Care Notes yn defnyddio&apos;r un ohonynt: symudwch yr un anghywir i rywle arall, yna dechreuwch eto.</translation>
    </message>
    <message>
        <source>The master key of the medical notes cannot be moved to %1: %2</source>
        <translation>Ni ellir symud prif allwedd y nodiadau meddygol i %1: %2</translation>
    </message>
    <message>
        <source>The key file for the medical notes cannot be recorded in the database.</source>
        <translation>Ni ellir cofnodi&apos;r ffeil allwedd ar gyfer y nodiadau meddygol yn y gronfa ddata.</translation>
    </message>
    <message>
        <source>No key for the medical notes is set up.</source>
        <translation>Nid oes allwedd wedi&apos;i gosod ar gyfer y nodiadau meddygol.</translation>
    </message>
    <message>
        <source>The key in %1 does not open this database&apos;s medical notes: it is another database&apos;s key, or another recovery key was typed. Move that file elsewhere and put this database&apos;s key back with &quot;writecarenotes-admin restore-key&quot;.</source>
        <translation>Nid yw&apos;r allwedd yn %1 yn agor nodiadau meddygol y gronfa ddata hon: allwedd cronfa ddata arall yw hi, neu teipiwyd allwedd adfer arall. Symudwch y ffeil honno i rywle arall a rhowch allwedd y gronfa ddata hon yn ôl gyda &quot;writecarenotes-admin restore-key&quot;.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database&apos;s schema version cannot be read (%1): check the connection, then try again.</source>
        <translation>Ni ellir darllen fersiwn sgema&apos;r gronfa ddata (%1): gwiriwch y cysylltiad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The database&apos;s schema history cannot be read (%1): the user in the connection settings may lack permission to read schema_versions.</source>
        <translation>Ni ellir darllen hanes sgema&apos;r gronfa ddata (%1): efallai nad oes gan y defnyddiwr yn y gosodiadau cysylltu ganiatâd i ddarllen schema_versions.</translation>
    </message>
    <message>
        <source>The database is at schema %1 but this Write Care Notes knows only up to %2: install the newer version.</source>
        <translation>Mae&apos;r gronfa ddata ar sgema %1, ond dim ond hyd at %2 y mae&apos;r fersiwn hon o Write Care Notes yn ei wybod: gosodwch y fersiwn fwy newydd.</translation>
    </message>
    <message>
        <source>The database has schema migration %1 (&quot;%2&quot;), which this Write Care Notes does not know: install the version of Write Care Notes that the database was set up with.</source>
        <translation>Mae cam mudo sgema %1 (&quot;%2&quot;) wedi&apos;i gymhwyso i&apos;r gronfa ddata, ond nid yw&apos;r fersiwn hon o Write Care Notes yn ei adnabod: gosodwch y fersiwn o Write Care Notes y sefydlwyd y gronfa ddata gyda hi.</translation>
    </message>
    <message>
        <source>Schema migration %1 (&quot;%2&quot;) in this Write Care Notes differs from the one applied to the database on %3, and an applied migration must never change: install the release of Write Care Notes that matches the database, or report this to its developers.</source>
        <translation>Mae cam mudo sgema %1 (&quot;%2&quot;) yn y fersiwn hon o Write Care Notes yn wahanol i&apos;r un a gymhwyswyd i&apos;r gronfa ddata ar %3, ac ni ddylai cam mudo a gymhwyswyd fyth newid: gosodwch y fersiwn o Write Care Notes sy&apos;n cyfateb i&apos;r gronfa ddata, neu rhowch wybod am hyn i&apos;w datblygwyr.</translation>
    </message>
    <message>
        <source>Schema migration %1 was never applied to the database, yet later ones were, so its history is out of order: report this to the developers of Write Care Notes.</source>
        <translation>Ni chymhwyswyd cam mudo sgema %1 i&apos;r gronfa ddata erioed, ond cymhwyswyd rhai diweddarach, felly mae ei hanes allan o drefn: rhowch wybod am hyn i ddatblygwyr Write Care Notes.</translation>
    </message>
    <message>
        <source>Schema migration %1 could not lock the tables it changes because they are in use, so the database stays at schema %2: close Write Care Notes on every station, then migrate again.</source>
        <translation>Ni allai cam mudo sgema %1 gloi&apos;r tablau y mae&apos;n eu newid gan eu bod yn cael eu defnyddio, felly mae&apos;r gronfa ddata yn aros ar sgema %2: caewch Write Care Notes ar bob gorsaf, yna rhedwch y mudo eto.</translation>
    </message>
    <message>
        <source>The database user in the connection settings may not change the schema, so the database stays at schema %1 (%2): run the migration as the database&apos;s owner.</source>
        <translation>Ni chaiff defnyddiwr y gronfa ddata yn y gosodiadau cysylltu newid y sgema, felly mae&apos;r gronfa ddata yn aros ar sgema %1 (%2): rhedwch y mudo fel perchennog y gronfa ddata.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (llinell %1)</translation>
    </message>
    <message>
        <source>Schema migration %1 (&quot;%2&quot;) failed, so none of it was applied and the database stays at schema %3: %4%5.</source>
        <translation>Methodd cam mudo sgema %1 (&quot;%2&quot;), felly ni chymhwyswyd dim ohono ac mae&apos;r gronfa ddata yn aros ar sgema %3: %4%5.</translation>
    </message>
    <message>
        <source>The database connection is not open, so nothing was migrated: connect, then try again.</source>
        <translation>Nid yw&apos;r cysylltiad â&apos;r gronfa ddata ar agor, felly ni chafodd dim ei fudo: cysylltwch, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The schema cannot be migrated (%1): check the connection, then try again.</source>
        <translation>Ni ellir mudo&apos;r sgema (%1): gwiriwch y cysylltiad, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The database user in the connection settings may not create tables, so the schema cannot be set up: run the migration as the database&apos;s owner.</source>
        <translation>Ni chaiff defnyddiwr y gronfa ddata yn y gosodiadau cysylltu greu tablau, felly ni ellir sefydlu&apos;r sgema: rhedwch y mudo fel perchennog y gronfa ddata.</translation>
    </message>
    <message>
        <source>The schema history table cannot be created (%1).</source>
        <translation>Ni ellir creu tabl hanes y sgema (%1).</translation>
    </message>
    <message>
        <source>The PostgreSQL server lacks the %1 extension that Write Care Notes needs, so the database stays at schema %2: install it on the server (on Debian it comes with the postgresql-15 package, elsewhere with postgresql-contrib), then try again.</source>
        <translation>Nid oes gan y gweinydd PostgreSQL yr estyniad %1 sydd ei angen ar Write Care Notes, felly mae&apos;r gronfa ddata yn aros ar sgema %2: gosodwch ef ar y gweinydd (ar Debian mae&apos;n dod gyda&apos;r pecyn postgresql-15, ac mewn mannau eraill gyda postgresql-contrib), yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>This Write Care Notes has two schema migrations numbered %1, so it cannot tell which to apply: report this to its developers.</source>
        <translation>Mae gan y fersiwn hon o Write Care Notes ddau gam mudo sgema â&apos;r rhif %1, felly ni all wybod pa un i&apos;w gymhwyso: rhowch wybod am hyn i&apos;w datblygwyr.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost during schema migration %1: run &quot;writecarenotes-admin status&quot; to see whether it was applied, then migrate again.</source>
        <translation>Collwyd y cysylltiad â gweinydd y gronfa ddata yn ystod cam mudo sgema %1: rhedwch &quot;writecarenotes-admin status&quot; i weld a gafodd ei gymhwyso, yna rhedwch y mudo eto.</translation>
    </message>
    <message>
        <source>Another station or administrator has been migrating this database for ten minutes: find out who, let it finish, then try again.</source>
        <translation>Mae gorsaf neu weinyddwr arall wedi bod yn mudo&apos;r gronfa ddata hon ers deng munud: darganfyddwch pwy, gadewch i&apos;r mudo orffen, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The database user in the connection settings can neither set up Write Care Notes&apos; roles nor act as its owner role, so the database stays at schema %1: run the migration as a PostgreSQL superuser.</source>
        <translation>Ni all defnyddiwr y gronfa ddata yn y gosodiadau cysylltu sefydlu rolau Write Care Notes na gweithredu fel ei rôl perchennog, felly mae&apos;r gronfa ddata yn aros ar sgema %1: rhedwch y mudo fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>MustTool</name>
    <message>
        <source>&apos;MUST&apos;, the Malnutrition Universal Screening Tool: BAPEN Malnutrition Advisory Group, 2003, revised 2011 (flowchart and explanatory booklet)</source>
        <translation>&apos;MUST&apos;, yr Offeryn Sgrinio Cyffredinol ar gyfer Diffyg Maeth (Malnutrition Universal Screening Tool): Grŵp Cynghori ar Ddiffyg Maeth BAPEN, 2003, diwygiwyd 2011 (siart llif a llyfryn esboniadol)</translation>
    </message>
    <message>
        <source>How the height is known</source>
        <translation>Sut y gwyddys y taldra</translation>
    </message>
    <message>
        <source>Measured today</source>
        <translation>Wedi&apos;i fesur heddiw</translation>
    </message>
    <message>
        <source>Recently documented or reported by the resident (reliable)</source>
        <translation>Wedi&apos;i gofnodi&apos;n ddiweddar neu wedi&apos;i nodi gan y preswylydd (dibynadwy)</translation>
    </message>
    <message>
        <source>Cannot be measured or recalled: use the mid upper arm</source>
        <translation>Ni ellir ei fesur na&apos;i gofio: defnyddiwch ganol rhan uchaf y fraich</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taldra</translation>
    </message>
    <message>
        <source>Weight today</source>
        <translation>Pwysau heddiw</translation>
    </message>
    <message>
        <source>Mid upper arm circumference (MUAC)</source>
        <translation>Cylchedd canol rhan uchaf y fraich (MUAC)</translation>
    </message>
    <message>
        <source>Left arm, shoulder to elbow, measured at the midpoint. Under 23.5 cm the BMI is likely to be under 20; over 32.0 cm it is likely to be over 30.</source>
        <translation>Y fraich chwith, o&apos;r ysgwydd i&apos;r penelin, wedi&apos;i mesur yn y canolbwynt. O dan 23.5 cm mae&apos;r BMI yn debygol o fod o dan 20; dros 32.0 cm mae&apos;n debygol o fod dros 30.</translation>
    </message>
    <message>
        <source>BMI judged from the arm and how the resident looks</source>
        <translation>BMI wedi&apos;i amcangyfrif o&apos;r fraich ac o olwg y preswylydd</translation>
    </message>
    <message>
        <source>Over 20 (score 0)</source>
        <translation>Dros 20 (sgôr 0)</translation>
    </message>
    <message>
        <source>18.5 to 20 (score 1)</source>
        <translation>18.5 i 20 (sgôr 1)</translation>
    </message>
    <message>
        <source>Under 18.5 (score 2)</source>
        <translation>O dan 18.5 (sgôr 2)</translation>
    </message>
    <message>
        <source>How the weight loss is known</source>
        <translation>Sut y gwyddys am y colli pwysau</translation>
    </message>
    <message>
        <source>Not recorded: judge the loss (loose clothes, rings, history)</source>
        <translation>Heb ei gofnodi: amcangyfrifwch y colli (dillad llac, modrwyau, hanes)</translation>
    </message>
    <message>
        <source>Weight 3 to 6 months ago</source>
        <translation>Pwysau 3 i 6 mis yn ôl</translation>
    </message>
    <message>
        <source>Unplanned weight loss in the past 3 to 6 months</source>
        <translation>Colli pwysau heb ei gynllunio yn ystod y 3 i 6 mis diwethaf</translation>
    </message>
    <message>
        <source>Less than 5% (score 0)</source>
        <translation>Llai na 5% (sgôr 0)</translation>
    </message>
    <message>
        <source>5 to 10% (score 1)</source>
        <translation>5 i 10% (sgôr 1)</translation>
    </message>
    <message>
        <source>More than 10% (score 2)</source>
        <translation>Mwy na 10% (sgôr 2)</translation>
    </message>
    <message>
        <source>Acute disease effect</source>
        <translation>Effaith salwch acíwt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac oes</translation>
    </message>
    <message>
        <source>Acutely ill and there has been, or is likely to be, no nutritional intake for more than 5 days (score 2)</source>
        <translation>Salwch acíwt, ac ni fu, neu mae&apos;n debygol na fydd, unrhyw gymeriant maethol am fwy na 5 diwrnod (sgôr 2)</translation>
    </message>
    <message>
        <source>BMI %1 kg/m²</source>
        <translation>BMI %1 kg/m²</translation>
    </message>
    <message>
        <source>Obese (BMI over 30): record it. Underlying conditions are generally controlled before obesity is treated.</source>
        <translation>Gordew (BMI dros 30): cofnodwch hyn. Fel arfer, caiff cyflyrau sylfaenol eu rheoli cyn trin gordewdra.</translation>
    </message>
    <message>
        <source>BMI judged from the mid upper arm</source>
        <translation>BMI wedi&apos;i amcangyfrif o ganol rhan uchaf y fraich</translation>
    </message>
    <message>
        <source>Weight loss %1%</source>
        <translation>Colli pwysau %1%</translation>
    </message>
    <message>
        <source>Weight loss (judged)</source>
        <translation>Colli pwysau (amcangyfrif)</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risg isel</translation>
    </message>
    <message>
        <source>Routine clinical care: repeat the screening monthly.</source>
        <translation>Gofal clinigol arferol: ailadroddwch y sgrinio bob mis.</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risg ganolig</translation>
    </message>
    <message>
        <source>Observe: record what is eaten and drunk for 3 days. If intake is adequate, little concern: repeat the screening monthly. If not, a clinical concern: follow the home&apos;s policy, set goals, improve and increase overall nutritional intake, and monitor and review the care plan regularly.</source>
        <translation>Arsylwi: cofnodwch yr hyn a fwyteir ac a yfir am 3 diwrnod. Os yw&apos;r cymeriant yn ddigonol, ychydig o bryder: ailadroddwch y sgrinio bob mis. Os nad yw, pryder clinigol: dilynwch bolisi&apos;r cartref, gosodwch nodau, gwellwch a chynyddwch y cymeriant maethol cyffredinol, a monitrwch ac adolygwch y cynllun gofal yn rheolaidd.</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risg uchel</translation>
    </message>
    <message>
        <source>Treat: refer to a dietitian or the nutritional support team, or follow the home&apos;s policy. Set goals, improve and increase overall nutritional intake, and monitor and review the care plan monthly.</source>
        <translation>Trin: atgyfeiriwch at ddietegydd neu&apos;r tîm cymorth maeth, neu dilynwch bolisi&apos;r cartref. Gosodwch nodau, gwellwch a chynyddwch y cymeriant maethol cyffredinol, a monitrwch ac adolygwch y cynllun gofal bob mis.</translation>
    </message>
    <message>
        <source>For every risk level: treat the underlying condition, help and advise on food choices, eating and drinking, record the risk level and any special diet.</source>
        <translation>Ar gyfer pob lefel risg: triniwch y cyflwr sylfaenol, helpwch a chynghorwch ynghylch dewisiadau bwyd, bwyta ac yfed, a chofnodwch y lefel risg ac unrhyw ddeiet arbennig.</translation>
    </message>
    <message>
        <source>Weighed then and now: both weights given</source>
        <translation>Pwyswyd bryd hynny a nawr: rhoddir y ddau bwysau</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>low risk</source>
        <translation>risg isel</translation>
    </message>
    <message>
        <source>low-medium risk (3 in one parameter)</source>
        <translation>risg isel i ganolig (3 mewn un paramedr)</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>risg ganolig</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>risg uchel</translation>
    </message>
    <message>
        <source>Emergency response: call 999 or the emergency team now, and monitor continuously.</source>
        <translation>Ymateb argyfwng: ffoniwch 999 neu&apos;r tîm argyfwng nawr, a monitrwch yn barhaus.</translation>
    </message>
    <message>
        <source>Urgent response: tell the nurse in charge and contact the GP or 111 now; observations at least every hour.</source>
        <translation>Ymateb brys: dywedwch wrth y nyrs sy&apos;n gyfrifol a chysylltwch â&apos;r meddyg teulu neu 111 nawr; arsylwadau o leiaf bob awr.</translation>
    </message>
    <message>
        <source>Urgent review: tell the nurse in charge now; observations at least every hour.</source>
        <translation>Adolygiad brys: dywedwch wrth y nyrs sy&apos;n gyfrifol nawr; arsylwadau o leiaf bob awr.</translation>
    </message>
    <message>
        <source>Tell the nurse in charge; observations every 4 to 6 hours.</source>
        <translation>Dywedwch wrth y nyrs sy&apos;n gyfrifol; arsylwadau bob 4 i 6 awr.</translation>
    </message>
    <message>
        <source>Routine: observations at least every 12 hours.</source>
        <translation>Arferol: arsylwadau o leiaf bob 12 awr.</translation>
    </message>
    <message>
        <source>respiration rate</source>
        <translation>cyfradd anadlu</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>air or oxygen</source>
        <translation>aer neu ocsigen</translation>
    </message>
    <message>
        <source>systolic blood pressure</source>
        <translation>pwysedd gwaed systolig</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>cyfradd curiad y galon</translation>
    </message>
    <message>
        <source>consciousness</source>
        <translation>ymwybyddiaeth</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>tymheredd</translation>
    </message>
    <message>
        <source>NEWS2 %1, %2</source>
        <translation>NEWS2 %1, %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Take the missing observations now: without them the score and the response are not known.</source>
        <translation>Cymerwch yr arsylwadau sydd ar goll nawr: hebddynt, nid yw&apos;r sgôr na&apos;r ymateb yn hysbys.</translation>
    </message>
    <message>
        <source>NEWS2 incomplete: not taken: %1</source>
        <translation>NEWS2 anghyflawn: heb eu cymryd: %1</translation>
    </message>
    <message>
        <source>%1; already %2 from those taken: escalate</source>
        <translation>%1; mae&apos;r rhai a gymerwyd eisoes yn rhoi %2: uwchgyfeiriwch</translation>
    </message>
    <message>
        <source>%1; already 3 in one parameter: escalate</source>
        <translation>%1; mae un paramedr eisoes yn 3: uwchgyfeiriwch</translation>
    </message>
</context>
<context>
    <name>News2Assessment</name>
    <message>
        <source>NEWS2: Royal College of Physicians, National Early Warning Score (NEWS) 2, December 2017 (chart 1, chart 2 for SpO2 scale 2, table 2)</source>
        <translation>NEWS2: Coleg Brenhinol y Meddygon, National Early Warning Score (NEWS) 2, Rhagfyr 2017 (siart 1, siart 2 ar gyfer graddfa SpO2 2, tabl 2)</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>Cyfradd anadlu</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation>Graddfa SpO2</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Graddfa 1</translation>
    </message>
    <message>
        <source>Scale 2: only for hypercapnic respiratory failure, when a doctor says so</source>
        <translation>Graddfa 2: dim ond ar gyfer methiant anadlol hypercapnig, pan fydd meddyg yn dweud hynny</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>Aer neu ocsigen</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aer</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Ocsigen</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pwysedd gwaed systolig</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Cyfradd curiad y galon</translation>
    </message>
    <message>
        <source>Consciousness (ACVPU)</source>
        <translation>Ymwybyddiaeth (ACVPU)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Effro</translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation>Dryswch newydd</translation>
    </message>
    <message>
        <source>Responds to voice</source>
        <translation>Yn ymateb i lais</translation>
    </message>
    <message>
        <source>Responds to pain</source>
        <translation>Yn ymateb i boen</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Dim ymateb</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Tymheredd</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>&amp;Time of care</source>
        <translation>&amp;Amser y gofal</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Cywiriad</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction</source>
        <translation>Rheswm dros y &amp;cywiriad</translation>
    </message>
    <message>
        <source>for example: wrong resident, wrong amount</source>
        <translation>er enghraifft: preswylydd anghywir, swm anghywir</translation>
    </message>
    <message>
        <source>Care delivered</source>
        <translation>Gofal a ddarparwyd</translation>
    </message>
    <message>
        <source>&amp;Personal care</source>
        <translation>&amp;Gofal personol</translation>
    </message>
    <message>
        <source>&amp;Eating</source>
        <translation>&amp;Bwyta</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>sut aeth pethau</translation>
    </message>
    <message>
        <source>&amp;Drinking</source>
        <translation>&amp;Yfed</translation>
    </message>
    <message>
        <source>what: tea, water ...</source>
        <translation>beth: te, dŵr ...</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>C&amp;ontinence</source>
        <translation>Y&amp;mataliaeth</translation>
    </message>
    <message>
        <source>&amp;Repositioning</source>
        <translation>&amp;Newid safle</translation>
    </message>
    <message>
        <source>skin, comfort</source>
        <translation>croen, cysur</translation>
    </message>
    <message>
        <source>&amp;Mobility</source>
        <translation>&amp;Symudedd</translation>
    </message>
    <message>
        <source>S&amp;leep</source>
        <translation>C&amp;wsg</translation>
    </message>
    <message>
        <source>Moo&amp;d and behaviour</source>
        <translation>&amp;Hwyliau ac ymddygiad</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>Gweithgaredda&amp;u</translation>
    </message>
    <message>
        <source>V&amp;isitors</source>
        <translation>Ymwe&amp;lwyr</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>&amp;Temperature (°C)</source>
        <translation>&amp;Tymheredd (°C)</translation>
    </message>
    <message>
        <source>P&amp;ulse (/min)</source>
        <translation>Cyfradd curiad y gal&amp;on (/min)</translation>
    </message>
    <message>
        <source>Respiration &amp;rate (/min)</source>
        <translation>Cyf&amp;radd anadlu (/min)</translation>
    </message>
    <message>
        <source>&amp;Blood pressure (mmHg)</source>
        <translation>&amp;Pwysedd gwaed (mmHg)</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>systolig</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastolig</translation>
    </message>
    <message>
        <source>&amp;SpO2 (%)</source>
        <translation>&amp;SpO2 (%)</translation>
    </message>
    <message>
        <source>&amp;Air or oxygen</source>
        <translation>A&amp;er neu ocsigen</translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU)</source>
        <translation>Ymwybydd&amp;iaeth (ACVPU)</translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation>Pwysau (&amp;kg)</translation>
    </message>
    <message>
        <source>Blood &amp;glucose (mmol/L)</source>
        <translation>Glwcos yn y gwae&amp;d (mmol/L)</translation>
    </message>
    <message>
        <source>Bowels (Bristol t&amp;ype)</source>
        <translation>Coluddion (ma&amp;th Bristol)</translation>
    </message>
    <message>
        <source>Escalation: this score needs a response now</source>
        <translation>Uwchgyfeirio: mae angen ymateb i&apos;r sgôr nawr</translation>
    </message>
    <message>
        <source>What you &amp;did</source>
        <translation>Beth a &amp;wnaethoch</translation>
    </message>
    <message>
        <source>for example: called 111, rechecked in 30 minutes</source>
        <translation>er enghraifft: ffoniwyd 111, ailwiriwyd ymhen 30 munud</translation>
    </message>
    <message>
        <source>Who you &amp;told</source>
        <translation>Pwy a gafodd wy&amp;bod</translation>
    </message>
    <message>
        <source>name and role, for example: nurse in charge</source>
        <translation>enw a rôl, er enghraifft: y nyrs sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>Narati&amp;f</translation>
    </message>
    <message>
        <source>Back to the board (Esc)</source>
        <translation>Yn ôl i&apos;r bwrdd (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save note (Ctrl+Enter)</source>
        <translation>&amp;Cadw&apos;r nodyn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>meal...</source>
        <translation>pryd bwyd...</translation>
    </message>
    <message>
        <source>amount eaten...</source>
        <translation>faint a fwytawyd...</translation>
    </message>
    <message>
        <source>position...</source>
        <translation>safle...</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Graddfa 1</translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92%)</source>
        <translation>Graddfa 2 (targed 88-92%)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aer</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Ocsigen</translation>
    </message>
    <message>
        <source>A - Alert</source>
        <translation>A - Effro</translation>
    </message>
    <message>
        <source>C - new Confusion</source>
        <translation>C - Dryswch newydd</translation>
    </message>
    <message>
        <source>V - responds to Voice</source>
        <translation>V - Yn ymateb i lais</translation>
    </message>
    <message>
        <source>P - responds to Pain</source>
        <translation>P - Yn ymateb i boen</translation>
    </message>
    <message>
        <source>U - Unresponsive</source>
        <translation>U - Dim ymateb</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Math %1</translation>
    </message>
    <message>
        <source>Anything else: how they were, what they said, what happened</source>
        <translation>Unrhyw beth arall: sut roedden nhw, beth ddywedon nhw, beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Correcting the note by %1 of %2: %3</source>
        <translation>Yn cywiro nodyn %1 o %2: %3</translation>
    </message>
    <message>
        <source>This note was not saved when you last left it: here it is as you left it. Save it, or go back to the board to discard it.</source>
        <translation>Ni chafodd y nodyn hwn ei gadw pan adawsoch ef ddiwethaf: dyma fe fel y gadawsoch ef. Cadwch ef, neu ewch yn ôl i&apos;r bwrdd i&apos;w waredu.</translation>
    </message>
    <message>
        <source>NEWS2: type the vital signs to see the score.</source>
        <translation>NEWS2: teipiwch yr arwyddion hanfodol i weld y sgôr.</translation>
    </message>
    <message>
        <source>
(Royal College of Physicians NEWS2, 2017.)</source>
        <translation>
(NEWS2 Coleg Brenhinol y Meddygon, 2017.)</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>dd/mm/yyyy (empty: not recorded)</source>
        <translation>dd/mm/bbbb (gwag: heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Dewis o galendr</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3: check the date, or clear it if it is not recorded.</source>
        <translation>Mae %1 y tu allan i&apos;r ystod %2 i %3: gwiriwch y dyddiad, neu cliriwch ef os nad yw wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example 12/03/1938), or clear it if it is not recorded.</source>
        <translation>Nid yw %1 yn ddyddiad: teipiwch ef fel dd/mm/bbbb (er enghraifft 12/03/1938), neu cliriwch ef os nad yw wedi&apos;i gofnodi.</translation>
    </message>
</context>
<context>
    <name>OrganizationDetails</name>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>The organization&apos;s details cannot be read: sign in again.</source>
        <translation>Ni ellir darllen manylion y sefydliad: mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Enter the organization&apos;s name.</source>
        <translation>Rhowch enw&apos;r sefydliad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK postcode: type it as on a letter, for example SW1A 1AA.</source>
        <translation>Nid yw &quot;%1&quot; yn god post yn y DU: teipiwch ef fel y mae ar lythyr, er enghraifft SW1A 1AA.</translation>
    </message>
    <message>
        <source>You may not change the organization&apos;s details: ask an administrator.</source>
        <translation>Ni chewch newid manylion y sefydliad: gofynnwch i weinyddwr.</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailsDialog</name>
    <message>
        <source>The organization&apos;s details</source>
        <translation>Manylion y sefydliad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>the regulator&apos;s provider ID</source>
        <translation>ID y darparwr gan y rheoleiddiwr</translation>
    </message>
    <message>
        <source>&amp;Registration number</source>
        <translation>&amp;Rhif cofrestru</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Gwefan</translation>
    </message>
    <message>
        <source>Its homes are in</source>
        <translation>Gwlad y cartrefi</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Tanysgrifiad</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>the nation&apos;s period</source>
        <translation>cyfnod y wlad</translation>
    </message>
    <message>
        <source>as the nation counts</source>
        <translation>yn ôl rheol y wlad</translation>
    </message>
    <message>
        <source>after the care ended</source>
        <translation>ar ôl i&apos;r gofal ddod i ben</translation>
    </message>
    <message>
        <source>from the last entry</source>
        <translation>o&apos;r cofnod diwethaf</translation>
    </message>
    <message>
        <source>Records kept (years)</source>
        <translation>Cadw cofnodion (blynyddoedd)</translation>
    </message>
    <message>
        <source>Kept %1, then they may be archived.</source>
        <translation>Cedwir y cofnodion am %1, ac yna gellir eu harchifo.</translation>
    </message>
</context>
<context>
    <name>OrganizationSettings</name>
    <message>
        <source>The organization&apos;s settings cannot be read: sign in again.</source>
        <translation>Ni ellir darllen gosodiadau&apos;r sefydliad: mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>A station locks itself after %1 to %2 minutes without use: choose a time in that range.</source>
        <translation>Mae gorsaf yn cloi ei hun ar ôl %1 i %2 munud heb ei defnyddio: dewiswch amser o fewn yr ystod honno.</translation>
    </message>
    <message>
        <source>A note becomes a late entry %1 to %2 minutes after the care: choose a time in that range.</source>
        <translation>Mae nodyn yn dod yn gofnod hwyr %1 i %2 munud ar ôl y gofal: dewiswch amser o fewn yr ystod honno.</translation>
    </message>
    <message>
        <source>You may not change the organization&apos;s settings: ask an administrator.</source>
        <translation>Ni chewch newid gosodiadau&apos;r sefydliad: gofynnwch i weinyddwr.</translation>
    </message>
</context>
<context>
    <name>OrganizationSetup</name>
    <message>
        <source>There is no organization &quot;%1&quot;: give its name or id as create-organization printed it.</source>
        <translation>Nid oes sefydliad o&apos;r enw &quot;%1&quot;: rhowch ei enw neu ei ID fel yr argraffodd create-organization ef.</translation>
    </message>
    <message>
        <source>More than one organization is called &quot;%1&quot;: give its id instead.</source>
        <translation>Mae mwy nag un sefydliad o&apos;r enw &quot;%1&quot;: rhowch ei ID yn lle hynny.</translation>
    </message>
    <message>
        <source>The organization has no facility &quot;%1&quot;: give its name or id as create-facility printed it.</source>
        <translation>Nid oes gan y sefydliad gartref o&apos;r enw &quot;%1&quot;: rhowch ei enw neu ei ID fel yr argraffodd create-facility ef.</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Confidential. %1</source>
        <translation>Cyfrinachol. %1</translation>
    </message>
    <message>
        <source>Printed by %1 on %2. Confidential. %3</source>
        <translation>Argraffwyd gan y defnyddiwr %1 ar %2. Cyfrinachol. %3</translation>
    </message>
</context>
<context>
    <name>PartitionMaintenance</name>
    <message>
        <source>The database user may not create the monthly partitions for shift notes: ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot;.</source>
        <translation>Ni chaiff defnyddiwr y gronfa ddata greu&apos;r rhaniadau misol ar gyfer nodiadau shifft: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata redeg &quot;writecarenotes-admin maintain&quot;.</translation>
    </message>
    <message>
        <source>The monthly partitions for shift notes could not be created (%1); notes are still saved: ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot;.</source>
        <translation>Nid oedd modd creu&apos;r rhaniadau misol ar gyfer nodiadau shifft (%1); mae nodiadau&apos;n dal i gael eu cadw: gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata redeg &quot;writecarenotes-admin maintain&quot;.</translation>
    </message>
    <message>
        <source>Next month&apos;s shift notes have no partition of their own yet. They are still saved, but ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot; every day.</source>
        <translation>Nid oes gan nodiadau shifft y mis nesaf eu rhaniad eu hunain eto. Maen nhw&apos;n dal i gael eu cadw, ond gofynnwch i bwy bynnag sy&apos;n rhedeg y gronfa ddata redeg &quot;writecarenotes-admin maintain&quot; bob dydd.</translation>
    </message>
    <message>
        <source>The database&apos;s statistics could not be brought up to date: %1</source>
        <translation>Nid oedd modd diweddaru ystadegau&apos;r gronfa ddata: %1</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password needs at least %1 characters: a few words strung together are easy to remember and hard to guess.</source>
        <translation>Mae angen o leiaf %1 nod ar y cyfrinair: mae ychydig eiriau wedi&apos;u cysylltu â&apos;i gilydd yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>That password is one of the most common ones, so it is easy to guess: choose another.</source>
        <translation>Mae&apos;r cyfrinair hwnnw&apos;n un o&apos;r rhai mwyaf cyffredin, felly mae&apos;n hawdd ei ddyfalu: dewiswch un arall.</translation>
    </message>
    <message>
        <source>The new password is the same as the old one: choose a different one.</source>
        <translation>Mae&apos;r cyfrinair newydd yr un fath â&apos;r hen un: dewiswch un gwahanol.</translation>
    </message>
    <message>
        <source>The current password is not right: type it again.</source>
        <translation>Nid yw&apos;r cyfrinair presennol yn gywir: teipiwch ef eto.</translation>
    </message>
    <message>
        <source>The password cannot be used (%1): choose another.</source>
        <translation>Ni ellir defnyddio&apos;r cyfrinair (%1): dewiswch un arall.</translation>
    </message>
</context>
<context>
    <name>PgBackRest</name>
    <message>
        <source>pgBackRest is not installed: install the Debian package pgbackrest (sudo apt install pgbackrest), then try again.</source>
        <translation>Nid yw pgBackRest wedi&apos;i osod: gosodwch y pecyn Debian pgbackrest (sudo apt install pgbackrest), yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The folder %1 for pgBackRest could not be made for the server&apos;s account %2.</source>
        <translation>Nid oedd modd creu&apos;r ffolder %1 ar gyfer pgBackRest i gyfrif y gweinydd, %2.</translation>
    </message>
    <message>
        <source>The earlier backup configuration %1 could not be set aside as %2.</source>
        <translation>Nid oedd modd symud y ffurfweddiad copïau wrth gefn blaenorol %1 o&apos;r neilltu fel %2.</translation>
    </message>
    <message>
        <source>it did not finish</source>
        <translation>ni orffennodd</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>cod gadael %1</translation>
    </message>
    <message>
        <source>%1 (pgBackRest: %2)</source>
        <translation>%1 (pgBackRest: %2)</translation>
    </message>
    <message>
        <source>The backup repository %1 could not be prepared.</source>
        <translation>Nid oedd modd paratoi&apos;r ystorfa copïau wrth gefn %1.</translation>
    </message>
    <message>
        <source>The server&apos;s write-ahead log does not reach the backup repository %1.</source>
        <translation>Nid yw log ysgrifennu ymlaen llaw (WAL) y gweinydd yn cyrraedd yr ystorfa copïau wrth gefn %1.</translation>
    </message>
    <message>
        <source>The backup into %1 did not complete.</source>
        <translation>Ni chwblhawyd y copi wrth gefn i %1.</translation>
    </message>
    <message>
        <source>The backups in %1 could not be listed.</source>
        <translation>Nid oedd modd rhestru&apos;r copïau wrth gefn yn %1.</translation>
    </message>
    <message>
        <source>The folder %1 has a character (one of &quot; &apos; ` $ \ =) that pgBackRest cannot take safely: choose a folder without it.</source>
        <translation>Mae nod yn y ffolder %1 (un o &quot; &apos; ` $ \ =) na all pgBackRest ei drin yn ddiogel: dewiswch ffolder hebddo.</translation>
    </message>
    <message>
        <source>No backup had ended by %1: the earliest moment a restore can reach is %2 UTC.</source>
        <translation>Nid oedd unrhyw gopi wrth gefn wedi dod i ben erbyn %1: yr adeg gynharaf y gall adferiad ei chyrraedd yw %2 UTC.</translation>
    </message>
    <message>
        <source>The repository %1 holds no backup yet.</source>
        <translation>Nid oes copi wrth gefn yn yr ystorfa %1 eto.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made for the server&apos;s account %2.</source>
        <translation>Nid oedd modd creu&apos;r ffolder %1 i gyfrif y gweinydd, %2.</translation>
    </message>
    <message>
        <source>The restore into %1 did not complete.</source>
        <translation>Ni chwblhawyd yr adferiad i %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is there): pgBackRest&apos;s folders are made by this program, or must be real folders.</source>
        <translation>Nid yw %1 yn ffolder (mae dolen neu ffeil yno): mae ffolderi pgBackRest yn cael eu creu gan y rhaglen hon, neu mae&apos;n rhaid iddynt fod yn ffolderi go iawn.</translation>
    </message>
    <message>
        <source>The backup configuration %1 could not be written as the server&apos;s account %2.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffurfweddiad copïau wrth gefn %1 fel cyfrif y gweinydd, %2.</translation>
    </message>
    <message>
        <source>%1 already exists: a restore goes into a new folder, and nothing there is overwritten.</source>
        <translation>Mae %1 yn bodoli eisoes: mae adferiad yn mynd i ffolder newydd, ac nid oes dim yno&apos;n cael ei drosysgrifo.</translation>
    </message>
    <message>
        <source>The folder %1, in which the restore would be made, does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1, lle byddai&apos;r adferiad yn cael ei wneud, yn bodoli.</translation>
    </message>
</context>
<context>
    <name>PostalAddressFields</name>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Address, first line</source>
        <translation>Cyfeiriad, llinell gyntaf</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Cyfeiriad, ail linell</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Sir</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>for example SW1A 1AA</source>
        <translation>er enghraifft SW1A 1AA</translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>The database was created with PostgreSQL %1, which is not installed on this computer: install the postgresql-%1 package, then start Write Care Notes again.</source>
        <translation>Crëwyd y gronfa ddata gyda PostgreSQL %1, nad yw wedi&apos;i osod ar y cyfrifiadur hwn: gosodwch y pecyn postgresql-%1, yna dechreuwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>This computer has PostgreSQL %1, but Write Care Notes needs PostgreSQL %2 or newer: install the postgresql-%2 package, then start Write Care Notes again.</source>
        <translation>Mae gan y cyfrifiadur hwn PostgreSQL %1, ond mae angen PostgreSQL %2 neu fersiwn fwy newydd ar Write Care Notes: gosodwch y pecyn postgresql-%2, yna dechreuwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>No PostgreSQL server programs were found in %1, the folder the settings name: correct the folder, or remove the setting to use the installed PostgreSQL.</source>
        <translation>Ni chanfuwyd unrhyw raglenni gweinydd PostgreSQL yn %1, y ffolder a enwir yn y gosodiadau: cywirwch y ffolder, neu tynnwch y gosodiad i ddefnyddio&apos;r PostgreSQL sydd wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this computer: install the postgresql-%1 package, then start Write Care Notes again.</source>
        <translation>Nid yw PostgreSQL wedi&apos;i osod ar y cyfrifiadur hwn: gosodwch y pecyn postgresql-%1, yna dechreuwch Write Care Notes eto.</translation>
    </message>
</context>
<context>
    <name>PostgresCluster</name>
    <message>
        <source>There is not enough free disk space in %1 to run the database: free some space on that disk, then start Write Care Notes again.</source>
        <translation>Nid oes digon o le rhydd ar y ddisg yn %1 i redeg y gronfa ddata: rhyddhewch rywfaint o le ar y ddisg honno, yna dechreuwch Write Care Notes eto.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty, so no new database can be created in it: move its contents elsewhere, then start again.</source>
        <translation>Nid yw&apos;r ffolder %1 yn wag, felly ni ellir creu cronfa ddata newydd ynddi: symudwch ei chynnwys i rywle arall, yna dechreuwch eto.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: check that its parent folder exists and is writable.</source>
        <translation>Ni ellir creu&apos;r ffolder %1: gwiriwch fod ei ffolder rhiant yn bodoli ac y gellir ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be handed to the %2 account that runs the database: check the folder&apos;s file system.</source>
        <translation>Ni ellir trosglwyddo&apos;r ffolder %1 i&apos;r cyfrif %2 sy&apos;n rhedeg y gronfa ddata: gwiriwch system ffeiliau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>A temporary file cannot be written in %1: check that the disk is not full and the folder is writable.</source>
        <translation>Ni ellir ysgrifennu ffeil dros dro yn %1: gwiriwch nad yw&apos;r ddisg yn llawn ac y gellir ysgrifennu i&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The database could not be created in %1 (initdb: %2): check that the folder is writable, then start again.</source>
        <translation>Nid oedd modd creu&apos;r gronfa ddata yn %1 (initdb: %2): gwiriwch y gellir ysgrifennu i&apos;r ffolder, yna dechreuwch eto.</translation>
    </message>
    <message>
        <source>The database settings in %1 cannot be written: check that the disk is not full, then start again.</source>
        <translation>Ni ellir ysgrifennu gosodiadau&apos;r gronfa ddata yn %1: gwiriwch nad yw&apos;r ddisg yn llawn, yna dechreuwch eto.</translation>
    </message>
    <message>
        <source>The socket folder %1 has a path too long for this system: choose a shorter one.</source>
        <translation>Mae llwybr y ffolder soced %1 yn rhy hir i&apos;r system hon: dewiswch un byrrach.</translation>
    </message>
    <message>
        <source>The database server did not start (%1): see the log in %2.</source>
        <translation>Ni ddechreuodd gweinydd y gronfa ddata (%1): gweler y log yn %2.</translation>
    </message>
    <message>
        <source>The database server in %1 did not stop (%2).</source>
        <translation>Ni stopiodd gweinydd y gronfa ddata yn %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1, left by a database server that is no longer running, cannot be removed: check the folder&apos;s permissions.</source>
        <translation>Ni ellir dileu&apos;r ffeil %1, a adawyd gan weinydd cronfa ddata nad yw&apos;n rhedeg mwyach: gwiriwch ganiatadau&apos;r ffolder.</translation>
    </message>
    <message>
        <source>The folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation>Mae nod yn enw&apos;r ffolder %1 (un o &quot; &apos; ` $ \) na all offer PostgreSQL ei drin yn ddiogel: dewiswch ffolder hebddo.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Printed from Write Care Notes by %1 on %2. Confidential: this holds personal and health information. Keep it safe, and destroy it securely when it is no longer needed.</source>
        <translation>Argraffwyd o Write Care Notes gan y defnyddiwr %1 ar %2. Cyfrinachol: mae&apos;r ddogfen hon yn cynnwys gwybodaeth bersonol a gwybodaeth iechyd. Cadwch hi&apos;n ddiogel, a&apos;i dinistrio&apos;n ddiogel pan nad oes ei hangen mwyach.</translation>
    </message>
</context>
<context>
    <name>RecordAccessDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Cadw fel &amp;CSV...</translation>
    </message>
    <message>
        <source>Who has seen the record of %1</source>
        <translation>Pwy sydd wedi gweld cofnod %1</translation>
    </message>
    <message>
        <source>Who has seen the record</source>
        <translation>Pwy sydd wedi gweld y cofnod</translation>
    </message>
    <message>
        <source>Everyone who opened this record or read its medical notes or details, newest first, as the audit log keeps it. Looking at this list is recorded too.</source>
        <translation>Pawb a agorodd y cofnod hwn neu a ddarllenodd ei nodiadau neu ei fanylion meddygol, y mwyaf diweddar yn gyntaf, fel y mae&apos;r log archwilio yn ei gadw. Caiff edrych ar y rhestr hon ei gofnodi hefyd.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wrthi&apos;n darllen...</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Nid oedd modd darllen y rhestr: %1</translation>
    </message>
    <message>
        <source>You may not see who has seen this record.</source>
        <translation>Ni chewch weld pwy sydd wedi gweld y cofnod hwn.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;O&quot; sydd cyn y dyddiad &quot;Hyd at&quot;.</translation>
    </message>
    <message>
        <source>Nobody opened this record or read its medical notes in the period.</source>
        <translation>Ni wnaeth neb agor y cofnod hwn na darllen ei nodiadau meddygol yn ystod y cyfnod.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n shown: scroll down for earlier ones.</source>
        <translation>
            <numerusform>Y diweddaraf a ddangosir (%n): sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Y diweddaraf a ddangosir (%n): sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Y diweddaraf a ddangosir (%n): sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Y diweddaraf a ddangosir (%n): sgroliwch i lawr i weld rhai cynharach.</numerusform>
            <numerusform>Y diweddaraf a ddangosir (%n): sgroliwch i lawr i weld rhai cynharach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the period.</source>
        <translation>
            <numerusform>%n gwaith yn ystod y cyfnod.</numerusform>
            <numerusform>Unwaith yn ystod y cyfnod.</numerusform>
            <numerusform>%n gwaith yn ystod y cyfnod.</numerusform>
            <numerusform>%n gwaith yn ystod y cyfnod.</numerusform>
            <numerusform>%n gwaith yn ystod y cyfnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has seen the record of %1, %2 to %3.csv</source>
        <translation>Pwy sydd wedi gweld cofnod %1, %2 i %3.csv</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Cadw fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r CSV i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n time(s): %1</source>
        <translation>
            <numerusform>Cadwyd fel CSV, %n achlysur: %1</numerusform>
            <numerusform>Cadwyd fel CSV, %n achlysur: %1</numerusform>
            <numerusform>Cadwyd fel CSV, %n achlysur: %1</numerusform>
            <numerusform>Cadwyd fel CSV, %n achlysur: %1</numerusform>
            <numerusform>Cadwyd fel CSV, %n achlysur: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordAccessModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>What they saw</source>
        <translation>Beth a welsant</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gorsaf</translation>
    </message>
    <message>
        <source>The administrator&apos;s command line</source>
        <translation>Llinell orchymyn y gweinyddwr</translation>
    </message>
</context>
<context>
    <name>RecordAccessStore</name>
    <message>
        <source>Opened the record</source>
        <translation>Agorodd y cofnod</translation>
    </message>
    <message>
        <source>Read the medical notes</source>
        <translation>Darllenodd y nodiadau meddygol</translation>
    </message>
    <message>
        <source>Read the medical details</source>
        <translation>Darllenodd y manylion meddygol</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gorsaf</translation>
    </message>
    <message>
        <source>The administrator&apos;s command line</source>
        <translation>Llinell orchymyn y gweinyddwr</translation>
    </message>
</context>
<context>
    <name>RecordHistoryModel</name>
    <message>
        <source>the administrator</source>
        <translation>y gweinyddwr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Argraffu %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: choose a folder you may save in.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF i %1: dewiswch ffolder y cewch gadw ynddi.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Cadw %1 fel PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Cadwyd fel PDF: %1</translation>
    </message>
</context>
<context>
    <name>RecordPrintouts</name>
    <message>
        <source>Born %1 (aged %2)</source>
        <translation>Ganwyd %1 (%2 oed)</translation>
    </message>
    <message>
        <source>no NHS number recorded</source>
        <translation>dim rhif GIG wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation>Rhif GIG %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, ystafell %2</translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR (ReSPECT form in place)</source>
        <translation>DNACPR: peidiwch â cheisio CPR (ffurflen ReSPECT ar waith)</translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation>DNACPR: peidiwch â cheisio CPR</translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation>I gael CPR</translation>
    </message>
    <message>
        <source>Resuscitation decision not recorded</source>
        <translation>Penderfyniad dadebru heb ei gofnodi</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergeddau: %1</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Dim alergeddau hysbys</translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation>Alergeddau heb eu cofnodi</translation>
    </message>
    <message>
        <source>Resident summary: %1</source>
        <translation>Crynodeb o&apos;r preswylydd: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Meddygol</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Cyflyrau</translation>
    </message>
    <message>
        <source>Care plans in use</source>
        <translation>Cynlluniau gofal sydd ar waith</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>How staff help</source>
        <translation>Sut mae&apos;r staff yn helpu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Y cynllun hwn</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Adolygwyd ar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Am beth</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Heb ei drefnu</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Erioed</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Sgôr %1: %2</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Asesiadau risg</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Gwnaed ddiwethaf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Yn ddyledus nesaf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ysgrifennwyd</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>%1. Version: %2.</source>
        <translation>%1. Fersiwn: %2.</translation>
    </message>
    <message>
        <source>Corrects an earlier entry</source>
        <translation>Yn cywiro cofnod cynharach</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Cywirwyd</translation>
    </message>
    <message>
        <source>By a later entry: this one is no longer in force.</source>
        <translation>Gan gofnod diweddarach: nid yw&apos;r un hwn mewn grym mwyach.</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Yr asesiad hwn</translation>
    </message>
    <message>
        <source>What the tool advises</source>
        <translation>Beth mae&apos;r offeryn yn ei gynghori</translation>
    </message>
    <message>
        <source>Not printed: they could not be read (%1). Print again, or see them on the record.</source>
        <translation>Heb eu hargraffu: nid oedd modd eu darllen (%1). Argraffwch eto, neu gweler nhw ar y cofnod.</translation>
    </message>
</context>
<context>
    <name>RecordRetention</name>
    <message numerus="yes">
        <source>%n year(s) after the care ended</source>
        <translation>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r gofal ddod i ben</numerusform>
            <numerusform>un flwyddyn ar ôl i&apos;r gofal ddod i ben</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r gofal ddod i ben</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r gofal ddod i ben</numerusform>
            <numerusform>%n o flynyddoedd ar ôl i&apos;r gofal ddod i ben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from the last entry</source>
        <translation>
            <numerusform>%n o flynyddoedd o&apos;r cofnod diwethaf</numerusform>
            <numerusform>un flwyddyn o&apos;r cofnod diwethaf</numerusform>
            <numerusform>%n o flynyddoedd o&apos;r cofnod diwethaf</numerusform>
            <numerusform>%n o flynyddoedd o&apos;r cofnod diwethaf</numerusform>
            <numerusform>%n o flynyddoedd o&apos;r cofnod diwethaf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsKeptModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Bu farw</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Rhyddhawyd</translation>
    </message>
    <message>
        <source>kept: legal hold</source>
        <translation>yn cael eu cadw: cadw cyfreithiol</translation>
    </message>
    <message>
        <source>%1 (due now)</source>
        <translation>%1 (yn ddyledus nawr)</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Care ended</source>
        <translation>Diwedd y gofal</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Cofnod diwethaf</translation>
    </message>
    <message>
        <source>May be archived from</source>
        <translation>Gellir archifo o</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Cadw cyfreithiol</translation>
    </message>
</context>
<context>
    <name>RecordsKeptPage</name>
    <message>
        <source>Set a legal hold</source>
        <translation>Gosod cadw cyfreithiol</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Rhyddhau&apos;r cadw</translation>
    </message>
    <message>
        <source>Records kept of residents who have left</source>
        <translation>Cofnodion a gedwir am breswylwyr sydd wedi gadael</translation>
    </message>
    <message>
        <source>Reason for the hold or its release, e.g. the claim or enquiry</source>
        <translation>Rheswm dros y cadw neu dros ei ryddhau, e.e. yr hawliad neu&apos;r ymholiad</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Rheswm:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wrthi&apos;n darllen…</translation>
    </message>
    <message>
        <source>The records of %1 %2 are kept under a legal hold.</source>
        <translation>Mae cofnodion %1 %2 bellach dan gadw cyfreithiol.</translation>
    </message>
    <message>
        <source>The legal hold on the records of %1 %2 is released.</source>
        <translation>Mae&apos;r cadw cyfreithiol ar gofnodion %1 %2 wedi&apos;i ryddhau.</translation>
    </message>
    <message>
        <source>Records are kept 8 years after the care ended in England, Scotland and Northern Ireland, and 3 years from the last entry in Wales, unless the organization sets its own period (Homes, the organization&apos;s details); then they may be archived. A legal hold (a claim, an inquest, an enquiry) keeps them whatever their age; setting or releasing one is recorded in the audit log with its reason.</source>
        <translation>Cedwir cofnodion am 8 mlynedd ar ôl i&apos;r gofal ddod i ben yn Lloegr, yr Alban a Gogledd Iwerddon, ac am 3 blynedd o&apos;r cofnod diwethaf yng Nghymru, oni bai bod y sefydliad yn gosod ei gyfnod ei hun (Cartrefi, manylion y sefydliad); wedyn gellir eu harchifo. Mae cadw cyfreithiol (hawliad, cwest, ymholiad) yn eu cadw beth bynnag fo&apos;u hoed; caiff gosod neu ryddhau cadw cyfreithiol ei gofnodi yn y log archwilio, gyda&apos;r rheswm.</translation>
    </message>
    <message>
        <source>No resident has left or died yet.</source>
        <translation>Nid oes unrhyw breswylydd wedi gadael nac wedi marw eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) who have left or died.</source>
        <translation>
            <numerusform>%n preswylydd sydd wedi gadael neu wedi marw.</numerusform>
            <numerusform>%n preswylydd sydd wedi gadael neu wedi marw.</numerusform>
            <numerusform>%n preswylydd sydd wedi gadael neu wedi marw.</numerusform>
            <numerusform>%n preswylydd sydd wedi gadael neu wedi marw.</numerusform>
            <numerusform>%n preswylydd sydd wedi gadael neu wedi marw.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of their records may be archived yet.</source>
        <translation>Ni ellir archifo unrhyw un o&apos;u cofnodion eto.</translation>
    </message>
    <message numerus="yes">
        <source>The records of %n of them may be archived now.</source>
        <translation>
            <numerusform>Gellir archifo cofnodion %n ohonynt nawr.</numerusform>
            <numerusform>Gellir archifo cofnodion un ohonynt nawr.</numerusform>
            <numerusform>Gellir archifo cofnodion %n ohonynt nawr.</numerusform>
            <numerusform>Gellir archifo cofnodion %n ohonynt nawr.</numerusform>
            <numerusform>Gellir archifo cofnodion %n ohonynt nawr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archifo…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Archiving removes every record of %1 from Write Care Notes for good: the record, shift notes, care plans, assessments and incidents, and what the audit log holds about them. First everything is saved as a PDF, with a JSON file beside it for a computer to read: keep them as the organization&apos;s archive. Then you are asked again.</source>
        <translation>Mae archifo&apos;n tynnu pob un o gofnodion %1 o Write Care Notes am byth: y cofnod, nodiadau shifft, cynlluniau gofal, asesiadau a digwyddiadau, a&apos;r hyn sydd yn y log archwilio amdanynt. Yn gyntaf, caiff popeth ei gadw fel PDF, gyda ffeil JSON wrth ei ochr i gyfrifiadur ei darllen: cadwch nhw fel archif y sefydliad. Yna gofynnir i chi eto.</translation>
    </message>
    <message>
        <source>Save the export…</source>
        <translation>Cadw&apos;r allforiad…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Archive of %1</source>
        <translation>Archif %1</translation>
    </message>
    <message>
        <source>%1 - archive %2.pdf</source>
        <translation>%1 - archif %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering every record held about %1…</source>
        <translation>Wrthi&apos;n casglu pob un o gofnodion %1…</translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation>Allforio cofnodion %1: %2</translation>
    </message>
    <message>
        <source>The export of %1&apos;s records is saved; nothing is removed yet.</source>
        <translation>Mae allforiad cofnodion %1 wedi&apos;i gadw; nid oes dim wedi&apos;i dynnu eto.</translation>
    </message>
    <message>
        <source>The records of %1 are archived: nothing of theirs remains in Write Care Notes; the export in %2 is the organization&apos;s archive.</source>
        <translation>Mae cofnodion %1 wedi&apos;u harchifo: nid oes dim ohonynt ar ôl yn Write Care Notes; yr allforiad (%2) yw archif y sefydliad.</translation>
    </message>
    <message>
        <source>Residents whose records are kept</source>
        <translation>Preswylwyr y cedwir eu cofnodion</translation>
    </message>
    <message>
        <source>Reason for the hold or its release</source>
        <translation>Y rheswm dros y cadw neu ei ryddhau</translation>
    </message>
</context>
<context>
    <name>RecordsKeptStore</name>
    <message>
        <source>Only an administrator sees the records kept.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gweld y cofnodion a gedwir.</translation>
    </message>
    <message>
        <source>Only an administrator sets or releases a legal hold.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gosod neu&apos;n rhyddhau cadw cyfreithiol.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key has a character that is not in any recovery key, &quot;%1&quot;: it holds only the digits 0 to 9 and the letters A to F.</source>
        <translation>Mae nod yn yr allwedd adfer nad yw mewn unrhyw allwedd adfer, &quot;%1&quot;: dim ond y digidau 0 i 9 a&apos;r llythrennau A i F sydd ynddi.</translation>
    </message>
    <message>
        <source>The recovery key has %1 characters, but it should have %2 (%3 groups of %4): check that no group is missing or typed twice.</source>
        <translation>Mae gan yr allwedd adfer %1 nod, ond dylai fod ganddi %2 (%3 grŵp o %4): gwiriwch nad oes grŵp ar goll neu wedi&apos;i deipio ddwywaith.</translation>
    </message>
    <message>
        <source>The recovery key does not match its last group, the check group: a character is mistyped. Compare each group with the paper and type it again.</source>
        <translation>Nid yw&apos;r allwedd adfer yn cyfateb i&apos;w grŵp olaf, y grŵp gwirio: mae nod wedi&apos;i gamdeipio. Cymharwch bob grŵp â&apos;r papur a theipiwch hi eto.</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>Choose at least one home, and a period that ends after it starts.</source>
        <translation>Dewiswch o leiaf un cartref, a chyfnod sy&apos;n dod i ben ar ôl iddo ddechrau.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Audit scores</source>
        <translation>Sgoriau archwiliadau</translation>
    </message>
    <message>
        <source>Falls per 1,000 occupied bed days</source>
        <translation>Cwympiadau fesul 1,000 o ddiwrnodau gwely a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Incidents by type and month</source>
        <translation>Digwyddiadau yn ôl math a mis</translation>
    </message>
    <message>
        <source>Pressure ulcers acquired in the home</source>
        <translation>Briwiau pwyso a gafwyd yn y cartref</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2, %3 i %4</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwiliad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Sgôr (%)</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Cwympiadau</translation>
    </message>
    <message>
        <source>Occupied bed days</source>
        <translation>Diwrnodau gwely a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>no bed occupied</source>
        <translation>dim gwely wedi&apos;i ddefnyddio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Acquired in the home</source>
        <translation>A gafwyd yn y cartref</translation>
    </message>
    <message>
        <source>Present on arrival</source>
        <translation>Yn bresennol wrth gyrraedd</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>O %1 i %2</translation>
    </message>
    <message>
        <source>Nothing to report in the period.</source>
        <translation>Dim i&apos;w adrodd yn ystod y cyfnod.</translation>
    </message>
    <message numerus="yes">
        <source>%n homes</source>
        <translation>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
            <numerusform>%n cartref</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit score (%)</source>
        <translation>Sgôr archwiliad (%)</translation>
    </message>
    <message>
        <source>Incidents a month</source>
        <translation>Digwyddiadau y mis</translation>
    </message>
    <message>
        <source>Pressure ulcers acquired in the home, a month</source>
        <translation>Briwiau pwyso a gafwyd yn y cartref, y mis</translation>
    </message>
    <message>
        <source>Safeguarding incidents are not counted here: you may not see them.</source>
        <translation>Nid yw digwyddiadau diogelu yn cael eu cyfrif yma: ni chewch eu gweld.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Allforio &amp;CSV...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Cadw fel &amp;PDF...</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Homes to compare</source>
        <translation>Cartrefi i&apos;w cymharu</translation>
    </message>
    <message>
        <source>&amp;Homes:</source>
        <translation>Cartre&amp;fi:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Choose the homes, the report and the period, then Show.</source>
        <translation>Dewiswch y cartrefi, yr adroddiad a&apos;r cyfnod, yna cliciwch Dangos.</translation>
    </message>
    <message>
        <source>Tick at least one home.</source>
        <translation>Ticiwch o leiaf un cartref.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;O&quot; sydd cyn y dyddiad &quot;Hyd at&quot;.</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wrthi&apos;n darllen...</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Nid oedd modd darllen yr adroddiad: %1</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Allforio fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r CSV i %1: %2</translation>
    </message>
    <message>
        <source>Exported as CSV: %1</source>
        <translation>Allforiwyd fel CSV: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The report as a chart</source>
        <translation>Yr adroddiad fel siart</translation>
    </message>
    <message>
        <source>The report&apos;s figures</source>
        <translation>Ffigurau&apos;r adroddiad</translation>
    </message>
</context>
<context>
    <name>ResidentAlerts</name>
    <message>
        <source>DNACPR</source>
        <translation>DNACPR</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergeddau</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergeddau: %1</translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation>Alergeddau heb eu cofnodi</translation>
    </message>
    <message>
        <source>Care plan review overdue</source>
        <translation>Adolygiad o&apos;r cynllun gofal yn hwyr</translation>
    </message>
    <message>
        <source>Care plan review due</source>
        <translation>Adolygiad o&apos;r cynllun gofal yn ddyledus</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Yn hwyr: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Yn ddyledus yfory</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(yn hwyr)</translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation>(yn ddyledus heddiw)</translation>
    </message>
    <message>
        <source>(due tomorrow)</source>
        <translation>(yn ddyledus yfory)</translation>
    </message>
    <message numerus="yes">
        <source>(due in %n day(s))</source>
        <translation>
            <numerusform>(yn ddyledus ymhen %n diwrnod)</numerusform>
            <numerusform>(yn ddyledus ymhen %n diwrnod)</numerusform>
            <numerusform>(yn ddyledus ymhen %n diwrnod)</numerusform>
            <numerusform>(yn ddyledus ymhen %n diwrnod)</numerusform>
            <numerusform>(yn ddyledus ymhen %n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ResidentEventDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>To the &amp;home</source>
        <translation>I&apos;r &amp;cartref</translation>
    </message>
    <message>
        <source>To &amp;room</source>
        <translation>I&apos;r &amp;ystafell</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>optional: for example, which hospital</source>
        <translation>dewisol: er enghraifft, pa ysbyty</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 moves from room %2 to another room of the same home.</source>
        <translation>Mae %1 yn symud o ystafell %2 i ystafell arall yn yr un cartref.</translation>
    </message>
    <message>
        <source>%1 moves to another home of the organization.</source>
        <translation>Mae %1 yn symud i gartref arall yn y sefydliad.</translation>
    </message>
    <message>
        <source>%1 went into hospital. Their room and care plans stay theirs.</source>
        <translation>Mae %1 wedi mynd i&apos;r ysbyty. Bydd yr ystafell a&apos;r cynlluniau gofal yn cael eu cadw ar gyfer y preswylydd.</translation>
    </message>
    <message>
        <source>%1 came back from hospital.</source>
        <translation>Mae %1 wedi dod yn ôl o&apos;r ysbyty.</translation>
    </message>
    <message>
        <source>%1 leaves the home. Their record stays, read-only, with everything written about them.</source>
        <translation>Mae %1 yn gadael y cartref. Mae&apos;r cofnod yn aros, i&apos;w ddarllen yn unig, gyda phopeth a ysgrifennwyd am y preswylydd.</translation>
    </message>
    <message>
        <source>Record the death of %1. Their record stays, with everything written about them.</source>
        <translation>Cofnodi marwolaeth %1. Mae&apos;r cofnod yn aros, gyda phopeth a ysgrifennwyd am y preswylydd.</translation>
    </message>
    <message>
        <source>%1 is admitted again.</source>
        <translation>Aildderbyn %1 i&apos;r cartref.</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>ResidentEventListModel</name>
    <message>
        <source>the administrator, %1</source>
        <translation>y gweinyddwr, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
</context>
<context>
    <name>ResidentHistoryStore</name>
    <message>
        <source>From room %1 to room %2</source>
        <translation>O ystafell %1 i ystafell %2</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Cartref newydd: %1</translation>
    </message>
    <message>
        <source>To %1, room %2</source>
        <translation>Cartref newydd: %1, ystafell %2</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Ystafell %1</translation>
    </message>
    <message>
        <source>This record cannot be found: it may belong to a home you do not work in.</source>
        <translation>Ni ellir dod o hyd i&apos;r cofnod hwn: efallai ei fod yn perthyn i gartref nad ydych yn gweithio ynddo.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Medical details changed</source>
        <translation>Newidiwyd y manylion meddygol</translation>
    </message>
    <message>
        <source>Medical notes changed</source>
        <translation>Newidiwyd y nodiadau meddygol</translation>
    </message>
    <message>
        <source>Reviewed on %1 (next review %3): %2</source>
        <translation>Adolygwyd ar %1 (adolygiad nesaf %3): %2</translation>
    </message>
    <message>
        <source>Saved with no visible change</source>
        <translation>Cadwyd heb unrhyw newid gweladwy</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>Ganwyd (oed)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
</context>
<context>
    <name>ResidentRecord</name>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>How they like to be addressed</source>
        <translation>Sut maen nhw&apos;n hoffi cael eu cyfarch</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Faith or beliefs</source>
        <translation>Ffydd neu gredoau</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Hoffterau</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Casbethau</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Perthynas agosaf</translation>
    </message>
    <message>
        <source>Next of kin&apos;s relationship</source>
        <translation>Perthynas agosaf: sut maen nhw&apos;n perthyn</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Ffôn y perthynas agosaf</translation>
    </message>
    <message>
        <source>Next of kin&apos;s email</source>
        <translation>E-bost y perthynas agosaf</translation>
    </message>
    <message>
        <source>Next of kin&apos;s address</source>
        <translation>Cyfeiriad y perthynas agosaf</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Practis meddyg teulu</translation>
    </message>
    <message>
        <source>GP practice&apos;s phone</source>
        <translation>Ffôn y practis meddyg teulu</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergeddau</translation>
    </message>
    <message>
        <source>Allergy list</source>
        <translation>Rhestr alergeddau</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Cyflyrau</translation>
    </message>
    <message>
        <source>Resuscitation</source>
        <translation>Dadebru</translation>
    </message>
    <message>
        <source>ReSPECT form in place</source>
        <translation>Ffurflen ReSPECT ar waith</translation>
    </message>
    <message>
        <source>Resuscitation decision made on</source>
        <translation>Dyddiad y penderfyniad dadebru</translation>
    </message>
    <message>
        <source>Resuscitation decision notes</source>
        <translation>Nodiadau am y penderfyniad dadebru</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Nodiadau meddygol</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allergies listed</source>
        <translation>Alergeddau wedi&apos;u rhestru</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Dim alergeddau hysbys</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation>DNACPR: peidiwch â cheisio CPR</translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation>I gael CPR</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Daily fluid target (ml)</source>
        <translation>Targed hylif dyddiol (ml)</translation>
    </message>
</context>
<context>
    <name>ResidentRecordPage</name>
    <message>
        <source>← &amp;Residents</source>
        <translation>← &amp;Preswylwyr</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Dyddiad &amp;geni</translation>
    </message>
    <message>
        <source>&amp;NHS number</source>
        <translation>&amp;Rhif GIG</translation>
    </message>
    <message>
        <source>10 digits, e.g. 999 000 0018</source>
        <translation>10 digid, e.e. 999 000 0018</translation>
    </message>
    <message>
        <source>&amp;Admission date</source>
        <translation>Dyddiad der&amp;byn</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Cartref</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Rhyddhawyd ar</translation>
    </message>
    <message>
        <source>&amp;Move room…</source>
        <translation>Symud &amp;ystafell…</translation>
    </message>
    <message>
        <source>Move to another &amp;home…</source>
        <translation>Symud i gartref ara&amp;ll…</translation>
    </message>
    <message>
        <source>Into hos&amp;pital…</source>
        <translation>I&apos;r ys&amp;byty…</translation>
    </message>
    <message>
        <source>Back from hos&amp;pital…</source>
        <translation>Yn ôl o&apos;r ys&amp;byty…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>Rhyddha&amp;u…</translation>
    </message>
    <message>
        <source>Record a d&amp;eath…</source>
        <translation>Cofnodi marwola&amp;eth…</translation>
    </message>
    <message>
        <source>Re&amp;admit…</source>
        <translation>Ail&amp;dderbyn…</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Dewisiadau</translation>
    </message>
    <message>
        <source>How they like to be &amp;addressed</source>
        <translation>Sut maen nhw&apos;n hoffi cael eu cy&amp;farch</translation>
    </message>
    <message>
        <source>e.g. &quot;Mrs Jones&quot;, or &quot;Ted&quot;</source>
        <translation>e.e. &quot;Mrs Jones&quot;, neu &quot;Ted&quot;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>&amp;Faith or beliefs</source>
        <translation>&amp;Ffydd neu gredoau</translation>
    </message>
    <message>
        <source>&amp;Communication needs</source>
        <translation>Anghenion cyf&amp;athrebu</translation>
    </message>
    <message>
        <source>hearing aid left ear; glasses for reading; speaks slowly</source>
        <translation>cymorth clyw yn y glust chwith; sbectol ar gyfer darllen; yn siarad yn araf</translation>
    </message>
    <message>
        <source>Li&amp;kes</source>
        <translation>H&amp;offterau</translation>
    </message>
    <message>
        <source>&amp;Dislikes</source>
        <translation>Cas&amp;bethau</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Cysyllt&amp;iadau</translation>
    </message>
    <message>
        <source>&amp;Next of kin</source>
        <translation>Perthynas &amp;agosaf</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Sut maen nhw&apos;n &amp;perthyn</translation>
    </message>
    <message>
        <source>e.g. daughter</source>
        <translation>e.e. merch</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>C&amp;yfeiriad</translation>
    </message>
    <message>
        <source>&amp;GP</source>
        <translation>&amp;Meddyg teulu</translation>
    </message>
    <message>
        <source>GP pra&amp;ctice</source>
        <translation>Pra&amp;ctis meddyg teulu</translation>
    </message>
    <message>
        <source>GP practice&amp;&apos;s phone</source>
        <translation>Ffô&amp;n y practis meddyg teulu</translation>
    </message>
    <message>
        <source>&amp;Medical</source>
        <translation>Meddy&amp;gol</translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation>A&amp;lergeddau</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Ychwanegu alergedd</translation>
    </message>
    <message>
        <source>Remove the allergy</source>
        <translation>Tynnu&apos;r alergedd</translation>
    </message>
    <message>
        <source>Co&amp;nditions (one a line)</source>
        <translation>Cyfl&amp;yrau (un i bob llinell)</translation>
    </message>
    <message>
        <source>&amp;Resuscitation</source>
        <translation>&amp;Dadebru</translation>
    </message>
    <message>
        <source>A Re&amp;SPECT form is in place</source>
        <translation>Mae ffurflen Re&amp;SPECT ar waith</translation>
    </message>
    <message>
        <source>Decision made &amp;on</source>
        <translation>Gwnaed y penderfyniad &amp;ar</translation>
    </message>
    <message>
        <source>Decision no&amp;tes</source>
        <translation>Nodiadau&apos;r pe&amp;nderfyniad</translation>
    </message>
    <message>
        <source>&amp;Medical notes (encrypted)</source>
        <translation>Nodiadau &amp;meddygol (wedi&apos;u hamgryptio)</translation>
    </message>
    <message>
        <source>&amp;Care plans</source>
        <translation>&amp;Cynlluniau gofal</translation>
    </message>
    <message>
        <source>&amp;Open the care plan</source>
        <translation>&amp;Agor y cynllun gofal</translation>
    </message>
    <message>
        <source>Start a &amp;new care plan</source>
        <translation>Dechrau cynllun gofal &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Admissions, moves, hospital stays and discharge</source>
        <translation>Derbyn, symud, arosiadau yn yr ysbyty a rhyddhau</translation>
    </message>
    <message>
        <source>Every change to this record: who, when, what</source>
        <translation>Pob newid i&apos;r cofnod hwn: pwy, pryd, beth</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Cadw fel PD&amp;F…</translation>
    </message>
    <message>
        <source>Undo my &amp;changes</source>
        <translation>Dadwneud fy &amp;newidiadau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Cad&amp;w</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Dim alergeddau hysbys</translation>
    </message>
    <message>
        <source>Allergies, as listed</source>
        <translation>Alergeddau, fel y&apos;u rhestrir</translation>
    </message>
    <message>
        <source>For CPR: attempt resuscitation</source>
        <translation>I gael CPR: ceisiwch ddadebru</translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation>DNACPR: peidiwch â cheisio CPR</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sylwedd</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Adwaith</translation>
    </message>
    <message>
        <source>A new resident: fill in at least the names, the date of birth and the admission date, then save.</source>
        <translation>Preswylydd newydd: llenwch o leiaf yr enwau, y dyddiad geni a&apos;r dyddiad derbyn, yna cadwch.</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Preswylydd newydd</translation>
    </message>
    <message>
        <source>Born %1 (aged %2)</source>
        <translation>Ganwyd %1 (%2 oed)</translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation>Rhif GIG %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, ystafell %2</translation>
    </message>
    <message>
        <source>DNACPR</source>
        <translation>DNACPR</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Alergeddau:</translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation>I gael CPR</translation>
    </message>
    <message>
        <source>Care plan review overdue</source>
        <translation>Adolygiad o&apos;r cynllun gofal yn hwyr</translation>
    </message>
    <message>
        <source>Care plan review due</source>
        <translation>Adolygiad o&apos;r cynllun gofal yn ddyledus</translation>
    </message>
    <message>
        <source>✓ A valid NHS number</source>
        <translation>✓ Rhif GIG dilys</translation>
    </message>
    <message>
        <source>✗ Not a valid NHS number: its last digit does not match</source>
        <translation>✗ Nid yw&apos;n rhif GIG dilys: nid yw ei ddigid olaf yn cyfateb</translation>
    </message>
    <message>
        <source>✗ An NHS number has ten digits</source>
        <translation>✗ Mae gan rif GIG ddeg digid</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1 oed</translation>
    </message>
    <message>
        <source>the new resident</source>
        <translation>y preswylydd newydd</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your changes to %1&apos;s record are not saved. Save them before you leave the record?</source>
        <translation>Nid yw eich newidiadau i gofnod %1 wedi&apos;u cadw. Ydych chi am eu cadw cyn gadael y cofnod?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Cadwyd.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Their version is shown with your changes on top: check it, then save again.</source>
        <translation>Dangosir fersiwn y person arall gyda&apos;ch newidiadau chi ar ei phen: gwiriwch hi, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were discarded.</source>
        <translation>Dangosir fersiwn y person arall; cafodd eich newidiadau eu gwaredu.</translation>
    </message>
    <message>
        <source>Save your changes to %1&apos;s record first?</source>
        <translation>Ydych chi am gadw eich newidiadau i gofnod %1 yn gyntaf?</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Heb ei gofnodi: %1</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Cofnodwyd: %1.</translation>
    </message>
    <message>
        <source>Printing the saved record: your changes are not saved yet.</source>
        <translation>Wrthi&apos;n argraffu&apos;r cofnod sydd wedi&apos;i gadw: nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Resident summary: %1</source>
        <translation>Crynodeb o&apos;r preswylydd: %1</translation>
    </message>
    <message>
        <source>Saving the saved record as PDF: your changes are not saved yet.</source>
        <translation>Wrthi&apos;n cadw&apos;r cofnod sydd wedi&apos;i gadw fel PDF: nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>%1 - resident summary.pdf</source>
        <translation>%1 - crynodeb o&apos;r preswylydd.pdf</translation>
    </message>
    <message>
        <source>Your unsaved changes to this record are back, as you left them: check them, then save.</source>
        <translation>Mae eich newidiadau heb eu cadw i&apos;r cofnod hwn wedi&apos;u hadfer, fel y gadawsoch nhw: gwiriwch nhw, yna cadwch.</translation>
    </message>
    <message>
        <source>Daily &amp;fluid target (ml)</source>
        <translation>Targed &amp;hylif dyddiol (ml)</translation>
    </message>
    <message>
        <source>e.g. 1500; empty for no target</source>
        <translation>e.e. 1500; gwag os nad oes targed</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>&amp;Asesiadau</translation>
    </message>
    <message>
        <source>Open the &amp;assessment</source>
        <translation>Agor yr a&amp;sesiad</translation>
    </message>
    <message>
        <source>Start a ne&amp;w assessment</source>
        <translation>Dechrau asesiad ne&amp;wydd</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Tueddiadau…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Yn hwyr: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nesaf: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nid oes dim yn ddyledus.</translation>
    </message>
    <message>
        <source>%1 (the saved record: your changes are not saved yet)</source>
        <translation>%1 (y cofnod sydd wedi&apos;i gadw: nid yw eich newidiadau wedi&apos;u cadw eto)</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Wrthi&apos;n darllen beth sy&apos;n ddyledus…</translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation>Rh&amp;oi gwybod am ddigwyddiad…</translation>
    </message>
    <message>
        <source>The incident is reported: a manager will review it.</source>
        <translation>Rhoddwyd gwybod am y digwyddiad: bydd rheolwr yn ei adolygu.</translation>
    </message>
    <message>
        <source>&amp;Who has seen this record…</source>
        <translation>Pwy &amp;sydd wedi gweld y cofnod hwn…</translation>
    </message>
    <message>
        <source>Subject access export…</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth…</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <source>%1 - subject access %2.pdf</source>
        <translation>%1 - cais gwrthrych am wybodaeth %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering every record held about %1…</source>
        <translation>Wrthi&apos;n casglu pob un o gofnodion %1…</translation>
    </message>
    <message>
        <source>Every record held about %1 is saved in %2 and, for a computer to read, %3.</source>
        <translation>Mae pob un o gofnodion %1 wedi&apos;u cadw yn y ffeil %2 ac, i gyfrifiadur eu darllen, yn y ffeil %3.</translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation>Allforio cofnodion %1: %2</translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Admitted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>Yn yr ysbyty</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Rhyddhawyd</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Moved room</source>
        <translation>Symudwyd i ystafell arall</translation>
    </message>
    <message>
        <source>Moved to another home</source>
        <translation>Symudwyd i gartref arall</translation>
    </message>
    <message>
        <source>Went into hospital</source>
        <translation>Aeth i&apos;r ysbyty</translation>
    </message>
    <message>
        <source>Back from hospital</source>
        <translation>Yn ôl o&apos;r ysbyty</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Bu farw</translation>
    </message>
    <message>
        <source>Record the readmission</source>
        <translation>Cofnodi&apos;r aildderbyn</translation>
    </message>
    <message>
        <source>Record the move</source>
        <translation>Cofnodi&apos;r symud</translation>
    </message>
    <message>
        <source>Record the hospital stay</source>
        <translation>Cofnodi&apos;r arhosiad yn yr ysbyty</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>Cofnodi&apos;r dychwelyd</translation>
    </message>
    <message>
        <source>Record the discharge</source>
        <translation>Cofnodi&apos;r rhyddhau</translation>
    </message>
    <message>
        <source>Record the death</source>
        <translation>Cofnodi&apos;r farwolaeth</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>This resident&apos;s record cannot be found: it may belong to a home you do not work in. Go back to the list and search again.</source>
        <translation>Ni ellir dod o hyd i gofnod y preswylydd hwn: efallai ei fod yn perthyn i gartref nad ydych chi&apos;n gweithio ynddo. Ewch yn ôl i&apos;r rhestr a chwiliwch eto.</translation>
    </message>
    <message>
        <source>The first name is empty: type the resident&apos;s first name.</source>
        <translation>Mae&apos;r enw cyntaf yn wag: teipiwch enw cyntaf y preswylydd.</translation>
    </message>
    <message>
        <source>The surname is empty: type the resident&apos;s surname.</source>
        <translation>Mae&apos;r cyfenw yn wag: teipiwch gyfenw&apos;r preswylydd.</translation>
    </message>
    <message>
        <source>The date of birth is not a possible one: check it against the resident&apos;s documents.</source>
        <translation>Nid yw&apos;r dyddiad geni yn ddyddiad posibl: gwiriwch ef yn erbyn dogfennau&apos;r preswylydd.</translation>
    </message>
    <message>
        <source>An NHS number has ten digits: check the number, or leave it empty if the resident has none.</source>
        <translation>Mae gan rif GIG ddeg digid: gwiriwch y rhif, neu gadewch ef yn wag os nad oes gan y preswylydd un.</translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number (its last digit does not match the others): check it against the resident&apos;s documents.</source>
        <translation>Nid yw %1 yn rhif GIG dilys (nid yw ei ddigid olaf yn cyfateb i&apos;r lleill): gwiriwch ef yn erbyn dogfennau&apos;r preswylydd.</translation>
    </message>
    <message>
        <source>The admission date cannot be in the future: enter the day the resident came to the home.</source>
        <translation>Ni all y dyddiad derbyn fod yn y dyfodol: rhowch y diwrnod y daeth y preswylydd i&apos;r cartref.</translation>
    </message>
    <message>
        <source>The admission date is before the date of birth: check both dates.</source>
        <translation>Mae&apos;r dyddiad derbyn cyn y dyddiad geni: gwiriwch y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>The NHS number %1 is already %2&apos;s (%3): check the number, or open that resident&apos;s record.</source>
        <translation>Mae&apos;r rhif GIG %1 eisoes wedi&apos;i gofnodi ar gyfer %2 (%3): gwiriwch y rhif, neu agorwch gofnod y preswylydd hwnnw.</translation>
    </message>
    <message>
        <source>The NHS number %1 already belongs to a resident of a home you do not work in: check the number, and ask a manager to find that resident&apos;s record.</source>
        <translation>Mae&apos;r rhif GIG %1 eisoes yn perthyn i breswylydd mewn cartref nad ydych chi&apos;n gweithio ynddo: gwiriwch y rhif, a gofynnwch i reolwr ddod o hyd i gofnod y preswylydd hwnnw.</translation>
    </message>
    <message>
        <source>The new resident could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation>Nid oedd modd cadw&apos;r preswylydd newydd: methodd y cysylltiad â&apos;r gronfa ddata. Ceisiwch gadw eto (mae&apos;r hyn a deipiwyd gennych yn dal yno).</translation>
    </message>
    <message>
        <source>You may not change this resident&apos;s record (or it is no longer in a home you work in): ask a manager.</source>
        <translation>Ni chewch newid cofnod y preswylydd hwn (neu nid yw bellach mewn cartref rydych chi&apos;n gweithio ynddo): gofynnwch i reolwr.</translation>
    </message>
    <message>
        <source>The changes could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation>Nid oedd modd cadw&apos;r newidiadau: methodd y cysylltiad â&apos;r gronfa ddata. Ceisiwch gadw eto (mae&apos;r hyn a deipiwyd gennych yn dal yno).</translation>
    </message>
    <message>
        <source>%1 changed this record while you were editing it, so your changes are not saved yet.</source>
        <translation>Newidiodd %1 y cofnod hwn tra oeddech chi&apos;n ei olygu, felly nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>rhywun arall</translation>
    </message>
    <message>
        <source>%1 changed this record meanwhile, so nothing was recorded: check the record, then try again.</source>
        <translation>Newidiodd %1 y cofnod hwn yn y cyfamser, felly ni chofnodwyd dim: gwiriwch y cofnod, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>The daily fluid target is in millilitres, from %1 to %2 (for example 1500): correct it, or leave it empty for no target.</source>
        <translation>Mae&apos;r targed hylif dyddiol mewn mililitrau, o %1 i %2 (er enghraifft 1500): cywirwch ef, neu gadewch ef yn wag os nad oes targed.</translation>
    </message>
    <message>
        <source>The date of birth is empty: type it as dd/mm/yyyy (for example 12/03/1938).</source>
        <translation>Mae&apos;r dyddiad geni yn wag: teipiwch ef fel dd/mm/bbbb (er enghraifft 12/03/1938).</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation>Preswylwyr</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>surname, first name, room or NHS number</source>
        <translation>cyfenw, enw cyntaf, ystafell neu rif GIG</translation>
    </message>
    <message>
        <source>A&amp;dmit a new resident…</source>
        <translation>&amp;Derbyn preswylydd newydd…</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Agor y cofnod</translation>
    </message>
    <message>
        <source>Every home</source>
        <translation>Pob cartref</translation>
    </message>
    <message>
        <source>Living here (and in hospital)</source>
        <translation>Yn byw yma (ac yn yr ysbyty)</translation>
    </message>
    <message>
        <source>Everyone, past and present</source>
        <translation>Pawb, presennol a blaenorol</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Yn ôl enw</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Yn ôl ystafell</translation>
    </message>
    <message>
        <source>No residents to show.</source>
        <translation>Dim preswylwyr i&apos;w dangos.</translation>
    </message>
    <message>
        <source>Record not opened</source>
        <translation>Ni agorwyd y cofnod</translation>
    </message>
    <message>
        <source>Care plan not opened</source>
        <translation>Ni agorwyd y cynllun gofal</translation>
    </message>
    <message>
        <source>Assessment not opened</source>
        <translation>Ni agorwyd yr asesiad</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try fewer letters or the start of one name (“conn” finds O&apos;Connor), the NHS number or the room.</source>
        <translation>Nid oes neb yn cyfateb i “%1”. Ceisiwch lai o lythrennau neu ddechrau un enw (mae “conn” yn dod o hyd i O&apos;Connor), y rhif GIG neu&apos;r ystafell.</translation>
    </message>
    <message>
        <source>Only %1 is shown: choose “Every home” to look in the others.</source>
        <translation>Dim ond %1 a ddangosir: dewiswch “Pob cartref” i chwilio yn y cartrefi eraill.</translation>
    </message>
    <message>
        <source>“%1” hides the others: choose “Everyone, past and present” to include residents who have left or died.</source>
        <translation>Mae “%1” yn cuddio&apos;r lleill: dewiswch “Pawb, presennol a blaenorol” i gynnwys preswylwyr sydd wedi gadael neu wedi marw.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n resident(s): scroll down for more.</source>
        <translation>
            <numerusform>Y preswylwyr cyntaf (%n): sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Y preswylydd cyntaf (%n): sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Y preswylwyr cyntaf (%n): sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Y preswylwyr cyntaf (%n): sgroliwch i lawr i weld rhagor.</numerusform>
            <numerusform>Y preswylwyr cyntaf (%n): sgroliwch i lawr i weld rhagor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s).</source>
        <translation>
            <numerusform>Dim preswylwyr.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
            <numerusform>%n preswylydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wrthi&apos;n chwilio…</translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation>Wrthi&apos;n agor y cofnod…</translation>
    </message>
</context>
<context>
    <name>RestoreTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as %2 (seconds and an offset such as +01:00 may follow).</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad ac amser: ysgrifennwch ef fel %2 (gellir ychwanegu eiliadau a gwrthbwysiad fel +01:00 ar ôl hynny).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time that exists: write it as %2.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad ac amser sy&apos;n bodoli: ysgrifennwch ef fel %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset from UTC.</source>
        <translation>Nid yw &quot;%1&quot; yn wrthbwysiad o UTC.</translation>
    </message>
    <message>
        <source>%1 did not happen in %2: the clocks went forward over it. Give the time with its offset (for example +00:00).</source>
        <translation>Ni ddigwyddodd %1 yng nghylchfa amser %2: aeth y clociau ymlaen dros yr amser hwnnw. Rhowch yr amser gyda&apos;i wrthbwysiad (er enghraifft +00:00).</translation>
    </message>
    <message>
        <source>%1 happened twice in %2: the clocks went back. Add %3 for the first time or %4 for the second.</source>
        <translation>Digwyddodd %1 ddwywaith yng nghylchfa amser %2: aeth y clociau yn ôl. Ychwanegwch %3 ar gyfer y tro cyntaf neu %4 ar gyfer yr ail dro.</translation>
    </message>
</context>
<context>
    <name>ReviewsDueModel</name>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Cynllun gofal</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReviewsDuePage</name>
    <message>
        <source>Care plan reviews due</source>
        <translation>Adolygiadau cynlluniau gofal sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Overdue first, then those due in the coming week.</source>
        <translation>Y rhai sy&apos;n hwyr yn gyntaf, yna&apos;r rhai sy&apos;n ddyledus yn ystod yr wythnos i ddod.</translation>
    </message>
    <message>
        <source>&amp;Open the care plan</source>
        <translation>&amp;Agor y cynllun gofal</translation>
    </message>
    <message>
        <source>Every home</source>
        <translation>Pob cartref</translation>
    </message>
    <message>
        <source>No care plan is due for review this week.</source>
        <translation>Nid oes unrhyw gynllun gofal yn ddyledus i&apos;w adolygu yr wythnos hon.</translation>
    </message>
    <message numerus="yes">
        <source>%n care plan(s) to review.</source>
        <translation>
            <numerusform>Dim cynlluniau gofal i&apos;w hadolygu.</numerusform>
            <numerusform>%n cynllun gofal i&apos;w adolygu.</numerusform>
            <numerusform>%n cynllun gofal i&apos;w hadolygu.</numerusform>
            <numerusform>%n cynllun gofal i&apos;w hadolygu.</numerusform>
            <numerusform>%n cynllun gofal i&apos;w hadolygu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the reviews due…</source>
        <translation>Wrthi&apos;n darllen yr adolygiadau sy&apos;n ddyledus…</translation>
    </message>
</context>
<context>
    <name>RightName</name>
    <message>
        <source>Read residents&apos; records</source>
        <translation>Darllen cofnodion preswylwyr</translation>
    </message>
    <message>
        <source>Admit residents and change their details</source>
        <translation>Derbyn preswylwyr a newid eu manylion</translation>
    </message>
    <message>
        <source>Read medical details and notes</source>
        <translation>Darllen manylion a nodiadau meddygol</translation>
    </message>
    <message>
        <source>Change medical details and notes</source>
        <translation>Newid manylion a nodiadau meddygol</translation>
    </message>
    <message>
        <source>Read care plans</source>
        <translation>Darllen cynlluniau gofal</translation>
    </message>
    <message>
        <source>Write and review care plans</source>
        <translation>Ysgrifennu ac adolygu cynlluniau gofal</translation>
    </message>
    <message>
        <source>Read assessments</source>
        <translation>Darllen asesiadau</translation>
    </message>
    <message>
        <source>Record assessments</source>
        <translation>Cofnodi asesiadau</translation>
    </message>
    <message>
        <source>Read shift notes</source>
        <translation>Darllen nodiadau shifft</translation>
    </message>
    <message>
        <source>Write shift notes</source>
        <translation>Ysgrifennu nodiadau shifft</translation>
    </message>
    <message>
        <source>Report incidents</source>
        <translation>Rhoi gwybod am ddigwyddiadau</translation>
    </message>
    <message>
        <source>Read incidents</source>
        <translation>Darllen digwyddiadau</translation>
    </message>
    <message>
        <source>Review incidents</source>
        <translation>Adolygu digwyddiadau</translation>
    </message>
    <message>
        <source>See safeguarding incidents</source>
        <translation>Gweld digwyddiadau diogelu</translation>
    </message>
    <message>
        <source>Read audits and inspection evidence</source>
        <translation>Darllen archwiliadau a thystiolaeth arolygu</translation>
    </message>
    <message>
        <source>Carry out audits</source>
        <translation>Cynnal archwiliadau</translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation>Darllen adroddiadau</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Darllen y log archwilio</translation>
    </message>
    <message>
        <source>Confirm new clinical accounts</source>
        <translation>Cadarnhau cyfrifon clinigol newydd</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Rheoli defnyddwyr</translation>
    </message>
    <message>
        <source>Manage care homes</source>
        <translation>Rheoli cartrefi gofal</translation>
    </message>
    <message>
        <source>Manage the organization&apos;s details and settings</source>
        <translation>Rheoli manylion a gosodiadau&apos;r sefydliad</translation>
    </message>
</context>
<context>
    <name>RoleName</name>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nyrs</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>ServerAccount</name>
    <message>
        <source>Write Care Notes is running as root, and PostgreSQL refuses to run as root, but this computer has no &quot;postgres&quot; account to run it as: install the postgresql-15 package, or run Write Care Notes as a normal user.</source>
        <translation>Mae Write Care Notes yn rhedeg fel root, ac mae PostgreSQL yn gwrthod rhedeg fel root, ond nid oes gan y cyfrifiadur hwn gyfrif &quot;postgres&quot; i&apos;w redeg oddi tano: gosodwch y pecyn postgresql-15, neu rhedwch Write Care Notes fel defnyddiwr arferol.</translation>
    </message>
    <message>
        <source>The current user account has no entry in the system&apos;s user list, so the database cannot be started for it: ask the computer&apos;s administrator.</source>
        <translation>Nid oes cofnod ar gyfer y cyfrif defnyddiwr presennol yn rhestr defnyddwyr y system, felly ni ellir cychwyn y gronfa ddata ar ei gyfer: gofynnwch i weinyddwr y cyfrifiadur.</translation>
    </message>
    <message>
        <source>Write Care Notes is running as root and needs the runuser program to start the database as the postgres account: install the util-linux package.</source>
        <translation>Mae Write Care Notes yn rhedeg fel root ac mae angen y rhaglen runuser arno i gychwyn y gronfa ddata fel y cyfrif postgres: gosodwch y pecyn util-linux.</translation>
    </message>
</context>
<context>
    <name>ServerArchiving</name>
    <message>
        <source>The server&apos;s settings could not be read: %1</source>
        <translation>Nid oedd modd darllen gosodiadau&apos;r gweinydd: %1</translation>
    </message>
    <message>
        <source>The server&apos;s setting %1 could not be changed: %2</source>
        <translation>Nid oedd modd newid gosodiad %1 ar y gweinydd: %2</translation>
    </message>
    <message>
        <source>The server did not read its new settings: %1</source>
        <translation>Ni ddarllenodd y gweinydd ei osodiadau newydd: %1</translation>
    </message>
    <message>
        <source>The server&apos;s archiving could not be read: %1</source>
        <translation>Nid oedd modd darllen statws archifo&apos;r gweinydd: %1</translation>
    </message>
</context>
<context>
    <name>ServerExposure</name>
    <message>
        <source>The server&apos;s logging settings cannot be read (%1).</source>
        <translation>Ni ellir darllen gosodiadau logio&apos;r gweinydd (%1).</translation>
    </message>
    <message>
        <source>%1 is %2: when the server logs statements, it logs the values sent with them (passwords, session tokens, medical text). Run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser, which sets it to 0 for this database.</source>
        <translation>Gwerth %1 yw %2: pan fydd y gweinydd yn logio datganiadau, mae&apos;n logio&apos;r gwerthoedd a anfonir gyda nhw (cyfrineiriau, tocynnau sesiwn, testun meddygol). Rhedwch &quot;writecarenotes-admin migrate&quot; fel uwchddefnyddiwr PostgreSQL, sy&apos;n ei osod i 0 ar gyfer y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>%1 is on: the server logs every statement&apos;s tree with the values in it (passwords, medical text). Turn it off for this database.</source>
        <translation>Mae %1 ymlaen: mae&apos;r gweinydd yn logio coeden pob datganiad gyda&apos;r gwerthoedd sydd ynddi (cyfrineiriau, testun meddygol). Diffoddwch ef ar gyfer y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>auto_explain logs plans in this database (auto_explain.log_min_duration is %1), with the values they ran with (passwords, medical text): set it to -1 for this database (migrate does so as a superuser).</source>
        <translation>Mae auto_explain yn logio cynlluniau yn y gronfa ddata hon (gwerth auto_explain.log_min_duration yw %1), gyda&apos;r gwerthoedd y cawsant eu rhedeg gyda nhw (cyfrineiriau, testun meddygol): gosodwch ef i -1 ar gyfer y gronfa ddata hon (mae migrate yn gwneud hynny fel uwchddefnyddiwr).</translation>
    </message>
    <message>
        <source>The station login %1 has logging settings of its own (%2): someone with its password set them. Write Care Notes sets them back on connecting; &quot;writecarenotes-admin migrate&quot; as a superuser removes them. Consider a new password for the login.</source>
        <translation>Mae gan y mewngofnod gorsaf %1 ei osodiadau logio ei hun (%2): fe&apos;u gosodwyd gan rywun sydd â&apos;i gyfrinair. Mae Write Care Notes yn eu hailosod wrth gysylltu; mae &quot;writecarenotes-admin migrate&quot; fel uwchddefnyddiwr yn eu dileu. Ystyriwch roi cyfrinair newydd i&apos;r mewngofnod.</translation>
    </message>
    <message>
        <source>Every role may create large objects in this database, where row-level security does not reach: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation>Gall pob rôl greu gwrthrychau mawr (large objects) yn y gronfa ddata hon, lle nad yw diogelwch lefel rhes yn cyrraedd: rhedwch &quot;writecarenotes-admin migrate&quot; fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>Every role may take advisory locks in this database, so a station login could hold up every organization&apos;s shift notes: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation>Gall pob rôl gymryd cloeon cynghorol (advisory locks) yn y gronfa ddata hon, felly gallai mewngofnod gorsaf oedi nodiadau shifft pob sefydliad: rhedwch &quot;writecarenotes-admin migrate&quot; fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>The station logins %1 have no time limits for abandoned transactions and lock waits: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation>Nid oes gan y mewngofnodion gorsaf %1 derfynau amser ar gyfer trafodion a adawyd ac aros am gloeon: rhedwch &quot;writecarenotes-admin migrate&quot; fel uwchddefnyddiwr PostgreSQL.</translation>
    </message>
    <message>
        <source>Every database role, station logins included, may connect to %1 on this server and make temporary tables there. Unless something needs it, as a superuser: REVOKE CONNECT, TEMPORARY ON DATABASE &lt;name&gt; FROM PUBLIC for each.</source>
        <translation>Gall pob rôl cronfa ddata, gan gynnwys mewngofnodion gorsaf, gysylltu â&apos;r cronfeydd data hyn ar y gweinydd hwn a chreu tablau dros dro ynddynt: %1. Oni bai bod angen hynny ar rywbeth, fel uwchddefnyddiwr: REVOKE CONNECT, TEMPORARY ON DATABASE &lt;name&gt; FROM PUBLIC ar gyfer pob un.</translation>
    </message>
</context>
<context>
    <name>ShiftBoardModel</name>
    <message>
        <source>Nothing yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>%1; waiting to be sent: %2</source>
        <translation>%1; yn aros i gael eu hanfon: %2</translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation>Dim byd ar goll</translation>
    </message>
    <message>
        <source>%1 of %2 ml</source>
        <translation>%1 o %2 ml</translation>
    </message>
    <message>
        <source>%1 ml (no target)</source>
        <translation>%1 ml (dim targed)</translation>
    </message>
    <message>
        <source>%1 - escalated</source>
        <translation>%1 - wedi&apos;i uwchgyfeirio</translation>
    </message>
    <message>
        <source>%1 - NOT ESCALATED</source>
        <translation>%1 - HEB EI UWCHGYFEIRIO</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Fluids today</source>
        <translation>Hylifau heddiw</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Nodyn olaf</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Yn hwyr: %1</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): %1</source>
        <translation>
            <numerusform>%n nodyn: %1</numerusform>
            <numerusform>%n nodyn: %1</numerusform>
            <numerusform>%n nodyn: %1</numerusform>
            <numerusform>%n nodyn: %1</numerusform>
            <numerusform>%n nodyn: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>To record</source>
        <translation>I&apos;w cofnodi</translation>
    </message>
</context>
<context>
    <name>ShiftBoardPage</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Cartref</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Shifft</translation>
    </message>
    <message>
        <source>Hando&amp;ver…</source>
        <translation>&amp;Trosglwyddo…</translation>
    </message>
    <message>
        <source>&amp;Write a note (Enter)</source>
        <translation>&amp;Ysgrifennu nodyn (Enter)</translation>
    </message>
    <message>
        <source>Open the note to correct it</source>
        <translation>Agorwch y nodyn i&apos;w gywiro</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>&amp;Correct this note</source>
        <translation>Cywi&amp;ro&apos;r nodyn hwn</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Pob nodyn</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (nawr)</translation>
    </message>
    <message>
        <source>Notes about %1, newest first</source>
        <translation>Nodiadau ynghylch %1, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Choose the note to correct in the list of notes first.</source>
        <translation>Dewiswch y nodyn i&apos;w gywiro yn y rhestr nodiadau yn gyntaf.</translation>
    </message>
    <message>
        <source>This note has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation>Mae&apos;r nodyn hwn wedi&apos;i gywiro eisoes: cywirwch y cywiriad yn lle hynny, fel mai&apos;r cofnod diweddaraf yw&apos;r un sydd mewn grym o hyd.</translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say what you did before saving.</source>
        <translation>Mae angen ymateb i&apos;r sgôr NEWS2: nodwch beth wnaethoch chi cyn cadw.</translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say who you told before saving.</source>
        <translation>Mae angen ymateb i&apos;r sgôr NEWS2: nodwch wrth bwy y dywedoch chi cyn cadw.</translation>
    </message>
    <message>
        <source>Note about %1 kept on this station: it will be sent when the server is back.</source>
        <translation>Cadwyd y nodyn ynghylch %1 ar yr orsaf hon: bydd yn cael ei anfon pan fydd y gweinydd ar gael eto.</translation>
    </message>
    <message>
        <source>Note about %1 saved.</source>
        <translation>Cadwyd y nodyn ynghylch %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Notes kept safely on this station: %1. They will be sent by themselves when the server is back; carry on recording.</source>
        <translation>Ni ellir cysylltu â&apos;r gweinydd. Nodiadau wedi&apos;u cadw&apos;n ddiogel ar yr orsaf hon: %1. Byddant yn cael eu hanfon yn awtomatig pan fydd y gweinydd ar gael eto; daliwch ati i gofnodi.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Notes you save are kept safely on this station and sent by themselves when the server is back; carry on recording.</source>
        <translation>Ni ellir cysylltu â&apos;r gweinydd. Mae&apos;r nodiadau rydych chi&apos;n eu cadw yn cael eu cadw&apos;n ddiogel ar yr orsaf hon a&apos;u hanfon yn awtomatig pan fydd y gweinydd ar gael eto; daliwch ati i gofnodi.</translation>
    </message>
    <message>
        <source>Notes waiting to be sent to the server: %1.</source>
        <translation>Nodiadau sy&apos;n aros i gael eu hanfon i&apos;r gweinydd: %1.</translation>
    </message>
    <message>
        <source>Notes the server would not take: %1. %2</source>
        <translation>Nodiadau na dderbyniodd y gweinydd: %1. %2</translation>
    </message>
    <message>
        <source>a resident not on this board</source>
        <translation>preswylydd nad yw ar y bwrdd hwn</translation>
    </message>
    <message>
        <source>Notes sent to the server from this station: %1.</source>
        <translation>Nodiadau a anfonwyd i&apos;r gweinydd o&apos;r orsaf hon: %1.</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Nodyn heb ei gadw</translation>
    </message>
    <message>
        <source>The note about %1 has not been saved. Discard it?</source>
        <translation>Nid yw&apos;r nodyn ynghylch %1 wedi&apos;i gadw. Ydych chi am ei waredu?</translation>
    </message>
    <message>
        <source>The notes about %1 cannot be read just now (%2). Nothing is lost: they show again once the database answers.</source>
        <translation>Ni ellir darllen y nodiadau ynghylch %1 ar hyn o bryd (%2). Nid oes dim wedi&apos;i golli: byddant yn ymddangos eto pan fydd y gronfa ddata yn ymateb.</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Wrthi&apos;n darllen y bwrdd…</translation>
    </message>
    <message>
        <source>Reading the notes about %1…</source>
        <translation>Wrthi&apos;n darllen y nodiadau ynghylch %1…</translation>
    </message>
    <message>
        <source>Reading the shift for the handover…</source>
        <translation>Wrthi&apos;n darllen y shifft ar gyfer y trosglwyddiad…</translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation>Rhoi gwybod am dd&amp;igwyddiad…</translation>
    </message>
    <message>
        <source>The incident is reported: a manager will review it.</source>
        <translation>Rhoddwyd gwybod am y digwyddiad: bydd rheolwr yn ei adolygu.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>This is an incident report: it is never changed. A manager reviews it; report another incident if something more happened.</source>
        <translation>Adroddiad digwyddiad yw hwn: nid yw byth yn cael ei newid. Mae rheolwr yn ei adolygu; rhowch wybod am ddigwyddiad arall os digwyddodd rhywbeth arall.</translation>
    </message>
    <message>
        <source>Residents this shift</source>
        <translation>Preswylwyr y shifft hon</translation>
    </message>
    <message>
        <source>The resident&apos;s notes</source>
        <translation>Nodiadau&apos;r preswylydd</translation>
    </message>
</context>
<context>
    <name>ShiftBoardStore</name>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1: %2 (sgôr %3)</translation>
    </message>
    <message>
        <source>Head injury: observations due %1</source>
        <translation>Anaf i&apos;r pen: arsylwadau&apos;n ddyledus am %1</translation>
    </message>
</context>
<context>
    <name>ShiftPattern</name>
    <message>
        <source>Early</source>
        <translation>gynnar</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>hwyr</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ddydd</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>nos</translation>
    </message>
    <message>
        <source>A care home needs at least one shift.</source>
        <translation>Mae angen o leiaf un shifft ar gartref gofal.</translation>
    </message>
    <message>
        <source>The %1 shift starts and ends at the same time: correct its end time.</source>
        <translation>Mae&apos;r shifft %1 yn dechrau ac yn gorffen ar yr un pryd: cywirwch ei hamser gorffen.</translation>
    </message>
    <message>
        <source>No shift is on from %1 to %2: change the times so that one always is (an overlap is a handover).</source>
        <translation>Nid oes shifft ar waith o %1 i %2: newidiwch yr amserau fel bod un ar waith bob amser (trosglwyddiad yw gorgyffwrdd).</translation>
    </message>
    <message>
        <source>%1 shift, %2 (%3-%4)</source>
        <translation>Shifft %1, %2 (%3-%4)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Use your own email address and password: everything you record is signed with your name.</source>
        <translation>Defnyddiwch eich cyfeiriad e-bost a&apos;ch cyfrinair eich hun: mae popeth rydych chi&apos;n ei gofnodi yn cael ei lofnodi â&apos;ch enw.</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Cyfeiriad e-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation>Teipiwch eich cyfeiriad e-bost yn gyntaf.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Teipiwch eich cyfrinair.</translation>
    </message>
    <message>
        <source>A demonstration home: fictional people, nothing real</source>
        <translation>Cartref arddangos: pobl ddychmygol, dim byd go iawn</translation>
    </message>
    <message>
        <source>Everyone here has the password %1. Choose someone to sign in as:</source>
        <translation>Mae gan bawb yma&apos;r cyfrinair %1. Dewiswch rywun i fewngofnodi fel nhw:</translation>
    </message>
    <message>
        <source>People to sign in as</source>
        <translation>Pobl i fewngofnodi fel nhw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>You were signed in but the session could not be opened: sign in again.</source>
        <translation>Roeddech chi wedi mewngofnodi ond nid oedd modd agor y sesiwn: mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>You are no longer signed in: sign in again, then save the note.</source>
        <translation>Nid ydych wedi mewngofnodi mwyach: mewngofnodwch eto, yna cadwch y nodyn.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the note could not be kept on this station either (is the disk full?). Keep the form open and try saving again in a moment.</source>
        <translation>Ni ellir cysylltu â&apos;r gweinydd, ac nid oedd modd cadw&apos;r nodyn ar yr orsaf hon chwaith (a yw&apos;r ddisg yn llawn?). Cadwch y ffurflen ar agor a cheisiwch ei chadw eto mewn munud.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the note is kept safely on this station and will be sent by itself when the server is back.</source>
        <translation>Ni ellir cysylltu â&apos;r gweinydd: mae&apos;r nodyn wedi&apos;i gadw&apos;n ddiogel ar yr orsaf hon a bydd yn cael ei anfon yn awtomatig pan fydd y gweinydd ar gael eto.</translation>
    </message>
    <message>
        <source>Notes kept on this station earlier could not be opened, so they have not been sent. They are kept in %1. Tell your manager, so that they can be looked at. New notes are kept as usual.</source>
        <translation>Nid oedd modd agor nodiadau a gadwyd ar yr orsaf hon yn gynharach, felly nid ydynt wedi&apos;u hanfon. Maen nhw&apos;n cael eu cadw yn y ffolder hwn: %1. Dywedwch wrth eich rheolwr, fel y gellir edrych arnynt. Mae nodiadau newydd yn cael eu cadw yn ôl yr arfer.</translation>
    </message>
    <message>
        <source>This station cannot keep your notes while the server is away: its folder for them, or your key to it, cannot be used just now. Notes are saved as usual while the server can be reached. Sign out and in again, and tell your manager if this stays.</source>
        <translation>Ni all yr orsaf hon gadw eich nodiadau tra nad yw&apos;r gweinydd ar gael: ni ellir defnyddio ei ffolder ar eu cyfer, na&apos;ch allwedd iddo, ar hyn o bryd. Mae nodiadau&apos;n cael eu cadw yn ôl yr arfer tra bo modd cysylltu â&apos;r gweinydd. Allgofnodwch a mewngofnodwch eto, a dywedwch wrth eich rheolwr os bydd hyn yn parhau.</translation>
    </message>
    <message>
        <source>Your new password is saved, but signing in could not be finished: sign in again with the new password.</source>
        <translation>Mae eich cyfrinair newydd wedi&apos;i gadw, ond nid oedd modd gorffen mewngofnodi: mewngofnodwch eto gyda&apos;r cyfrinair newydd.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <source>only a superuser on the server&apos;s computer can see them</source>
        <translation>dim ond uwchddefnyddiwr ar gyfrifiadur y gweinydd a all eu gweld</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Iechyd:</translation>
    </message>
    <message>
        <source>  Database size: %1</source>
        <translation>  Maint y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>  Newest backup: %1 (%2), ended %3</source>
        <translation>  Copi wrth gefn diweddaraf: %1 (%2), wedi gorffen %3</translation>
    </message>
    <message>
        <source>  Newest backup: none</source>
        <translation>  Copi wrth gefn diweddaraf: dim</translation>
    </message>
    <message>
        <source>  Archiving: off</source>
        <translation>  Archifo: i ffwrdd</translation>
    </message>
    <message>
        <source>  Archiving: on; last archived %1 at %2</source>
        <translation>  Archifo: ymlaen; archifwyd ddiwethaf: %1, am %2</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>dim byd eto</translation>
    </message>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
            <numerusform>; %n methiant, yr olaf am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  This server is a standby; its newest replayed change is %1 s old.</source>
        <translation>  Gweinydd wrth gefn yw&apos;r gweinydd hwn; mae&apos;r newid diweddaraf a ailchwaraewyd ganddo %1 s oed.</translation>
    </message>
    <message>
        <source>  Replication slot %1 (no standby attached): holds %2</source>
        <translation>  Slot dyblygu %1 (dim gweinydd wrth gefn ynghlwm): yn dal %2</translation>
    </message>
    <message>
        <source>  Standby %1 (%2): %3, %4 s behind, %5 not yet replayed</source>
        <translation>  Gweinydd wrth gefn %1 (%2): %3, %4 s ar ei hôl hi, %5 heb ei ailchwarae eto</translation>
    </message>
    <message>
        <source>  Standbys: none</source>
        <translation>  Gweinyddion wrth gefn: dim</translation>
    </message>
    <message>
        <source>  Oldest open transaction: %1</source>
        <translation>  Trafodyn agored hynaf: %1</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>ers %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>  Connections to this database:</source>
        <translation>  Cysylltiadau â&apos;r gronfa ddata hon:</translation>
    </message>
    <message>
        <source>    %1 from %2 (%3): %4</source>
        <translation>    %1 o %2 (%3): %4</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>dim enw</translation>
    </message>
    <message numerus="yes">
        <source>  Shift-note partitions up to %1; %n note(s) waiting for theirs</source>
        <translation>
            <numerusform>  Rhaniadau nodiadau shifft hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
            <numerusform>  Rhaniadau nodiadau shifft hyd at %1; %n nodyn yn aros am ei raniad</numerusform>
            <numerusform>  Rhaniadau nodiadau shifft hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
            <numerusform>  Rhaniadau nodiadau shifft hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
            <numerusform>  Rhaniadau nodiadau shifft hyd at %1; %n nodyn yn aros am eu rhaniad</numerusform>
        </translation>
    </message>
    <message>
        <source>  Tables and partitions (live rows, dead rows, last vacuum, last analyze, size):</source>
        <translation>  Tablau a rhaniadau (rhesi byw, rhesi marw, vacuum diwethaf, analyze diwethaf, maint):</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nid oes dim angen sylw.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Angen sylw:</translation>
    </message>
</context>
<context>
    <name>SubjectAccessFiles</name>
    <message>
        <source>The export of %1&apos;s records could not be saved in %2: %3</source>
        <translation>Nid oedd modd cadw&apos;r cofnodion a allforiwyd ar gyfer %1 (lleoliad: %2): %3</translation>
    </message>
    <message>
        <source>The export of %1&apos;s records could not be read back from %2: %3</source>
        <translation>Nid oedd modd darllen yn ôl y cofnodion a allforiwyd ar gyfer %1 (lleoliad: %2): %3</translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation>Allforio cofnodion %1: %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessPrintout</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>Nid oes dim wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation>Allforio ar gyfer cais gwrthrych am wybodaeth: %1</translation>
    </message>
    <message>
        <source>%1, %2. Exported by %3 at %4.</source>
        <translation>%1, %2. Allforiwyd gan: %3, am %4.</translation>
    </message>
    <message>
        <source>About this export</source>
        <translation>Ynghylch yr allforiad hwn</translation>
    </message>
    <message>
        <source>Every record Write Care Notes holds about %1: the record itself and its medical notes, admissions and moves, shift notes, care plans and their reviews, assessments, incidents with their reviews and notifications, earlier versions of the record, who has seen it, and everything the audit log holds about them. The JSON file saved beside this one holds the same, for a computer to read. Free text may name other people (visitors, staff, other residents): read it before it leaves the home.</source>
        <translation>Pob cofnod sydd gan Write Care Notes ynghylch %1: y cofnod ei hun a&apos;i nodiadau meddygol, cofnodion derbyn a symud, nodiadau shifft, cynlluniau gofal a&apos;u hadolygiadau, asesiadau, digwyddiadau gyda&apos;u hadolygiadau a&apos;u hysbysiadau, fersiynau cynharach o&apos;r cofnod, pwy sydd wedi&apos;i weld, a phopeth sydd yn y log archwilio am y preswylydd. Mae&apos;r ffeil JSON a gadwyd wrth ymyl yr un hon yn cynnwys yr un peth, i gyfrifiadur ei ddarllen. Gall testun rhydd enwi pobl eraill (ymwelwyr, staff, preswylwyr eraill): darllenwch ef cyn iddo adael y cartref.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Y cofnod</translation>
    </message>
    <message>
        <source>Admissions, moves and discharge</source>
        <translation>Derbyn, symud a rhyddhau</translation>
    </message>
    <message>
        <source>Shift notes</source>
        <translation>Nodiadau shifft</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Cynlluniau gofal</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Earlier versions of the record</source>
        <translation>Fersiynau cynharach o&apos;r cofnod</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gorsaf</translation>
    </message>
    <message>
        <source>Who has seen the record</source>
        <translation>Pwy sydd wedi gweld y cofnod</translation>
    </message>
    <message>
        <source>Everything the audit log holds about them</source>
        <translation>Popeth sydd yn y log archwilio am y preswylydd</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 (cyn y newid)</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Neb wedi mewngofnodi</translation>
    </message>
</context>
<context>
    <name>SubjectAccessStore</name>
    <message>
        <source>Only someone who may read the resident&apos;s record, medical notes, every incident and the audit log (a manager) exports it, and only for a resident of their homes.</source>
        <translation>Dim ond rhywun sy&apos;n cael darllen cofnod y preswylydd, ei nodiadau meddygol, pob digwyddiad a&apos;r log archwilio (rheolwr) a all ei allforio, a dim ond ar gyfer preswylydd yn un o&apos;u cartrefi.</translation>
    </message>
    <message>
        <source>The export could not be made: %1</source>
        <translation>Nid oedd modd creu&apos;r allforiad: %1</translation>
    </message>
    <message>
        <source>The export could not be read: %1</source>
        <translation>Nid oedd modd darllen yr allforiad: %1</translation>
    </message>
</context>
<context>
    <name>SyntheticDataGenerator</name>
    <message>
        <source>--scale must be a number of homes from 1 to 999.</source>
        <translation>Rhaid i --scale fod yn nifer o gartrefi rhwng 1 a 999.</translation>
    </message>
    <message>
        <source>--days must be from 1 to 3660.</source>
        <translation>Rhaid i --days fod rhwng 1 a 3660.</translation>
    </message>
    <message>
        <source>--residents-per-home must be from 1 to 400.</source>
        <translation>Rhaid i --residents-per-home fod rhwng 1 a 400.</translation>
    </message>
    <message>
        <source>--seed must not be empty.</source>
        <translation>Ni chaiff --seed fod yn wag.</translation>
    </message>
    <message>
        <source>No date to end the data at.</source>
        <translation>Dim dyddiad i orffen y data arno.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Methodd %1: %2</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Wrthi&apos;n gwirio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>generate-data writes as the owner of every organization&apos;s data, which only a PostgreSQL superuser may: connect as one.</source>
        <translation>Mae generate-data yn ysgrifennu fel perchennog data pob sefydliad, a dim ond uwchddefnyddiwr PostgreSQL sy&apos;n cael gwneud hynny: cysylltwch fel uwchddefnyddiwr.</translation>
    </message>
    <message>
        <source>The medical notes have no master key yet: run init-keys first.</source>
        <translation>Nid oes gan y nodiadau meddygol brif allwedd eto: rhedwch init-keys yn gyntaf.</translation>
    </message>
    <message>
        <source>This database already holds synthetic data: generate it into a new database.</source>
        <translation>Mae data synthetig yn y gronfa ddata hon eisoes: cynhyrchwch ef mewn cronfa ddata newydd.</translation>
    </message>
    <message>
        <source>Hashing the password</source>
        <translation>Wrthi&apos;n stwnsio&apos;r cyfrinair</translation>
    </message>
    <message>
        <source>Preparing the session</source>
        <translation>Wrthi&apos;n paratoi&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Creating the partition for %1</source>
        <translation>Wrthi&apos;n creu&apos;r rhaniad ar gyfer %1</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; %n new monthly partition(s) of shift notes.</source>
        <translation>
            <numerusform>Cyfnod %1 i %2; %n rhaniad misol newydd ar gyfer nodiadau shifft.</numerusform>
            <numerusform>Cyfnod %1 i %2; %n rhaniad misol newydd ar gyfer nodiadau shifft.</numerusform>
            <numerusform>Cyfnod %1 i %2; %n rhaniad misol newydd ar gyfer nodiadau shifft.</numerusform>
            <numerusform>Cyfnod %1 i %2; %n rhaniad misol newydd ar gyfer nodiadau shifft.</numerusform>
            <numerusform>Cyfnod %1 i %2; %n rhaniad misol newydd ar gyfer nodiadau shifft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the partitions ahead</source>
        <translation>Wrthi&apos;n creu&apos;r rhaniadau ymlaen llaw</translation>
    </message>
    <message>
        <source>Analyzing</source>
        <translation>Wrthi&apos;n dadansoddi</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Wedi gorffen mewn %1 s.</translation>
    </message>
    <message>
        <source>Writing organization %1</source>
        <translation>Wrthi&apos;n ysgrifennu sefydliad %1</translation>
    </message>
    <message>
        <source>Writing organization %1&apos;s users</source>
        <translation>Wrthi&apos;n ysgrifennu defnyddwyr sefydliad %1</translation>
    </message>
    <message>
        <source>Setting organization %1&apos;s passwords</source>
        <translation>Wrthi&apos;n gosod cyfrineiriau sefydliad %1</translation>
    </message>
    <message>
        <source>Making organization %1&apos;s key</source>
        <translation>Wrthi&apos;n creu allwedd sefydliad %1</translation>
    </message>
    <message>
        <source>Organization %1 could not be committed.</source>
        <translation>Nid oedd modd ymrwymo sefydliad %1.</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Cartref %1</translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation>%1 (cam %2)</translation>
    </message>
    <message>
        <source>%1 could not be committed.</source>
        <translation>Nid oedd modd ymrwymo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Home %1: %2 residents (%3 there now), %n care plan review(s), in %4 s.</source>
        <translation>
            <numerusform>Cartref %1: %2 preswylydd (%3 yno nawr), %n adolygiad cynllun gofal, mewn %4 s.</numerusform>
            <numerusform>Cartref %1: %2 preswylydd (%3 yno nawr), %n adolygiad cynllun gofal, mewn %4 s.</numerusform>
            <numerusform>Cartref %1: %2 preswylydd (%3 yno nawr), %n adolygiad cynllun gofal, mewn %4 s.</numerusform>
            <numerusform>Cartref %1: %2 preswylydd (%3 yno nawr), %n adolygiad cynllun gofal, mewn %4 s.</numerusform>
            <numerusform>Cartref %1: %2 preswylydd (%3 yno nawr), %n adolygiad cynllun gofal, mewn %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home %1, notes of %2</source>
        <translation>Cartref %1, nodiadau %2</translation>
    </message>
    <message>
        <source>Home %1, notes of %2 could not be committed.</source>
        <translation>Nid oedd modd ymrwymo Cartref %1, nodiadau %2.</translation>
    </message>
    <message>
        <source>Analyzing the notes of %1</source>
        <translation>Wrthi&apos;n dadansoddi nodiadau %1</translation>
    </message>
    <message numerus="yes">
        <source>Home %1, %2: %n note(s) in %3 s.</source>
        <translation>
            <numerusform>Cartref %1, %2: %n nodyn mewn %3 s.</numerusform>
            <numerusform>Cartref %1, %2: %n nodyn mewn %3 s.</numerusform>
            <numerusform>Cartref %1, %2: %n nodyn mewn %3 s.</numerusform>
            <numerusform>Cartref %1, %2: %n nodyn mewn %3 s.</numerusform>
            <numerusform>Cartref %1, %2: %n nodyn mewn %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>--homes-per-organization must be from 1 to 999.</source>
        <translation>Rhaid i --homes-per-organization fod rhwng 1 a 999.</translation>
    </message>
</context>
<context>
    <name>TableMetricsModel</name>
    <message>
        <source>Table or partition</source>
        <translation>Tabl neu raniad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Rhesi marw</translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation>Vacuum diwethaf</translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation>Analyze diwethaf</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Cyfrinair ar gyfer %1</translation>
    </message>
    <message>
        <source>Give %1 this password in person:</source>
        <translation>Defnyddiwr: %1. Rhowch y cyfrinair hwn iddyn nhw wyneb yn wyneb:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Cyfrinair dros dro</translation>
    </message>
    <message>
        <source>It is shown only now: nobody can see it again. They choose their own password when they first sign in with it.</source>
        <translation>Dim ond nawr y caiff ei ddangos: ni all neb ei weld eto. Byddan nhw&apos;n dewis eu cyfrinair eu hunain pan fyddan nhw&apos;n mewngofnodi ag ef am y tro cyntaf.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1, %2 shift - %3, written %4</source>
        <translation>%1, shifft %2 - %3, ysgrifennwyd %4</translation>
    </message>
    <message>
        <source>, reached the server %1</source>
        <translation>, cyrhaeddodd y gweinydd %1</translation>
    </message>
    <message>
        <source> - LATE ENTRY</source>
        <translation> - COFNOD HWYR</translation>
    </message>
    <message>
        <source>CORRECTION of an earlier note. Reason: %1</source>
        <translation>CYWIRIAD i nodyn cynharach. Rheswm: %1</translation>
    </message>
    <message>
        <source>Escalated: %1 - told %2</source>
        <translation>Uwchgyfeiriwyd: %1 - rhoddwyd gwybod i: %2</translation>
    </message>
    <message>
        <source>CORRECTED by %1 on %2: the correction is the entry that says so.</source>
        <translation>WEDI&apos;I GYWIRO (%1, %2): y cywiriad yw&apos;r cofnod sy&apos;n dweud hynny.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>%1 - INCIDENT: %2, reported by %3 at %4</source>
        <translation>%1 - DIGWYDDIAD: %2, adroddwyd gan: %3, am %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Injuries: %1</source>
        <translation>Anafiadau: %1</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation>Tueddiadau: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing recorded yet for %1.</source>
        <translation>Dim byd wedi&apos;i gofnodi eto ar gyfer %1.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Shift-note observations</source>
        <translation>Arsylwadau nodiadau shifft</translation>
    </message>
    <message>
        <source>Values charted: %1, from NEWS2 assessments (circles) and shift-note observations (squares). Click a point to see where it came from.</source>
        <translation>Gwerthoedd yn y siart: %1, o asesiadau NEWS2 (cylchoedd) ac arsylwadau nodiadau shifft (sgwariau). Cliciwch ar bwynt i weld o ble y daeth.</translation>
    </message>
    <message>
        <source>Values charted: %1, from shift-note observations. Click a point to see which note it came from.</source>
        <translation>Gwerthoedd yn y siart: %1, o arsylwadau nodiadau shifft. Cliciwch ar bwynt i weld o ba nodyn y daeth.</translation>
    </message>
    <message>
        <source>Values charted: %1. Click a point to open its assessment.</source>
        <translation>Gwerthoedd yn y siart: %1. Cliciwch ar bwynt i agor ei asesiad.</translation>
    </message>
    <message>
        <source>Sets of observations in shift notes not charted because a parameter is missing (so there is no whole score): %1.</source>
        <translation>Setiau o arsylwadau mewn nodiadau shifft sydd heb eu dangos yn y siart am fod paramedr ar goll (felly nid oes sgôr gyflawn): %1.</translation>
    </message>
    <message>
        <source>Nothing recorded yet for %1: no weight, BMI, MUST, Waterlow or NEWS2.</source>
        <translation>Dim byd wedi&apos;i gofnodi eto ar gyfer %1: dim pwysau, BMI, MUST, Waterlow na NEWS2.</translation>
    </message>
    <message>
        <source>Reading the values recorded for %1…</source>
        <translation>Wrthi&apos;n darllen y gwerthoedd a gofnodwyd ar gyfer %1…</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>You may not set this user&apos;s password: only an administrator of the same organization may.</source>
        <translation>Ni chewch osod cyfrinair y defnyddiwr hwn: dim ond gweinyddwr o&apos;r un sefydliad sy&apos;n cael gwneud hynny.</translation>
    </message>
    <message>
        <source>The user could not be saved: try again.</source>
        <translation>Nid oedd modd cadw&apos;r defnyddiwr: ceisiwch eto.</translation>
    </message>
    <message>
        <source>You may not change this user: only an administrator of the same organization may.</source>
        <translation>Ni chewch newid y defnyddiwr hwn: dim ond gweinyddwr o&apos;r un sefydliad sy&apos;n cael gwneud hynny.</translation>
    </message>
    <message>
        <source>They have not chosen their own password yet: confirm once they have signed in and chosen it, with you.</source>
        <translation>Nid ydyn nhw wedi dewis eu cyfrinair eu hunain eto: cadarnhewch ar ôl iddyn nhw fewngofnodi a&apos;i ddewis, a chithau gyda nhw.</translation>
    </message>
    <message>
        <source>You may not confirm this user: a manager who works at all their care homes confirms them, and not someone who manages users or set up this account.</source>
        <translation>Ni chewch gadarnhau&apos;r defnyddiwr hwn: rheolwr sy&apos;n gweithio ym mhob un o&apos;u cartrefi gofal sy&apos;n eu cadarnhau, nid rhywun sy&apos;n rheoli defnyddwyr neu a greodd y cyfrif hwn.</translation>
    </message>
    <message>
        <source>You may not unlock this user: only an administrator of the same organization who holds all their rights and care homes may.</source>
        <translation>Ni chewch ddatgloi&apos;r defnyddiwr hwn: dim ond gweinyddwr o&apos;r un sefydliad sydd â&apos;u holl hawliau a&apos;u holl gartrefi gofal sy&apos;n cael gwneud hynny.</translation>
    </message>
    <message>
        <source>This user is not of your organization, or no longer exists.</source>
        <translation>Nid yw&apos;r defnyddiwr hwn yn perthyn i&apos;ch sefydliad chi, neu nid yw&apos;n bodoli mwyach.</translation>
    </message>
    <message>
        <source>The changes could not be saved: try again.</source>
        <translation>Nid oedd modd cadw&apos;r newidiadau: ceisiwch eto.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Newid manylion %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Cyfeiriad e-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>empty: at once</source>
        <translation>gwag: ar unwaith</translation>
    </message>
    <message>
        <source>empty: no end</source>
        <translation>gwag: dim diwedd</translation>
    </message>
    <message>
        <source>For agency and bank staff: their last day. They cannot sign in after it.</source>
        <translation>Ar gyfer staff asiantaeth a staff banc: eu diwrnod olaf. Ni allant fewngofnodi ar ôl hynny.</translation>
    </message>
    <message>
        <source>Access &amp;starts on</source>
        <translation>&amp;Mynediad yn dechrau ar</translation>
    </message>
    <message>
        <source>Access &amp;ends after</source>
        <translation>Mynediad yn gorffe&amp;n</translation>
    </message>
    <message>
        <source>&amp;All care homes, now and later</source>
        <translation>&amp;Pob cartref, nawr ac wedyn</translation>
    </message>
    <message>
        <source>Care &amp;homes</source>
        <translation>Cartrefi &amp;gofal</translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation>Beth y caniateir iddyn nhw ei wneud</translation>
    </message>
    <message>
        <source>Ticked as their role allows; a tick added or taken away is theirs alone, and marked. Rights of a resident&apos;s care wait for a manager to confirm them.</source>
        <translation>Wedi&apos;u ticio yn ôl yr hyn y mae eu rôl yn ei ganiatáu; mae tic a ychwanegir neu a dynnir yn berthnasol iddyn nhw yn unig, ac wedi&apos;i farcio. Mae hawliau sy&apos;n ymwneud â gofal preswylydd yn aros i reolwr eu cadarnhau.</translation>
    </message>
    <message>
        <source>This is your own account: you may change your name and email address. Another administrator changes your role, rights, care homes or access.</source>
        <translation>Eich cyfrif chi yw hwn: cewch newid eich enw a&apos;ch cyfeiriad e-bost. Gweinyddwr arall sy&apos;n newid eich rôl, eich hawliau, eich cartrefi gofal neu&apos;ch mynediad.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>%1 (given to them)</source>
        <translation>%1 (wedi&apos;i roi iddyn nhw)</translation>
    </message>
    <message>
        <source>%1 (taken away from them)</source>
        <translation>%1 (wedi&apos;i dynnu oddi arnyn nhw)</translation>
    </message>
    <message>
        <source>Tick the care homes where %1 works, or All care homes.</source>
        <translation>Ticiwch y cartrefi gofal lle mae %1 yn gweithio, neu ticiwch “Pob cartref gofal”.</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>All care homes</source>
        <translation>Pob cartref gofal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Wedi&apos;i ddadactifadu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Care homes</source>
        <translation>Cartrefi gofal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Waiting for a manager to confirm</source>
        <translation>Yn aros i reolwr gadarnhau</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Wedi mewngofnodi ddiwethaf</translation>
    </message>
    <message>
        <source>%1, administrator</source>
        <translation>%1, gweinyddwr</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>Wedi&apos;i gloi allan tan %1</translation>
    </message>
    <message>
        <source>Access ended on %1</source>
        <translation>Daeth y mynediad i ben ar %1</translation>
    </message>
    <message>
        <source>Access starts on %1</source>
        <translation>Mynediad yn dechrau ar %1</translation>
    </message>
    <message>
        <source>Waiting for a manager to confirm; last day %1</source>
        <translation>Yn aros i reolwr gadarnhau; diwrnod olaf %1</translation>
    </message>
    <message>
        <source>Active; last day %1</source>
        <translation>Gweithredol; diwrnod olaf %1</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>The email address or the password is not right: check both, then try again.</source>
        <translation>Mae&apos;r cyfeiriad e-bost neu&apos;r cyfrinair yn anghywir: gwiriwch y ddau, yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>unnamed station</source>
        <translation>gorsaf heb enw</translation>
    </message>
    <message>
        <source>There have been too many wrong passwords, so signing in with this email address is locked until %1: try again then, or ask an administrator to unlock it on the Users page.</source>
        <translation>Rhoddwyd gormod o gyfrineiriau anghywir, felly mae mewngofnodi gyda&apos;r cyfeiriad e-bost hwn wedi&apos;i gloi tan %1: ceisiwch eto bryd hynny, neu gofynnwch i weinyddwr ei ddatgloi ar y dudalen Defnyddwyr.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Cyfeiriad e-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Care &amp;homes</source>
        <translation>Cartrefi &amp;gofal</translation>
    </message>
    <message>
        <source>&amp;All care homes, now and later</source>
        <translation>&amp;Pob cartref, nawr ac wedyn</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Ychwanegu de&amp;fnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Ailactifadu</translation>
    </message>
    <message>
        <source>Tick the care homes where %1 works, or All care homes.</source>
        <translation>Ticiwch y cartrefi gofal lle mae %1 yn gweithio, neu ticiwch “Pob cartref gofal”.</translation>
    </message>
    <message>
        <source>The user may sign in again.</source>
        <translation>Caiff y defnyddiwr fewngofnodi eto.</translation>
    </message>
    <message>
        <source>The user can no longer sign in; what they recorded stays.</source>
        <translation>Ni all y defnyddiwr fewngofnodi mwyach; mae&apos;r hyn a gofnodwyd ganddyn nhw yn aros.</translation>
    </message>
    <message>
        <source>Your unsaved work is back as you left it.</source>
        <translation>Mae eich gwaith heb ei gadw yn ôl fel y gadawsoch ef.</translation>
    </message>
    <message>
        <source>An account an administrator set up waits for a manager. Select it; confirm only with them in front of you, once they have chosen their own password.</source>
        <translation>Mae cyfrif a greodd gweinyddwr yn aros am reolwr. Dewiswch ef; dim ond pan fyddan nhw o&apos;ch blaen y dylech gadarnhau, ar ôl iddyn nhw ddewis eu cyfrinair eu hunain.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Cadarn&amp;hau</translation>
    </message>
    <message>
        <source>Confirm only with them in front of you, once they have chosen their own password</source>
        <translation>Dim ond pan fyddan nhw o&apos;ch blaen y dylech gadarnhau, ar ôl iddyn nhw ddewis eu cyfrinair eu hunain</translation>
    </message>
    <message>
        <source>A manager then confirms them, with them there, before they see any resident: you set their first password.</source>
        <translation>Yna bydd rheolwr yn eu cadarnhau, gyda nhw yno, cyn iddyn nhw weld unrhyw breswylydd: chi sy&apos;n gosod eu cyfrinair cyntaf.</translation>
    </message>
    <message>
        <source>Confirmed: they see the records their role allows from their next step on.</source>
        <translation>Wedi&apos;u cadarnhau: byddan nhw&apos;n gweld y cofnodion y mae eu rôl yn eu caniatáu o&apos;u cam nesaf ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Dadactifadu...</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Datg&amp;loi</translation>
    </message>
    <message>
        <source>End the lockout after too many wrong passwords</source>
        <translation>Dod â&apos;r cloi allan i ben ar ôl gormod o gyfrineiriau anghywir</translation>
    </message>
    <message>
        <source>Access &amp;starts on</source>
        <translation>&amp;Mynediad yn dechrau ar</translation>
    </message>
    <message>
        <source>empty: at once</source>
        <translation>gwag: ar unwaith</translation>
    </message>
    <message>
        <source>Access &amp;ends after</source>
        <translation>Mynediad yn gorffe&amp;n</translation>
    </message>
    <message>
        <source>empty: no end</source>
        <translation>gwag: dim diwedd</translation>
    </message>
    <message>
        <source>For agency and bank staff: their last day. They cannot sign in after it.</source>
        <translation>Ar gyfer staff asiantaeth a staff banc: eu diwrnod olaf. Ni allant fewngofnodi ar ôl hynny.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Dadactifadu %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, and is signed out at once on every station. Nothing they recorded is removed or changed: their name stays on it. You can reactivate them later.</source>
        <translation>Ni fydd %1 yn gallu mewngofnodi mwyach, a byddan nhw&apos;n cael eu hallgofnodi ar unwaith ar bob gorsaf. Nid oes dim a gofnodwyd ganddyn nhw yn cael ei ddileu na&apos;i newid: mae eu henw yn aros arno. Gallwch eu hailactifadu yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dadactifadu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>%1 may sign in again now.</source>
        <translation>Caiff %1 fewngofnodi eto nawr.</translation>
    </message>
    <message>
        <source>%1 was not locked out: nothing to unlock.</source>
        <translation>Nid oedd %1 wedi&apos;i gloi allan: nid oes dim i&apos;w ddatgloi.</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Chwilio yn ôl enw neu e-bost</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Chwilio defnyddwyr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Care home</source>
        <translation>Cartref gofal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Newid...</translation>
    </message>
    <message>
        <source>Name, email, role, care homes, rights and access dates (or double-click the user)</source>
        <translation>Enw, e-bost, rôl, cartrefi gofal, hawliau a dyddiadau mynediad (neu cliciwch ddwywaith ar y defnyddiwr)</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Ailosod &amp;cyfrinair...</translation>
    </message>
    <message>
        <source>Make a temporary password to give them in person</source>
        <translation>Creu cyfrinair dros dro i&apos;w roi iddyn nhw wyneb yn wyneb</translation>
    </message>
    <message>
        <source>A temporary password is made for them and shown to you once, to give them in person: they choose their own at their first sign-in.</source>
        <translation>Mae cyfrinair dros dro yn cael ei greu ar eu cyfer a&apos;i ddangos i chi unwaith, i&apos;w roi iddyn nhw wyneb yn wyneb: byddan nhw&apos;n dewis eu cyfrinair eu hunain pan fyddan nhw&apos;n mewngofnodi am y tro cyntaf.</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>Every care home</source>
        <translation>Pob cartref gofal</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Wedi&apos;u dadactifadu</translation>
    </message>
    <message>
        <source>Access ended or not started</source>
        <translation>Mynediad wedi dod i ben neu heb ddechrau</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Wedi&apos;u cloi allan</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Heb fewngofnodi erioed</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>Dim defnyddwyr</numerusform>
            <numerusform>%n defnyddiwr</numerusform>
            <numerusform>%n defnyddiwr</numerusform>
            <numerusform>%n defnyddiwr</numerusform>
            <numerusform>%n defnyddiwr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 o %n defnyddiwr</numerusform>
            <numerusform>%1 o %n defnyddiwr</numerusform>
            <numerusform>%1 o %n defnyddiwr</numerusform>
            <numerusform>%1 o %n defnyddiwr</numerusform>
            <numerusform>%1 o %n defnyddiwr</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now sign in with %2 and the temporary password; they choose their own then.</source>
        <translation>Gall %1 fewngofnodi nawr gan ddefnyddio %2 a&apos;r cyfrinair dros dro; byddan nhw&apos;n dewis eu cyfrinair eu hunain bryd hynny.</translation>
    </message>
    <message>
        <source>%1 %2 is changed. Their new rights of residents&apos; care wait for a manager to confirm them, with them there.</source>
        <translation>Mae manylion %1 %2 wedi&apos;u newid. Mae eu hawliau newydd o ran gofal preswylwyr yn aros i reolwr eu cadarnhau, gyda nhw yno.</translation>
    </message>
    <message>
        <source>%1 %2 is changed, from their next step on.</source>
        <translation>Mae manylion %1 %2 wedi&apos;u newid; daw&apos;r newid i rym o&apos;u cam nesaf ymlaen.</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password</source>
        <translation>Ailosod cyfrinair %1</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working at once. You are shown a temporary one to give them in person, and they choose their own when they next sign in with it.</source>
        <translation>Bydd cyfrinair %1 yn peidio â gweithio ar unwaith. Byddwch yn gweld un dros dro i&apos;w roi iddyn nhw wyneb yn wyneb, a byddan nhw&apos;n dewis eu cyfrinair eu hunain y tro nesaf y byddan nhw&apos;n mewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Ailosod cyfrinair</translation>
    </message>
    <message>
        <source>%1&apos;s password is reset; they choose their own at their next sign-in, and then a manager confirms them, with them there, before they see any resident again.</source>
        <translation>Mae cyfrinair %1 wedi&apos;i ailosod; byddan nhw&apos;n dewis eu cyfrinair eu hunain y tro nesaf y byddan nhw&apos;n mewngofnodi, ac yna bydd rheolwr yn eu cadarnhau, gyda nhw yno, cyn iddyn nhw weld unrhyw breswylydd eto.</translation>
    </message>
    <message>
        <source>%1&apos;s password is reset; they choose their own at their next sign-in.</source>
        <translation>Mae cyfrinair %1 wedi&apos;i ailosod; byddan nhw&apos;n dewis eu cyfrinair eu hunain y tro nesaf y byddan nhw&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <source>The new user&apos;s care homes</source>
        <translation>Cartrefi gofal y defnyddiwr newydd</translation>
    </message>
</context>
<context>
    <name>WaterlowTool</name>
    <message>
        <source>Waterlow pressure ulcer risk assessment: J. Waterlow, 1985, card revised 2005 (www.judy-waterlow.co.uk)</source>
        <translation>Asesiad risg briwiau pwyso Waterlow: J. Waterlow, 1985, diwygiwyd y cerdyn yn 2005 (www.judy-waterlow.co.uk)</translation>
    </message>
    <message>
        <source>Build: weight for height</source>
        <translation>Corffolaeth: pwysau o&apos;i gymharu â thaldra</translation>
    </message>
    <message>
        <source>Average, BMI 20-24.9 (0)</source>
        <translation>Cyfartalog, BMI 20-24.9 (0)</translation>
    </message>
    <message>
        <source>Above average, BMI 25-29.9 (1)</source>
        <translation>Uwch na&apos;r cyfartaledd, BMI 25-29.9 (1)</translation>
    </message>
    <message>
        <source>Obese, BMI 30 and over (2)</source>
        <translation>Gordew, BMI 30 a throsodd (2)</translation>
    </message>
    <message>
        <source>Below average, BMI under 20 (3)</source>
        <translation>Is na&apos;r cyfartaledd, BMI o dan 20 (3)</translation>
    </message>
    <message>
        <source>Chosen for you from the latest MUST&apos;s BMI when there is one: check it.</source>
        <translation>Wedi&apos;i ddewis i chi o BMI yr asesiad MUST diweddaraf pan fo un ar gael: gwiriwch ef.</translation>
    </message>
    <message>
        <source>Skin type: visual risk areas</source>
        <translation>Math o groen: ardaloedd risg gweladwy</translation>
    </message>
    <message>
        <source>Healthy (0)</source>
        <translation>Iach (0)</translation>
    </message>
    <message>
        <source>Tissue paper (1)</source>
        <translation>Fel papur sidan (1)</translation>
    </message>
    <message>
        <source>Dry (1)</source>
        <translation>Sych (1)</translation>
    </message>
    <message>
        <source>Oedematous (1)</source>
        <translation>Ag oedema (1)</translation>
    </message>
    <message>
        <source>Clammy, pyrexia (1)</source>
        <translation>Llaith, twymyn (1)</translation>
    </message>
    <message>
        <source>Discoloured, grade 1 (2)</source>
        <translation>Wedi newid lliw, gradd 1 (2)</translation>
    </message>
    <message>
        <source>Broken or spots, grade 2-4 (3)</source>
        <translation>Croen wedi torri neu smotiau, gradd 2-4 (3)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Male (1)</source>
        <translation>Gwryw (1)</translation>
    </message>
    <message>
        <source>Female (2)</source>
        <translation>Benyw (2)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oedran</translation>
    </message>
    <message>
        <source>years</source>
        <translation>oed</translation>
    </message>
    <message>
        <source>From the date of birth. 14-49 (1), 50-64 (2), 65-74 (3), 75-80 (4), 81 and over (5).</source>
        <translation>O&apos;r dyddiad geni. 14-49 (1), 50-64 (2), 65-74 (3), 75-80 (4), 81 a throsodd (5).</translation>
    </message>
    <message>
        <source>Continence</source>
        <translation>Ymataliaeth</translation>
    </message>
    <message>
        <source>Complete or catheterised (0)</source>
        <translation>Llawn neu â chathetr (0)</translation>
    </message>
    <message>
        <source>Urinary incontinence (1)</source>
        <translation>Anymataliaeth wrinol (1)</translation>
    </message>
    <message>
        <source>Faecal incontinence (2)</source>
        <translation>Anymataliaeth ysgarthol (2)</translation>
    </message>
    <message>
        <source>Urinary and faecal incontinence (3)</source>
        <translation>Anymataliaeth wrinol ac ysgarthol (3)</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Symudedd</translation>
    </message>
    <message>
        <source>Fully mobile (0)</source>
        <translation>Symudedd llawn (0)</translation>
    </message>
    <message>
        <source>Restless, fidgety (1)</source>
        <translation>Aflonydd, anesmwyth (1)</translation>
    </message>
    <message>
        <source>Apathetic (2)</source>
        <translation>Difater (2)</translation>
    </message>
    <message>
        <source>Restricted (3)</source>
        <translation>Cyfyngedig (3)</translation>
    </message>
    <message>
        <source>Bedbound, e.g. traction (4)</source>
        <translation>Yn gaeth i&apos;r gwely, e.e. tyniant (4)</translation>
    </message>
    <message>
        <source>Chairbound, e.g. wheelchair (5)</source>
        <translation>Yn gaeth i gadair, e.e. cadair olwyn (5)</translation>
    </message>
    <message>
        <source>Has the resident lost weight recently?</source>
        <translation>A yw&apos;r preswylydd wedi colli pwysau&apos;n ddiweddar?</translation>
    </message>
    <message>
        <source>Yes: how much?</source>
        <translation>Ie: faint?</translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation>Na (0)</translation>
    </message>
    <message>
        <source>Unsure (2)</source>
        <translation>Ansicr (2)</translation>
    </message>
    <message>
        <source>Weight lost</source>
        <translation>Pwysau a gollwyd</translation>
    </message>
    <message>
        <source>0.5-5 kg (1)</source>
        <translation>0.5-5 kg (1)</translation>
    </message>
    <message>
        <source>5-10 kg (2)</source>
        <translation>5-10 kg (2)</translation>
    </message>
    <message>
        <source>10-15 kg (3)</source>
        <translation>10-15 kg (3)</translation>
    </message>
    <message>
        <source>More than 15 kg (4)</source>
        <translation>Mwy na 15 kg (4)</translation>
    </message>
    <message>
        <source>Eating poorly or lack of appetite</source>
        <translation>Bwyta&apos;n wael neu ddiffyg archwaeth</translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation>Ie (1)</translation>
    </message>
    <message>
        <source>Special risks: tissue malnutrition</source>
        <translation>Risgiau arbennig: diffyg maeth meinweoedd</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Dim un o&apos;r rhain</translation>
    </message>
    <message>
        <source>Terminal cachexia (8)</source>
        <translation>Cacecsia terfynol (8)</translation>
    </message>
    <message>
        <source>Multiple organ failure (8)</source>
        <translation>Methiant organau lluosog (8)</translation>
    </message>
    <message>
        <source>Single organ failure: respiratory, renal, cardiac (5)</source>
        <translation>Methiant un organ: anadlol, arennol, cardiaidd (5)</translation>
    </message>
    <message>
        <source>Peripheral vascular disease (5)</source>
        <translation>Clefyd fasgwlaidd ymylol (5)</translation>
    </message>
    <message>
        <source>Anaemia, Hb under 8 (2)</source>
        <translation>Anaemia, Hb o dan 8 (2)</translation>
    </message>
    <message>
        <source>Smoking (1)</source>
        <translation>Ysmygu (1)</translation>
    </message>
    <message>
        <source>Special risks: neurological deficit (diabetes, MS, CVA, motor or sensory, paraplegia)</source>
        <translation>Risgiau arbennig: diffyg niwrolegol (diabetes, MS, CVA, echddygol neu synhwyraidd, paraplegia)</translation>
    </message>
    <message>
        <source>None (0)</source>
        <translation>Dim (0)</translation>
    </message>
    <message>
        <source>Mild (4)</source>
        <translation>Ysgafn (4)</translation>
    </message>
    <message>
        <source>Moderate (5)</source>
        <translation>Cymedrol (5)</translation>
    </message>
    <message>
        <source>Severe (6, the card&apos;s maximum)</source>
        <translation>Difrifol (6, uchafswm y cerdyn)</translation>
    </message>
    <message>
        <source>Special risks: major surgery or trauma</source>
        <translation>Risgiau arbennig: llawdriniaeth fawr neu drawma</translation>
    </message>
    <message>
        <source>Orthopaedic or spinal (5)</source>
        <translation>Orthopedig neu asgwrn cefn (5)</translation>
    </message>
    <message>
        <source>On the table over 2 hours (5)</source>
        <translation>Ar y bwrdd llawdriniaeth dros 2 awr (5)</translation>
    </message>
    <message>
        <source>On the table over 6 hours (8)</source>
        <translation>Ar y bwrdd llawdriniaeth dros 6 awr (8)</translation>
    </message>
    <message>
        <source>Time on the table can be discounted after 48 hours if recovery is normal. Over 6 hours replaces over 2 hours.</source>
        <translation>Gellir diystyru&apos;r amser ar y bwrdd llawdriniaeth ar ôl 48 awr os yw&apos;r adferiad yn normal. Mae dros 6 awr yn disodli dros 2 awr.</translation>
    </message>
    <message>
        <source>Special risks: medication (cytotoxics, long-term or high-dose steroids, anti-inflammatories)</source>
        <translation>Risgiau arbennig: meddyginiaeth (cyffuriau sytotocsig, steroidau hirdymor neu ddos uchel, cyffuriau gwrthlidiol)</translation>
    </message>
    <message>
        <source>None of these (0)</source>
        <translation>Dim un o&apos;r rhain (0)</translation>
    </message>
    <message>
        <source>Any of these (4, the card&apos;s maximum)</source>
        <translation>Unrhyw un o&apos;r rhain (4, uchafswm y cerdyn)</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Oedran %1</translation>
    </message>
    <message>
        <source>Malnutrition screening</source>
        <translation>Sgrinio am ddiffyg maeth</translation>
    </message>
    <message>
        <source>Malnutrition screening score over 2: refer for a nutrition assessment (MUST) and intervention.</source>
        <translation>Sgôr sgrinio am ddiffyg maeth dros 2: atgyfeiriwch ar gyfer asesiad maeth (MUST) ac ymyriad.</translation>
    </message>
    <message>
        <source>Very high risk</source>
        <translation>Risg uchel iawn</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risg uchel</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Mewn risg</translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation>Dim risg</translation>
    </message>
    <message>
        <source>Pressure-relieving equipment suited to the risk, a repositioning plan, skin checks at every position change, and the skin integrity care plan reviewed.</source>
        <translation>Offer lleddfu pwysau sy&apos;n addas i&apos;r risg, cynllun ail-leoli, gwirio&apos;r croen bob tro y newidir safle, ac adolygu&apos;r cynllun gofal ar gyfer cyfanrwydd y croen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to this PostgreSQL server instead of the database on this computer: a libpq connection string (&quot;host=... dbname=... sslmode=...&quot;) or a postgresql:// address.</source>
        <translation>Cysylltu â&apos;r gweinydd PostgreSQL hwn yn lle&apos;r gronfa ddata ar y cyfrifiadur hwn: llinyn cysylltu libpq (&quot;host=... dbname=... sslmode=...&quot;) neu gyfeiriad postgresql://.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Write Care Notes: care recording for care homes.

With no server configured (--db, or database/conninfo in the settings file) it keeps its database on this computer.</source>
        <translation>Write Care Notes: cofnodi gofal ar gyfer cartrefi gofal.

Heb weinydd wedi&apos;i ffurfweddu (--db, neu database/conninfo yn y ffeil gosodiadau) mae&apos;n cadw ei gronfa ddata ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Write Care Notes</source>
        <translation>Write Care Notes</translation>
    </message>
    <message>
        <source>A password given with --db can be read by other users of this computer in the process list: keep it in a .pgpass file instead.</source>
        <translation>Gall defnyddwyr eraill y cyfrifiadur hwn ddarllen cyfrinair a roddir gyda --db yn rhestr y prosesau: cadwch ef mewn ffeil .pgpass yn lle hynny.</translation>
    </message>
    <message>
        <source>Keep the database on this computer in this folder (and its key in &lt;folder&gt;-keys).</source>
        <translation>Cadw&apos;r gronfa ddata ar y cyfrifiadur hwn yn y ffolder hwn (a&apos;i hallwedd yn &lt;folder&gt;-keys).</translation>
    </message>
    <message>
        <source>Print &quot;ready&quot; and quit as soon as the window can be used (the database open and the sign-in page drawn), to measure the start-up.</source>
        <translation>Argraffu &quot;ready&quot; a gadael cyn gynted ag y gellir defnyddio&apos;r ffenestr (y gronfa ddata ar agor a&apos;r dudalen fewngofnodi wedi&apos;i llunio), i fesur yr amser cychwyn.</translation>
    </message>
    <message>
        <source>Open a fictional care home to look around in, in a database of its own (real records are never touched); the sign-in page shows its staff&apos;s sign-in details.</source>
        <translation>Agor cartref gofal dychmygol i edrych o gwmpas ynddo, mewn cronfa ddata ei hun (ni chyffyrddir byth â chofnodion go iawn); mae&apos;r dudalen fewngofnodi yn dangos manylion mewngofnodi ei staff.</translation>
    </message>
    <message>
        <source>--demo opens a database of its own on this computer: it cannot be used with --db.</source>
        <translation>Mae --demo yn agor cronfa ddata ei hun ar y cyfrifiadur hwn: ni ellir ei ddefnyddio gyda --db.</translation>
    </message>
</context>
</TS>
