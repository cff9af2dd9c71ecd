<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulars</source>
        <translation>Über Regulars</translation>
    </message>
    <message>
        <source>shared server</source>
        <translation>gemeinsamer Server</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Regulars&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database&lt;/b&gt; ({where})&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;This till&lt;/b&gt;&lt;br&gt;{till}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Regulars&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenordner&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank&lt;/b&gt; ({where})&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Diese Kasse&lt;/b&gt;&lt;br&gt;{till}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AllergenDialog</name>
    <message>
        <source>Tick every allergen the item contains:</source>
        <translation>Alle Allergene ankreuzen, die der Artikel enthält:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Customers and their data</source>
        <translation>Kunden und ihre Daten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Points and rewards</source>
        <translation>Punkte und Prämien</translation>
    </message>
    <message>
        <source>The menu</source>
        <translation>Das Sortiment</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The owner PIN</source>
        <translation>Die Inhaber-PIN</translation>
    </message>
    <message>
        <source>Imports, exports and the demo</source>
        <translation>Importe, Exporte und die Demo</translation>
    </message>
    <message>
        <source>Win-back and surprises</source>
        <translation>Zurückgewinnen und Überraschungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Find a name or a word</source>
        <translation>Einen Namen oder ein Wort suchen</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>{n} events, newest first. Nothing here can be changed or deleted.</source>
        <translation>{n} Einträge, neueste zuerst. Hier kann nichts geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <source>{shown} of {n} events match.</source>
        <translation>{shown} von {n} Einträgen passen.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera was found. Plug in a webcam and open this window again, or scan the card with the barcode scanner, or type its code.</source>
        <translation>Keine Kamera gefunden. Eine Webcam anschließen und dieses Fenster erneut öffnen, oder die Karte mit dem Scanner lesen oder ihren Code eintippen.</translation>
    </message>
    <message>
        <source>Camera problem: </source>
        <translation>Kameraproblem: </translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code up to the camera.</source>
        <translation>Den QR-Code der Karte vor die Kamera halten.</translation>
    </message>
</context>
<context>
    <name>CardBox</name>
    <message>
        <source>Save the card as a PDF to print</source>
        <translation>Karte als PDF zum Drucken speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Karte ausgeben</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Karte drucken…</translation>
    </message>
    <message>
        <source>No loyalty card yet.</source>
        <translation>Noch keine Treuekarte.</translation>
    </message>
    <message>
        <source>Card revoked on {d}; stamps kept.</source>
        <translation>Karte am {d} gesperrt; die Stempel bleiben.</translation>
    </message>
    <message>
        <source>Card {c} · not printed yet</source>
        <translation>Karte {c} · noch nicht gedruckt</translation>
    </message>
    <message>
        <source>Card {c} · printed {d}</source>
        <translation>Karte {c} · gedruckt am {d}</translation>
    </message>
    <message>
        <source>Issue a new card</source>
        <translation>Neue Karte ausgeben</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Erneut drucken…</translation>
    </message>
    <message>
        <source>Card {c} issued. Print it, or hand over a blank card and scan it later.</source>
        <translation>Karte {c} ausgegeben. Drucken, oder eine leere Karte aushändigen und später scannen.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Saved {f}: print it on a CR80 card printer or on card stock.</source>
        <translation>{f} gespeichert: auf einem CR80-Kartendrucker oder auf Karton drucken.</translation>
    </message>
</context>
<context>
    <name>CardLookFields</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Logo des Ladens wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show {t} as a table</source>
        <translation>{t} als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Chart; press Show as table for its numbers.</source>
        <translation>Diagramm; für die Zahlen „Als Tabelle zeigen“ drücken.</translation>
    </message>
    <message>
        <source>{t}, as a table</source>
        <translation>{t}, als Tabelle</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationCues</name>
    <message>
        <source>TALK ABOUT</source>
        <translation>ANSPRECHEN</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ Notiz</translation>
    </message>
    <message>
        <source>Jot something to ask or mention</source>
        <translation>Etwas notieren, das man fragen oder erwähnen möchte</translation>
    </message>
    <message>
        <source>+ Complaint</source>
        <translation>+ Beschwerde</translation>
    </message>
    <message>
        <source>Record a bad experience, to make it right next time</source>
        <translation>Ein schlechtes Erlebnis festhalten, um es beim nächsten Mal wiedergutzumachen</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Nichts nachzuhaken.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to raise from %1</source>
        <translation>
            <numerusform>%n weiteres Thema ab %1</numerusform>
            <numerusform>%n weitere Themen ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it right: {t} ({w})</source>
        <translation>Wiedergutmachen: {t} ({w})</translation>
    </message>
    <message>
        <source>Made right</source>
        <translation>Wiedergutgemacht</translation>
    </message>
    <message>
        <source>They were looked after: clear this cue</source>
        <translation>Wurde sich gekümmert: Hinweis entfernen</translation>
    </message>
    <message>
        <source>Tick off once it has been raised</source>
        <translation>Abhaken, sobald es angesprochen wurde</translation>
    </message>
    <message>
        <source>noted today</source>
        <translation>heute notiert</translation>
    </message>
    <message>
        <source>noted yesterday</source>
        <translation>gestern notiert</translation>
    </message>
    <message numerus="yes">
        <source>noted %n days ago</source>
        <translation>
            <numerusform>vor %n Tag notiert</numerusform>
            <numerusform>vor %n Tagen notiert</numerusform>
        </translation>
    </message>
    <message>
        <source>open since {d}</source>
        <translation>offen seit {d}</translation>
    </message>
    <message>
        <source>in season now</source>
        <translation>jetzt in der Saison</translation>
    </message>
    <message>
        <source>new to them, they buy {c}</source>
        <translation>neu für sie, sie kaufen {c}</translation>
    </message>
    <message>
        <source>They might like: {i} — {w}</source>
        <translation>Könnte gefallen: {i} — {w}</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Gesprächsthema</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>✓ Welcome, {n}!</source>
        <translation>✓ Willkommen, {n}!</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>First name is enough, e.g. Zoë</source>
        <translation>Der Vorname genügt, z. B. Zoë</translation>
    </message>
    <message>
        <source>Any format, e.g. 07700 900123</source>
        <translation>Beliebiges Format, z. B. 0151 23456789</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
        <source>year (optional)</source>
        <translation>Jahr (optional)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>e.g. oat milk, extra hot</source>
        <translation>z. B. Hafermilch, extra heiß</translation>
    </message>
    <message>
        <source>anything else, e.g. severe: carries an EpiPen</source>
        <translation>sonst noch etwas, z. B. schwer: trägt einen EpiPen bei sich</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>Weitere Allergien</translation>
    </message>
    <message>
        <source>What staff should know: dog&apos;s name, new job…</source>
        <translation>Was das Personal wissen sollte: Name des Hundes, neuer Job…</translation>
    </message>
    <message>
        <source>Agreed to be contacted by</source>
        <translation>Einverstanden mit Kontakt per</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Kontakt per</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Allergies, diet</source>
        <translation>Allergien, Ernährung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Same phone or e-mail</source>
        <translation>Gleiche Telefonnummer oder E-Mail</translation>
    </message>
    <message>
        <source>{name} already has this phone number or e-mail.</source>
        <translation>{name} hat schon diese Telefonnummer oder E-Mail.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>Zurück und ändern</translation>
    </message>
    <message>
        <source>Two customers may share a family phone; a typo is more likely.</source>
        <translation>Zwei Kunden können sich ein Familientelefon teilen; ein Tippfehler ist wahrscheinlicher.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Save the person&apos;s data in</source>
        <translation>Daten der Person speichern in</translation>
    </message>
    <message>
        <source>✓ Saved {j} and {p}.</source>
        <translation>✓ {j} und {p} gespeichert.</translation>
    </message>
    <message>
        <source>Erase {n}? Their name, phone, e-mail, birthday, notes and feedback are removed for good and their card stops working. Visits stay as anonymous statistics.

Backups made before now still hold the old data until they rotate out.</source>
        <translation>{n} löschen? Name, Telefon, E-Mail, Geburtstag, Notizen und Rückmeldungen werden endgültig entfernt, und die Karte funktioniert nicht mehr. Die Besuche bleiben als anonyme Statistik.

Ältere Sicherungen enthalten die alten Daten, bis sie turnusgemäß ersetzt werden.</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase {n}</source>
        <translation>{n} löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>{n} was erased, but another program is reading the database, so the old data is not yet gone from the file. Close that program; Regulars clears the file when it closes.</source>
        <translation>{n} wurde gelöscht, aber ein anderes Programm liest gerade die Datenbank, daher sind die alten Daten noch in der Datei. Dieses Programm schließen; Regulars bereinigt die Datei beim Beenden.</translation>
    </message>
    <message>
        <source>{n} was erased.</source>
        <translation>{n} wurde gelöscht.</translation>
    </message>
    <message>
        <source>✓ Backup saved: {p}</source>
        <translation>✓ Sicherung gespeichert: {p}</translation>
    </message>
    <message>
        <source>Regulars backups (*{s})</source>
        <translation>Regulars-Sicherungen (*{s})</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database with {b}? The current one is backed up first. Regulars then closes; open it again.</source>
        <translation>Die Datenbank durch {b} ersetzen? Die aktuelle wird vorher gesichert. Regulars wird danach beendet; bitte wieder öffnen.</translation>
    </message>
    <message>
        <source>Restore {b}</source>
        <translation>{b} wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportDayDialog</name>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>One-page day report (PDF)</source>
        <translation>Tagesbericht auf einer Seite (PDF)</translation>
    </message>
    <message>
        <source>Export the day</source>
        <translation>Tag exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>“To” is before “From”.</source>
        <translation>„Bis“ liegt vor „Von“.</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Besuche exportieren</translation>
    </message>
    <message>
        <source>✓ {n} visits saved to {p}</source>
        <translation>✓ {n} Besuche in {p} gespeichert</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Quick feedback</source>
        <translation>Kurze Rückmeldung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{n}, how likely are you to recommend us to a friend?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{n}, wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>not likely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
        <source>Anything we could do better? (optional)</source>
        <translation>Was können wir besser machen? (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>
&lt;h3&gt;At the counter&lt;/h3&gt;
&lt;p&gt;Start typing a name, a phone number or an e-mail, or scan the customer&apos;s card: their profile opens with
allergies, notes, the usual order and their points. &lt;b&gt;F2&lt;/b&gt; records the usual; tap items to record something
else. A saved visit can be undone for 30 seconds from the bar under it.&lt;/p&gt;
&lt;h3&gt;Regulars&lt;/h3&gt;
&lt;p&gt;Shop → Regulars lists everyone who came in the last year. &lt;b&gt;Win back&lt;/b&gt; shows regulars who stayed away far
longer than usual, with how to reach them; after writing to someone, press &lt;b&gt;Mark contacted&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;The owner&lt;/h3&gt;
&lt;p&gt;Set an owner PIN (Shop → Set the owner PIN) and staff can serve without changing prices, rules or points.
The badge at the top says when owner mode is on; &lt;b&gt;Lock&lt;/b&gt; ends it at once, and it ends by itself after a few
minutes without owner actions. Everything the owner does is in Shop → Audit log.&lt;/p&gt;
&lt;h3&gt;Closing up&lt;/h3&gt;
&lt;p&gt;File → Export the day saves the day&apos;s visits as a spreadsheet or PDF. A backup is made each day by itself;
File → Back up now makes one at any time.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;An der Theke&lt;/h3&gt;
&lt;p&gt;Einen Namen, eine Telefonnummer oder eine E-Mail eintippen oder die Karte des Kunden scannen: Sein Profil öffnet sich mit
Allergien, Notizen, der üblichen Bestellung und den Punkten. &lt;b&gt;F2&lt;/b&gt; erfasst das Übliche; Artikel antippen, um etwas anderes
zu erfassen. Ein gespeicherter Besuch lässt sich 30 Sekunden lang über die Leiste darunter rückgängig machen.&lt;/p&gt;
&lt;h3&gt;Stammkunden&lt;/h3&gt;
&lt;p&gt;Laden → Stammkunden listet alle auf, die im letzten Jahr da waren. &lt;b&gt;Zurückgewinnen&lt;/b&gt; zeigt Stammkunden, die viel
länger als sonst weggeblieben sind, und wie man sie erreicht; wer angeschrieben wurde, bekommt &lt;b&gt;Als kontaktiert markieren&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Der Inhaber&lt;/h3&gt;
&lt;p&gt;Mit einer Inhaber-PIN (Laden → Inhaber-PIN festlegen) kann das Personal bedienen, ohne Preise, Regeln oder Punkte zu ändern.
Das Schild oben zeigt, wann der Inhabermodus an ist; &lt;b&gt;Sperren&lt;/b&gt; beendet ihn sofort, und nach ein paar Minuten
ohne Inhaberaktionen endet er von selbst. Alles, was der Inhaber tut, steht unter Laden → Protokoll.&lt;/p&gt;
&lt;h3&gt;Feierabend&lt;/h3&gt;
&lt;p&gt;Datei → Tag exportieren speichert die Besuche des Tages als Tabelle oder PDF. Jeden Tag wird von selbst eine Sicherung angelegt;
Datei → Jetzt sichern legt jederzeit eine an.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation>Kurze Anleitung</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>A short &amp;guide</source>
        <translation>Kurze &amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>Ü&amp;ber Regulars</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>allergy note</source>
        <translation>Allergiehinweis</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>agreed to be contacted</source>
        <translation>mit Kontakt einverstanden</translation>
    </message>
    <message>
        <source>contact by</source>
        <translation>Kontakt per</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Choose the columns myself</source>
        <translation>Spalten selbst zuordnen</translation>
    </message>
    <message>
        <source>Customers we already have</source>
        <translation>Kunden, die wir schon haben</translation>
    </message>
    <message>
        <source>Skip customers we already have</source>
        <translation>Vorhandene Kunden überspringen</translation>
    </message>
    <message>
        <source>Update customers we already have</source>
        <translation>Vorhandene Kunden aktualisieren</translation>
    </message>
    <message>
        <source>Exports from Square, Shopify and Google Contacts are recognised.</source>
        <translation>Exporte aus Square, Shopify und Google Kontakte werden erkannt.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Customers file</source>
        <translation>Kundendatei</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose which column holds the name (and any others you have).</source>
        <translation>Wählen, welche Spalte den Namen enthält (und die übrigen, falls vorhanden).</translation>
    </message>
    <message>
        <source>Format: {format}.</source>
        <translation>Format: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n zu überspringen</numerusform>
            <numerusform>%n zu überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n mit Fehlern.</numerusform>
            <numerusform>%n mit Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Rows with errors are left out; nothing is written if the import fails.</source>
        <translation>  Zeilen mit Fehlern werden ausgelassen; schlägt der Import fehl, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Row {r}: add {n}</source>
        <translation>Zeile {r}: {n} hinzufügen</translation>
    </message>
    <message>
        <source>Row {r}: {n}: {f} {old} → {new}</source>
        <translation>Zeile {r}: {n}: {f} {old} → {new}</translation>
    </message>
    <message>
        <source>Row {r}: skipped, {why}</source>
        <translation>Zeile {r}: übersprungen, {why}</translation>
    </message>
    <message>
        <source>Row {r}: {why}</source>
        <translation>Zeile {r}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with errors.</source>
        <translation>
            <numerusform>… und %n weitere Zeile mit Fehlern.</numerusform>
            <numerusform>… und %n weitere Zeilen mit Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import 1 customer</source>
        <translation>1 Kunden importieren</translation>
    </message>
    <message>
        <source>Import {n} customers</source>
        <translation>{n} Kunden importieren</translation>
    </message>
    <message>
        <source>✓ 1 customer imported.</source>
        <translation>✓ 1 Kunde importiert.</translation>
    </message>
    <message>
        <source>✓ {n} customers imported.</source>
        <translation>✓ {n} Kunden importiert.</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>How current the figures are</source>
        <translation>Wie aktuell die Zahlen sind</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>Die Zahlen werden gezählt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source> · visits have come in since: Refresh to count them</source>
        <translation> · seitdem kamen Besuche hinzu: Aktualisieren, um sie mitzuzählen</translation>
    </message>
    <message>
        <source>Counting the visits… (a minute for a very large shop)</source>
        <translation>Besuche werden gezählt… (bei einem sehr großen Laden etwa eine Minute)</translation>
    </message>
    <message>
        <source> · counting again…</source>
        <translation> · wird neu gezählt…</translation>
    </message>
    <message>
        <source>Could not count the figures: </source>
        <translation>Die Zahlen konnten nicht gezählt werden: </translation>
    </message>
    <message>
        <source>Figures as of {when} (counted in {s:.1f} s)</source>
        <translation>Zahlen von {when} (gezählt in {s:.1f} s)</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Menu items</source>
        <translation>Sortiment</translation>
    </message>
    <message>
        <source>New item, e.g. Sourdough loaf</source>
        <translation>Neuer Artikel, z. B. Sauerteigbrot</translation>
    </message>
    <message>
        <source>New item&apos;s name</source>
        <translation>Name des neuen Artikels</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>New item&apos;s category</source>
        <translation>Kategorie des neuen Artikels</translation>
    </message>
    <message>
        <source>Price, e.g. 3.30</source>
        <translation>Preis, z. B. 3,30</translation>
    </message>
    <message>
        <source>New item&apos;s price</source>
        <translation>Preis des neuen Artikels</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Double-click a name, category or price to change it, an allergen cell to tick what the item contains. Untick items the shop no longer sells: their history stays.</source>
        <translation>Doppelklick auf Name, Kategorie oder Preis zum Ändern, auf eine Allergen-Zelle zum Ankreuzen der Inhaltsstoffe. Artikel, die nicht mehr verkauft werden, abhaken: Ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Allergens: {list}…</source>
        <translation>Allergene: {list}…</translation>
    </message>
    <message>
        <source>Allergens: none…</source>
        <translation>Allergene: keine…</translation>
    </message>
    <message>
        <source>Allergens in the new item</source>
        <translation>Allergene im neuen Artikel</translation>
    </message>
    <message>
        <source>Allergens in {item}</source>
        <translation>Allergene in {item}</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergene</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Double-click to choose the allergens this item contains.</source>
        <translation>Doppelklick, um die Allergene dieses Artikels zu wählen.</translation>
    </message>
</context>
<context>
    <name>JotDialog</name>
    <message>
        <source>e.g. ask how the marathon went</source>
        <translation>z. B. fragen, wie der Marathon lief</translation>
    </message>
    <message>
        <source>e.g. waited 15 minutes</source>
        <translation>z. B. 15 Minuten gewartet</translation>
    </message>
    <message>
        <source>Something to raise with {n} on a next visit:</source>
        <translation>Etwas, das man {n} beim nächsten Besuch sagen oder fragen möchte:</translation>
    </message>
    <message>
        <source>What went wrong for {n}? The profile asks to make it right until it is.</source>
        <translation>Was ist bei {n} schiefgegangen? Das Profil erinnert daran, bis es wiedergutgemacht ist.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>LoyaltyDialog</name>
    <message>
        <source>Stamp card: one stamp a visit</source>
        <translation>Stempelkarte: ein Stempel pro Besuch</translation>
    </message>
    <message>
        <source>Points for every visit</source>
        <translation>Punkte für jeden Besuch</translation>
    </message>
    <message>
        <source>Points for every whole unit spent</source>
        <translation>Punkte für jede ganze ausgegebene Währungseinheit</translation>
    </message>
    <message>
        <source>Loyalty rules and rewards</source>
        <translation>Treueregeln und Prämien</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Customers earn</source>
        <translation>Kunden sammeln</translation>
    </message>
    <message>
        <source>Per visit</source>
        <translation>Pro Besuch</translation>
    </message>
    <message>
        <source>Per unit spent</source>
        <translation>Pro ausgegebener Einheit</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Geburtstagsbonus</translation>
    </message>
    <message>
        <source>No new points within</source>
        <translation>Keine neuen Punkte innerhalb von</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Punkte verfallen nach</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Reward, e.g. Free coffee</source>
        <translation>Prämie, z. B. Gratis-Kaffee</translation>
    </message>
    <message>
        <source>New reward&apos;s name</source>
        <translation>Name der neuen Prämie</translation>
    </message>
    <message>
        <source>New reward&apos;s cost in points</source>
        <translation>Punkte für die neue Prämie</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>Prämie hinzufügen</translation>
    </message>
    <message>
        <source>Retire selected</source>
        <translation>Auswahl zurückziehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt; (cost in points or stamps)</source>
        <translation>&lt;b&gt;Prämien&lt;/b&gt; (Preis in Punkten oder Stempeln)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Baking the demo bakery…</source>
        <translation>Die Demo-Bäckerei wird gebacken…</translation>
    </message>
    <message>
        <source>The demo bakery is ready. Try typing “zoe”.</source>
        <translation>Die Demo-Bäckerei ist fertig. Einfach „zoe“ eintippen.</translation>
    </message>
    <message>
        <source>The demo could not be made: {m}</source>
        <translation>Die Demo konnte nicht erstellt werden: {m}</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail, or scan a card</source>
        <translation>Namen, Telefon oder E-Mail eintippen oder eine Karte scannen</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail — or scan a card</source>
        <translation>Name, Telefon oder E-Mail eintippen — oder eine Karte scannen</translation>
    </message>
    <message>
        <source>+ New customer</source>
        <translation>+ Neuer Kunde</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Scan a loyalty card with the webcam</source>
        <translation>Treuekarte mit der Webcam scannen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who&apos;s at the counter?&lt;/h2&gt;&lt;p&gt;Start typing a name, a phone number or an e-mail, or scan their loyalty card.&lt;/p&gt;&lt;p&gt;↑ ↓ to choose · Enter to open · Esc to start again · F2 records the usual · Ctrl+N adds a new customer&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wer steht an der Theke?&lt;/h2&gt;&lt;p&gt;Einen Namen, eine Telefonnummer oder eine E-Mail eintippen oder die Treuekarte scannen.&lt;/p&gt;&lt;p&gt;↑ ↓ zum Wählen · Enter zum Öffnen · Esc für Neuanfang · F2 erfasst das Übliche · Strg+N legt einen neuen Kunden an&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export the day…</source>
        <translation>Tag &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;visits…</source>
        <translation>Besuche i&amp;mportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Undo what was just saved</source>
        <translation>Gerade Gespeichertes &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Issue a loyalty card</source>
        <translation>Treuekarte &amp;ausgeben</translation>
    </message>
    <message>
        <source>&amp;Replace a lost card</source>
        <translation>Verlorene Karte &amp;ersetzen</translation>
    </message>
    <message>
        <source>Re&amp;voke the card</source>
        <translation>Karte sper&amp;ren</translation>
    </message>
    <message>
        <source>Scan with the &amp;camera…</source>
        <translation>Mit der &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>&amp;Adjust points…</source>
        <translation>&amp;Punkte korrigieren…</translation>
    </message>
    <message>
        <source>Export this person&apos;s &amp;data…</source>
        <translation>&amp;Daten dieser Person exportieren…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Menu items…</source>
        <translation>&amp;Sortiment…</translation>
    </message>
    <message>
        <source>&amp;Print loyalty cards…</source>
        <translation>Treuekarten &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Loyalty rules and rewards…</source>
        <translation>Treue&amp;regeln und Prämien…</translation>
    </message>
    <message>
        <source>&amp;Regulars: VIPs, lapsed, segments…</source>
        <translation>S&amp;tammkunden: VIPs, Ausbleibende, Gruppen…</translation>
    </message>
    <message>
        <source>&amp;Insights: charts…</source>
        <translation>&amp;Auswertungen: Diagramme…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>Set the owner &amp;PIN…</source>
        <translation>Inhaber-P&amp;IN festlegen…</translation>
    </message>
    <message>
        <source>&amp;Lock owner mode</source>
        <translation>Inhabermodus &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Wo sind meine Daten?</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything is kept on this computer in:
{p}

Backups: {b}</source>
        <translation>Alles liegt auf diesem Computer in:
{p}

Sicherungen: {b}</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>{points} of {goal}</source>
        <translation>{points} von {goal}</translation>
    </message>
</context>
<context>
    <name>OpenComplaints</name>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>Made right</source>
        <translation>Wiedergutgemacht</translation>
    </message>
    <message>
        <source>They were looked after: take the cue off their profile</source>
        <translation>Wurde sich gekümmert: Hinweis aus dem Profil nehmen</translation>
    </message>
    <message>
        <source>Could not load: </source>
        <translation>Konnte nicht geladen werden: </translation>
    </message>
    <message numerus="yes">
        <source>OPEN COMPLAINTS (%n)</source>
        <translation>
            <numerusform>OFFENE BESCHWERDEN (%n)</numerusform>
            <numerusform>OFFENE BESCHWERDEN (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>NO OPEN COMPLAINTS</source>
        <translation>KEINE OFFENEN BESCHWERDEN</translation>
    </message>
    <message>
        <source>Choose a complaint first.</source>
        <translation>Zuerst eine Beschwerde wählen.</translation>
    </message>
    <message>
        <source>✓ Made right.</source>
        <translation>✓ Wiedergutgemacht.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong ({kind}). The details are in the log file.</source>
        <translation>Etwas ist schiefgegangen ({kind}). Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>OrderBox</name>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>{name} is allergic to {allergens}</source>
        <translation>{name} ist allergisch gegen {allergens}</translation>
    </message>
    <message>
        <source>{item} contains {allergens}. Add it to the order anyway?</source>
        <translation>{item} enthält {allergens}. Trotzdem zur Bestellung hinzufügen?</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Don&apos;t add</source>
        <translation>Nicht hinzufügen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Filled in from the menu prices; type over it if they paid something else</source>
        <translation>Aus den Sortimentspreisen ausgefüllt; überschreiben, wenn etwas anderes bezahlt wurde</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>{item}: allergy warning</source>
        <translation>{item}: Allergiewarnung</translation>
    </message>
    <message>
        <source>Contains: {list}</source>
        <translation>Enthält: {list}</translation>
    </message>
    <message>
        <source>Tap items to build the order.</source>
        <translation>Artikel antippen, um die Bestellung zusammenzustellen.</translation>
    </message>
    <message>
        <source>No price on the menu for {items}: add it to the amount.</source>
        <translation>Kein Preis im Sortiment für {items}: bitte zum Betrag hinzurechnen.</translation>
    </message>
</context>
<context>
    <name>OwnerActions</name>
    <message>
        <source>Adjust points</source>
        <translation>Punkte korrigieren</translation>
    </message>
    <message>
        <source>Add (or take, with a minus) points for {n}:</source>
        <translation>Punkte für {n} hinzufügen (oder mit Minus abziehen):</translation>
    </message>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>Warum? (wird im Verlauf festgehalten)</translation>
    </message>
    <message>
        <source>✓ Points adjusted by {d:+d}.</source>
        <translation>✓ Punkte um {d:+d} korrigiert.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits):</source>
        <translation>Neue PIN (4 bis 12 Ziffern):</translation>
    </message>
    <message>
        <source>Owner PIN set. Rules, menu, card revocation and adjustments now ask for it.</source>
        <translation>Inhaber-PIN festgelegt. Regeln, Sortiment, Kartensperren und Korrekturen fragen jetzt danach.</translation>
    </message>
    <message>
        <source>Open a customer&apos;s profile first.</source>
        <translation>Zuerst das Profil eines Kunden öffnen.</translation>
    </message>
    <message>
        <source>Replace {n}&apos;s card? The old card stops working; stamps and history stay.</source>
        <translation>Die Karte von {n} ersetzen? Die alte Karte funktioniert dann nicht mehr; Stempel und Verlauf bleiben.</translation>
    </message>
    <message>
        <source>Revoke {n}&apos;s card? It will stop working; stamps and history stay.</source>
        <translation>Die Karte von {n} sperren? Sie funktioniert dann nicht mehr; Stempel und Verlauf bleiben.</translation>
    </message>
    <message>
        <source>Replace the card</source>
        <translation>Karte ersetzen</translation>
    </message>
    <message>
        <source>Revoke the card</source>
        <translation>Karte sperren</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Treuekarte</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Card {c} issued</source>
        <translation>Karte {c} ausgegeben</translation>
    </message>
    <message>
        <source>New card {c} issued; the old one no longer works</source>
        <translation>Neue Karte {c} ausgegeben; die alte funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Card {c} revoked</source>
        <translation>Karte {c} gesperrt</translation>
    </message>
    <message>
        <source>{r}: how about a surprise {i} on the house?</source>
        <translation>{r}: Wie wäre es mit einer Überraschung – {i} aufs Haus?</translation>
    </message>
    <message>
        <source>✓ Noted. Enjoy the smile.</source>
        <translation>✓ Notiert. Viel Freude mit dem Lächeln.</translation>
    </message>
    <message>
        <source>✓ Thank you! Feedback saved.</source>
        <translation>✓ Danke! Rückmeldung gespeichert.</translation>
    </message>
    <message>
        <source>✓ Settings saved.</source>
        <translation>✓ Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>OwnerBadge</name>
    <message>
        <source>Owner · {n} min</source>
        <translation>Inhaber · {n} Min.</translation>
    </message>
    <message>
        <source>Owner mode: it locks by itself after {n} minutes without owner actions.</source>
        <translation>Inhabermodus: sperrt sich nach {n} Minuten ohne Inhaberaktion von selbst.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Back to staff mode now (Ctrl+L)</source>
        <translation>Jetzt zurück in den Personalmodus (Strg+L)</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Personalmodus</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Inhaber…</translation>
    </message>
    <message>
        <source>Unlock the owner&apos;s actions with the PIN</source>
        <translation>Inhaberaktionen mit der PIN freischalten</translation>
    </message>
</context>
<context>
    <name>OwnerGate</name>
    <message>
        <source>The shop is still opening. Try again in a moment.</source>
        <translation>Der Laden wird noch geöffnet. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: owner actions are locked for %n more minute(s). Counter work carries on as usual.</source>
        <translation>
            <numerusform>Zu viele falsche PINs: Inhaberaktionen sind noch %n Minute gesperrt. An der Theke geht alles normal weiter.</numerusform>
            <numerusform>Zu viele falsche PINs: Inhaberaktionen sind noch %n Minuten gesperrt. An der Theke geht alles normal weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>&lt;b&gt;This needs the owner.&lt;/b&gt;&lt;br&gt;Type the owner PIN. After {n} wrong PINs in a row, owner actions are locked for {m} minutes (counter work carries on).</source>
        <translation>&lt;b&gt;Dafür braucht es den Inhaber.&lt;/b&gt;&lt;br&gt;Inhaber-PIN eingeben. Nach {n} falschen PINs in Folge sind Inhaberaktionen {m} Minuten gesperrt (an der Theke geht es weiter).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Freischalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>A4 sheet, 10 cards (Avery C32011)</source>
        <translation>A4-Bogen, 10 Karten (Avery C32011)</translation>
    </message>
    <message>
        <source>US Letter sheet, 10 cards (Avery 5371)</source>
        <translation>US-Letter-Bogen, 10 Karten (Avery 5371)</translation>
    </message>
    <message>
        <source>Card printer, one CR80 card per page</source>
        <translation>Kartendrucker, eine CR80-Karte pro Seite</translation>
    </message>
    <message>
        <source>Print loyalty cards</source>
        <translation>Treuekarten drucken</translation>
    </message>
    <message>
        <source>This customer&apos;s card</source>
        <translation>Karte dieses Kunden</translation>
    </message>
    <message>
        <source>Everyone in the search results ({n})</source>
        <translation>Alle in den Suchergebnissen ({n})</translation>
    </message>
    <message>
        <source>Every card not printed yet ({n})</source>
        <translation>Alle noch nicht gedruckten Karten ({n})</translation>
    </message>
    <message>
        <source>Stamp boxes on the back (print both sides, flip on the long edge)</source>
        <translation>Stempelfelder auf der Rückseite (beidseitig drucken, an der langen Kante wenden)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Names are printed on cards.</source>
        <translation>Namen werden auf die Karten gedruckt.</translation>
    </message>
    <message>
        <source>Cards carry no name or personal data, only the shop and a code.</source>
        <translation>Die Karten tragen keinen Namen und keine persönlichen Daten, nur den Laden und einen Code.</translation>
    </message>
    <message>
        <source>Save cards as</source>
        <translation>Karten speichern als</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing {n} cards…</source>
        <translation>{n} Karten werden vorbereitet…</translation>
    </message>
    <message>
        <source>✓ {n} cards ready: {p}</source>
        <translation>✓ {n} Karten fertig: {p}</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>✓ {n} cards printed.</source>
        <translation>✓ {n} Karten gedruckt.</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Edit  (Ctrl+E)</source>
        <translation>Bearbeiten  (Strg+E)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Um Rückmeldung bitten</translation>
    </message>
    <message>
        <source>The usual</source>
        <translation>Das Übliche</translation>
    </message>
    <message>
        <source>Record the usual   F2</source>
        <translation>Das Übliche erfassen   F2</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Letzte Besuche</translation>
    </message>
    <message>
        <source>{name} (name unknown)</source>
        <translation>{name} (Name unbekannt)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Allergy: </source>
        <translation>Allergie: </translation>
    </message>
    <message>
        <source>No usual yet — pick items below.</source>
        <translation>Noch nichts Übliches — unten Artikel wählen.</translation>
    </message>
    <message>
        <source>Prefers: </source>
        <translation>Vorlieben: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notizen: </translation>
    </message>
    <message>
        <source>{more} to a {reward}</source>
        <translation>{more} bis {reward}</translation>
    </message>
    <message>
        <source>Give {reward}</source>
        <translation>{reward} geben</translation>
    </message>
    <message>
        <source>First visit today? Welcome them!</source>
        <translation>Heute zum ersten Mal da? Herzlich willkommen heißen!</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>{visits} · last visit {when}</source>
        <translation>{visits} · zuletzt {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s)</source>
        <translation>
            <numerusform>noch %n Stempel</numerusform>
            <numerusform>noch %n Stempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s)</source>
        <translation>
            <numerusform>noch %n Punkt</numerusform>
            <numerusform>noch %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n Stempel</numerusform>
            <numerusform>%n Stempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularsDialog</name>
    <message>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Einen Namen suchen</translation>
    </message>
    <message>
        <source>Counting visits…</source>
        <translation>Besuche werden gezählt…</translation>
    </message>
    <message>
        <source>Lists of regulars</source>
        <translation>Listen der Stammkunden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Zurückgewinnen</translation>
    </message>
    <message>
        <source>VIPs</source>
        <translation>VIPs</translation>
    </message>
    <message>
        <source>The top fifth by visits and spending: worth a personal thank-you.</source>
        <translation>Das beste Fünftel nach Besuchen und Umsatz: ein persönliches Dankeschön wert.</translation>
    </message>
    <message>
        <source>High value, slipping away</source>
        <translation>Wertvoll, aber auf dem Absprung</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>★ VIP · Double-click a name to open their profile at the counter.</source>
        <translation>★ VIP · Doppelklick auf einen Namen öffnet das Profil an der Theke.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Regulars who have stayed away far longer than usual. A friendly note with their usual often brings them back.</source>
        <translation>Stammkunden, die viel länger als sonst weggeblieben sind. Ein freundlicher Gruß mit ihrem Üblichen holt sie oft zurück.</translation>
    </message>
    <message>
        <source>Mark contacted</source>
        <translation>Als kontaktiert markieren</translation>
    </message>
    <message>
        <source>You wrote to or called the chosen person today</source>
        <translation>Sie haben die gewählte Person heute angeschrieben oder angerufen</translation>
    </message>
    <message>
        <source>Could not load: </source>
        <translation>Konnte nicht geladen werden: </translation>
    </message>
    <message>
        <source>{n} customers came in the last 12 months: {v} VIPs, {l} to win back.</source>
        <translation>{n} Kunden kamen in den letzten 12 Monaten: {v} VIPs, {l} zum Zurückgewinnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacted lately, off the win-back list.</source>
        <translation>
            <numerusform>%n kürzlich kontaktiert, nicht auf der Zurückgewinnen-Liste.</numerusform>
            <numerusform>%n kürzlich kontaktiert, nicht auf der Zurückgewinnen-Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Win back ({n})</source>
        <translation>Zurückgewinnen ({n})</translation>
    </message>
    <message>
        <source>VIPs ({n})</source>
        <translation>VIPs ({n})</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Zuerst jemanden in der Liste wählen.</translation>
    </message>
    <message>
        <source>{name} marked as contacted today.</source>
        <translation>{name} als heute kontaktiert markiert.</translation>
    </message>
</context>
<context>
    <name>RegularsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Usually comes</source>
        <translation>Kommt meist</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation>kein Einverständnis zum Kontakt</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>kein Telefon und keine E-Mail</translation>
    </message>
    <message>
        <source>{name}: VIP, among the top fifth by visits and spending</source>
        <translation>{name}: VIP, im besten Fünftel nach Besuchen und Umsatz</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>no phone or e-mail</source>
        <translation>kein Telefon und keine E-Mail</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Nobody matches “{q}”. Ctrl+N adds a new customer.</source>
        <translation>Niemand passt zu „{q}“. Strg+N legt einen neuen Kunden an.</translation>
    </message>
    <message>
        <source>more than {n}</source>
        <translation>mehr als {n}</translation>
    </message>
    <message>
        <source>Showing {n} of {t} — type more to narrow.</source>
        <translation>{n} von {t} angezeigt — weitertippen, um einzugrenzen.</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Geburtstage diese Woche</translation>
    </message>
    <message>
        <source>No birthdays in the coming week.</source>
        <translation>Keine Geburtstage in der kommenden Woche.</translation>
    </message>
    <message>
        <source>That looks like a card code: press Enter.</source>
        <translation>Das sieht nach einem Kartencode aus: Enter drücken.</translation>
    </message>
    <message>
        <source>That looks like the start of a card code.</source>
        <translation>Das sieht nach dem Anfang eines Kartencodes aus.</translation>
    </message>
</context>
<context>
    <name>SearchNote</name>
    <message>
        <source>Search will be slower: ask your administrator to install pg_trgm on the database server (CREATE EXTENSION pg_trgm; in this database). Regulars adds its search index at the next start.</source>
        <translation>Die Suche wird langsamer sein: Bitten Sie Ihren Administrator, pg_trgm auf dem Datenbankserver zu installieren (CREATE EXTENSION pg_trgm; in dieser Datenbank). Regulars legt seinen Suchindex beim nächsten Start an.</translation>
    </message>
</context>
<context>
    <name>ServingPicker</name>
    <message>
        <source>Who is serving: their name goes on the visits recorded here</source>
        <translation>Wer bedient: Der Name steht bei den hier erfassten Besuchen</translation>
    </message>
    <message>
        <source>Who is serving</source>
        <translation>Wer bedient</translation>
    </message>
    <message>
        <source>Who&apos;s serving?</source>
        <translation>Wer bedient?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Gemeinsamer Server</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Ladens</translation>
    </message>
    <message>
        <source>On the window and on printed cards.</source>
        <translation>Im Fenster und auf gedruckten Karten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Telefonnummern ohne Ländervorwahl gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Decides what “today” and “yesterday” mean. Applies at the next start.</source>
        <translation>Legt fest, was „heute“ und „gestern“ heißt. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source> ms between keys</source>
        <translation> ms zwischen Tasten</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter oder Tab</translation>
    </message>
    <message>
        <source>for example: Sam, Ana, Tomás</source>
        <translation>zum Beispiel: Sam, Ana, Tomás</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Name dieser Kasse</translation>
    </message>
    <message>
        <source>Recorded with every visit this till saves, so tills sharing a server can be told apart.</source>
        <translation>Wird bei jedem Besuch gespeichert, den diese Kasse erfasst, damit sich Kassen an einem gemeinsamen Server unterscheiden lassen.</translation>
    </message>
    <message>
        <source>Card scanner speed</source>
        <translation>Geschwindigkeit des Kartenscanners</translation>
    </message>
    <message>
        <source>A card scanner types far faster than a person. Keys that come closer together than this count as a card. Raise it if cards end up in the search box; lower it if fast typing opens a card by mistake.</source>
        <translation>Ein Kartenscanner tippt viel schneller als ein Mensch. Tasten, die schneller aufeinander folgen, gelten als Karte. Erhöhen, wenn Karten im Suchfeld landen; verringern, wenn schnelles Tippen versehentlich eine Karte öffnet.</translation>
    </message>
    <message>
        <source>After each card the scanner presses</source>
        <translation>Nach jeder Karte drückt der Scanner</translation>
    </message>
    <message>
        <source>Most scanners press Enter; leave “Enter or Tab” if unsure.</source>
        <translation>Die meisten Scanner drücken Enter; im Zweifel „Enter oder Tab“ lassen.</translation>
    </message>
    <message>
        <source>Staff (optional)</source>
        <translation>Personal (optional)</translation>
    </message>
    <message>
        <source>Names separated by commas: whoever is serving can be picked from this list.</source>
        <translation>Namen durch Kommas getrennt: Wer gerade bedient, kann aus dieser Liste gewählt werden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amounts are written the way each till&apos;s language writes them.</source>
        <translation>Beträge werden so geschrieben, wie es die Sprache der jeweiligen Kasse tut.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>The window&apos;s language on this till. Applies at the next start.</source>
        <translation>Die Sprache des Fensters an dieser Kasse. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Dark is easier on the eyes in a dim shop.</source>
        <translation>Dunkel schont die Augen in einem schummrigen Laden.</translation>
    </message>
    <message>
        <source>Print the customer&apos;s name on loyalty cards</source>
        <translation>Namen des Kunden auf Treuekarten drucken</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Without it a lost card shows no one&apos;s name.</source>
        <translation>Ohne Namen verrät eine verlorene Karte niemanden.</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>The band and the shop&apos;s name.</source>
        <translation>Das Band und der Name des Ladens.</translation>
    </message>
    <message>
        <source>Card logo</source>
        <translation>Kartenlogo</translation>
    </message>
    <message>
        <source>Saved at once, for every till.</source>
        <translation>Wird sofort gespeichert, für alle Kassen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> Besuche</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Win back after at least</source>
        <translation>Zurückgewinnen nach frühestens</translation>
    </message>
    <message>
        <source>Someone joins the Win back list once they stay away this long and far longer than they usually do.</source>
        <translation>Jemand kommt auf die Zurückgewinnen-Liste, wenn er so lange und viel länger als sonst wegbleibt.</translation>
    </message>
    <message>
        <source>Ask for feedback at most every</source>
        <translation>Höchstens so oft um Rückmeldung bitten: alle</translation>
    </message>
    <message>
        <source>The counter suggests asking a regular how it&apos;s going, no more often than this.</source>
        <translation>Die Theke schlägt vor, einen Stammkunden nach seiner Meinung zu fragen, aber nicht öfter als hier angegeben.</translation>
    </message>
    <message>
        <source>Surprise treat at most every</source>
        <translation>Überraschung höchstens alle</translation>
    </message>
    <message>
        <source>The same person is offered a surprise treat no more often than this.</source>
        <translation>Dieselbe Person bekommt nicht öfter als hier angegeben eine Überraschung.</translation>
    </message>
    <message>
        <source>Suggest the same item again after</source>
        <translation>Denselben Artikel erneut vorschlagen nach</translation>
    </message>
    <message>
        <source>An item suggested to someone is not suggested to them again for this many visits.</source>
        <translation>Ein vorgeschlagener Artikel wird derselben Person so viele Besuche lang nicht erneut vorgeschlagen.</translation>
    </message>
    <message>
        <source>Once contacted to win back, wait</source>
        <translation>Nach einem Kontakt zum Zurückgewinnen warten</translation>
    </message>
    <message>
        <source>Someone you wrote to stays off the Win back list this long, so nobody is contacted too often.</source>
        <translation>Wer angeschrieben wurde, bleibt so lange von der Zurückgewinnen-Liste, damit niemand zu oft kontaktiert wird.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % pro Monat</translation>
    </message>
    <message>
        <source>Count a customer&apos;s value over</source>
        <translation>Kundenwert berechnen über</translation>
    </message>
    <message>
        <source>The visits and spend expected from them in this many months.</source>
        <translation>Die in so vielen Monaten erwarteten Besuche und Ausgaben.</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Abzinsungssatz</translation>
    </message>
    <message>
        <source>Money expected later counts for a little less than money today; 1 % is usual.</source>
        <translation>Später erwartetes Geld zählt etwas weniger als Geld heute; 1 % ist üblich.</translation>
    </message>
    <message>
        <source>“Slipping away” below</source>
        <translation>„Springt ab“ unter</translation>
    </message>
    <message>
        <source>A high-value regular is listed as slipping away once the chance that they still come falls below this.</source>
        <translation>Ein wertvoller Stammkunde gilt als abspringend, sobald die Wahrscheinlichkeit, dass er noch kommt, darunter fällt.</translation>
    </message>
    <message>
        <source>empty: this computer only</source>
        <translation>leer: nur dieser Computer</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Datenbankserver</translation>
    </message>
    <message>
        <source>Only for several tills sharing one shop: the address of the shared PostgreSQL server, such as postgresql+psycopg://till@server/regulars. Applies at the next start.</source>
        <translation>Nur für mehrere Kassen in einem Laden: die Adresse des gemeinsamen PostgreSQL-Servers, etwa postgresql+psycopg://till@server/regulars. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>This computer&apos;s ({zone})</source>
        <translation>Die dieses Computers ({zone})</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>A stamp card: stamps for every visit</source>
        <translation>Eine Stempelkarte: Stempel für jeden Besuch</translation>
    </message>
    <message>
        <source>Stamps per visit</source>
        <translation>Stempel pro Besuch</translation>
    </message>
    <message>
        <source>Points for every visit</source>
        <translation>Punkte für jeden Besuch</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Punkte pro Besuch</translation>
    </message>
    <message>
        <source>Points for what they spend</source>
        <translation>Punkte nach Umsatz</translation>
    </message>
    <message>
        <source>Points per {sign}1 spent</source>
        <translation>Punkte pro ausgegebenem {sign}1</translation>
    </message>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Willkommen bei Regulars</translation>
    </message>
    <message>
        <source>Open the shop</source>
        <translation>Laden öffnen</translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation>Meinen Laden einrichten</translation>
    </message>
    <message>
        <source>Try a demo bakery first</source>
        <translation>Erst eine Demo-Bäckerei ausprobieren</translation>
    </message>
    <message>
        <source>Three short steps: your shop, how customers earn, an owner PIN.</source>
        <translation>Drei kurze Schritte: Ihr Laden, wie Kunden sammeln, eine Inhaber-PIN.</translation>
    </message>
    <message>
        <source>A bakery full of made-up regulars to try everything out; type “zoe” to begin.</source>
        <translation>Eine Bäckerei voller erfundener Stammkunden zum Ausprobieren; zum Start „zoe“ eintippen.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>This shop has no customers yet.</source>
        <translation>Dieser Laden hat noch keine Kunden.</translation>
    </message>
    <message>
        <source>for example: The Corner Bakery</source>
        <translation>zum Beispiel: Bäckerei an der Ecke</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Ladens</translation>
    </message>
    <message>
        <source>On the window and on the loyalty cards.</source>
        <translation>Im Fenster und auf den Treuekarten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as this country&apos;s.</source>
        <translation>Telefonnummern ohne Ländervorwahl gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Laden</translation>
    </message>
    <message>
        <source>All of this can be changed later in Shop → Settings.</source>
        <translation>All das lässt sich später unter Laden → Einstellungen ändern.</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <translation>Ein Gratis-Kaffee</translation>
    </message>
    <message>
        <source>Customers earn</source>
        <translation>Kunden sammeln</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>Erste Prämie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Leave empty to add rewards later.</source>
        <translation>Leer lassen, um Prämien später hinzuzufügen.</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>Sie kostet</translation>
    </message>
    <message>
        <source>How customers earn</source>
        <translation>Wie Kunden sammeln</translation>
    </message>
    <message>
        <source>Rewards can be added and changed later.</source>
        <translation>Prämien lassen sich später hinzufügen und ändern.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>The owner PIN</source>
        <translation>Die Inhaber-PIN</translation>
    </message>
    <message>
        <source>Staff can serve without it; prices, rules, points corrections and erasing need it. Leave both empty to skip: then everyone is the owner.</source>
        <translation>Das Personal kann ohne PIN bedienen; Preise, Regeln, Punktkorrekturen und Löschen brauchen sie. Beide Felder leer lassen zum Überspringen: Dann ist jeder Inhaber.</translation>
    </message>
    <message>
        <source>stamps</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <translation>Der Laden braucht einen Namen</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden. Zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0 to 9).</source>
        <translation>Die PIN muss 4 bis 12 Ziffern (0 bis 9) haben.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Type</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Find a customer by name, phone, e-mail or card code</source>
        <translation>Kunden nach Name, Telefon, E-Mail oder Kartencode finden</translation>
    </message>
    <message>
        <source>Choose in the list</source>
        <translation>In der Liste wählen</translation>
    </message>
    <message>
        <source>Open the chosen profile</source>
        <translation>Das gewählte Profil öffnen</translation>
    </message>
    <message>
        <source>Close the profile and start again</source>
        <translation>Profil schließen und neu anfangen</translation>
    </message>
    <message>
        <source>Record the usual for the open profile</source>
        <translation>Das Übliche für das offene Profil erfassen</translation>
    </message>
    <message>
        <source>Record the visit with the items tapped</source>
        <translation>Den Besuch mit den angetippten Artikeln erfassen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SlippingModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>Kommt noch</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Zuletzt da</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation>kein Einverständnis zum Kontakt</translation>
    </message>
</context>
<context>
    <name>SlippingView</name>
    <message>
        <source>High value, slipping away</source>
        <translation>Wertvoll, springt ab</translation>
    </message>
    <message>
        <source>Regulars in the top fifth by lifetime value whose chance of still coming has dropped low. A note or a call now may bring them back.</source>
        <translation>Stammkunden im besten Fünftel nach Kundenwert, bei denen die Chance, dass sie noch kommen, stark gesunken ist. Eine Nachricht oder ein Anruf jetzt kann sie zurückholen.</translation>
    </message>
    <message>
        <source>Fit again</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Fit the lifetime-value models to today&apos;s visits</source>
        <translation>Die Kundenwert-Modelle an die heutigen Besuche anpassen</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models to every visit…</source>
        <translation>Die Kundenwert-Modelle werden an alle Besuche angepasst…</translation>
    </message>
    <message>
        <source>Nobody of high value is slipping away. Good.</source>
        <translation>Niemand Wertvolles ist auf dem Absprung. Gut so.</translation>
    </message>
    <message>
        <source>{n} high-value regulars slipping away, {c} of them agreed to be contacted.</source>
        <translation>{n} wertvolle Stammkunden auf dem Absprung, {c} davon mit Kontakt einverstanden.</translation>
    </message>
    <message>
        <source>Double-click to open a profile.</source>
        <translation>Doppelklick öffnet ein Profil.</translation>
    </message>
    <message>
        <source>Could not work out lifetime value: </source>
        <translation>Kundenwert konnte nicht berechnet werden: </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Nobody&apos;s profile is open: find the customer or scan their card first.</source>
        <translation>Kein Profil ist offen: zuerst den Kunden suchen oder seine Karte scannen.</translation>
    </message>
    <message>
        <source>Another profile is still opening: press again once it is on screen.</source>
        <translation>Ein anderes Profil wird noch geöffnet: noch einmal drücken, sobald es zu sehen ist.</translation>
    </message>
    <message>
        <source>Record another visit?</source>
        <translation>Noch einen Besuch erfassen?</translation>
    </message>
    <message>
        <source>A visit for {n} was saved a moment ago. Record a second visit?</source>
        <translation>Für {n} wurde gerade ein Besuch gespeichert. Einen zweiten Besuch erfassen?</translation>
    </message>
    <message>
        <source>Record a second visit</source>
        <translation>Zweiten Besuch erfassen</translation>
    </message>
    <message>
        <source>No, one visit</source>
        <translation>Nein, ein Besuch</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy or unreachable. Trying again…</source>
        <translation>Noch nicht gespeichert: Die Datenbank ist beschäftigt oder nicht erreichbar. Neuer Versuch…</translation>
    </message>
    <message>
        <source>The visit was NOT saved: the database cannot be reached. The order is kept; press the button again.</source>
        <translation>Der Besuch wurde NICHT gespeichert: Die Datenbank ist nicht erreichbar. Die Bestellung bleibt erhalten; den Knopf noch einmal drücken.</translation>
    </message>
    <message>
        <source>✓ Visit saved at {t} — {p}{m}</source>
        <translation>✓ Besuch um {t} gespeichert — {p}{m}</translation>
    </message>
    <message>
        <source>{n}: {t}</source>
        <translation>{n}: {t}</translation>
    </message>
    <message>
        <source>Visit undone</source>
        <translation>Besuch rückgängig gemacht</translation>
    </message>
    <message>
        <source>; {p} taken back.</source>
        <translation>; {p} zurückgenommen.</translation>
    </message>
    <message>
        <source>Give a reward</source>
        <translation>Prämie geben</translation>
    </message>
    <message>
        <source>Give {r} to {n}?</source>
        <translation>{r} an {n} geben?</translation>
    </message>
    <message>
        <source>Give {r}</source>
        <translation>{r} geben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>✓ {r} given to {n}.</source>
        <translation>✓ {r} an {n} gegeben.</translation>
    </message>
    <message>
        <source>{r} taken back; the points are returned.</source>
        <translation>{r} zurückgenommen; die Punkte sind wieder gutgeschrieben.</translation>
    </message>
    <message>
        <source>Void this visit…</source>
        <translation>Diesen Besuch stornieren…</translation>
    </message>
    <message>
        <source>Visit voided</source>
        <translation>Besuch storniert</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>Besuch stornieren</translation>
    </message>
    <message>
        <source>Why is this visit void? (kept in the audit log, e.g. “rang up the wrong person”)</source>
        <translation>Warum wird dieser Besuch storniert? (steht im Protokoll, z. B. „falsche Person gebucht“)</translation>
    </message>
</context>
<context>
    <name>VisitImportDialog</name>
    <message>
        <source>Import visits</source>
        <translation>Besuche importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei wählen…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Leave out rows with errors</source>
        <translation>Zeilen mit Fehlern auslassen</translation>
    </message>
    <message>
        <source>Square&apos;s transactions, Shopify&apos;s orders, or a CSV with the columns customer and date (and amount, items, ref if you have them).</source>
        <translation>Transaktionen aus Square, Bestellungen aus Shopify oder eine CSV-Datei mit den Spalten customer und date (und amount, items, ref, falls vorhanden).</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Visits file</source>
        <translation>Besuchsdatei</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Format: {f}. {new} to add, {old} already imported, {none} without a customer skipped, {bad} with errors.</source>
        <translation>Format: {f}. {new} hinzuzufügen, {old} bereits importiert, {none} ohne Kunden übersprungen, {bad} mit Fehlern.</translation>
    </message>
    <message>
        <source>1 row of a refund or another event, not a sale: skipped.</source>
        <translation>1 Zeile mit einer Erstattung oder einem anderen Vorgang, kein Verkauf: übersprungen.</translation>
    </message>
    <message>
        <source>{n} rows of refunds or other events, not sales: skipped.</source>
        <translation>{n} Zeilen mit Erstattungen oder anderen Vorgängen, keine Verkäufe: übersprungen.</translation>
    </message>
    <message>
        <source>Items not on the menu, kept as text on the visit: {names}.</source>
        <translation>Artikel, die nicht auf der Karte stehen, bleiben als Text beim Besuch: {names}.</translation>
    </message>
    <message>
        <source>Row {r}: {why}</source>
        <translation>Zeile {r}: {why}</translation>
    </message>
    <message>
        <source>… and {n} more rows with errors.</source>
        <translation>… und {n} weitere Zeilen mit Fehlern.</translation>
    </message>
    <message>
        <source>Fix the rows with errors, or leave them out</source>
        <translation>Zeilen mit Fehlern berichtigen oder auslassen</translation>
    </message>
    <message>
        <source>Import 1 visit</source>
        <translation>1 Besuch importieren</translation>
    </message>
    <message>
        <source>Import {n} visits</source>
        <translation>{n} Besuche importieren</translation>
    </message>
    <message>
        <source>✓ 1 visit imported.</source>
        <translation>✓ 1 Besuch importiert.</translation>
    </message>
    <message>
        <source>✓ {n} visits imported.</source>
        <translation>✓ {n} Besuche importiert.</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>  (voided)</source>
        <translation>  (storniert)</translation>
    </message>
</context>
<context>
    <name>allergens</name>
    <message>
        <source>Celery</source>
        <translation>Sellerie</translation>
    </message>
    <message>
        <source>Cereals containing gluten</source>
        <translation>Glutenhaltiges Getreide</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Krebstiere</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupinen</translation>
    </message>
    <message>
        <source>Milk</source>
        <translation>Milch</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Weichtiere</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Senf</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Schalenfrüchte</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Erdnüsse</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>Sulfite</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>There is no screen to open the window on. Start it from the desktop, or use a command (regulars --help).</source>
        <translation>Es gibt keinen Bildschirm für das Fenster. Vom Desktop aus starten oder einen Befehl verwenden (regulars --help).</translation>
    </message>
    <message>
        <source>Stopped; anything not finished was not saved.</source>
        <translation>Abgebrochen; was nicht fertig war, wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>regulars: warning: {note}</source>
        <translation>regulars: Warnung: {note}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); no log file could be written.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({kind}); es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; details are in {path}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; Einzelheiten stehen in {path}</translation>
    </message>
    <message>
        <source>Note: customer {id} has the same phone or e-mail.</source>
        <translation>Hinweis: Kunde {id} hat dieselbe Telefonnummer oder E-Mail.</translation>
    </message>
    <message>
        <source>Added customer {id}: {name}</source>
        <translation>Kunde {id} angelegt: {name}</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation>Keine passenden Kunden.</translation>
    </message>
    <message>
        <source>{name}  (customer {id})</source>
        <translation>{name}  (Kunde {id})</translation>
    </message>
    <message>
        <source>Birthday: {day}</source>
        <translation>Geburtstag: {day}</translation>
    </message>
    <message>
        <source>ALLERGIES / DIET: {flags}</source>
        <translation>ALLERGIEN / ERNÄHRUNG: {flags}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-Mail: {value}</translation>
    </message>
    <message>
        <source>Prefers: {value}</source>
        <translation>Mag gern: {value}</translation>
    </message>
    <message>
        <source>Notes: {value}</source>
        <translation>Notizen: {value}</translation>
    </message>
    <message>
        <source>no usual yet</source>
        <translation>noch nichts Übliches</translation>
    </message>
    <message>
        <source>Usual: {items}</source>
        <translation>Üblich: {items}</translation>
    </message>
    <message>
        <source>, last on {day}</source>
        <translation>, zuletzt am {day}</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>Besuche: {n}</translation>
    </message>
    <message>
        <source>Card: {code} ({status})</source>
        <translation>Karte: {code} ({status})</translation>
    </message>
    <message>
        <source>MAKE IT RIGHT ({id}, since {day}): {text}</source>
        <translation>WIEDERGUTMACHEN ({id}, seit {day}): {text}</translation>
    </message>
    <message>
        <source>Talk about ({id}): {text}</source>
        <translation>Ansprechen ({id}): {text}</translation>
    </message>
    <message>
        <source> (from {day})</source>
        <translation> (ab {day})</translation>
    </message>
    <message>
        <source>active</source>
        <comment>card</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <comment>card</comment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>replaced</source>
        <comment>card</comment>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Stamps: {n}</source>
        <translation>Stempel: {n}</translation>
    </message>
    <message>
        <source>Points: {n}</source>
        <translation>Punkte: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>noch %n Stempel bis {reward}</numerusform>
            <numerusform>noch %n Stempel bis {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>noch %n Punkt bis {reward}</numerusform>
            <numerusform>noch %n Punkte bis {reward}</numerusform>
        </translation>
    </message>
    <message>
        <source>--usual records the usual order; leave out --item and --amount.</source>
        <translation>--usual erfasst die übliche Bestellung; --item und --amount weglassen.</translation>
    </message>
    <message>
        <source>Recorded visit {id}: {message}</source>
        <translation>Besuch {id} erfasst: {message}</translation>
    </message>
    <message>
        <source>Visit {id} voided; {n} taken back.</source>
        <translation>Besuch {id} storniert; {n} zurückgenommen.</translation>
    </message>
    <message>
        <source>Balance is now {n}.</source>
        <translation>Der Stand ist jetzt {n}.</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(eingestellt)</translation>
    </message>
    <message>
        <source>Added reward {id}.</source>
        <translation>Prämie {id} hinzugefügt.</translation>
    </message>
    <message>
        <source>Redeemed {reward}; balance is now {n}.</source>
        <translation>{reward} eingelöst; der Stand ist jetzt {n}.</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Karte {code}: {status}</translation>
    </message>
    <message>
        <source>No cards to print: every active card has been printed. Name customers with --customer.</source>
        <translation>Keine Karten zu drucken: Jede aktive Karte ist schon gedruckt. Kunden mit --customer angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {out}.</source>
        <translation>
            <numerusform>%n Karte nach {out} geschrieben.</numerusform>
            <numerusform>%n Karten nach {out} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added item {id}: {item}</source>
        <translation>Artikel {id} angelegt: {item}</translation>
    </message>
    <message>
        <source>Changed item {id}: {item}</source>
        <translation>Artikel {id} geändert: {item}</translation>
    </message>
    <message>
        <source>{item}, contains {allergens}</source>
        <translation>{item}, enthält {allergens}</translation>
    </message>
    <message>
        <source>--days cannot be negative.</source>
        <translation>--days darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>No birthdays coming up.</source>
        <translation>Keine Geburtstage in Sicht.</translation>
    </message>
    <message numerus="yes">
        <source>NPS {score} from %n answer(s)</source>
        <translation>
            <numerusform>NPS {score} aus %n Antwort</numerusform>
            <numerusform>NPS {score} aus %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag</numerusform>
            <numerusform>zuletzt vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Nobody to list.</source>
        <translation>Niemand aufzulisten.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; use YYYY-MM-DD.</source>
        <translation>„{text}“ ist kein Datum; bitte JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>--to is before --date.</source>
        <translation>--to liegt vor --date.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) to {out}.</source>
        <translation>
            <numerusform>%n Besuch nach {out} geschrieben.</numerusform>
            <numerusform>%n Besuche nach {out} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to {out}.</source>
        <translation>
            <numerusform>%n Kunde nach {out} geschrieben.</numerusform>
            <numerusform>%n Kunden nach {out} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {name}: {field} {old} → {new}</source>
        <translation>Zeile {row}: {name}: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n customer(s) written.</source>
        <translation>
            <numerusform>Importiert: %n Kunde gespeichert.</numerusform>
            <numerusform>Importiert: %n Kunden gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n visit(s) written.</source>
        <translation>
            <numerusform>Importiert: %n Besuch gespeichert.</numerusform>
            <numerusform>Importiert: %n Besuche gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out and --pdf name the same file; give two names.</source>
        <translation>--out und --pdf nennen dieselbe Datei; bitte zwei Namen angeben.</translation>
    </message>
    <message>
        <source>Wrote {out} and {pdf}.</source>
        <translation>{out} und {pdf} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>{out} geschrieben.</translation>
    </message>
    <message>
        <source>Customer {id} erased. Backups made before now still hold the old data until they rotate out.</source>
        <translation>Kunde {id} gelöscht. Bisherige Sicherungen enthalten die alten Daten noch, bis sie ausrotiert werden.</translation>
    </message>
    <message>
        <source>--months must be at least 1.</source>
        <translation>--months muss mindestens 1 sein.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n customer(s) inactive for over {months} months.</source>
        <translation>
            <numerusform>%n Kunde gelöscht, der seit über {months} Monaten nicht da war.</numerusform>
            <numerusform>%n Kunden gelöscht, die seit über {months} Monaten nicht da waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly: the month, YYYY-MM (this month if left out)</source>
        <translation>monthly: der Monat, JJJJ-MM (ohne Angabe: dieser Monat)</translation>
    </message>
    <message>
        <source>monthly: the PDF to write</source>
        <translation>monthly: das zu schreibende PDF</translation>
    </message>
    <message>
        <source>Wrote the report for {month} (figures to {day}) to {out}.</source>
        <translation>Bericht für {month} (Zahlen bis {day}) nach {out} geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>{visits} visit(s) in the last 13 weeks.</source>
        <translation>
            <numerusform>{visits} Besuch in den letzten 13 Wochen.</numerusform>
            <numerusform>{visits} Besuche in den letzten 13 Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>clv: last day the models see, YYYY-MM-DD (today)</source>
        <translation>clv: letzter Tag, den die Modelle sehen, JJJJ-MM-TT (heute)</translation>
    </message>
    <message>
        <source>clv: expected visits ahead (52)</source>
        <translation>clv: erwartete Besuche voraus (52)</translation>
    </message>
    <message>
        <source>clv: compare predicted and actual visits after --as-of up to this day</source>
        <translation>clv: vorhergesagte und tatsächliche Besuche nach --as-of bis zu diesem Tag vergleichen</translation>
    </message>
    <message>
        <source>clv: only the N most valuable customers</source>
        <translation>clv: nur die N wertvollsten Kunden</translation>
    </message>
    <message>
        <source>clv: fit the models again now</source>
        <translation>clv: die Modelle jetzt neu anpassen</translation>
    </message>
    <message numerus="yes">
        <source>Customer lifetime value as of {day} ({customers} customer(s) fitted, fitted {when} UTC)</source>
        <translation>
            <numerusform>Kundenwert (CLV) am {day} ({customers} Kunde angepasst, angepasst {when} UTC)</numerusform>
            <numerusform>Kundenwert (CLV) am {day} ({customers} Kunden angepasst, angepasst {when} UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD: r {r}  α {alpha}  a {a}  b {b}  log-likelihood {ll}</source>
        <translation>BG/NBD: r {r}  α {alpha}  a {a}  b {b}  Log-Likelihood {ll}</translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma): p {p}  q {q}  γ {gamma}</source>
        <translation>Ausgaben (Gamma-Gamma): p {p}  q {q}  γ {gamma}</translation>
    </message>
    <message>
        <source>Spend: not modelled (fewer than 20 customers have repeat visits with an amount)</source>
        <translation>Ausgaben: nicht modelliert (weniger als 20 Kunden haben wiederholte Besuche mit Betrag)</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at {discount} a month; expected visits in the next {weeks} weeks.</source>
        <translation>
            <numerusform>CLV über %n Monat mit {discount} im Monat; erwartete Besuche in den nächsten {weeks} Wochen.</numerusform>
            <numerusform>CLV über %n Monate mit {discount} im Monat; erwartete Besuche in den nächsten {weeks} Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (--top N to see more, --json for all)</source>
        <translation>… und {n} weitere (--top N zeigt mehr, --json alle)</translation>
    </message>
    <message>
        <source>Holdout ({weeks} weeks): predicted {predicted} visits, actual {actual}; correlation per customer {correlation}</source>
        <translation>Zurückgehalten ({weeks} Wochen): vorhergesagt {predicted} Besuche, tatsächlich {actual}; Korrelation je Kunde {correlation}</translation>
    </message>
    <message>
        <source>id</source>
        <comment>clv column</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>name</source>
        <comment>clv column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>visits</source>
        <comment>clv column</comment>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>alive</source>
        <comment>clv column</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expected</source>
        <comment>clv column</comment>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>per visit</source>
        <comment>clv column</comment>
        <translation>je Besuch</translation>
    </message>
    <message>
        <source>CLV</source>
        <comment>clv column</comment>
        <translation>CLV</translation>
    </message>
    <message>
        <source>talking points to raise on their next visits</source>
        <translation>Gesprächsnotizen für die nächsten Besuche</translation>
    </message>
    <message>
        <source>jot a talking point on a customer&apos;s profile</source>
        <translation>eine Gesprächsnotiz im Kundenprofil notieren</translation>
    </message>
    <message>
        <source>what to ask or mention, e.g. how the marathon went</source>
        <translation>was zu fragen oder zu erwähnen ist, z. B. wie der Marathon lief</translation>
    </message>
    <message>
        <source>show it from this day on, YYYY-MM-DD (default: at once)</source>
        <translation>ab diesem Tag zeigen, JJJJ-MM-TT (sonst: sofort)</translation>
    </message>
    <message>
        <source>tick a talking point off</source>
        <translation>eine Gesprächsnotiz abhaken</translation>
    </message>
    <message>
        <source>a customer&apos;s open talking points</source>
        <translation>die offenen Gesprächsnotizen eines Kunden</translation>
    </message>
    <message>
        <source>bad experiences to make right</source>
        <translation>schlechte Erfahrungen, die wiedergutzumachen sind</translation>
    </message>
    <message>
        <source>record a bad experience</source>
        <translation>eine schlechte Erfahrung erfassen</translation>
    </message>
    <message>
        <source>what went wrong, e.g. waited 15 min</source>
        <translation>was schiefging, z. B. 15 Min. gewartet</translation>
    </message>
    <message>
        <source>mark a complaint made right</source>
        <translation>eine Beschwerde als wiedergutgemacht markieren</translation>
    </message>
    <message>
        <source>open complaints: everyone&apos;s, or one customer&apos;s</source>
        <translation>offene Beschwerden: von allen oder von einem Kunden</translation>
    </message>
    <message>
        <source>seasonal: suggested from this day, YYYY-MM-DD</source>
        <translation>saisonal: ab diesem Tag vorgeschlagen, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>seasonal: suggested up to this day</source>
        <translation>saisonal: bis zu diesem Tag vorgeschlagen</translation>
    </message>
    <message>
        <source>Talking point {id} noted; the profile shows it from today until it is ticked off.</source>
        <translation>Gesprächsthema {id} notiert; das Profil zeigt es ab heute, bis es abgehakt ist.</translation>
    </message>
    <message>
        <source>Talking point {id} noted; the profile shows it from {day} until it is ticked off.</source>
        <translation>Gesprächsthema {id} notiert; das Profil zeigt es ab {day}, bis es abgehakt ist.</translation>
    </message>
    <message>
        <source>Ticked off: {text}</source>
        <translation>Abgehakt: {text}</translation>
    </message>
    <message>
        <source>(from {day})</source>
        <translation>(ab {day})</translation>
    </message>
    <message>
        <source>No open talking points.</source>
        <translation>Keine offenen Gesprächsthemen.</translation>
    </message>
    <message>
        <source>Complaint {id} recorded; the profile asks to make it right on every visit until it is.</source>
        <translation>Beschwerde {id} erfasst; das Profil erinnert bei jedem Besuch daran, sie wiedergutzumachen, bis es geschehen ist.</translation>
    </message>
    <message>
        <source>Made right: {text}</source>
        <translation>Wiedergutgemacht: {text}</translation>
    </message>
    <message>
        <source>{name} ({id}): {text}</source>
        <translation>{name} ({id}): {text}</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>Keine offenen Beschwerden.</translation>
    </message>
    <message>
        <source>available {start} to {end}</source>
        <translation>erhältlich {start} bis {end}</translation>
    </message>
    <message>
        <source>folder for the database, backups and logs (or REGULARS_DATA_DIR)</source>
        <translation>Ordner für Datenbank, Sicherungen und Protokolle (oder REGULARS_DATA_DIR)</translation>
    </message>
    <message>
        <source>e.g. postgresql+psycopg://user@host/db (or REGULARS_DATABASE_URL)</source>
        <translation>z. B. postgresql+psycopg://user@host/db (oder REGULARS_DATABASE_URL)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>Know your regulars at the counter.</source>
        <translation>Kennen Sie Ihre Stammkunden an der Theke.</translation>
    </message>
    <message>
        <source>fill a demo bakery</source>
        <translation>eine Demo-Bäckerei füllen</translation>
    </message>
    <message>
        <source>add the demo even though the shop already has customers of its own</source>
        <translation>die Demo hinzufügen, obwohl das Geschäft schon eigene Kunden hat</translation>
    </message>
    <message>
        <source>add, find and show customers</source>
        <translation>Kunden anlegen, finden und zeigen</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>einen Kunden anlegen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM-DD</source>
        <translation>JJJJ-MM-TT oder MM-TT</translation>
    </message>
    <message>
        <source>nuts, gluten, dairy, vegan, ... (repeat)</source>
        <translation>nuts, gluten, dairy, vegan, … (wiederholbar)</translation>
    </message>
    <message>
        <source>search by name, phone, e-mail or card code</source>
        <translation>nach Name, Telefon, E-Mail oder Kartencode suchen</translation>
    </message>
    <message>
        <source>one customer&apos;s profile</source>
        <translation>das Profil eines Kunden</translation>
    </message>
    <message>
        <source>everything held about one person (JSON; --pdf for a readable copy)</source>
        <translation>alles über eine Person Gespeicherte (JSON; --pdf für eine lesbare Kopie)</translation>
    </message>
    <message>
        <source>write the JSON to this file instead of printing it</source>
        <translation>das JSON in diese Datei schreiben statt es auszugeben</translation>
    </message>
    <message>
        <source>also write a readable PDF</source>
        <translation>auch ein lesbares PDF schreiben</translation>
    </message>
    <message>
        <source>anonymise one person, keeping anonymous visit statistics</source>
        <translation>eine Person anonymisieren, die anonymen Besuchsstatistiken bleiben</translation>
    </message>
    <message>
        <source>anonymise everyone inactive for longer than --months</source>
        <translation>alle anonymisieren, die länger als --months inaktiv sind</translation>
    </message>
    <message>
        <source>resolve a card payload to its customer</source>
        <translation>den Kunden zu einem Kartencode finden</translation>
    </message>
    <message>
        <source>record or void visits</source>
        <translation>Besuche erfassen oder stornieren</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>einen Besuch erfassen</translation>
    </message>
    <message>
        <source>menu item name (repeat)</source>
        <translation>Name eines Artikels (wiederholbar)</translation>
    </message>
    <message>
        <source>amount spent, e.g. 12.50</source>
        <translation>ausgegebener Betrag, z. B. 12.50</translation>
    </message>
    <message>
        <source>record the customer&apos;s usual order</source>
        <translation>die übliche Bestellung des Kunden erfassen</translation>
    </message>
    <message>
        <source>the script&apos;s own id for this visit (up to 36 characters): run again, it is not counted twice</source>
        <translation>die eigene Kennung des Skripts für diesen Besuch (bis 36 Zeichen): erneut ausgeführt, zählt er nicht doppelt</translation>
    </message>
    <message>
        <source>void a visit and reverse its points</source>
        <translation>einen Besuch stornieren und seine Punkte zurücknehmen</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>Punkte korrigieren</translation>
    </message>
    <message>
        <source>add or take points, with a reason</source>
        <translation>Punkte geben oder nehmen, mit Grund</translation>
    </message>
    <message>
        <source>the rewards catalogue</source>
        <translation>der Prämienkatalog</translation>
    </message>
    <message>
        <source>list rewards</source>
        <translation>Prämien auflisten</translation>
    </message>
    <message>
        <source>add a reward</source>
        <translation>eine Prämie hinzufügen</translation>
    </message>
    <message>
        <source>redeem a reward for a customer</source>
        <translation>eine Prämie für einen Kunden einlösen</translation>
    </message>
    <message>
        <source>loyalty cards</source>
        <translation>Treuekarten</translation>
    </message>
    <message>
        <source>issue a customer&apos;s card</source>
        <translation>die Karte eines Kunden ausstellen</translation>
    </message>
    <message>
        <source>reissue a customer&apos;s card</source>
        <translation>die Karte eines Kunden neu ausstellen</translation>
    </message>
    <message>
        <source>revoke a customer&apos;s card</source>
        <translation>die Karte eines Kunden sperren</translation>
    </message>
    <message>
        <source>print cards to a PDF</source>
        <translation>Karten in ein PDF drucken</translation>
    </message>
    <message>
        <source>customer id (repeat); default: unprinted</source>
        <translation>Kundennummer (wiederholbar); sonst: noch nicht gedruckte</translation>
    </message>
    <message>
        <source>a page of stamp boxes after each page of cards</source>
        <translation>eine Seite Stempelfelder nach jeder Kartenseite</translation>
    </message>
    <message>
        <source>the logo printed on cards (PNG or JPEG)</source>
        <translation>das auf die Karten gedruckte Logo (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>print cards without a logo</source>
        <translation>Karten ohne Logo drucken</translation>
    </message>
    <message>
        <source>the brand colour on cards</source>
        <translation>die Markenfarbe auf den Karten</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>the shop&apos;s settings</source>
        <translation>die Einstellungen des Geschäfts</translation>
    </message>
    <message>
        <source>show or set the shop&apos;s currency</source>
        <translation>die Währung des Geschäfts zeigen oder setzen</translation>
    </message>
    <message>
        <source>an ISO 4217 code: GBP, EUR, USD, CHF…</source>
        <translation>ein ISO-4217-Code: GBP, EUR, USD, CHF…</translation>
    </message>
    <message>
        <source>the shop&apos;s menu</source>
        <translation>die Karte des Geschäfts</translation>
    </message>
    <message>
        <source>list menu items</source>
        <translation>Artikel auflisten</translation>
    </message>
    <message>
        <source>add a menu item</source>
        <translation>einen Artikel hinzufügen</translation>
    </message>
    <message>
        <source>price, e.g. 3.30</source>
        <translation>Preis, z. B. 3.30</translation>
    </message>
    <message>
        <source>an EU allergen it contains (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas</source>
        <translation>ein enthaltenes EU-Allergen (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); wiederholen oder mit Kommas trennen</translation>
    </message>
    <message>
        <source>change a menu item&apos;s name, category, price or allergens</source>
        <translation>Name, Kategorie, Preis oder Allergene eines Artikels ändern</translation>
    </message>
    <message>
        <source>the item&apos;s number or name</source>
        <translation>Nummer oder Name des Artikels</translation>
    </message>
    <message>
        <source>take the price off</source>
        <translation>den Preis entfernen</translation>
    </message>
    <message>
        <source>replaces the item&apos;s allergens: the EU allergens it contains (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas</source>
        <translation>ersetzt die Allergene des Artikels: die enthaltenen EU-Allergene (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); wiederholen oder mit Kommas trennen</translation>
    </message>
    <message>
        <source>the item contains none of the 14</source>
        <translation>der Artikel enthält keines der 14</translation>
    </message>
    <message>
        <source>visit logs and customer lists</source>
        <translation>Besuchsprotokolle und Kundenlisten</translation>
    </message>
    <message>
        <source>the visit log of a day or a range of days</source>
        <translation>das Besuchsprotokoll eines Tages oder mehrerer Tage</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, the shop&apos;s local day (or &apos;today&apos;)</source>
        <translation>JJJJ-MM-TT, der Ortstag des Geschäfts (oder &apos;today&apos;)</translation>
    </message>
    <message>
        <source>last day of a range, YYYY-MM-DD</source>
        <translation>letzter Tag eines Zeitraums, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>all customers as CSV (the generic import format)</source>
        <translation>alle Kunden als CSV (das allgemeine Importformat)</translation>
    </message>
    <message>
        <source>customers from another system</source>
        <translation>Kunden aus einem anderen System</translation>
    </message>
    <message>
        <source>import a CSV of customers</source>
        <translation>eine CSV-Datei mit Kunden importieren</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>zeigen, was geschähe, nichts ändern</translation>
    </message>
    <message>
        <source>how the file writes 05/11/1990 (else the file, then the country)</source>
        <translation>wie die Datei 05/11/1990 schreibt (sonst die Datei, dann das Land)</translation>
    </message>
    <message>
        <source>import the good rows, leave out rows with errors</source>
        <translation>die guten Zeilen importieren, fehlerhafte auslassen</translation>
    </message>
    <message>
        <source>import the sales history of another till</source>
        <translation>die Verkaufshistorie einer anderen Kasse importieren</translation>
    </message>
    <message>
        <source>birthdays, lapsed regulars, top regulars, NPS, lifetime value, month PDF</source>
        <translation>Geburtstage, verlorene Stammkunden, beste Stammkunden, NPS, Kundenwert, Monats-PDF</translation>
    </message>
    <message>
        <source>birthdays: days ahead (7); lapsed: floor in days; nps: period (90)</source>
        <translation>birthdays: Tage voraus (7); lapsed: Untergrenze in Tagen; nps: Zeitraum (90)</translation>
    </message>
    <message>
        <source>the owner&apos;s PIN</source>
        <translation>die PIN des Inhabers</translation>
    </message>
    <message>
        <source>set or change the owner PIN (new PIN from REGULARS_NEW_OWNER_PIN or asked)</source>
        <translation>die Inhaber-PIN setzen oder ändern (neue PIN aus REGULARS_NEW_OWNER_PIN oder abgefragt)</translation>
    </message>
    <message>
        <source>backups of the database</source>
        <translation>Sicherungen der Datenbank</translation>
    </message>
    <message>
        <source>write a backup now</source>
        <translation>jetzt eine Sicherung schreiben</translation>
    </message>
    <message>
        <source>list backups</source>
        <translation>Sicherungen auflisten</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>die Datenbank durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>a backup file, or &apos;latest&apos;</source>
        <translation>eine Sicherungsdatei oder &apos;latest&apos;</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>version</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Demo bakery ready: {customers}, {visits}.</source>
        <translation>Demo-Bäckerei bereit: {customers}, {visits}.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation>Die bisherige Datenbank bleibt als {path} erhalten.</translation>
    </message>
    <message>
        <source>Owner PIN: </source>
        <translation>Inhaber-PIN: </translation>
    </message>
    <message>
        <source>New owner PIN: </source>
        <translation>Neue Inhaber-PIN: </translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>Owner PIN set.</source>
        <translation>Inhaber-PIN gesetzt.</translation>
    </message>
    <message>
        <source>Cards now print without a logo.</source>
        <translation>Karten werden jetzt ohne Logo gedruckt.</translation>
    </message>
    <message>
        <source>There was no logo.</source>
        <translation>Es gab kein Logo.</translation>
    </message>
    <message>
        <source>Logo saved ({width}×{height} {kind}); every till prints it from now on.</source>
        <translation>Logo gespeichert ({width}×{height} {kind}); jede Kasse druckt es ab jetzt.</translation>
    </message>
    <message>
        <source>Cards print in {colour} from now on.</source>
        <translation>Karten werden ab jetzt in {colour} gedruckt.</translation>
    </message>
    <message>
        <source>The shop counts in {code} from now on; amounts read like {example}.</source>
        <translation>Der Laden rechnet ab jetzt in {code}; Beträge lauten etwa {example}.</translation>
    </message>
    <message>
        <source>The shop counts in {code} now; amounts read like {example}.</source>
        <translation>Der Laden rechnet jetzt in {code}; Beträge lauten etwa {example}.</translation>
    </message>
    <message>
        <source>Format: {format}.</source>
        <translation>Format: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n zu überspringen</numerusform>
            <numerusform>%n zu überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n mit Fehlern.</numerusform>
            <numerusform>%n mit Fehlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: skipped, {why}</source>
        <translation>Zeile {row}: übersprungen, {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to add</source>
        <translation>
            <numerusform>%n Besuch hinzuzufügen</numerusform>
            <numerusform>%n Besuche hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n schon importiert</numerusform>
            <numerusform>%n schon importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) without a customer skipped</source>
        <translation>
            <numerusform>%n Verkauf ohne Kunde übersprungen</numerusform>
            <numerusform>%n Verkäufe ohne Kunde übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of refunds or other events, not sales: skipped.</source>
        <translation>
            <numerusform>%n Zeile mit Erstattungen oder anderen Vorgängen, keine Verkäufe: übersprungen.</numerusform>
            <numerusform>%n Zeilen mit Erstattungen oder anderen Vorgängen, keine Verkäufe: übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items not on the menu, kept as text on the visit: {names}.</source>
        <translation>Artikel nicht auf der Karte, als Text beim Besuch gespeichert: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with errors.</source>
        <translation>
            <numerusform>… und %n weitere Zeile mit Fehlern.</numerusform>
            <numerusform>… und %n weitere Zeilen mit Fehlern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>details are in {path}</source>
        <translation>Einzelheiten stehen in {path}</translation>
    </message>
    <message>
        <source>no log file could be written ({kind})</source>
        <translation>es konnte keine Protokolldatei geschrieben werden ({kind})</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; {where}.

Everything confirmed on screen before this is saved.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; {where}.

Alles, was vorher auf dem Bildschirm bestätigt wurde, ist gespeichert.</translation>
    </message>
    <message>
        <source>The shop could not be opened ({kind}); see the log.</source>
        <translation>Der Laden konnte nicht geöffnet werden ({kind}); siehe Protokoll.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened.

Restore the latest backup ({b})? The damaged file is kept beside it, untouched.</source>
        <translation>Die Datenbankdatei ist beschädigt und lässt sich nicht öffnen.

Die letzte Sicherung ({b}) wiederherstellen? Die beschädigte Datei bleibt unverändert daneben liegen.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>msg</name>
    <message>
        <source>“{value}” is not a month; use YYYY-MM, e.g. 2026-10.</source>
        <translation>„{value}“ ist kein Monat; bitte JJJJ-MM verwenden, z. B. 2026-10.</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.pdf.</source>
        <translation>Bitte angeben, wohin der Bericht geschrieben wird: --out DATEI.pdf.</translation>
    </message>
    <message>
        <source>--days is not for the clv report; use --weeks or --as-of.</source>
        <translation>--days gilt nicht für den CLV-Bericht; bitte --weeks oder --as-of verwenden.</translation>
    </message>
    <message>
        <source>a talking point number</source>
        <translation>eine Gesprächsnotiz-Nummer</translation>
    </message>
    <message>
        <source>There is no talking point number {value}.</source>
        <translation>Es gibt keine Gesprächsnotiz mit der Nummer {value}.</translation>
    </message>
    <message>
        <source>a complaint number</source>
        <translation>eine Beschwerde-Nummer</translation>
    </message>
    <message>
        <source>There is no complaint number {value}.</source>
        <translation>Es gibt keine Beschwerde mit der Nummer {value}.</translation>
    </message>
    <message>
        <source>Erased in the database, but another program is reading it, so the old data is not yet gone from the file on disk. Close the other tills or programs and run “regulars {again}” again.</source>
        <translation>In der Datenbank gelöscht, aber ein anderes Programm liest sie gerade, daher sind die alten Daten noch nicht aus der Datei auf der Festplatte verschwunden. Bitte die anderen Kassen oder Programme schließen und „regulars {again}“ erneut ausführen.</translation>
    </message>
    <message>
        <source>--customers and --visits cannot be negative.</source>
        <translation>--customers und --visits dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>This is an owner command: set REGULARS_OWNER_PIN or run it in a terminal.</source>
        <translation>Das ist ein Befehl für Inhaber: REGULARS_OWNER_PIN setzen oder ihn in einem Terminal ausführen.</translation>
    </message>
    <message>
        <source>Give the new PIN in REGULARS_NEW_OWNER_PIN or run this in a terminal.</source>
        <translation>Die neue PIN in REGULARS_NEW_OWNER_PIN angeben oder dies in einem Terminal ausführen.</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Die beiden PINs unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give the logo&apos;s file, or --clear to print cards without one.</source>
        <translation>Die Datei des Logos angeben, oder --clear, um Karten ohne Logo zu drucken.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Die Datei {file} gibt es nicht.</translation>
    </message>
    <message>
        <source>Could not read {file}: {strerror}.</source>
        <translation>{file} konnte nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>{problem} (see {prog} --help).</source>
        <translation>{problem} (siehe {prog} --help).</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number ({what}).</source>
        <translation>„{value}“ ist keine ganze Zahl ({what}).</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>a customer number</source>
        <translation>eine Kundennummer</translation>
    </message>
    <message>
        <source>There is no customer number {value}.</source>
        <translation>Es gibt keinen Kunden mit der Nummer {value}.</translation>
    </message>
    <message>
        <source>a visit number</source>
        <translation>eine Besuchsnummer</translation>
    </message>
    <message>
        <source>There is no visit number {value}.</source>
        <translation>Es gibt keinen Besuch mit der Nummer {value}.</translation>
    </message>
    <message>
        <source>A reward&apos;s cost</source>
        <translation>Der Preis einer Prämie</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>An adjustment must be between -{most} and {most} points.</source>
        <translation>Eine Korrektur muss zwischen -{most} und {most} Punkten liegen.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; use YYYY-MM-DD.</source>
        <translation>„{value}“ ist kein Datum; bitte JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>{text} is more than 100 years from today.</source>
        <translation>{text} liegt mehr als 100 Jahre von heute entfernt.</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder}: {exc}</source>
        <translation>Die Sicherung konnte nicht nach {folder} geschrieben werden: {exc}</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>{name} is not a Regulars database.</source>
        <translation>{name} ist keine Regulars-Datenbank.</translation>
    </message>
    <message>
        <source>{name} is not a readable Regulars database ({exc}).</source>
        <translation>{name} ist keine lesbare Regulars-Datenbank ({exc}).</translation>
    </message>
    <message>
        <source>{name} is damaged: {result}</source>
        <translation>{name} ist beschädigt: {result}</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Regulars (schema {revision}). Update Regulars, then restore it.</source>
        <translation>{name} wurde von einer neueren Version von Regulars erstellt (Schema {revision}). Bitte Regulars aktualisieren und dann wiederherstellen.</translation>
    </message>
    <message>
        <source>The backup could not be copied in ({exc}); the database is unchanged.</source>
        <translation>Die Sicherung konnte nicht übernommen werden ({exc}); die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be copied in ({exc}).</source>
        <translation>Die Sicherung konnte nicht übernommen werden ({exc}).</translation>
    </message>
    <message>
        <source>Sharing a PostgreSQL server needs the psycopg driver, which is not installed. Install Regulars with its postgres extra: pip install &apos;regulars[postgres]&apos;.</source>
        <translation>Für einen gemeinsamen PostgreSQL-Server wird der Treiber psycopg gebraucht, der nicht installiert ist. Regulars mit dem Zusatz postgres installieren: pip install &apos;regulars[postgres]&apos;.</translation>
    </message>
    <message>
        <source>There is no backup at {dump}.</source>
        <translation>Unter {dump} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>{name} is not a readable backup</source>
        <translation>{name} ist keine lesbare Sicherung</translation>
    </message>
    <message>
        <source>{name} is not a backup of a Regulars database.</source>
        <translation>{name} ist keine Sicherung einer Regulars-Datenbank.</translation>
    </message>
    <message>
        <source>Backing up or restoring the shared PostgreSQL server needs {name}, which is not installed on this computer. Install the PostgreSQL client tools (Debian or Ubuntu: sudo apt install postgresql-client; macOS: brew install libpq), or run pg_dump on the server itself.</source>
        <translation>Zum Sichern oder Wiederherstellen des gemeinsamen PostgreSQL-Servers wird {name} gebraucht, das auf diesem Computer nicht installiert ist. Bitte die PostgreSQL-Client-Programme installieren (Debian oder Ubuntu: sudo apt install postgresql-client; macOS: brew install libpq) oder pg_dump auf dem Server selbst ausführen.</translation>
    </message>
    <message>
        <source>{failure}: {detail}</source>
        <translation>{failure}: {detail}</translation>
    </message>
    <message>
        <source>{tool} failed</source>
        <translation>{tool} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Die Festplatte ist voll, daher wurde nichts gespeichert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The database is busy in another till and did not free up in time. Try again.</source>
        <translation>Die Datenbank ist an einer anderen Kasse beschäftigt und wurde nicht rechtzeitig frei. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and try again.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Bitte das Netzwerk prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions.</source>
        <translation>In den Datenordner kann nicht geschrieben werden. Bitte seine Berechtigungen prüfen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (regulars backup restore latest).</source>
        <translation>Die Datenbankdatei ist beschädigt. Bitte die neueste Sicherung wiederherstellen (regulars backup restore latest).</translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Bitte den Namen der zu schreibenden Datei angeben.</translation>
    </message>
    <message>
        <source>That file is the shop&apos;s database ({target}); choose another name.</source>
        <translation>Diese Datei ist die Datenbank des Geschäfts ({target}); bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>{target} is among the shop&apos;s backups; save it somewhere else.</source>
        <translation>{target} liegt bei den Sicherungen des Geschäfts; bitte woanders speichern.</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({root}), which holds the shop&apos;s database and backups; save it somewhere else.</source>
        <translation>{target} liegt im Datenordner ({root}), der die Datenbank und die Sicherungen des Geschäfts enthält; bitte woanders speichern.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} ist ein Ordner; bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Den Ordner {parent} gibt es nicht.</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} ist kein Ordner.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Die Festplatte ist voll: {path} wurde nicht geschrieben. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>There is no permission to write {path}; choose another folder.</source>
        <translation>Keine Berechtigung, {path} zu schreiben; bitte einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>{path} konnte nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>{path} is a database; an export may not replace it. Choose another name.</source>
        <translation>{path} ist eine Datenbank; ein Export darf sie nicht ersetzen. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Stamp boxes go on the back of a stamp card, and this shop&apos;s loyalty rule is not one (or its first reward needs more than 20 stamps).</source>
        <translation>Stempelfelder stehen auf der Rückseite einer Stempelkarte, und die Treueregel dieses Geschäfts ist keine (oder ihre erste Prämie braucht mehr als 20 Stempel).</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Es gibt keinen Monat {month}.</translation>
    </message>
    <message>
        <source>{year} was not a leap year, so it had no 29 February.</source>
        <translation>{year} war kein Schaltjahr und hatte daher keinen 29. Februar.</translation>
    </message>
    <message>
        <source>{name} has no day {day}.</source>
        <translation>{name} hat keinen Tag {day}.</translation>
    </message>
    <message>
        <source>The year {year} is not a plausible birth year.</source>
        <translation>Das Jahr {year} ist kein glaubhaftes Geburtsjahr.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; use YYYY-MM-DD or MM-DD.</source>
        <translation>„{value}“ ist kein Datum; bitte JJJJ-MM-TT oder MM-TT verwenden.</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Geburtstag heute</translation>
    </message>
    <message>
        <source>Birthday tomorrow</source>
        <translation>Geburtstag morgen</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Geburtstag in %n Tag</numerusform>
            <numerusform>Geburtstag in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>That picture is too large (over 5 MB); save a smaller copy and choose it again.</source>
        <translation>Das Bild ist zu groß (über 5 MB); bitte eine kleinere Kopie speichern und erneut wählen.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>That logo file is damaged or not a picture this app can read.</source>
        <translation>Die Logodatei ist beschädigt oder kein Bild, das diese App lesen kann.</translation>
    </message>
    <message>
        <source>This customer already has a card; reissue it if it was lost.</source>
        <translation>Dieser Kunde hat bereits eine Karte; bei Verlust bitte neu ausstellen.</translation>
    </message>
    <message>
        <source>This customer has no active card to revoke.</source>
        <translation>Dieser Kunde hat keine aktive Karte zum Sperren.</translation>
    </message>
    <message>
        <source>That is not a Regulars card code.</source>
        <translation>Das ist kein Regulars-Kartencode.</translation>
    </message>
    <message>
        <source>Unknown card: it was not issued by this shop.</source>
        <translation>Unbekannte Karte: Sie wurde nicht von diesem Geschäft ausgegeben.</translation>
    </message>
    <message>
        <source>This card was revoked on {revoked_at}. Nothing was recorded.</source>
        <translation>Diese Karte wurde am {revoked_at} gesperrt. Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one on {revoked_at}.</source>
        <translation>Diese Karte wurde am {revoked_at} durch eine neuere ersetzt.</translation>
    </message>
    <message>
        <source>This card belonged to a customer whose data was erased.</source>
        <translation>Diese Karte gehörte einem Kunden, dessen Daten gelöscht wurden.</translation>
    </message>
    <message>
        <source>{name}&apos;s card was replaced or revoked meanwhile; print the cards again.</source>
        <translation>Die Karte von {name} wurde inzwischen ersetzt oder gesperrt; bitte die Karten erneut drucken.</translation>
    </message>
    <message>
        <source>{name} was given a card meanwhile; print the cards again.</source>
        <translation>{name} hat inzwischen eine Karte bekommen; bitte die Karten erneut drucken.</translation>
    </message>
    <message>
        <source>{name}&apos;s new card could not be recorded; print the cards again.</source>
        <translation>Die neue Karte von {name} konnte nicht erfasst werden; bitte die Karten erneut drucken.</translation>
    </message>
    <message>
        <source>There is no customer number {customer_id}.</source>
        <translation>Es gibt keinen Kunden mit der Nummer {customer_id}.</translation>
    </message>
    <message>
        <source>This customer already has a card; another till just issued it.</source>
        <translation>Dieser Kunde hat bereits eine Karte; eine andere Kasse hat sie gerade ausgestellt.</translation>
    </message>
    <message>
        <source>Could not create a unique card code; try again.</source>
        <translation>Es konnte kein eindeutiger Kartencode erzeugt werden; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>“{text}” is not a colour written as #RRGGBB, such as #8B4513.</source>
        <translation>„{text}“ ist keine als #RRGGBB geschriebene Farbe, etwa #8B4513.</translation>
    </message>
    <message>
        <source>Write what the talking point is about.</source>
        <translation>Bitte schreiben, worum es in der Gesprächsnotiz geht.</translation>
    </message>
    <message>
        <source>Write what the complaint is about.</source>
        <translation>Bitte schreiben, worum es in der Beschwerde geht.</translation>
    </message>
    <message>
        <source>Keep the talking point under {most} characters (this one has {count}).</source>
        <translation>Die Gesprächsnotiz bitte unter {most} Zeichen halten (diese hat {count}).</translation>
    </message>
    <message>
        <source>Keep the complaint under {most} characters (this one has {count}).</source>
        <translation>Die Beschwerde bitte unter {most} Zeichen halten (diese hat {count}).</translation>
    </message>
    <message>
        <source>There is no talking point number {point_id}.</source>
        <translation>Es gibt keine Gesprächsnotiz mit der Nummer {point_id}.</translation>
    </message>
    <message>
        <source>Talking point {point_id} was already ticked off.</source>
        <translation>Gesprächsnotiz {point_id} wurde schon abgehakt.</translation>
    </message>
    <message>
        <source>There is no complaint number {complaint_id}.</source>
        <translation>Es gibt keine Beschwerde mit der Nummer {complaint_id}.</translation>
    </message>
    <message>
        <source>Complaint {complaint_id} was already made right.</source>
        <translation>Beschwerde {complaint_id} wurde schon wiedergutgemacht.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Unknown flag: {unknown}. Known: {known}.</source>
        <translation>Unbekannte Markierung: {unknown}. Bekannt: {known}.</translation>
    </message>
    <message>
        <source>This is {count} characters long; at most {most} fit.</source>
        <translation>Das sind {count} Zeichen; höchstens {most} passen.</translation>
    </message>
    <message>
        <source>Contact channel must be email, sms or phone.</source>
        <translation>Der Kontaktweg muss email, sms oder phone sein.</translation>
    </message>
    <message>
        <source>A name is needed, even just a first name.</source>
        <translation>Ein Name ist nötig, und sei es nur ein Vorname.</translation>
    </message>
    <message>
        <source>The name is {count} characters long; at most {most} fit.</source>
        <translation>Der Name hat {count} Zeichen; höchstens {most} passen.</translation>
    </message>
    <message>
        <source>A name cannot start with = + - or @.</source>
        <translation>Ein Name darf nicht mit = + - oder @ beginnen.</translation>
    </message>
    <message>
        <source>This shop already has {own} customers of its own; a demo would mix made-up people in with them. Add --into-existing to do it anyway.</source>
        <translation>Dieses Geschäft hat bereits {own} eigene Kunden; eine Demo würde erfundene Personen darunter mischen. Mit --into-existing geschieht es trotzdem.</translation>
    </message>
    <message>
        <source>The score goes from 0 to 10.</source>
        <translation>Die Bewertung geht von 0 bis 10.</translation>
    </message>
    <message>
        <source>The comment is {count} characters; at most {most} fit.</source>
        <translation>Der Kommentar hat {count} Zeichen; höchstens {most} passen.</translation>
    </message>
    <message>
        <source>The columns were not recognised. Choose the format, or map the columns (name, phone, …).</source>
        <translation>Die Spalten wurden nicht erkannt. Bitte das Format wählen oder die Spalten zuordnen (Name, Telefon, …).</translation>
    </message>
    <message>
        <source>No name column was found; map one to “name”.</source>
        <translation>Es wurde keine Namensspalte gefunden; bitte eine „name“ zuordnen.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>same phone or e-mail as row {row}</source>
        <translation>gleiche Telefonnummer oder E-Mail wie Zeile {row}</translation>
    </message>
    <message>
        <source>the phone is customer {phone}&apos;s and the e-mail customer {email}&apos;s</source>
        <translation>die Telefonnummer gehört Kunde {phone}, die E-Mail Kunde {email}</translation>
    </message>
    <message>
        <source>same customer ({customer}) as row {row}</source>
        <translation>gleicher Kunde ({customer}) wie Zeile {row}</translation>
    </message>
    <message>
        <source>already a customer (number {customer})</source>
        <translation>bereits Kunde (Nummer {customer})</translation>
    </message>
    <message>
        <source>customer {customer} was erased a moment ago</source>
        <translation>Kunde {customer} wurde gerade gelöscht</translation>
    </message>
    <message>
        <source>nothing new for customer {customer}</source>
        <translation>nichts Neues für Kunde {customer}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out.</source>
        <translation>
            <numerusform>%n Zeile hat einen Fehler; es wurde nichts importiert. Den Fehler beheben oder die Zeile auslassen.</numerusform>
            <numerusform>%n Zeilen haben Fehler; es wurde nichts importiert. Die Fehler beheben oder die Zeilen auslassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: with this row&apos;s text added, customer {id}&apos;s would be {count} characters long; at most {most} fit.</source>
        <translation>{field}: mit dem Text dieser Zeile hätte der von Kunde {id} {count} Zeichen; höchstens {most} passen.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an import takes files up to {most} MB. Split it into smaller files.</source>
        <translation>{name} hat {size} MB; ein Import nimmt Dateien bis {most} MB. Bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {strerror}.</source>
        <translation>{name} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not UTF-8, but other lines are: the file mixes two encodings. Open it in a spreadsheet, fix that line and save it again as CSV UTF-8.</source>
        <translation>Zeile {line} von {name} ist kein UTF-8, andere Zeilen aber schon: Die Datei mischt zwei Kodierungen. Bitte in einer Tabellenkalkulation öffnen, die Zeile berichtigen und erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not valid {upper} text, though the file says it is. Save it again as CSV UTF-8.</source>
        <translation>Zeile {line} von {name} ist kein gültiger {upper}-Text, obwohl die Datei das angibt. Bitte erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message>
        <source>The first line of {name} cannot be read as column names.</source>
        <translation>Die erste Zeile von {name} lässt sich nicht als Spaltennamen lesen.</translation>
    </message>
    <message>
        <source>{name} holds more than {most} rows; an import takes at most {most}. Split it into smaller files.</source>
        <translation>{name} enthält mehr als {most} Zeilen; ein Import nimmt höchstens {most}. Bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell and does not close properly; this row was left out.</source>
        <translation>ein Anführungszeichen (&quot;) öffnet eine Zelle und schließt sie nicht richtig; diese Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>a cell is over {size} KB; this row was left out.</source>
        <translation>eine Zelle ist größer als {size} KB; diese Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>this row cannot be read ({error}); it was left out.</source>
        <translation>diese Zeile ist nicht lesbar ({error}); sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The columns were not recognised as a Square, Shopify or generic visits file (a generic file has the columns customer and date). Choose the format.</source>
        <translation>Die Spalten wurden nicht als Square-, Shopify- oder allgemeine Besuchsdatei erkannt (eine allgemeine Datei hat die Spalten customer und date). Bitte das Format wählen.</translation>
    </message>
    <message>
        <source>This {fmt} file has no {absent} column.</source>
        <translation>Diese {fmt}-Datei hat keine Spalte {absent}.</translation>
    </message>
    <message>
        <source>amount “{value}” is not a sum of money.</source>
        <translation>Betrag „{value}“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>the amount is negative (a refund), not a sale.</source>
        <translation>der Betrag ist negativ (eine Erstattung), kein Verkauf.</translation>
    </message>
    <message>
        <source>the amount is over 1,000,000.</source>
        <translation>der Betrag liegt über 1.000.000.</translation>
    </message>
    <message>
        <source>date “{value}” is not YYYY-MM-DD or an ISO time.</source>
        <translation>Datum „{value}“ ist weder JJJJ-MM-TT noch eine ISO-Zeit.</translation>
    </message>
    <message>
        <source>date “{value}” is out of range.</source>
        <translation>Datum „{value}“ liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Row {value} of {name} cannot be read ({exc}).</source>
        <translation>Zeile {value} von {name} ist nicht lesbar ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not valid {upper} text, though it says it is. Save it again as CSV UTF-8.</source>
        <translation>{name} ist kein gültiger {upper}-Text, obwohl es das angibt. Bitte erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out with --skip-errors:</source>
        <translation>
            <numerusform>%n Zeile hat einen Fehler; es wurde nichts importiert. Den Fehler beheben oder die Zeile mit --skip-errors auslassen:</numerusform>
            <numerusform>%n Zeilen haben Fehler; es wurde nichts importiert. Die Fehler beheben oder die Zeilen mit --skip-errors auslassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer “{shown}”; import the customers first, or add them.</source>
        <translation>kein Kunde „{shown}“; bitte zuerst die Kunden importieren oder sie anlegen.</translation>
    </message>
    <message>
        <source>Visits are imported from {join} files, not “{fmt}”.</source>
        <translation>Besuche werden aus {join}-Dateien importiert, nicht aus „{fmt}“.</translation>
    </message>
    <message>
        <source>sale {ref} is in the file twice.</source>
        <translation>Verkauf {ref} steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>line item quantity “{value}” is not a whole number.</source>
        <translation>Positionsmenge „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>An item needs a name of 1 to 80 characters.</source>
        <translation>Ein Artikel braucht einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>“{name}” is already on the menu.</source>
        <translation>„{name}“ steht schon auf der Karte.</translation>
    </message>
    <message>
        <source>There is no item number {item_id}.</source>
        <translation>Es gibt keinen Artikel mit der Nummer {item_id}.</translation>
    </message>
    <message>
        <source>A season&apos;s days are dates.</source>
        <translation>Die Tage einer Saison sind Daten.</translation>
    </message>
    <message>
        <source>“{value}” is not on the menu.</source>
        <translation>„{value}“ steht nicht auf der Karte.</translation>
    </message>
    <message>
        <source>Not an allergen: {unknown}. Known: {known}.</source>
        <translation>Kein Allergen: {unknown}. Bekannt: {known}.</translation>
    </message>
    <message>
        <source>A price is between 0 and 100,000.00.</source>
        <translation>Ein Preis liegt zwischen 0 und 100.000,00.</translation>
    </message>
    <message>
        <source>The season ends ({end}) before it starts ({start}).</source>
        <translation>Die Saison endet ({end}), bevor sie beginnt ({start}).</translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n Stempel</numerusform>
            <numerusform>%n Stempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamps this time: the last ones were added {minutes} min ago (one earning per {cooldown} min).</source>
        <translation>Diesmal keine Stempel: Die letzten kamen vor {minutes} Min. dazu (einmal sammeln je {cooldown} Min.).</translation>
    </message>
    <message>
        <source>No points this time: the last ones were added {minutes} min ago (one earning per {cooldown} min).</source>
        <translation>Diesmal keine Punkte: Die letzten kamen vor {minutes} Min. dazu (einmal sammeln je {cooldown} Min.).</translation>
    </message>
    <message>
        <source>+{units}</source>
        <translation>+{units}</translation>
    </message>
    <message>
        <source>+{units} birthday bonus</source>
        <translation>+{units} Geburtstagsbonus</translation>
    </message>
    <message>
        <source>No points for this visit.</source>
        <translation>Keine Punkte für diesen Besuch.</translation>
    </message>
    <message>
        <source>A reward needs a name of 1 to 80 characters.</source>
        <translation>Eine Prämie braucht einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>A reward must cost between 1 and {most} points or stamps.</source>
        <translation>Eine Prämie muss zwischen 1 und {most} Punkte oder Stempel kosten.</translation>
    </message>
    <message>
        <source>There is already a reward called “{name}”.</source>
        <translation>Es gibt schon eine Prämie namens „{name}“.</translation>
    </message>
    <message>
        <source>There is no reward number {reward_id}.</source>
        <translation>Es gibt keine Prämie mit der Nummer {reward_id}.</translation>
    </message>
    <message>
        <source>There is no active reward called “{value}”.</source>
        <translation>Es gibt keine aktive Prämie namens „{value}“.</translation>
    </message>
    <message>
        <source>{name} needs {units}; this customer has {balance}.</source>
        <translation>{name} braucht {units}; dieser Kunde hat {balance}.</translation>
    </message>
    <message>
        <source>A manual adjustment needs a reason.</source>
        <translation>Eine manuelle Korrektur braucht einen Grund.</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Eine Korrektur um null ändert nichts.</translation>
    </message>
    <message>
        <source>The balance is {current}; taking {value} would make it negative.</source>
        <translation>Der Stand ist {current}; {value} abzuziehen würde ihn negativ machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>noch %n Stempel bis: {reward}</numerusform>
            <numerusform>noch %n Stempel bis: {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>noch %n Punkt bis: {reward}</numerusform>
            <numerusform>noch %n Punkte bis: {reward}</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write it like 12.50.</source>
        <translation>„{value}“ ist kein Betrag; bitte etwa so schreiben: 12,50.</translation>
    </message>
    <message>
        <source>“{value}” is more than one visit can be: at most 1,000,000.00.</source>
        <translation>„{value}“ ist mehr, als ein Besuch sein kann: höchstens 1.000.000,00.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code: write the three letters, such as GBP, EUR, USD or CHF.</source>
        <translation>„{value}“ ist kein Währungscode: bitte die drei Buchstaben schreiben, etwa GBP, EUR, USD oder CHF.</translation>
    </message>
    <message>
        <source>Phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>„{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“{value}” has the wrong number of digits for a phone number.</source>
        <translation>„{value}“ hat die falsche Anzahl Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0 to 9).</source>
        <translation>Die PIN muss aus 4 bis 12 Ziffern (0 bis 9) bestehen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Owner actions are locked for {minutes} min.</source>
        <translation>Zu viele falsche PINs. Inhaber-Aktionen sind für {minutes} Min. gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN (%n try/tries left).</source>
        <translation>
            <numerusform>Falsche PIN (noch %n Versuch).</numerusform>
            <numerusform>Falsche PIN (noch %n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>Zu viele falsche PINs. In {minutes} Min. erneut versuchen.</translation>
    </message>
    <message>
        <source>The shop and the till each need a name.</source>
        <translation>Geschäft und Kasse brauchen je einen Namen.</translation>
    </message>
    <message>
        <source>The name holds a hidden control character (U+{value}); type it again without it.</source>
        <translation>Der Name enthält ein verstecktes Steuerzeichen (U+{value}); bitte ohne es erneut eingeben.</translation>
    </message>
    <message>
        <source>A name is one line; it cannot hold a tab or a line break.</source>
        <translation>Ein Name ist eine Zeile; er darf keinen Tabulator und keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The name is made only of invisible characters; type the name itself.</source>
        <translation>Der Name besteht nur aus unsichtbaren Zeichen; bitte den Namen selbst eingeben.</translation>
    </message>
    <message>
        <source>There is no such reward given to undo.</source>
        <translation>Es gibt keine solche ausgegebene Prämie zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>{reason} was already given back.</source>
        <translation>{reason} wurde schon zurückgegeben.</translation>
    </message>
    <message>
        <source>Too late to undo {lower}: the owner can adjust the points instead.</source>
        <translation>Zu spät, um {lower} rückgängig zu machen: Der Inhaber kann stattdessen die Punkte korrigieren.</translation>
    </message>
    <message>
        <source>The amount must be between 0 and 100,000.</source>
        <translation>Der Betrag muss zwischen 0 und 100.000 liegen.</translation>
    </message>
    <message>
        <source>A quantity must be between 1 and 99.</source>
        <translation>Eine Menge muss zwischen 1 und 99 liegen.</translation>
    </message>
    <message>
        <source>Unknown item number {value}.</source>
        <translation>Unbekannte Artikelnummer {value}.</translation>
    </message>
    <message>
        <source>No usual order yet: record a visit with items first.</source>
        <translation>Noch keine übliche Bestellung: bitte zuerst einen Besuch mit Artikeln erfassen.</translation>
    </message>
    <message>
        <source>There is no visit number {visit_id}.</source>
        <translation>Es gibt keinen Besuch mit der Nummer {visit_id}.</translation>
    </message>
    <message>
        <source>Say why the visit is voided.</source>
        <translation>Bitte angeben, warum der Besuch storniert wird.</translation>
    </message>
    <message>
        <source>Visit {visit_id} was already voided.</source>
        <translation>Besuch {visit_id} wurde schon storniert.</translation>
    </message>
    <message>
        <source>Too late to undo: the visit was saved over {most} seconds ago. The owner can void it from the recent visits.</source>
        <translation>Zu spät zum Rückgängigmachen: Der Besuch wurde vor über {most} Sekunden gespeichert. Der Inhaber kann ihn unter den letzten Besuchen stornieren.</translation>
    </message>
    <message>
        <source>A visit&apos;s reference must be 1 to {most} characters.</source>
        <translation>Die Referenz eines Besuchs muss 1 bis {most} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This reference was already used for a different visit. Nothing was recorded; use a new reference for a new visit.</source>
        <translation>Diese Referenz wurde schon für einen anderen Besuch verwendet. Es wurde nichts erfasst; bitte für einen neuen Besuch eine neue Referenz verwenden.</translation>
    </message>
    <message>
        <source>Already saved.</source>
        <translation>Schon gespeichert.</translation>
    </message>
    <message>
        <source>Could not reach the database server{where}. Check the network and try again.</source>
        <translation>Der Datenbankserver{where} war nicht erreichbar. Bitte das Netzwerk prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions or free disk space.</source>
        <translation>In den Datenordner kann nicht geschrieben werden. Bitte seine Berechtigungen oder den freien Speicherplatz prüfen.</translation>
    </message>
    <message>
        <source>The database did not answer. Try again.</source>
        <translation>Die Datenbank hat nicht geantwortet. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The database refused the change: {value}</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: {value}</translation>
    </message>
    <message>
        <source>The database could not be read. Try again.</source>
        <translation>Die Datenbank konnte nicht gelesen werden. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not read {name}: {strerror}.</source>
        <translation>{name} konnte nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>Show between 1 and 104 weeks.</source>
        <translation>Bitte zwischen 1 und 104 Wochen anzeigen.</translation>
    </message>
    <message>
        <source>{first} has not begun yet.</source>
        <translation>{first} hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Could not write {name}: {strerror}.</source>
        <translation>{name} konnte nicht geschrieben werden: {strerror}.</translation>
    </message>
    <message>
        <source>Export as {join}, not “{fmt}”.</source>
        <translation>Bitte als {join} exportieren, nicht als „{fmt}“.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Give at least one month.</source>
        <translation>Bitte mindestens einen Monat angeben.</translation>
    </message>
    <message>
        <source>“{region}” is not a country code such as GB, IE or FR.</source>
        <translation>„{region}“ ist kein Ländercode wie GB, IE oder FR.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone such as Europe/London.</source>
        <translation>„{zone}“ ist keine Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Das Geschäft braucht einen Namen.</translation>
    </message>
    <message>
        <source>Use an address like postgresql+psycopg://till@server/regulars.</source>
        <translation>Bitte eine Adresse wie postgresql+psycopg://till@server/regulars verwenden.</translation>
    </message>
    <message>
        <source>Could not reach that database server: {problem}</source>
        <translation>Dieser Datenbankserver war nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>Could not save the server address: {strerror}.</source>
        <translation>Die Serveradresse konnte nicht gespeichert werden: {strerror}.</translation>
    </message>
    <message>
        <source>Customers earn by {join}, not “{loyalty_mode}”.</source>
        <translation>Kunden sammeln nach {join}, nicht nach „{loyalty_mode}“.</translation>
    </message>
    <message>
        <source>“{region}” is not a country phone numbers know.</source>
        <translation>„{region}“ ist kein Land, das Telefonnummern kennen.</translation>
    </message>
    <message>
        <source>Customers earn between 1 and 100 stamps or points at a time.</source>
        <translation>Kunden sammeln 1 bis 100 Stempel oder Punkte auf einmal.</translation>
    </message>
    <message>
        <source>A reward costs between 1 and 10,000 stamps or points.</source>
        <translation>Eine Prämie kostet zwischen 1 und 10.000 Stempel oder Punkte.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>“{name}” is not on this till&apos;s list of staff (Shop → Settings → This till).</source>
        <translation>„{name}“ steht nicht auf der Personalliste dieser Kasse (Geschäft → Einstellungen → Diese Kasse).</translation>
    </message>
    <message>
        <source>Count a customer&apos;s value over 1 to {most} months.</source>
        <translation>Den Wert eines Kunden über 1 bis {most} Monate berechnen.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be from 0 % to {most} %.</source>
        <translation>Der monatliche Abzinsungssatz muss zwischen 0 % und {most} % liegen.</translation>
    </message>
    <message>
        <source>“Slipping away” needs a chance above 0 % and below 100 %.</source>
        <translation>„Entgleitet“ braucht eine Wahrscheinlichkeit über 0 % und unter 100 %.</translation>
    </message>
    <message>
        <source>The holdout must end after the as-of day and not later than today.</source>
        <translation>Der Prüfzeitraum muss nach dem Stichtag und spätestens heute enden.</translation>
    </message>
    <message>
        <source>The weeks to look ahead must be more than 0.</source>
        <translation>Die Wochen der Vorschau müssen mehr als 0 sein.</translation>
    </message>
    <message>
        <source>The as-of day cannot be in the future.</source>
        <translation>Der Stichtag darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The lifetime-value horizon must be at least a month and the discount under 100 %.</source>
        <translation>Der Zeitraum des Kundenwerts muss mindestens einen Monat betragen und die Abzinsung unter 100 % liegen.</translation>
    </message>
    <message>
        <source>No customer had a visit on or before {as_of}: there is nothing to fit.</source>
        <translation>Kein Kunde hatte am oder vor dem {as_of} einen Besuch: Es gibt nichts anzupassen.</translation>
    </message>
    <message>
        <source>A till&apos;s name can be at most {most} characters.</source>
        <translation>Der Name einer Kasse darf höchstens {most} Zeichen haben.</translation>
    </message>
    <message>
        <source>The scanner&apos;s typing speed must be between 5 and 200 ms per key.</source>
        <translation>Die Tippgeschwindigkeit des Scanners muss zwischen 5 und 200 ms pro Taste liegen.</translation>
    </message>
    <message>
        <source>The scanner ends a card with Enter, Tab or either, not “{scan_suffix}”.</source>
        <translation>Der Scanner beendet eine Karte mit Enter, Tab oder beidem, nicht mit „{scan_suffix}“.</translation>
    </message>
    <message>
        <source>Keep the list of staff short: at most {most} names.</source>
        <translation>Die Personalliste bitte kurz halten: höchstens {most} Namen.</translation>
    </message>
    <message>
        <source>The window speaks English, German or French, not “{language}”.</source>
        <translation>Das Fenster spricht Englisch, Deutsch oder Französisch, nicht „{language}“.</translation>
    </message>
    <message>
        <source>The window&apos;s colours are “system”, “light” or “dark”, not “{theme}”.</source>
        <translation>Die Farben des Fensters sind „system“, „light“ oder „dark“, nicht „{theme}“.</translation>
    </message>
    <message>
        <source>This till&apos;s settings could not be saved: {value}.</source>
        <translation>Die Einstellungen dieser Kasse konnten nicht gespeichert werden: {value}.</translation>
    </message>
    <message>
        <source>This is their {count}th visit</source>
        <translation>Das ist der {count}. Besuch</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n week(s) away</source>
        <translation>
            <numerusform>Zurück nach %n Woche</numerusform>
            <numerusform>Zurück nach %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Expected vs actual visits</source>
        <translation>Erwartete und tatsächliche Besuche</translation>
    </message>
    <message>
        <source>the model could not be fitted to the visits before it</source>
        <translation>das Modell ließ sich nicht an die Besuche davor anpassen</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>repeat visits</source>
        <translation>Wiederholungsbesuche</translation>
    </message>
    <message>
        <source>week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message numerus="yes">
        <source>The model, fitted to the visits of the %n customer(s) seen up to {day}, predicted {expected} repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; newer customers are left out.</source>
        <translation>
            <numerusform>Das Modell, angepasst an die Besuche des %n Kunden, der bis {day} da war, sagte für die {weeks} Wochen danach {expected} Wiederholungsbesuche voraus; es waren {actual}. Besuche an einem Tag zählen einmal; neuere Kunden bleiben außen vor.</numerusform>
            <numerusform>Das Modell, angepasst an die Besuche der %n Kunden, die bis {day} da waren, sagte für die {weeks} Wochen danach {expected} Wiederholungsbesuche voraus; es waren {actual}. Besuche an einem Tag zählen einmal; neuere Kunden bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>it needs at least {n} customers seen before the holdout</source>
        <translation>es braucht mindestens {n} Kunden, die vor dem Prüfzeitraum da waren</translation>
    </message>
    <message>
        <source>it needs visits from at least {weeks} weeks before the holdout</source>
        <translation>es braucht Besuche aus mindestens {weeks} Wochen vor dem Prüfzeitraum</translation>
    </message>
    <message>
        <source>it needs at least {n} customers who came back before the holdout</source>
        <translation>es braucht mindestens {n} Kunden, die vor dem Prüfzeitraum wiederkamen</translation>
    </message>
    <message>
        <source>Not enough history yet: the model is checked on the last {weeks} weeks, and {reason}.</source>
        <translation>Noch nicht genug Verlauf: Das Modell wird an den letzten {weeks} Wochen geprüft, und {reason}.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>2–3 days</source>
        <translation>2–3 Tage</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 Tage</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 Wochen</translation>
    </message>
    <message>
        <source>2 weeks – 1 month</source>
        <translation>2 Wochen – 1 Monat</translation>
    </message>
    <message>
        <source>1–2 months</source>
        <translation>1–2 Monate</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Besuche pro Woche</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Same week last year</source>
        <translation>Gleiche Woche im Vorjahr</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Weeks start on Monday; the week of {week} runs to {day}, and so does its twin a year before. Voided visits are left out.</source>
        <translation>Wochen beginnen am Montag; die Woche vom {week} läuft bis {day}, ebenso ihr Gegenstück ein Jahr zuvor. Stornierte Besuche zählen nicht.</translation>
    </message>
    <message>
        <source>Retention by month of first visit</source>
        <translation>Bindung nach Monat des ersten Besuchs</translation>
    </message>
    <message>
        <source>% who came</source>
        <translation>% die kamen</translation>
    </message>
    <message>
        <source>months after the first visit</source>
        <translation>Monate nach dem ersten Besuch</translation>
    </message>
    <message>
        <source>Month 0 is the month of the first visit; month 1 the calendar month after, and so on.</source>
        <translation>Monat 0 ist der Monat des ersten Besuchs, Monat 1 der Kalendermonat danach und so weiter.</translation>
    </message>
    <message>
        <source>How often regulars come</source>
        <translation>Wie oft Stammkunden kommen</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>days between visits (median)</source>
        <translation>Tage zwischen Besuchen (Median)</translation>
    </message>
    <message>
        <source>A regular&apos;s rhythm is the median gap between their visits since {month} (at least {n} visits).</source>
        <translation>Der Rhythmus eines Stammkunden ist der mittlere Abstand (Median) zwischen seinen Besuchen seit {month} (mindestens {n} Besuche).</translation>
    </message>
    <message>
        <source>NPS over time</source>
        <translation>NPS im Zeitverlauf</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS: the share of 9s and 10s minus the share of 0s to 6s, in points.</source>
        <translation>NPS: der Anteil der 9 und 10 minus der Anteil der 0 bis 6, in Punkten.</translation>
    </message>
    <message>
        <source>Regulars by segment</source>
        <translation>Stammkunden nach Segment</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Everyone who came in the last 12 months, by recency, frequency and spend.</source>
        <translation>Alle, die in den letzten 12 Monaten kamen, nach Aktualität, Häufigkeit und Ausgaben.</translation>
    </message>
    <message>
        <source>{existing} is a file, not a folder. Choose a folder for the data with --data-dir.</source>
        <translation>{existing} ist eine Datei, kein Ordner. Bitte mit --data-dir einen Ordner für die Daten wählen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {existing} is not writable for you. Choose another folder with --data-dir.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: In {existing} dürfen Sie nicht schreiben. Bitte mit --data-dir einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>The data folder {folder} belongs to another user ({owner}). Run Regulars as that user, or choose your own folder with --data-dir.</source>
        <translation>Der Datenordner {folder} gehört einem anderen Benutzer ({owner}). Regulars als dieser Benutzer starten oder mit --data-dir einen eigenen Ordner wählen.</translation>
    </message>
    <message>
        <source>There is no space left for the data folder {folder}. Free some space and try again.</source>
        <translation>Für den Datenordner {folder} ist kein Platz mehr. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Allow writing to it, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt. Bitte Schreiben erlauben oder mit --data-dir einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {problem}.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
        <source>Monthly report · {month} · figures to {day}</source>
        <translation>Monatsbericht · {month} · Zahlen bis {day}</translation>
    </message>
    <message>
        <source>Columns: {label}.</source>
        <translation>Spalten: {label}.</translation>
    </message>
    <message>
        <source>Made by Regulars. Voided visits are left out; visits imported from the old till count.</source>
        <translation>Erstellt von Regulars. Stornierte Besuche sind nicht enthalten; aus der alten Kasse importierte Besuche zählen.</translation>
    </message>
    <message>
        <source>New customers this month</source>
        <translation>Neue Kunden in diesem Monat</translation>
    </message>
    <message>
        <source>NPS this month</source>
        <translation>NPS in diesem Monat</translation>
    </message>
    <message>
        <source>Answers this month</source>
        <translation>Antworten in diesem Monat</translation>
    </message>
    <message>
        <source>Regulars (3+ visits a year)</source>
        <translation>Stammkunden (3+ Besuche im Jahr)</translation>
    </message>
    <message>
        <source>Surprises offered / given</source>
        <translation>Überraschungen angeboten / gegeben</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>vor {n} Wochen</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>vor {n} Monaten</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>vor {n} Jahren</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Heute Geburtstag</translation>
    </message>
    <message>
        <source>Birthday tomorrow</source>
        <translation>Morgen Geburtstag</translation>
    </message>
    <message>
        <source>Birthday in {n} days</source>
        <translation>Geburtstag in {n} Tagen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>alle {n} Wochen</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>alle {n} Monate</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Spitzenkunde</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Gelegentlich</translation>
    </message>
    <message>
        <source>comes often, spends well and came recently</source>
        <translation>kommt oft, gibt gut aus und war kürzlich da</translation>
    </message>
    <message>
        <source>comes often</source>
        <translation>kommt oft</translation>
    </message>
    <message>
        <source>came often, but not lately</source>
        <translation>kam oft, aber in letzter Zeit nicht</translation>
    </message>
    <message>
        <source>stopped coming a long time ago</source>
        <translation>kommt schon lange nicht mehr</translation>
    </message>
    <message>
        <source>first came in the last 30 days</source>
        <translation>zum ersten Mal in den letzten 30 Tagen da</translation>
    </message>
    <message>
        <source>comes now and then</source>
        <translation>kommt ab und zu</translation>
    </message>
    <message>
        <source>Added a customer</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Edited a customer</source>
        <translation>Kunde bearbeitet</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data</source>
        <translation>Daten einer Person exportiert</translation>
    </message>
    <message>
        <source>Exported all customers</source>
        <translation>Alle Kunden exportiert</translation>
    </message>
    <message>
        <source>Voided a visit</source>
        <translation>Besuch storniert</translation>
    </message>
    <message>
        <source>Undid a visit</source>
        <translation>Besuch rückgängig gemacht</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>Punkte korrigiert</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Prämie hinzugefügt</translation>
    </message>
    <message>
        <source>Offered a reward again</source>
        <translation>Prämie wieder angeboten</translation>
    </message>
    <message>
        <source>Retired a reward</source>
        <translation>Prämie zurückgezogen</translation>
    </message>
    <message>
        <source>Gave a reward</source>
        <translation>Prämie gegeben</translation>
    </message>
    <message>
        <source>Undid a reward</source>
        <translation>Prämie zurückgenommen</translation>
    </message>
    <message>
        <source>Added a menu item</source>
        <translation>Artikel hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed a menu item</source>
        <translation>Artikel umbenannt</translation>
    </message>
    <message>
        <source>Changed a price</source>
        <translation>Preis geändert</translation>
    </message>
    <message>
        <source>Put an item back on the menu</source>
        <translation>Artikel wieder ins Sortiment genommen</translation>
    </message>
    <message>
        <source>Took an item off the menu</source>
        <translation>Artikel aus dem Sortiment genommen</translation>
    </message>
    <message>
        <source>Issued a card</source>
        <translation>Karte ausgegeben</translation>
    </message>
    <message>
        <source>Replaced a card</source>
        <translation>Karte ersetzt</translation>
    </message>
    <message>
        <source>Revoked a card</source>
        <translation>Karte gesperrt</translation>
    </message>
    <message>
        <source>Chose a card logo</source>
        <translation>Kartenlogo gewählt</translation>
    </message>
    <message>
        <source>Removed the card logo</source>
        <translation>Kartenlogo entfernt</translation>
    </message>
    <message>
        <source>Contacted to win back</source>
        <translation>Zum Zurückgewinnen kontaktiert</translation>
    </message>
    <message>
        <source>Gave a surprise treat</source>
        <translation>Überraschung geschenkt</translation>
    </message>
    <message>
        <source>Set the owner PIN</source>
        <translation>Inhaber-PIN festgelegt</translation>
    </message>
    <message>
        <source>Changed the owner PIN</source>
        <translation>Inhaber-PIN geändert</translation>
    </message>
    <message>
        <source>Wrong owner PIN</source>
        <translation>Falsche Inhaber-PIN</translation>
    </message>
    <message>
        <source>Owner PIN locked</source>
        <translation>Inhaber-PIN gesperrt</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Kunden importiert</translation>
    </message>
    <message>
        <source>Imported visits</source>
        <translation>Besuche importiert</translation>
    </message>
    <message>
        <source>Filled the demo bakery</source>
        <translation>Demo-Bäckerei befüllt</translation>
    </message>
    <message>
        <source>Changed the settings</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Staff at the counter</source>
        <translation>Personal an der Theke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Owner (command line)</source>
        <translation>Inhaber (Kommandozeile)</translation>
    </message>
    <message>
        <source>visit {n}</source>
        <translation>Besuch {n}</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>Karte {n}</translation>
    </message>
    <message>
        <source>customer {n}</source>
        <translation>Kunde {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>Artikel {n}</translation>
    </message>
    <message>
        <source>reward {n}</source>
        <translation>Prämie {n}</translation>
    </message>
    <message>
        <source>customers {numbers}</source>
        <translation>Kunden {numbers}</translation>
    </message>
    <message>
        <source>owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
</context>
</TS>
