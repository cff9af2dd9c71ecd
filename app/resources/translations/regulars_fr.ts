<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulars</source>
        <translation>À propos de Regulars</translation>
    </message>
    <message>
        <source>shared server</source>
        <translation>serveur partagé</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Regulars&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database&lt;/b&gt; ({where})&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;This till&lt;/b&gt;&lt;br&gt;{till}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Regulars&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des données&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données&lt;/b&gt; ({where})&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cette caisse&lt;/b&gt;&lt;br&gt;{till}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AllergenDialog</name>
    <message>
        <source>Tick every allergen the item contains:</source>
        <translation>Cochez chaque allergène que contient l&apos;article&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Customers and their data</source>
        <translation>Les clients et leurs données</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Points and rewards</source>
        <translation>Points et récompenses</translation>
    </message>
    <message>
        <source>The menu</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>The owner PIN</source>
        <translation>Le code du gérant</translation>
    </message>
    <message>
        <source>Imports, exports and the demo</source>
        <translation>Imports, exports et la démo</translation>
    </message>
    <message>
        <source>Win-back and surprises</source>
        <translation>Reconquête et surprises</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Find a name or a word</source>
        <translation>Chercher un nom ou un mot</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>{n} events, newest first. Nothing here can be changed or deleted.</source>
        <translation>{n} événements, les plus récents d&apos;abord. Rien ici ne peut être modifié ni supprimé.</translation>
    </message>
    <message>
        <source>{shown} of {n} events match.</source>
        <translation>{shown} événements sur {n} correspondent.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera was found. Plug in a webcam and open this window again, or scan the card with the barcode scanner, or type its code.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam et rouvrez cette fenêtre, ou lisez la carte avec le lecteur de codes-barres, ou tapez son code.</translation>
    </message>
    <message>
        <source>Camera problem: </source>
        <translation>Problème de caméra&#xa0;: </translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code up to the camera.</source>
        <translation>Présentez le code QR de la carte devant la caméra.</translation>
    </message>
</context>
<context>
    <name>CardBox</name>
    <message>
        <source>Save the card as a PDF to print</source>
        <translation>Enregistrer la carte en PDF pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issue a card</source>
        <translation>Émettre une carte</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Imprimer la carte…</translation>
    </message>
    <message>
        <source>No loyalty card yet.</source>
        <translation>Pas encore de carte de fidélité.</translation>
    </message>
    <message>
        <source>Card revoked on {d}; stamps kept.</source>
        <translation>Carte révoquée le {d}&#xa0;; les tampons sont conservés.</translation>
    </message>
    <message>
        <source>Card {c} · not printed yet</source>
        <translation>Carte {c} · pas encore imprimée</translation>
    </message>
    <message>
        <source>Card {c} · printed {d}</source>
        <translation>Carte {c} · imprimée le {d}</translation>
    </message>
    <message>
        <source>Issue a new card</source>
        <translation>Émettre une nouvelle carte</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Imprimer à nouveau…</translation>
    </message>
    <message>
        <source>Card {c} issued. Print it, or hand over a blank card and scan it later.</source>
        <translation>Carte {c} émise. Imprimez-la, ou remettez une carte vierge et scannez-la plus tard.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Saved {f}: print it on a CR80 card printer or on card stock.</source>
        <translation>{f} enregistré&#xa0;: imprimez-le sur une imprimante de cartes CR80 ou sur du papier cartonné.</translation>
    </message>
</context>
<context>
    <name>CardLookFields</name>
    <message>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Couleur de la carte</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Choisir le logo de la boutique</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show {t} as a table</source>
        <translation>Afficher {t} en tableau</translation>
    </message>
    <message>
        <source>Chart; press Show as table for its numbers.</source>
        <translation>Graphique&#xa0;; appuyez sur «&#xa0;Afficher en tableau&#xa0;» pour voir les chiffres.</translation>
    </message>
    <message>
        <source>{t}, as a table</source>
        <translation>{t}, en tableau</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas été</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Ouverte depuis</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationCues</name>
    <message>
        <source>TALK ABOUT</source>
        <translation>À ÉVOQUER</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ Note</translation>
    </message>
    <message>
        <source>Jot something to ask or mention</source>
        <translation>Noter quelque chose à demander ou à mentionner</translation>
    </message>
    <message>
        <source>+ Complaint</source>
        <translation>+ Réclamation</translation>
    </message>
    <message>
        <source>Record a bad experience, to make it right next time</source>
        <translation>Noter une mauvaise expérience, pour se rattraper la prochaine fois</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Rien à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to raise from %1</source>
        <translation>
            <numerusform>%n autre sujet à évoquer à partir du %1</numerusform>
            <numerusform>%n autres sujets à évoquer à partir du %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it right: {t} ({w})</source>
        <translation>À rattraper&#xa0;: {t} ({w})</translation>
    </message>
    <message>
        <source>Made right</source>
        <translation>Rattrapé</translation>
    </message>
    <message>
        <source>They were looked after: clear this cue</source>
        <translation>C&apos;est réglé&#xa0;: retirer ce rappel</translation>
    </message>
    <message>
        <source>Tick off once it has been raised</source>
        <translation>Cocher une fois le sujet évoqué</translation>
    </message>
    <message>
        <source>noted today</source>
        <translation>noté aujourd&apos;hui</translation>
    </message>
    <message>
        <source>noted yesterday</source>
        <translation>noté hier</translation>
    </message>
    <message numerus="yes">
        <source>noted %n days ago</source>
        <translation>
            <numerusform>noté il y a %n jour</numerusform>
            <numerusform>noté il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>open since {d}</source>
        <translation>ouverte depuis le {d}</translation>
    </message>
    <message>
        <source>in season now</source>
        <translation>de saison en ce moment</translation>
    </message>
    <message>
        <source>new to them, they buy {c}</source>
        <translation>nouveau pour eux, ils achètent {c}</translation>
    </message>
    <message>
        <source>They might like: {i} — {w}</source>
        <translation>Pourrait leur plaire&#xa0;: {i} — {w}</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Sujet de conversation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
</context>
<context>
    <name>CurrencyBox</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>✓ Welcome, {n}!</source>
        <translation>✓ Bienvenue, {n}&#xa0;!</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Enregistré.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>First name is enough, e.g. Zoë</source>
        <translation>Le prénom suffit, p. ex. Zoë</translation>
    </message>
    <message>
        <source>Any format, e.g. 07700 900123</source>
        <translation>N&apos;importe quel format, p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Mois d&apos;anniversaire</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Jour d&apos;anniversaire</translation>
    </message>
    <message>
        <source>year (optional)</source>
        <translation>année (facultatif)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>e.g. oat milk, extra hot</source>
        <translation>p. ex. lait d&apos;avoine, bien chaud</translation>
    </message>
    <message>
        <source>anything else, e.g. severe: carries an EpiPen</source>
        <translation>autre chose, p. ex. grave&#xa0;: a toujours un EpiPen sur lui</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>Autres allergies</translation>
    </message>
    <message>
        <source>What staff should know: dog&apos;s name, new job…</source>
        <translation>Ce que l&apos;équipe doit savoir&#xa0;: le nom du chien, le nouveau travail…</translation>
    </message>
    <message>
        <source>Agreed to be contacted by</source>
        <translation>Accepte d&apos;être contacté par</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contact par</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Allergies, diet</source>
        <translation>Allergies, régime</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Same phone or e-mail</source>
        <translation>Même téléphone ou e-mail</translation>
    </message>
    <message>
        <source>{name} already has this phone number or e-mail.</source>
        <translation>{name} a déjà ce numéro de téléphone ou cet e-mail.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>Revenir et corriger</translation>
    </message>
    <message>
        <source>Two customers may share a family phone; a typo is more likely.</source>
        <translation>Deux clients peuvent partager le téléphone de la famille&#xa0;; une faute de frappe est plus probable.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Save the person&apos;s data in</source>
        <translation>Enregistrer les données de la personne dans</translation>
    </message>
    <message>
        <source>✓ Saved {j} and {p}.</source>
        <translation>✓ {j} et {p} enregistrés.</translation>
    </message>
    <message>
        <source>Erase {n}? Their name, phone, e-mail, birthday, notes and feedback are removed for good and their card stops working. Visits stay as anonymous statistics.

Backups made before now still hold the old data until they rotate out.</source>
        <translation>Effacer {n}&#xa0;? Nom, téléphone, e-mail, anniversaire, notes et avis sont supprimés définitivement et sa carte cesse de fonctionner. Les visites restent comme statistiques anonymes.

Les sauvegardes déjà faites gardent les anciennes données jusqu&apos;à leur remplacement.</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Effacer un client</translation>
    </message>
    <message>
        <source>Erase {n}</source>
        <translation>Effacer {n}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>{n} was erased, but another program is reading the database, so the old data is not yet gone from the file. Close that program; Regulars clears the file when it closes.</source>
        <translation>{n} a été effacé, mais un autre programme lit la base de données&#xa0;: les anciennes données sont encore dans le fichier. Fermez ce programme&#xa0;; Regulars nettoie le fichier en se fermant.</translation>
    </message>
    <message>
        <source>{n} was erased.</source>
        <translation>{n} a été effacé.</translation>
    </message>
    <message>
        <source>✓ Backup saved: {p}</source>
        <translation>✓ Sauvegarde enregistrée&#xa0;: {p}</translation>
    </message>
    <message>
        <source>Regulars backups (*{s})</source>
        <translation>Sauvegardes Regulars (*{s})</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the database with {b}? The current one is backed up first. Regulars then closes; open it again.</source>
        <translation>Remplacer la base de données par {b}&#xa0;? L&apos;actuelle est d&apos;abord sauvegardée. Regulars se ferme ensuite&#xa0;; rouvrez-le.</translation>
    </message>
    <message>
        <source>Restore {b}</source>
        <translation>Restaurer {b}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportDayDialog</name>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>One-page day report (PDF)</source>
        <translation>Rapport du jour sur une page (PDF)</translation>
    </message>
    <message>
        <source>Export the day</source>
        <translation>Exporter la journée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>“To” is before “From”.</source>
        <translation>«&#xa0;Au&#xa0;» est avant «&#xa0;Du&#xa0;».</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Exporter les visites</translation>
    </message>
    <message>
        <source>✓ {n} visits saved to {p}</source>
        <translation>✓ {n} visites enregistrées dans {p}</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Non enregistré&#xa0;: </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Quick feedback</source>
        <translation>Avis rapide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{n}, how likely are you to recommend us to a friend?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{n}, recommanderiez-vous notre boutique à un ami&#xa0;?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>not likely</source>
        <translation>peu probable</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>très probable</translation>
    </message>
    <message>
        <source>Anything we could do better? (optional)</source>
        <translation>Que pourrions-nous faire mieux&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
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
&lt;h3&gt;Au comptoir&lt;/h3&gt;
&lt;p&gt;Tapez un nom, un numéro de téléphone ou un e-mail, ou scannez la carte du client&#xa0;: sa fiche s&apos;ouvre avec
ses allergies, ses notes, sa commande habituelle et ses points. &lt;b&gt;F2&lt;/b&gt; enregistre l&apos;habituel&#xa0;; touchez des articles pour enregistrer
autre chose. Une visite enregistrée peut être annulée pendant 30 secondes depuis la barre en dessous.&lt;/p&gt;
&lt;h3&gt;Habitués&lt;/h3&gt;
&lt;p&gt;Boutique → Habitués liste tous ceux venus dans l&apos;année. &lt;b&gt;À reconquérir&lt;/b&gt; montre les habitués absents bien plus
longtemps que d&apos;habitude, avec le moyen de les joindre&#xa0;; après leur avoir écrit, appuyez sur &lt;b&gt;Marquer comme contacté&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Le gérant&lt;/h3&gt;
&lt;p&gt;Avec un code gérant (Boutique → Définir le code du gérant), l&apos;équipe peut servir sans changer les prix, les règles ni les points.
Le badge en haut indique quand le mode gérant est actif&#xa0;; &lt;b&gt;Verrouiller&lt;/b&gt; le termine aussitôt, et il se termine tout seul après quelques
minutes sans action du gérant. Tout ce que fait le gérant figure dans Boutique → Journal d&apos;audit.&lt;/p&gt;
&lt;h3&gt;À la fermeture&lt;/h3&gt;
&lt;p&gt;Fichier → Exporter la journée enregistre les visites du jour en tableur ou en PDF. Une sauvegarde est faite chaque jour toute seule&#xa0;;
Fichier → Sauvegarder maintenant en fait une à tout moment.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation>Petit guide</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>A short &amp;guide</source>
        <translation>Petit &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>À &amp;propos de Regulars</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>allergies</translation>
    </message>
    <message>
        <source>allergy note</source>
        <translation>note d&apos;allergie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>préférences</translation>
    </message>
    <message>
        <source>agreed to be contacted</source>
        <translation>accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>contact by</source>
        <translation>contact par</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Choisir un fichier CSV…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Choose the columns myself</source>
        <translation>Choisir les colonnes moi-même</translation>
    </message>
    <message>
        <source>Customers we already have</source>
        <translation>Clients déjà enregistrés</translation>
    </message>
    <message>
        <source>Skip customers we already have</source>
        <translation>Ignorer les clients déjà enregistrés</translation>
    </message>
    <message>
        <source>Update customers we already have</source>
        <translation>Mettre à jour les clients déjà enregistrés</translation>
    </message>
    <message>
        <source>Exports from Square, Shopify and Google Contacts are recognised.</source>
        <translation>Les exports de Square, Shopify et Google Contacts sont reconnus.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l&apos;import va faire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Customers file</source>
        <translation>Fichier des clients</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose which column holds the name (and any others you have).</source>
        <translation>Choisissez la colonne qui contient le nom (et les autres si vous les avez).</translation>
    </message>
    <message>
        <source>Format: {format}.</source>
        <translation>Format&#xa0;: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n avec erreurs.</numerusform>
            <numerusform>%n avec erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Rows with errors are left out; nothing is written if the import fails.</source>
        <translation>  Les lignes en erreur sont laissées de côté&#xa0;; rien n&apos;est écrit si l&apos;import échoue.</translation>
    </message>
    <message>
        <source>Row {r}: add {n}</source>
        <translation>Ligne {r}&#xa0;: ajouter {n}</translation>
    </message>
    <message>
        <source>Row {r}: {n}: {f} {old} → {new}</source>
        <translation>Ligne {r}&#xa0;: {n}&#xa0;: {f} {old} → {new}</translation>
    </message>
    <message>
        <source>Row {r}: skipped, {why}</source>
        <translation>Ligne {r}&#xa0;: ignorée, {why}</translation>
    </message>
    <message>
        <source>Row {r}: {why}</source>
        <translation>Ligne {r}&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with errors.</source>
        <translation>
            <numerusform>… et %n autre ligne avec erreurs.</numerusform>
            <numerusform>… et %n autres lignes avec erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import 1 customer</source>
        <translation>Importer 1 client</translation>
    </message>
    <message>
        <source>Import {n} customers</source>
        <translation>Importer {n} clients</translation>
    </message>
    <message>
        <source>✓ 1 customer imported.</source>
        <translation>✓ 1 client importé.</translation>
    </message>
    <message>
        <source>✓ {n} customers imported.</source>
        <translation>✓ {n} clients importés.</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>How current the figures are</source>
        <translation>Fraîcheur des chiffres</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source> · visits have come in since: Refresh to count them</source>
        <translation> · de nouvelles visites sont arrivées&#xa0;: Actualiser pour les compter</translation>
    </message>
    <message>
        <source>Counting the visits… (a minute for a very large shop)</source>
        <translation>Comptage des visites… (une minute pour une très grande boutique)</translation>
    </message>
    <message>
        <source> · counting again…</source>
        <translation> · nouveau calcul…</translation>
    </message>
    <message>
        <source>Could not count the figures: </source>
        <translation>Impossible de calculer les chiffres&#xa0;: </translation>
    </message>
    <message>
        <source>Figures as of {when} (counted in {s:.1f} s)</source>
        <translation>Chiffres au {when} (calculés en {s:.1f} s)</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Menu items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>New item, e.g. Sourdough loaf</source>
        <translation>Nouvel article, p. ex. Pain au levain</translation>
    </message>
    <message>
        <source>New item&apos;s name</source>
        <translation>Nom du nouvel article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>New item&apos;s category</source>
        <translation>Catégorie du nouvel article</translation>
    </message>
    <message>
        <source>Price, e.g. 3.30</source>
        <translation>Prix, p. ex. 3,30</translation>
    </message>
    <message>
        <source>New item&apos;s price</source>
        <translation>Prix du nouvel article</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Double-click a name, category or price to change it, an allergen cell to tick what the item contains. Untick items the shop no longer sells: their history stays.</source>
        <translation>Double-cliquez sur un nom, une catégorie ou un prix pour le modifier, sur une case d&apos;allergènes pour cocher ce que contient l&apos;article. Décochez les articles que la boutique ne vend plus&#xa0;: leur historique reste.</translation>
    </message>
    <message>
        <source>Allergens: {list}…</source>
        <translation>Allergènes&#xa0;: {list}…</translation>
    </message>
    <message>
        <source>Allergens: none…</source>
        <translation>Allergènes&#xa0;: aucun…</translation>
    </message>
    <message>
        <source>Allergens in the new item</source>
        <translation>Allergènes du nouvel article</translation>
    </message>
    <message>
        <source>Allergens in {item}</source>
        <translation>Allergènes de {item}</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Double-click to choose the allergens this item contains.</source>
        <translation>Double-cliquez pour choisir les allergènes de cet article.</translation>
    </message>
</context>
<context>
    <name>JotDialog</name>
    <message>
        <source>e.g. ask how the marathon went</source>
        <translation>p. ex. demander comment s&apos;est passé le marathon</translation>
    </message>
    <message>
        <source>e.g. waited 15 minutes</source>
        <translation>p. ex. a attendu 15 minutes</translation>
    </message>
    <message>
        <source>Something to raise with {n} on a next visit:</source>
        <translation>Quelque chose à évoquer avec {n} lors d&apos;une prochaine visite&#xa0;:</translation>
    </message>
    <message>
        <source>What went wrong for {n}? The profile asks to make it right until it is.</source>
        <translation>Qu&apos;est-ce qui n&apos;a pas été pour {n}&#xa0;? La fiche le rappelle jusqu&apos;à ce que ce soit rattrapé.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Pas avant le</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>LoyaltyDialog</name>
    <message>
        <source>Stamp card: one stamp a visit</source>
        <translation>Carte à tampons&#xa0;: un tampon par visite</translation>
    </message>
    <message>
        <source>Points for every visit</source>
        <translation>Des points à chaque visite</translation>
    </message>
    <message>
        <source>Points for every whole unit spent</source>
        <translation>Des points pour chaque unité entière dépensée</translation>
    </message>
    <message>
        <source>Loyalty rules and rewards</source>
        <translation>Règles de fidélité et récompenses</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Customers earn</source>
        <translation>Les clients gagnent</translation>
    </message>
    <message>
        <source>Per visit</source>
        <translation>Par visite</translation>
    </message>
    <message>
        <source>Per unit spent</source>
        <translation>Par unité dépensée</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus d&apos;anniversaire</translation>
    </message>
    <message>
        <source>No new points within</source>
        <translation>Pas de nouveaux points pendant</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Les points expirent après</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Reward, e.g. Free coffee</source>
        <translation>Récompense, p. ex. Café offert</translation>
    </message>
    <message>
        <source>New reward&apos;s name</source>
        <translation>Nom de la nouvelle récompense</translation>
    </message>
    <message>
        <source>New reward&apos;s cost in points</source>
        <translation>Coût en points de la nouvelle récompense</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>Ajouter la récompense</translation>
    </message>
    <message>
        <source>Retire selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt; (cost in points or stamps)</source>
        <translation>&lt;b&gt;Récompenses&lt;/b&gt; (coût en points ou en tampons)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Baking the demo bakery…</source>
        <translation>Préparation de la boulangerie de démo…</translation>
    </message>
    <message>
        <source>The demo bakery is ready. Try typing “zoe”.</source>
        <translation>La boulangerie de démo est prête. Essayez de taper «&#xa0;zoe&#xa0;».</translation>
    </message>
    <message>
        <source>The demo could not be made: {m}</source>
        <translation>La démo n&apos;a pas pu être créée&#xa0;: {m}</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail, or scan a card</source>
        <translation>Tapez un nom, un téléphone ou un e-mail, ou scannez une carte</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail — or scan a card</source>
        <translation>Tapez un nom, un téléphone ou un e-mail — ou scannez une carte</translation>
    </message>
    <message>
        <source>+ New customer</source>
        <translation>+ Nouveau client</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Scan a loyalty card with the webcam</source>
        <translation>Scanner une carte de fidélité avec la webcam</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who&apos;s at the counter?&lt;/h2&gt;&lt;p&gt;Start typing a name, a phone number or an e-mail, or scan their loyalty card.&lt;/p&gt;&lt;p&gt;↑ ↓ to choose · Enter to open · Esc to start again · F2 records the usual · Ctrl+N adds a new customer&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Qui est au comptoir&#xa0;?&lt;/h2&gt;&lt;p&gt;Tapez un nom, un numéro de téléphone ou un e-mail, ou scannez sa carte de fidélité.&lt;/p&gt;&lt;p&gt;↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour recommencer · F2 enregistre l&apos;habituel · Ctrl+N ajoute un nouveau client&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export the day…</source>
        <translation>&amp;Exporter la journée…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Import &amp;visits…</source>
        <translation>Importer des &amp;visites…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Undo what was just saved</source>
        <translation>&amp;Annuler ce qui vient d&apos;être enregistré</translation>
    </message>
    <message>
        <source>&amp;Issue a loyalty card</source>
        <translation>Émettre une &amp;carte de fidélité</translation>
    </message>
    <message>
        <source>&amp;Replace a lost card</source>
        <translation>Remplacer une carte &amp;perdue</translation>
    </message>
    <message>
        <source>Re&amp;voke the card</source>
        <translation>Ré&amp;voquer la carte</translation>
    </message>
    <message>
        <source>Scan with the &amp;camera…</source>
        <translation>&amp;Scanner avec la caméra…</translation>
    </message>
    <message>
        <source>&amp;Adjust points…</source>
        <translation>&amp;Ajuster les points…</translation>
    </message>
    <message>
        <source>Export this person&apos;s &amp;data…</source>
        <translation>Exporter les &amp;données de cette personne…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Boutique</translation>
    </message>
    <message>
        <source>&amp;Menu items…</source>
        <translation>&amp;Articles…</translation>
    </message>
    <message>
        <source>&amp;Print loyalty cards…</source>
        <translation>&amp;Imprimer des cartes de fidélité…</translation>
    </message>
    <message>
        <source>&amp;Loyalty rules and rewards…</source>
        <translation>&amp;Règles de fidélité et récompenses…</translation>
    </message>
    <message>
        <source>&amp;Regulars: VIPs, lapsed, segments…</source>
        <translation>&amp;Habitués&#xa0;: VIP, perdus de vue, segments…</translation>
    </message>
    <message>
        <source>&amp;Insights: charts…</source>
        <translation>&amp;Statistiques&#xa0;: graphiques…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Set the owner &amp;PIN…</source>
        <translation>Définir le &amp;code du gérant…</translation>
    </message>
    <message>
        <source>&amp;Lock owner mode</source>
        <translation>&amp;Verrouiller le mode gérant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Où sont mes données&#xa0;?</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything is kept on this computer in:
{p}

Backups: {b}</source>
        <translation>Tout est conservé sur cet ordinateur dans&#xa0;:
{p}

Sauvegardes&#xa0;: {b}</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>{points} of {goal}</source>
        <translation>{points} sur {goal}</translation>
    </message>
</context>
<context>
    <name>OpenComplaints</name>
    <message>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <source>Made right</source>
        <translation>Rattrapé</translation>
    </message>
    <message>
        <source>They were looked after: take the cue off their profile</source>
        <translation>C&apos;est réglé&#xa0;: retirer le rappel de sa fiche</translation>
    </message>
    <message>
        <source>Could not load: </source>
        <translation>Chargement impossible&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>OPEN COMPLAINTS (%n)</source>
        <translation>
            <numerusform>RÉCLAMATION OUVERTE (%n)</numerusform>
            <numerusform>RÉCLAMATIONS OUVERTES (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>NO OPEN COMPLAINTS</source>
        <translation>AUCUNE RÉCLAMATION OUVERTE</translation>
    </message>
    <message>
        <source>Choose a complaint first.</source>
        <translation>Choisissez d&apos;abord une réclamation.</translation>
    </message>
    <message>
        <source>✓ Made right.</source>
        <translation>✓ Rattrapé.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong ({kind}). The details are in the log file.</source>
        <translation>Un problème est survenu ({kind}). Les détails sont dans le fichier journal.</translation>
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
        <translation>{name} est allergique à&#xa0;: {allergens}</translation>
    </message>
    <message>
        <source>{item} contains {allergens}. Add it to the order anyway?</source>
        <translation>{item} contient&#xa0;: {allergens}. L&apos;ajouter quand même à la commande&#xa0;?</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Don&apos;t add</source>
        <translation>Ne pas ajouter</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Filled in from the menu prices; type over it if they paid something else</source>
        <translation>Rempli d&apos;après les prix de la carte&#xa0;; remplacez-le s&apos;ils ont payé autre chose</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>{item}: allergy warning</source>
        <translation>{item}&#xa0;: alerte allergie</translation>
    </message>
    <message>
        <source>Contains: {list}</source>
        <translation>Contient&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Tap items to build the order.</source>
        <translation>Touchez les articles pour composer la commande.</translation>
    </message>
    <message>
        <source>No price on the menu for {items}: add it to the amount.</source>
        <translation>Pas de prix sur la carte pour {items}&#xa0;: ajoutez-le au montant.</translation>
    </message>
</context>
<context>
    <name>OwnerActions</name>
    <message>
        <source>Adjust points</source>
        <translation>Ajuster les points</translation>
    </message>
    <message>
        <source>Add (or take, with a minus) points for {n}:</source>
        <translation>Points à ajouter pour {n} (ou à retirer, avec un moins)&#xa0;:</translation>
    </message>
    <message>
        <source>Why? (kept in the history)</source>
        <translation>Pourquoi&#xa0;? (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>✓ Points adjusted by {d:+d}.</source>
        <translation>✓ Points ajustés de {d:+d}.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Code du gérant</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits):</source>
        <translation>Nouveau code (4 à 12 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <source>Owner PIN set. Rules, menu, card revocation and adjustments now ask for it.</source>
        <translation>Code du gérant défini. Les règles, la carte, la révocation des cartes et les ajustements le demandent désormais.</translation>
    </message>
    <message>
        <source>Open a customer&apos;s profile first.</source>
        <translation>Ouvrez d&apos;abord la fiche d&apos;un client.</translation>
    </message>
    <message>
        <source>Replace {n}&apos;s card? The old card stops working; stamps and history stay.</source>
        <translation>Remplacer la carte de {n}&#xa0;? L&apos;ancienne carte ne fonctionnera plus&#xa0;; les tampons et l&apos;historique restent.</translation>
    </message>
    <message>
        <source>Revoke {n}&apos;s card? It will stop working; stamps and history stay.</source>
        <translation>Révoquer la carte de {n}&#xa0;? Elle ne fonctionnera plus&#xa0;; les tampons et l&apos;historique restent.</translation>
    </message>
    <message>
        <source>Replace the card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <source>Revoke the card</source>
        <translation>Révoquer la carte</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Card {c} issued</source>
        <translation>Carte {c} émise</translation>
    </message>
    <message>
        <source>New card {c} issued; the old one no longer works</source>
        <translation>Nouvelle carte {c} émise&#xa0;; l&apos;ancienne ne fonctionne plus</translation>
    </message>
    <message>
        <source>Card {c} revoked</source>
        <translation>Carte {c} révoquée</translation>
    </message>
    <message>
        <source>{r}: how about a surprise {i} on the house?</source>
        <translation>{r}&#xa0;: et si vous offriez une surprise – {i}, offert par la maison&#xa0;?</translation>
    </message>
    <message>
        <source>✓ Noted. Enjoy the smile.</source>
        <translation>✓ C&apos;est noté. Profitez du sourire.</translation>
    </message>
    <message>
        <source>✓ Thank you! Feedback saved.</source>
        <translation>✓ Merci&#xa0;! Avis enregistré.</translation>
    </message>
    <message>
        <source>✓ Settings saved.</source>
        <translation>✓ Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>OwnerBadge</name>
    <message>
        <source>Owner · {n} min</source>
        <translation>Gérant · {n} min</translation>
    </message>
    <message>
        <source>Owner mode: it locks by itself after {n} minutes without owner actions.</source>
        <translation>Mode gérant&#xa0;: il se verrouille tout seul après {n} minutes sans action du gérant.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Back to staff mode now (Ctrl+L)</source>
        <translation>Revenir au mode équipe maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Mode équipe</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Gérant…</translation>
    </message>
    <message>
        <source>Unlock the owner&apos;s actions with the PIN</source>
        <translation>Déverrouiller les actions du gérant avec le code</translation>
    </message>
</context>
<context>
    <name>OwnerGate</name>
    <message>
        <source>The shop is still opening. Try again in a moment.</source>
        <translation>La boutique est encore en train de s&apos;ouvrir. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Code du gérant</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: owner actions are locked for %n more minute(s). Counter work carries on as usual.</source>
        <translation>
            <numerusform>Trop de codes erronés&#xa0;: les actions du gérant sont verrouillées encore %n minute. Le travail au comptoir continue normalement.</numerusform>
            <numerusform>Trop de codes erronés&#xa0;: les actions du gérant sont verrouillées encore %n minutes. Le travail au comptoir continue normalement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>Owner PIN</source>
        <translation>Code du gérant</translation>
    </message>
    <message>
        <source>&lt;b&gt;This needs the owner.&lt;/b&gt;&lt;br&gt;Type the owner PIN. After {n} wrong PINs in a row, owner actions are locked for {m} minutes (counter work carries on).</source>
        <translation>&lt;b&gt;Il faut le gérant pour cela.&lt;/b&gt;&lt;br&gt;Tapez le code du gérant. Après {n} codes erronés d&apos;affilée, les actions du gérant sont verrouillées pendant {m} minutes (le comptoir continue).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>A4 sheet, 10 cards (Avery C32011)</source>
        <translation>Feuille A4, 10 cartes (Avery C32011)</translation>
    </message>
    <message>
        <source>US Letter sheet, 10 cards (Avery 5371)</source>
        <translation>Feuille US Letter, 10 cartes (Avery 5371)</translation>
    </message>
    <message>
        <source>Card printer, one CR80 card per page</source>
        <translation>Imprimante de cartes, une carte CR80 par page</translation>
    </message>
    <message>
        <source>Print loyalty cards</source>
        <translation>Imprimer des cartes de fidélité</translation>
    </message>
    <message>
        <source>This customer&apos;s card</source>
        <translation>La carte de ce client</translation>
    </message>
    <message>
        <source>Everyone in the search results ({n})</source>
        <translation>Tous les résultats de la recherche ({n})</translation>
    </message>
    <message>
        <source>Every card not printed yet ({n})</source>
        <translation>Toutes les cartes pas encore imprimées ({n})</translation>
    </message>
    <message>
        <source>Stamp boxes on the back (print both sides, flip on the long edge)</source>
        <translation>Cases à tampons au verso (impression recto verso, retournement sur le bord long)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Names are printed on cards.</source>
        <translation>Les noms sont imprimés sur les cartes.</translation>
    </message>
    <message>
        <source>Cards carry no name or personal data, only the shop and a code.</source>
        <translation>Les cartes ne portent ni nom ni donnée personnelle, seulement la boutique et un code.</translation>
    </message>
    <message>
        <source>Save cards as</source>
        <translation>Enregistrer les cartes sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing {n} cards…</source>
        <translation>Préparation de {n} cartes…</translation>
    </message>
    <message>
        <source>✓ {n} cards ready: {p}</source>
        <translation>✓ {n} cartes prêtes&#xa0;: {p}</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>✓ {n} cards printed.</source>
        <translation>✓ {n} cartes imprimées.</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Edit  (Ctrl+E)</source>
        <translation>Modifier  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Demander un avis</translation>
    </message>
    <message>
        <source>The usual</source>
        <translation>L&apos;habituel</translation>
    </message>
    <message>
        <source>Record the usual   F2</source>
        <translation>Enregistrer l&apos;habituel   F2</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Visites récentes</translation>
    </message>
    <message>
        <source>{name} (name unknown)</source>
        <translation>{name} (nom inconnu)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Allergy: </source>
        <translation>Allergie&#xa0;: </translation>
    </message>
    <message>
        <source>No usual yet — pick items below.</source>
        <translation>Pas encore d&apos;habituel — choisissez des articles ci-dessous.</translation>
    </message>
    <message>
        <source>Prefers: </source>
        <translation>Préférences&#xa0;: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notes&#xa0;: </translation>
    </message>
    <message>
        <source>{more} to a {reward}</source>
        <translation>{more} avant&#xa0;: {reward}</translation>
    </message>
    <message>
        <source>Give {reward}</source>
        <translation>Offrir&#xa0;: {reward}</translation>
    </message>
    <message>
        <source>First visit today? Welcome them!</source>
        <translation>Première visite aujourd&apos;hui&#xa0;? Souhaitez-lui la bienvenue&#xa0;!</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>{visits} · last visit {when}</source>
        <translation>{visits} · dernière visite {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s)</source>
        <translation>
            <numerusform>encore %n tampon</numerusform>
            <numerusform>encore %n tampons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s)</source>
        <translation>
            <numerusform>encore %n point</numerusform>
            <numerusform>encore %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n tampon</numerusform>
            <numerusform>%n tampons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularsDialog</name>
    <message>
        <source>Regulars</source>
        <translation>Habitués</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Chercher un nom</translation>
    </message>
    <message>
        <source>Counting visits…</source>
        <translation>Comptage des visites…</translation>
    </message>
    <message>
        <source>Lists of regulars</source>
        <translation>Listes des habitués</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>À reconquérir</translation>
    </message>
    <message>
        <source>VIPs</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>The top fifth by visits and spending: worth a personal thank-you.</source>
        <translation>Le meilleur cinquième en visites et en dépenses&#xa0;: ils méritent un merci personnel.</translation>
    </message>
    <message>
        <source>High value, slipping away</source>
        <translation>Précieux, en train de s&apos;éloigner</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <source>★ VIP · Double-click a name to open their profile at the counter.</source>
        <translation>★ VIP · Double-cliquez sur un nom pour ouvrir sa fiche au comptoir.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Regulars who have stayed away far longer than usual. A friendly note with their usual often brings them back.</source>
        <translation>Des habitués absents bien plus longtemps que d&apos;habitude. Un petit mot sympathique évoquant leur commande habituelle les fait souvent revenir.</translation>
    </message>
    <message>
        <source>Mark contacted</source>
        <translation>Marquer comme contacté</translation>
    </message>
    <message>
        <source>You wrote to or called the chosen person today</source>
        <translation>Vous avez écrit ou téléphoné à cette personne aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Could not load: </source>
        <translation>Chargement impossible&#xa0;: </translation>
    </message>
    <message>
        <source>{n} customers came in the last 12 months: {v} VIPs, {l} to win back.</source>
        <translation>{n} clients sont venus ces 12 derniers mois&#xa0;: {v} VIP, {l} à reconquérir.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacted lately, off the win-back list.</source>
        <translation>
            <numerusform>%n contacté récemment, retiré de la liste à reconquérir.</numerusform>
            <numerusform>%n contactés récemment, retirés de la liste à reconquérir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Win back ({n})</source>
        <translation>À reconquérir ({n})</translation>
    </message>
    <message>
        <source>VIPs ({n})</source>
        <translation>VIP ({n})</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Choisissez d&apos;abord quelqu&apos;un dans la liste.</translation>
    </message>
    <message>
        <source>{name} marked as contacted today.</source>
        <translation>{name} marqué comme contacté aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>RegularsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Usually comes</source>
        <translation>Vient d&apos;habitude</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habituel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation>pas d&apos;accord pour être contacté</translation>
    </message>
    <message>
        <source>no phone or e-mail</source>
        <translation>ni téléphone ni e-mail</translation>
    </message>
    <message>
        <source>{name}: VIP, among the top fifth by visits and spending</source>
        <translation>{name}&#xa0;: VIP, dans le meilleur cinquième en visites et en dépenses</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>no phone or e-mail</source>
        <translation>ni téléphone ni e-mail</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Nobody matches “{q}”. Ctrl+N adds a new customer.</source>
        <translation>Personne ne correspond à «&#xa0;{q}&#xa0;». Ctrl+N ajoute un nouveau client.</translation>
    </message>
    <message>
        <source>more than {n}</source>
        <translation>plus de {n}</translation>
    </message>
    <message>
        <source>Showing {n} of {t} — type more to narrow.</source>
        <translation>{n} sur {t} affichés — tapez la suite pour affiner.</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Anniversaires de la semaine</translation>
    </message>
    <message>
        <source>No birthdays in the coming week.</source>
        <translation>Aucun anniversaire dans la semaine à venir.</translation>
    </message>
    <message>
        <source>That looks like a card code: press Enter.</source>
        <translation>Cela ressemble à un code de carte&#xa0;: appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>That looks like the start of a card code.</source>
        <translation>Cela ressemble au début d’un code de carte.</translation>
    </message>
</context>
<context>
    <name>SearchNote</name>
    <message>
        <source>Search will be slower: ask your administrator to install pg_trgm on the database server (CREATE EXTENSION pg_trgm; in this database). Regulars adds its search index at the next start.</source>
        <translation>La recherche sera plus lente&#xa0;: demandez à votre administrateur d&apos;installer pg_trgm sur le serveur de base de données (CREATE EXTENSION pg_trgm dans cette base). Regulars ajoute son index de recherche au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ServingPicker</name>
    <message>
        <source>Who is serving: their name goes on the visits recorded here</source>
        <translation>Qui sert&#xa0;: son nom figure sur les visites enregistrées ici</translation>
    </message>
    <message>
        <source>Who is serving</source>
        <translation>Qui sert</translation>
    </message>
    <message>
        <source>Who&apos;s serving?</source>
        <translation>Qui sert&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habitués</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>On the window and on printed cards.</source>
        <translation>Dans la fenêtre et sur les cartes imprimées.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Les numéros tapés sans indicatif sont lus comme ceux de ce pays.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Decides what “today” and “yesterday” mean. Applies at the next start.</source>
        <translation>Décide de ce que veulent dire «&#xa0;aujourd&apos;hui&#xa0;» et «&#xa0;hier&#xa0;». S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source> ms between keys</source>
        <translation> ms entre les touches</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Entrée ou Tab</translation>
    </message>
    <message>
        <source>for example: Sam, Ana, Tomás</source>
        <translation>par exemple&#xa0;: Sam, Ana, Tomás</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>This till&apos;s name</source>
        <translation>Nom de cette caisse</translation>
    </message>
    <message>
        <source>Recorded with every visit this till saves, so tills sharing a server can be told apart.</source>
        <translation>Enregistré avec chaque visite saisie sur cette caisse, pour distinguer les caisses qui partagent un serveur.</translation>
    </message>
    <message>
        <source>Card scanner speed</source>
        <translation>Vitesse du lecteur de cartes</translation>
    </message>
    <message>
        <source>A card scanner types far faster than a person. Keys that come closer together than this count as a card. Raise it if cards end up in the search box; lower it if fast typing opens a card by mistake.</source>
        <translation>Un lecteur de cartes tape bien plus vite qu&apos;une personne. Les touches plus rapprochées que cela comptent comme une carte. Augmentez si des cartes finissent dans la recherche&#xa0;; diminuez si une frappe rapide ouvre une carte par erreur.</translation>
    </message>
    <message>
        <source>After each card the scanner presses</source>
        <translation>Après chaque carte, le lecteur appuie sur</translation>
    </message>
    <message>
        <source>Most scanners press Enter; leave “Enter or Tab” if unsure.</source>
        <translation>La plupart des lecteurs appuient sur Entrée&#xa0;; laissez «&#xa0;Entrée ou Tab&#xa0;» en cas de doute.</translation>
    </message>
    <message>
        <source>Staff (optional)</source>
        <translation>Équipe (facultatif)</translation>
    </message>
    <message>
        <source>Names separated by commas: whoever is serving can be picked from this list.</source>
        <translation>Des noms séparés par des virgules&#xa0;: la personne qui sert peut être choisie dans cette liste.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amounts are written the way each till&apos;s language writes them.</source>
        <translation>Les montants s&apos;écrivent comme le veut la langue de chaque caisse.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The window&apos;s language on this till. Applies at the next start.</source>
        <translation>La langue de la fenêtre sur cette caisse. S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Dark is easier on the eyes in a dim shop.</source>
        <translation>Le thème sombre repose les yeux dans une boutique peu éclairée.</translation>
    </message>
    <message>
        <source>Print the customer&apos;s name on loyalty cards</source>
        <translation>Imprimer le nom du client sur les cartes de fidélité</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Without it a lost card shows no one&apos;s name.</source>
        <translation>Sans nom, une carte perdue ne révèle l&apos;identité de personne.</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Couleur de la carte</translation>
    </message>
    <message>
        <source>The band and the shop&apos;s name.</source>
        <translation>Le bandeau et le nom de la boutique.</translation>
    </message>
    <message>
        <source>Card logo</source>
        <translation>Logo de la carte</translation>
    </message>
    <message>
        <source>Saved at once, for every till.</source>
        <translation>Enregistré aussitôt, pour toutes les caisses.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> visites</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Win back after at least</source>
        <translation>À reconquérir après au moins</translation>
    </message>
    <message>
        <source>Someone joins the Win back list once they stay away this long and far longer than they usually do.</source>
        <translation>Quelqu&apos;un rejoint la liste à reconquérir quand il reste absent aussi longtemps, et bien plus que d&apos;habitude.</translation>
    </message>
    <message>
        <source>Ask for feedback at most every</source>
        <translation>Demander un avis au plus tous les</translation>
    </message>
    <message>
        <source>The counter suggests asking a regular how it&apos;s going, no more often than this.</source>
        <translation>Le comptoir propose de demander son avis à un habitué, pas plus souvent que cela.</translation>
    </message>
    <message>
        <source>Surprise treat at most every</source>
        <translation>Surprise au plus tous les</translation>
    </message>
    <message>
        <source>The same person is offered a surprise treat no more often than this.</source>
        <translation>Une même personne ne se voit pas offrir de surprise plus souvent que cela.</translation>
    </message>
    <message>
        <source>Suggest the same item again after</source>
        <translation>Proposer le même article à nouveau après</translation>
    </message>
    <message>
        <source>An item suggested to someone is not suggested to them again for this many visits.</source>
        <translation>Un article proposé à quelqu&apos;un ne lui est pas reproposé pendant ce nombre de visites.</translation>
    </message>
    <message>
        <source>Once contacted to win back, wait</source>
        <translation>Après un contact de reconquête, attendre</translation>
    </message>
    <message>
        <source>Someone you wrote to stays off the Win back list this long, so nobody is contacted too often.</source>
        <translation>Une personne contactée reste hors de la liste à reconquérir pendant ce temps, pour que personne ne soit sollicité trop souvent.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % par mois</translation>
    </message>
    <message>
        <source>Count a customer&apos;s value over</source>
        <translation>Calculer la valeur d&apos;un client sur</translation>
    </message>
    <message>
        <source>The visits and spend expected from them in this many months.</source>
        <translation>Les visites et dépenses attendues sur ce nombre de mois.</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d&apos;actualisation</translation>
    </message>
    <message>
        <source>Money expected later counts for a little less than money today; 1 % is usual.</source>
        <translation>L&apos;argent attendu plus tard compte un peu moins que l&apos;argent d&apos;aujourd&apos;hui&#xa0;; 1&#xa0;% est courant.</translation>
    </message>
    <message>
        <source>“Slipping away” below</source>
        <translation>«&#xa0;S&apos;éloigne&#xa0;» en dessous de</translation>
    </message>
    <message>
        <source>A high-value regular is listed as slipping away once the chance that they still come falls below this.</source>
        <translation>Un habitué de grande valeur est signalé comme s&apos;éloignant dès que la probabilité qu&apos;il revienne passe sous ce seuil.</translation>
    </message>
    <message>
        <source>empty: this computer only</source>
        <translation>vide&#xa0;: cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Only for several tills sharing one shop: the address of the shared PostgreSQL server, such as postgresql+psycopg://till@server/regulars. Applies at the next start.</source>
        <translation>Seulement pour plusieurs caisses dans une même boutique&#xa0;: l&apos;adresse du serveur PostgreSQL partagé, comme postgresql+psycopg://till@server/regulars. S&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>This computer&apos;s ({zone})</source>
        <translation>Celui de cet ordinateur ({zone})</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>A stamp card: stamps for every visit</source>
        <translation>Une carte à tampons&#xa0;: des tampons à chaque visite</translation>
    </message>
    <message>
        <source>Stamps per visit</source>
        <translation>Tampons par visite</translation>
    </message>
    <message>
        <source>Points for every visit</source>
        <translation>Des points à chaque visite</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Points par visite</translation>
    </message>
    <message>
        <source>Points for what they spend</source>
        <translation>Des points selon leurs dépenses</translation>
    </message>
    <message>
        <source>Points per {sign}1 spent</source>
        <translation>Points par {sign}1 dépensé</translation>
    </message>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Bienvenue dans Regulars</translation>
    </message>
    <message>
        <source>Open the shop</source>
        <translation>Ouvrir la boutique</translation>
    </message>
    <message>
        <source>Set up my shop</source>
        <translation>Configurer ma boutique</translation>
    </message>
    <message>
        <source>Try a demo bakery first</source>
        <translation>Essayer d&apos;abord une boulangerie de démo</translation>
    </message>
    <message>
        <source>Three short steps: your shop, how customers earn, an owner PIN.</source>
        <translation>Trois étapes rapides&#xa0;: votre boutique, comment les clients gagnent des points, un code gérant.</translation>
    </message>
    <message>
        <source>A bakery full of made-up regulars to try everything out; type “zoe” to begin.</source>
        <translation>Une boulangerie pleine d&apos;habitués imaginaires pour tout essayer&#xa0;; tapez «&#xa0;zoe&#xa0;» pour commencer.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
    <message>
        <source>This shop has no customers yet.</source>
        <translation>Cette boutique n&apos;a pas encore de clients.</translation>
    </message>
    <message>
        <source>for example: The Corner Bakery</source>
        <translation>par exemple&#xa0;: La Boulangerie du Coin</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>On the window and on the loyalty cards.</source>
        <translation>Dans la fenêtre et sur les cartes de fidélité.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are read as this country&apos;s.</source>
        <translation>Les numéros sans indicatif sont lus comme ceux de ce pays.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>All of this can be changed later in Shop → Settings.</source>
        <translation>Tout cela peut être modifié plus tard dans Boutique → Paramètres.</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <translation>Un café offert</translation>
    </message>
    <message>
        <source>Customers earn</source>
        <translation>Les clients gagnent</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>Première récompense</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Leave empty to add rewards later.</source>
        <translation>Laissez vide pour ajouter des récompenses plus tard.</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>Elle coûte</translation>
    </message>
    <message>
        <source>How customers earn</source>
        <translation>Comment les clients gagnent</translation>
    </message>
    <message>
        <source>Rewards can be added and changed later.</source>
        <translation>Les récompenses peuvent être ajoutées et modifiées plus tard.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Code du gérant</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>The owner PIN</source>
        <translation>Le code du gérant</translation>
    </message>
    <message>
        <source>Staff can serve without it; prices, rules, points corrections and erasing need it. Leave both empty to skip: then everyone is the owner.</source>
        <translation>L&apos;équipe peut servir sans code&#xa0;; les prix, les règles, les corrections de points et l&apos;effacement le demandent. Laissez les deux champs vides pour passer&#xa0;: tout le monde est alors gérant.</translation>
    </message>
    <message>
        <source>stamps</source>
        <translation>tampons</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <translation>La boutique a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes diffèrent. Tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0 to 9).</source>
        <translation>Le code doit comporter 4 à 12 chiffres (0 à 9).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Type</source>
        <translation>Taper</translation>
    </message>
    <message>
        <source>Find a customer by name, phone, e-mail or card code</source>
        <translation>Trouver un client par nom, téléphone, e-mail ou code de carte</translation>
    </message>
    <message>
        <source>Choose in the list</source>
        <translation>Choisir dans la liste</translation>
    </message>
    <message>
        <source>Open the chosen profile</source>
        <translation>Ouvrir la fiche choisie</translation>
    </message>
    <message>
        <source>Close the profile and start again</source>
        <translation>Fermer la fiche et recommencer</translation>
    </message>
    <message>
        <source>Record the usual for the open profile</source>
        <translation>Enregistrer l&apos;habituel pour la fiche ouverte</translation>
    </message>
    <message>
        <source>Record the visit with the items tapped</source>
        <translation>Enregistrer la visite avec les articles touchés</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SlippingModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <source>Still coming</source>
        <translation>Vient encore</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Dernière venue</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habituel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>il y a {n} jours</translation>
    </message>
    <message>
        <source>no consent to contact</source>
        <translation>pas d&apos;accord pour être contacté</translation>
    </message>
</context>
<context>
    <name>SlippingView</name>
    <message>
        <source>High value, slipping away</source>
        <translation>Grande valeur, s&apos;éloigne</translation>
    </message>
    <message>
        <source>Regulars in the top fifth by lifetime value whose chance of still coming has dropped low. A note or a call now may bring them back.</source>
        <translation>Des habitués du meilleur cinquième en valeur client dont les chances de revenir ont fortement baissé. Un mot ou un appel maintenant peut les faire revenir.</translation>
    </message>
    <message>
        <source>Fit again</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Fit the lifetime-value models to today&apos;s visits</source>
        <translation>Ajuster les modèles de valeur client aux visites d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models to every visit…</source>
        <translation>Ajustement des modèles de valeur client à toutes les visites…</translation>
    </message>
    <message>
        <source>Nobody of high value is slipping away. Good.</source>
        <translation>Aucun client précieux ne s&apos;éloigne. Parfait.</translation>
    </message>
    <message>
        <source>{n} high-value regulars slipping away, {c} of them agreed to be contacted.</source>
        <translation>{n} habitués précieux s&apos;éloignent, dont {c} acceptent d&apos;être contactés.</translation>
    </message>
    <message>
        <source>Double-click to open a profile.</source>
        <translation>Double-cliquez pour ouvrir une fiche.</translation>
    </message>
    <message>
        <source>Could not work out lifetime value: </source>
        <translation>Impossible de calculer la valeur client&#xa0;: </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Nobody&apos;s profile is open: find the customer or scan their card first.</source>
        <translation>Aucune fiche n&apos;est ouverte&#xa0;: cherchez d&apos;abord le client ou scannez sa carte.</translation>
    </message>
    <message>
        <source>Another profile is still opening: press again once it is on screen.</source>
        <translation>Un autre profil est encore en cours d&apos;ouverture&#xa0;: appuyez de nouveau dès qu&apos;il est affiché.</translation>
    </message>
    <message>
        <source>Record another visit?</source>
        <translation>Enregistrer une autre visite&#xa0;?</translation>
    </message>
    <message>
        <source>A visit for {n} was saved a moment ago. Record a second visit?</source>
        <translation>Une visite pour {n} vient d&apos;être enregistrée. Enregistrer une deuxième visite&#xa0;?</translation>
    </message>
    <message>
        <source>Record a second visit</source>
        <translation>Enregistrer une deuxième visite</translation>
    </message>
    <message>
        <source>No, one visit</source>
        <translation>Non, une seule visite</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy or unreachable. Trying again…</source>
        <translation>Pas encore enregistré&#xa0;: la base de données est occupée ou injoignable. Nouvel essai…</translation>
    </message>
    <message>
        <source>The visit was NOT saved: the database cannot be reached. The order is kept; press the button again.</source>
        <translation>La visite n&apos;a PAS été enregistrée&#xa0;: la base de données est injoignable. La commande est conservée&#xa0;; appuyez à nouveau sur le bouton.</translation>
    </message>
    <message>
        <source>✓ Visit saved at {t} — {p}{m}</source>
        <translation>✓ Visite enregistrée à {t} — {p}{m}</translation>
    </message>
    <message>
        <source>{n}: {t}</source>
        <translation>{n}&#xa0;: {t}</translation>
    </message>
    <message>
        <source>Visit undone</source>
        <translation>Visite retirée</translation>
    </message>
    <message>
        <source>; {p} taken back.</source>
        <translation>&#xa0;; {p} repris.</translation>
    </message>
    <message>
        <source>Give a reward</source>
        <translation>Offrir une récompense</translation>
    </message>
    <message>
        <source>Give {r} to {n}?</source>
        <translation>Offrir {r} à {n}&#xa0;?</translation>
    </message>
    <message>
        <source>Give {r}</source>
        <translation>Offrir {r}</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>✓ {r} given to {n}.</source>
        <translation>✓ {r} offert à {n}.</translation>
    </message>
    <message>
        <source>{r} taken back; the points are returned.</source>
        <translation>{r} repris&#xa0;; les points sont rendus.</translation>
    </message>
    <message>
        <source>Void this visit…</source>
        <translation>Annuler cette visite…</translation>
    </message>
    <message>
        <source>Visit voided</source>
        <translation>Visite annulée</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>Annuler une visite</translation>
    </message>
    <message>
        <source>Why is this visit void? (kept in the audit log, e.g. “rang up the wrong person”)</source>
        <translation>Pourquoi annuler cette visite&#xa0;? (conservé dans le journal d&apos;audit, p. ex. «&#xa0;mauvaise personne encaissée&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>VisitImportDialog</name>
    <message>
        <source>Import visits</source>
        <translation>Importer des visites</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Choisir un fichier CSV…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Leave out rows with errors</source>
        <translation>Laisser de côté les lignes en erreur</translation>
    </message>
    <message>
        <source>Square&apos;s transactions, Shopify&apos;s orders, or a CSV with the columns customer and date (and amount, items, ref if you have them).</source>
        <translation>Les transactions de Square, les commandes de Shopify, ou un CSV avec les colonnes customer et date (et amount, items, ref si vous les avez).</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que l&apos;import va faire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Visits file</source>
        <translation>Fichier des visites</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Format: {f}. {new} to add, {old} already imported, {none} without a customer skipped, {bad} with errors.</source>
        <translation>Format&#xa0;: {f}. {new} à ajouter, {old} déjà importées, {none} sans client laissées de côté, {bad} en erreur.</translation>
    </message>
    <message>
        <source>1 row of a refund or another event, not a sale: skipped.</source>
        <translation>1 ligne de remboursement ou d&apos;un autre événement, pas une vente&#xa0;: laissée de côté.</translation>
    </message>
    <message>
        <source>{n} rows of refunds or other events, not sales: skipped.</source>
        <translation>{n} lignes de remboursements ou d&apos;autres événements, pas des ventes&#xa0;: laissées de côté.</translation>
    </message>
    <message>
        <source>Items not on the menu, kept as text on the visit: {names}.</source>
        <translation>Articles absents de la carte, gardés en texte sur la visite&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Row {r}: {why}</source>
        <translation>Ligne {r}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>… and {n} more rows with errors.</source>
        <translation>… et {n} autres lignes en erreur.</translation>
    </message>
    <message>
        <source>Fix the rows with errors, or leave them out</source>
        <translation>Corrigez les lignes en erreur, ou laissez-les de côté</translation>
    </message>
    <message>
        <source>Import 1 visit</source>
        <translation>Importer 1 visite</translation>
    </message>
    <message>
        <source>Import {n} visits</source>
        <translation>Importer {n} visites</translation>
    </message>
    <message>
        <source>✓ 1 visit imported.</source>
        <translation>✓ 1 visite importée.</translation>
    </message>
    <message>
        <source>✓ {n} visits imported.</source>
        <translation>✓ {n} visites importées.</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>  (voided)</source>
        <translation>  (annulée)</translation>
    </message>
</context>
<context>
    <name>allergens</name>
    <message>
        <source>Celery</source>
        <translation>Céleri</translation>
    </message>
    <message>
        <source>Cereals containing gluten</source>
        <translation>Céréales contenant du gluten</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Crustacés</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Œufs</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <source>Milk</source>
        <translation>Lait</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Mollusques</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Moutarde</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Fruits à coque</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Arachides</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sésame</translation>
    </message>
    <message>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>Sulfites</translation>
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
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>attend au moins une valeur</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait être %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>There is no screen to open the window on. Start it from the desktop, or use a command (regulars --help).</source>
        <translation>Il n&apos;y a pas d&apos;écran où ouvrir la fenêtre. Lancez-la depuis le bureau, ou utilisez une commande (regulars --help).</translation>
    </message>
    <message>
        <source>Stopped; anything not finished was not saved.</source>
        <translation>Interrompu&#xa0;; ce qui n&apos;était pas terminé n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>regulars: warning: {note}</source>
        <translation>regulars&#xa0;: avertissement&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); no log file could be written.</source>
        <translation>Un problème inattendu est survenu ({kind})&#xa0;; aucun fichier journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; details are in {path}</source>
        <translation>Un problème inattendu est survenu&#xa0;; les détails sont dans {path}</translation>
    </message>
    <message>
        <source>Note: customer {id} has the same phone or e-mail.</source>
        <translation>Remarque&#xa0;: le client {id} a le même téléphone ou e-mail.</translation>
    </message>
    <message>
        <source>Added customer {id}: {name}</source>
        <translation>Client {id} ajouté&#xa0;: {name}</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>No customers match.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
    <message>
        <source>{name}  (customer {id})</source>
        <translation>{name}  (client {id})</translation>
    </message>
    <message>
        <source>Birthday: {day}</source>
        <translation>Anniversaire&#xa0;: {day}</translation>
    </message>
    <message>
        <source>ALLERGIES / DIET: {flags}</source>
        <translation>ALLERGIES / RÉGIME&#xa0;: {flags}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Téléphone&#xa0;: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-mail&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Prefers: {value}</source>
        <translation>Préfère&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Notes: {value}</source>
        <translation>Notes&#xa0;: {value}</translation>
    </message>
    <message>
        <source>no usual yet</source>
        <translation>pas encore d&apos;habituel</translation>
    </message>
    <message>
        <source>Usual: {items}</source>
        <translation>Habituel&#xa0;: {items}</translation>
    </message>
    <message>
        <source>, last on {day}</source>
        <translation>, dernière le {day}</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>Visites&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Card: {code} ({status})</source>
        <translation>Carte&#xa0;: {code} ({status})</translation>
    </message>
    <message>
        <source>MAKE IT RIGHT ({id}, since {day}): {text}</source>
        <translation>À RATTRAPER ({id}, depuis le {day})&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Talk about ({id}): {text}</source>
        <translation>À évoquer ({id})&#xa0;: {text}</translation>
    </message>
    <message>
        <source> (from {day})</source>
        <translation> (à partir du {day})</translation>
    </message>
    <message>
        <source>active</source>
        <comment>card</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <comment>card</comment>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>replaced</source>
        <comment>card</comment>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Stamps: {n}</source>
        <translation>Tampons&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Points: {n}</source>
        <translation>Points&#xa0;: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>encore %n tampon avant&#xa0;: {reward}</numerusform>
            <numerusform>encore %n tampons avant&#xa0;: {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>encore %n point avant&#xa0;: {reward}</numerusform>
            <numerusform>encore %n points avant&#xa0;: {reward}</numerusform>
        </translation>
    </message>
    <message>
        <source>--usual records the usual order; leave out --item and --amount.</source>
        <translation>--usual enregistre la commande habituelle&#xa0;; retirez --item et --amount.</translation>
    </message>
    <message>
        <source>Recorded visit {id}: {message}</source>
        <translation>Visite {id} enregistrée&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Visit {id} voided; {n} taken back.</source>
        <translation>Visite {id} annulée&#xa0;; {n} repris.</translation>
    </message>
    <message>
        <source>Balance is now {n}.</source>
        <translation>Le solde est maintenant de {n}.</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retirée)</translation>
    </message>
    <message>
        <source>Added reward {id}.</source>
        <translation>Récompense {id} ajoutée.</translation>
    </message>
    <message>
        <source>Redeemed {reward}; balance is now {n}.</source>
        <translation>{reward} offert&#xa0;; le solde est maintenant de {n}.</translation>
    </message>
    <message>
        <source>Card {code}: {status}</source>
        <translation>Carte {code}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>No cards to print: every active card has been printed. Name customers with --customer.</source>
        <translation>Aucune carte à imprimer&#xa0;: toutes les cartes actives ont été imprimées. Nommez des clients avec --customer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {out}.</source>
        <translation>
            <numerusform>%n carte écrite dans {out}.</numerusform>
            <numerusform>%n cartes écrites dans {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added item {id}: {item}</source>
        <translation>Article {id} ajouté&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Changed item {id}: {item}</source>
        <translation>Article {id} modifié&#xa0;: {item}</translation>
    </message>
    <message>
        <source>{item}, contains {allergens}</source>
        <translation>{item}, contient {allergens}</translation>
    </message>
    <message>
        <source>--days cannot be negative.</source>
        <translation>--days ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>No birthdays coming up.</source>
        <translation>Aucun anniversaire à venir.</translation>
    </message>
    <message numerus="yes">
        <source>NPS {score} from %n answer(s)</source>
        <translation>
            <numerusform>NPS {score} sur %n réponse</numerusform>
            <numerusform>NPS {score} sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s) ago</source>
        <translation>
            <numerusform>dernière il y a %n jour</numerusform>
            <numerusform>dernière il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Nobody to list.</source>
        <translation>Personne à afficher.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; use YYYY-MM-DD.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--to is before --date.</source>
        <translation>--to est avant --date.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) to {out}.</source>
        <translation>
            <numerusform>%n visite écrite dans {out}.</numerusform>
            <numerusform>%n visites écrites dans {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to {out}.</source>
        <translation>
            <numerusform>%n client écrit dans {out}.</numerusform>
            <numerusform>%n clients écrits dans {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {name}: {field} {old} → {new}</source>
        <translation>Ligne {row}&#xa0;: {name}&#xa0;: {field} {old} → {new}</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai à blanc&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n customer(s) written.</source>
        <translation>
            <numerusform>Importé&#xa0;: %n client enregistré.</numerusform>
            <numerusform>Importé&#xa0;: %n clients enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n visit(s) written.</source>
        <translation>
            <numerusform>Importé&#xa0;: %n visite enregistrée.</numerusform>
            <numerusform>Importé&#xa0;: %n visites enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out and --pdf name the same file; give two names.</source>
        <translation>--out et --pdf désignent le même fichier&#xa0;; donnez deux noms.</translation>
    </message>
    <message>
        <source>Wrote {out} and {pdf}.</source>
        <translation>{out} et {pdf} écrits.</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>{out} écrit.</translation>
    </message>
    <message>
        <source>Customer {id} erased. Backups made before now still hold the old data until they rotate out.</source>
        <translation>Client {id} effacé. Les sauvegardes faites avant maintenant gardent les anciennes données jusqu’à leur rotation.</translation>
    </message>
    <message>
        <source>--months must be at least 1.</source>
        <translation>--months doit valoir au moins 1.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n customer(s) inactive for over {months} months.</source>
        <translation>
            <numerusform>%n client inactif depuis plus de {months} mois effacé.</numerusform>
            <numerusform>%n clients inactifs depuis plus de {months} mois effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly: the month, YYYY-MM (this month if left out)</source>
        <translation>monthly&#xa0;: le mois, AAAA-MM (ce mois-ci s’il est omis)</translation>
    </message>
    <message>
        <source>monthly: the PDF to write</source>
        <translation>monthly&#xa0;: le PDF à écrire</translation>
    </message>
    <message>
        <source>Wrote the report for {month} (figures to {day}) to {out}.</source>
        <translation>Rapport de {month} (chiffres jusqu’au {day}) écrit dans {out}.</translation>
    </message>
    <message numerus="yes">
        <source>{visits} visit(s) in the last 13 weeks.</source>
        <translation>
            <numerusform>{visits} visite ces 13 dernières semaines.</numerusform>
            <numerusform>{visits} visites ces 13 dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>clv: last day the models see, YYYY-MM-DD (today)</source>
        <translation>clv&#xa0;: dernier jour vu par les modèles, AAAA-MM-JJ (aujourd’hui)</translation>
    </message>
    <message>
        <source>clv: expected visits ahead (52)</source>
        <translation>clv&#xa0;: visites attendues à venir (52)</translation>
    </message>
    <message>
        <source>clv: compare predicted and actual visits after --as-of up to this day</source>
        <translation>clv&#xa0;: comparer les visites prévues et réelles après --as-of jusqu’à ce jour</translation>
    </message>
    <message>
        <source>clv: only the N most valuable customers</source>
        <translation>clv&#xa0;: seulement les N clients les plus précieux</translation>
    </message>
    <message>
        <source>clv: fit the models again now</source>
        <translation>clv&#xa0;: ajuster à nouveau les modèles maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Customer lifetime value as of {day} ({customers} customer(s) fitted, fitted {when} UTC)</source>
        <translation>
            <numerusform>Valeur vie client au {day} ({customers} client ajusté, ajusté le {when} UTC)</numerusform>
            <numerusform>Valeur vie client au {day} ({customers} clients ajustés, ajustés le {when} UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>BG/NBD: r {r}  α {alpha}  a {a}  b {b}  log-likelihood {ll}</source>
        <translation>BG/NBD&#xa0;: r {r}  α {alpha}  a {a}  b {b}  log-vraisemblance {ll}</translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma): p {p}  q {q}  γ {gamma}</source>
        <translation>Dépense (Gamma-Gamma)&#xa0;: p {p}  q {q}  γ {gamma}</translation>
    </message>
    <message>
        <source>Spend: not modelled (fewer than 20 customers have repeat visits with an amount)</source>
        <translation>Dépense&#xa0;: non modélisée (moins de 20 clients ont des visites répétées avec un montant)</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at {discount} a month; expected visits in the next {weeks} weeks.</source>
        <translation>
            <numerusform>CLV sur %n mois à {discount} par mois&#xa0;; visites attendues dans les {weeks} prochaines semaines.</numerusform>
            <numerusform>CLV sur %n mois à {discount} par mois&#xa0;; visites attendues dans les {weeks} prochaines semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (--top N to see more, --json for all)</source>
        <translation>… et {n} de plus (--top N pour en voir plus, --json pour tous)</translation>
    </message>
    <message>
        <source>Holdout ({weeks} weeks): predicted {predicted} visits, actual {actual}; correlation per customer {correlation}</source>
        <translation>Période de contrôle ({weeks} semaines)&#xa0;: {predicted} visites prévues, {actual} réelles&#xa0;; corrélation par client {correlation}</translation>
    </message>
    <message>
        <source>id</source>
        <comment>clv column</comment>
        <translation>n°</translation>
    </message>
    <message>
        <source>name</source>
        <comment>clv column</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>visits</source>
        <comment>clv column</comment>
        <translation>visites</translation>
    </message>
    <message>
        <source>alive</source>
        <comment>clv column</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>expected</source>
        <comment>clv column</comment>
        <translation>attendues</translation>
    </message>
    <message>
        <source>per visit</source>
        <comment>clv column</comment>
        <translation>par visite</translation>
    </message>
    <message>
        <source>CLV</source>
        <comment>clv column</comment>
        <translation>CLV</translation>
    </message>
    <message>
        <source>talking points to raise on their next visits</source>
        <translation>sujets de conversation à aborder lors des prochaines visites</translation>
    </message>
    <message>
        <source>jot a talking point on a customer&apos;s profile</source>
        <translation>noter un sujet de conversation sur le profil d’un client</translation>
    </message>
    <message>
        <source>what to ask or mention, e.g. how the marathon went</source>
        <translation>ce qu’il faut demander ou mentionner, p. ex. comment s’est passé le marathon</translation>
    </message>
    <message>
        <source>show it from this day on, YYYY-MM-DD (default: at once)</source>
        <translation>l’afficher à partir de ce jour, AAAA-MM-JJ (par défaut&#xa0;: tout de suite)</translation>
    </message>
    <message>
        <source>tick a talking point off</source>
        <translation>cocher un sujet de conversation</translation>
    </message>
    <message>
        <source>a customer&apos;s open talking points</source>
        <translation>les sujets de conversation ouverts d’un client</translation>
    </message>
    <message>
        <source>bad experiences to make right</source>
        <translation>mauvaises expériences à réparer</translation>
    </message>
    <message>
        <source>record a bad experience</source>
        <translation>enregistrer une mauvaise expérience</translation>
    </message>
    <message>
        <source>what went wrong, e.g. waited 15 min</source>
        <translation>ce qui n’a pas été, p. ex. 15 min d’attente</translation>
    </message>
    <message>
        <source>mark a complaint made right</source>
        <translation>marquer une réclamation comme réparée</translation>
    </message>
    <message>
        <source>open complaints: everyone&apos;s, or one customer&apos;s</source>
        <translation>réclamations ouvertes&#xa0;: de tous, ou d’un client</translation>
    </message>
    <message>
        <source>seasonal: suggested from this day, YYYY-MM-DD</source>
        <translation>saisonnier&#xa0;: proposé à partir de ce jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>seasonal: suggested up to this day</source>
        <translation>saisonnier&#xa0;: proposé jusqu’à ce jour</translation>
    </message>
    <message>
        <source>Talking point {id} noted; the profile shows it from today until it is ticked off.</source>
        <translation>Sujet de conversation {id} noté&#xa0;; la fiche l’affiche dès aujourd’hui jusqu’à ce qu’il soit coché.</translation>
    </message>
    <message>
        <source>Talking point {id} noted; the profile shows it from {day} until it is ticked off.</source>
        <translation>Sujet de conversation {id} noté&#xa0;; la fiche l’affiche à partir du {day} jusqu’à ce qu’il soit coché.</translation>
    </message>
    <message>
        <source>Ticked off: {text}</source>
        <translation>Coché&#xa0;: {text}</translation>
    </message>
    <message>
        <source>(from {day})</source>
        <translation>(à partir du {day})</translation>
    </message>
    <message>
        <source>No open talking points.</source>
        <translation>Aucun sujet de conversation en attente.</translation>
    </message>
    <message>
        <source>Complaint {id} recorded; the profile asks to make it right on every visit until it is.</source>
        <translation>Réclamation {id} enregistrée&#xa0;; la fiche demande de la réparer à chaque visite jusqu’à ce que ce soit fait.</translation>
    </message>
    <message>
        <source>Made right: {text}</source>
        <translation>Réparée&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{name} ({id}): {text}</source>
        <translation>{name} ({id})&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>Aucune réclamation en attente.</translation>
    </message>
    <message>
        <source>available {start} to {end}</source>
        <translation>disponible du {start} au {end}</translation>
    </message>
    <message>
        <source>folder for the database, backups and logs (or REGULARS_DATA_DIR)</source>
        <translation>dossier de la base de données, des sauvegardes et des journaux (ou REGULARS_DATA_DIR)</translation>
    </message>
    <message>
        <source>e.g. postgresql+psycopg://user@host/db (or REGULARS_DATABASE_URL)</source>
        <translation>p. ex. postgresql+psycopg://user@host/db (ou REGULARS_DATABASE_URL)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>Know your regulars at the counter.</source>
        <translation>Connaissez vos habitués au comptoir.</translation>
    </message>
    <message>
        <source>fill a demo bakery</source>
        <translation>remplir une boulangerie de démo</translation>
    </message>
    <message>
        <source>add the demo even though the shop already has customers of its own</source>
        <translation>ajouter la démo même si la boutique a déjà ses propres clients</translation>
    </message>
    <message>
        <source>add, find and show customers</source>
        <translation>ajouter, trouver et afficher des clients</translation>
    </message>
    <message>
        <source>add a customer</source>
        <translation>ajouter un client</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM-DD</source>
        <translation>AAAA-MM-JJ ou MM-JJ</translation>
    </message>
    <message>
        <source>nuts, gluten, dairy, vegan, ... (repeat)</source>
        <translation>nuts, gluten, dairy, vegan, … (répétable)</translation>
    </message>
    <message>
        <source>search by name, phone, e-mail or card code</source>
        <translation>chercher par nom, téléphone, e-mail ou code de carte</translation>
    </message>
    <message>
        <source>one customer&apos;s profile</source>
        <translation>le profil d’un client</translation>
    </message>
    <message>
        <source>everything held about one person (JSON; --pdf for a readable copy)</source>
        <translation>tout ce qui est conservé sur une personne (JSON&#xa0;; --pdf pour une copie lisible)</translation>
    </message>
    <message>
        <source>write the JSON to this file instead of printing it</source>
        <translation>écrire le JSON dans ce fichier au lieu de l’afficher</translation>
    </message>
    <message>
        <source>also write a readable PDF</source>
        <translation>écrire aussi un PDF lisible</translation>
    </message>
    <message>
        <source>anonymise one person, keeping anonymous visit statistics</source>
        <translation>anonymiser une personne, en gardant des statistiques de visite anonymes</translation>
    </message>
    <message>
        <source>anonymise everyone inactive for longer than --months</source>
        <translation>anonymiser tous ceux inactifs depuis plus de --months</translation>
    </message>
    <message>
        <source>resolve a card payload to its customer</source>
        <translation>retrouver le client d’un code de carte</translation>
    </message>
    <message>
        <source>record or void visits</source>
        <translation>enregistrer ou annuler des visites</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>enregistrer une visite</translation>
    </message>
    <message>
        <source>menu item name (repeat)</source>
        <translation>nom d’un article (répétable)</translation>
    </message>
    <message>
        <source>amount spent, e.g. 12.50</source>
        <translation>montant dépensé, p. ex. 12.50</translation>
    </message>
    <message>
        <source>record the customer&apos;s usual order</source>
        <translation>enregistrer la commande habituelle du client</translation>
    </message>
    <message>
        <source>the script&apos;s own id for this visit (up to 36 characters): run again, it is not counted twice</source>
        <translation>l’identifiant propre au script pour cette visite (36 caractères au plus)&#xa0;: relancé, elle n’est pas comptée deux fois</translation>
    </message>
    <message>
        <source>void a visit and reverse its points</source>
        <translation>annuler une visite et reprendre ses points</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>ajuster les points</translation>
    </message>
    <message>
        <source>add or take points, with a reason</source>
        <translation>ajouter ou retirer des points, avec un motif</translation>
    </message>
    <message>
        <source>the rewards catalogue</source>
        <translation>le catalogue des récompenses</translation>
    </message>
    <message>
        <source>list rewards</source>
        <translation>lister les récompenses</translation>
    </message>
    <message>
        <source>add a reward</source>
        <translation>ajouter une récompense</translation>
    </message>
    <message>
        <source>redeem a reward for a customer</source>
        <translation>échanger une récompense pour un client</translation>
    </message>
    <message>
        <source>loyalty cards</source>
        <translation>cartes de fidélité</translation>
    </message>
    <message>
        <source>issue a customer&apos;s card</source>
        <translation>émettre la carte d’un client</translation>
    </message>
    <message>
        <source>reissue a customer&apos;s card</source>
        <translation>rééditer la carte d’un client</translation>
    </message>
    <message>
        <source>revoke a customer&apos;s card</source>
        <translation>révoquer la carte d’un client</translation>
    </message>
    <message>
        <source>print cards to a PDF</source>
        <translation>imprimer des cartes dans un PDF</translation>
    </message>
    <message>
        <source>customer id (repeat); default: unprinted</source>
        <translation>numéro de client (répétable)&#xa0;; par défaut&#xa0;: non imprimées</translation>
    </message>
    <message>
        <source>a page of stamp boxes after each page of cards</source>
        <translation>une page de cases à tampons après chaque page de cartes</translation>
    </message>
    <message>
        <source>the logo printed on cards (PNG or JPEG)</source>
        <translation>le logo imprimé sur les cartes (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>print cards without a logo</source>
        <translation>imprimer les cartes sans logo</translation>
    </message>
    <message>
        <source>the brand colour on cards</source>
        <translation>la couleur de la marque sur les cartes</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>the shop&apos;s settings</source>
        <translation>les réglages de la boutique</translation>
    </message>
    <message>
        <source>show or set the shop&apos;s currency</source>
        <translation>afficher ou définir la devise de la boutique</translation>
    </message>
    <message>
        <source>an ISO 4217 code: GBP, EUR, USD, CHF…</source>
        <translation>un code ISO 4217&#xa0;: GBP, EUR, USD, CHF…</translation>
    </message>
    <message>
        <source>the shop&apos;s menu</source>
        <translation>la carte de la boutique</translation>
    </message>
    <message>
        <source>list menu items</source>
        <translation>lister les articles</translation>
    </message>
    <message>
        <source>add a menu item</source>
        <translation>ajouter un article</translation>
    </message>
    <message>
        <source>price, e.g. 3.30</source>
        <translation>prix, p. ex. 3.30</translation>
    </message>
    <message>
        <source>an EU allergen it contains (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas</source>
        <translation>un allergène UE qu’il contient (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites)&#xa0;; répétez ou séparez par des virgules</translation>
    </message>
    <message>
        <source>change a menu item&apos;s name, category, price or allergens</source>
        <translation>modifier le nom, la catégorie, le prix ou les allergènes d’un article</translation>
    </message>
    <message>
        <source>the item&apos;s number or name</source>
        <translation>le numéro ou le nom de l’article</translation>
    </message>
    <message>
        <source>take the price off</source>
        <translation>retirer le prix</translation>
    </message>
    <message>
        <source>replaces the item&apos;s allergens: the EU allergens it contains (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites); repeat or separate with commas</source>
        <translation>remplace les allergènes de l’article&#xa0;: les allergènes UE qu’il contient (celery, gluten, crustaceans, eggs, fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites)&#xa0;; répétez ou séparez par des virgules</translation>
    </message>
    <message>
        <source>the item contains none of the 14</source>
        <translation>l’article ne contient aucun des 14</translation>
    </message>
    <message>
        <source>visit logs and customer lists</source>
        <translation>journaux de visites et listes de clients</translation>
    </message>
    <message>
        <source>the visit log of a day or a range of days</source>
        <translation>le journal des visites d’un jour ou d’une suite de jours</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, the shop&apos;s local day (or &apos;today&apos;)</source>
        <translation>AAAA-MM-JJ, le jour local de la boutique (ou &apos;today&apos;)</translation>
    </message>
    <message>
        <source>last day of a range, YYYY-MM-DD</source>
        <translation>dernier jour d’une période, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>all customers as CSV (the generic import format)</source>
        <translation>tous les clients en CSV (le format d’import générique)</translation>
    </message>
    <message>
        <source>customers from another system</source>
        <translation>des clients venant d’un autre système</translation>
    </message>
    <message>
        <source>import a CSV of customers</source>
        <translation>importer un CSV de clients</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>montrer ce qui se passerait, sans rien changer</translation>
    </message>
    <message>
        <source>how the file writes 05/11/1990 (else the file, then the country)</source>
        <translation>comment le fichier écrit 05/11/1990 (sinon le fichier, puis le pays)</translation>
    </message>
    <message>
        <source>import the good rows, leave out rows with errors</source>
        <translation>importer les bonnes lignes, laisser de côté les lignes en erreur</translation>
    </message>
    <message>
        <source>import the sales history of another till</source>
        <translation>importer l’historique des ventes d’une autre caisse</translation>
    </message>
    <message>
        <source>birthdays, lapsed regulars, top regulars, NPS, lifetime value, month PDF</source>
        <translation>anniversaires, habitués perdus, meilleurs habitués, NPS, valeur client, PDF du mois</translation>
    </message>
    <message>
        <source>birthdays: days ahead (7); lapsed: floor in days; nps: period (90)</source>
        <translation>birthdays&#xa0;: jours à venir (7)&#xa0;; lapsed&#xa0;: seuil en jours&#xa0;; nps&#xa0;: période (90)</translation>
    </message>
    <message>
        <source>the owner&apos;s PIN</source>
        <translation>le code PIN du gérant</translation>
    </message>
    <message>
        <source>set or change the owner PIN (new PIN from REGULARS_NEW_OWNER_PIN or asked)</source>
        <translation>définir ou changer le code PIN du gérant (nouveau code depuis REGULARS_NEW_OWNER_PIN ou demandé)</translation>
    </message>
    <message>
        <source>backups of the database</source>
        <translation>sauvegardes de la base de données</translation>
    </message>
    <message>
        <source>write a backup now</source>
        <translation>écrire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>list backups</source>
        <translation>lister les sauvegardes</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>remplacer la base de données par une sauvegarde</translation>
    </message>
    <message>
        <source>a backup file, or &apos;latest&apos;</source>
        <translation>un fichier de sauvegarde, ou &apos;latest&apos;</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>version</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Demo bakery ready: {customers}, {visits}.</source>
        <translation>Boulangerie de démonstration prête&#xa0;: {customers}, {visits}.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurée.</translation>
    </message>
    <message>
        <source>The database as it was is kept as {path}.</source>
        <translation>La base de données telle qu’elle était est gardée sous {path}.</translation>
    </message>
    <message>
        <source>Owner PIN: </source>
        <translation>Code PIN du propriétaire&#xa0;: </translation>
    </message>
    <message>
        <source>New owner PIN: </source>
        <translation>Nouveau code PIN du propriétaire&#xa0;: </translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>Owner PIN set.</source>
        <translation>Code PIN du propriétaire défini.</translation>
    </message>
    <message>
        <source>Cards now print without a logo.</source>
        <translation>Les cartes s’impriment désormais sans logo.</translation>
    </message>
    <message>
        <source>There was no logo.</source>
        <translation>Il n’y avait pas de logo.</translation>
    </message>
    <message>
        <source>Logo saved ({width}×{height} {kind}); every till prints it from now on.</source>
        <translation>Logo enregistré ({width}×{height} {kind})&#xa0;; toutes les caisses l’impriment désormais.</translation>
    </message>
    <message>
        <source>Cards print in {colour} from now on.</source>
        <translation>Les cartes s’impriment désormais en {colour}.</translation>
    </message>
    <message>
        <source>The shop counts in {code} from now on; amounts read like {example}.</source>
        <translation>La boutique compte désormais en {code}&#xa0;; les montants s’écrivent comme {example}.</translation>
    </message>
    <message>
        <source>The shop counts in {code} now; amounts read like {example}.</source>
        <translation>La boutique compte en {code}&#xa0;; les montants s’écrivent comme {example}.</translation>
    </message>
    <message>
        <source>Format: {format}.</source>
        <translation>Format&#xa0;: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n avec erreurs.</numerusform>
            <numerusform>%n avec erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: skipped, {why}</source>
        <translation>Ligne {row}&#xa0;: ignorée, {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to add</source>
        <translation>
            <numerusform>%n visite à ajouter</numerusform>
            <numerusform>%n visites à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n déjà importée</numerusform>
            <numerusform>%n déjà importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) without a customer skipped</source>
        <translation>
            <numerusform>%n vente sans client ignorée</numerusform>
            <numerusform>%n ventes sans client ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of refunds or other events, not sales: skipped.</source>
        <translation>
            <numerusform>%n ligne de remboursements ou d’autres opérations, pas des ventes&#xa0;: ignorée.</numerusform>
            <numerusform>%n lignes de remboursements ou d’autres opérations, pas des ventes&#xa0;: ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items not on the menu, kept as text on the visit: {names}.</source>
        <translation>Articles absents de la carte, gardés en texte sur la visite&#xa0;: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with errors.</source>
        <translation>
            <numerusform>… et %n autre ligne avec erreurs.</numerusform>
            <numerusform>… et %n autres lignes avec erreurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>details are in {path}</source>
        <translation>les détails sont dans {path}</translation>
    </message>
    <message>
        <source>no log file could be written ({kind})</source>
        <translation>aucun fichier journal n&apos;a pu être écrit ({kind})</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; {where}.

Everything confirmed on screen before this is saved.</source>
        <translation>Un problème inattendu est survenu&#xa0;; {where}.

Tout ce qui a été confirmé à l&apos;écran avant cela est enregistré.</translation>
    </message>
    <message>
        <source>The shop could not be opened ({kind}); see the log.</source>
        <translation>La boutique n&apos;a pas pu être ouverte ({kind})&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened.

Restore the latest backup ({b})? The damaged file is kept beside it, untouched.</source>
        <translation>Le fichier de la base de données est endommagé et ne peut pas être ouvert.

Restaurer la dernière sauvegarde ({b})&#xa0;? Le fichier endommagé est conservé à côté, intact.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>msg</name>
    <message>
        <source>“{value}” is not a month; use YYYY-MM, e.g. 2026-10.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un mois&#xa0;; utilisez AAAA-MM, par exemple 2026-10.</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.pdf.</source>
        <translation>Indiquez où écrire le rapport&#xa0;: --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--days is not for the clv report; use --weeks or --as-of.</source>
        <translation>--days ne s’applique pas au rapport clv&#xa0;; utilisez --weeks ou --as-of.</translation>
    </message>
    <message>
        <source>a talking point number</source>
        <translation>un numéro de sujet de conversation</translation>
    </message>
    <message>
        <source>There is no talking point number {value}.</source>
        <translation>Il n’y a pas de sujet de conversation numéro {value}.</translation>
    </message>
    <message>
        <source>a complaint number</source>
        <translation>un numéro de réclamation</translation>
    </message>
    <message>
        <source>There is no complaint number {value}.</source>
        <translation>Il n’y a pas de réclamation numéro {value}.</translation>
    </message>
    <message>
        <source>Erased in the database, but another program is reading it, so the old data is not yet gone from the file on disk. Close the other tills or programs and run “regulars {again}” again.</source>
        <translation>Effacé dans la base de données, mais un autre programme la lit encore&#xa0;: les anciennes données ne sont pas encore parties du fichier sur le disque. Fermez les autres caisses ou programmes et relancez «&#xa0;regulars {again}&#xa0;».</translation>
    </message>
    <message>
        <source>--customers and --visits cannot be negative.</source>
        <translation>--customers et --visits ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>This is an owner command: set REGULARS_OWNER_PIN or run it in a terminal.</source>
        <translation>C’est une commande du gérant&#xa0;: définissez REGULARS_OWNER_PIN ou lancez-la dans un terminal.</translation>
    </message>
    <message>
        <source>Give the new PIN in REGULARS_NEW_OWNER_PIN or run this in a terminal.</source>
        <translation>Donnez le nouveau code PIN dans REGULARS_NEW_OWNER_PIN ou lancez ceci dans un terminal.</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Les deux codes PIN diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Give the logo&apos;s file, or --clear to print cards without one.</source>
        <translation>Donnez le fichier du logo, ou --clear pour imprimer les cartes sans logo.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>Could not read {file}: {strerror}.</source>
        <translation>Impossible de lire {file}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{problem} (see {prog} --help).</source>
        <translation>{problem} (voir {prog} --help).</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number ({what}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre entier ({what}).</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} doit être entre {low} et {high}.</translation>
    </message>
    <message>
        <source>a customer number</source>
        <translation>un numéro de client</translation>
    </message>
    <message>
        <source>There is no customer number {value}.</source>
        <translation>Il n’y a pas de client numéro {value}.</translation>
    </message>
    <message>
        <source>a visit number</source>
        <translation>un numéro de visite</translation>
    </message>
    <message>
        <source>There is no visit number {value}.</source>
        <translation>Il n’y a pas de visite numéro {value}.</translation>
    </message>
    <message>
        <source>A reward&apos;s cost</source>
        <translation>Le coût d’une récompense</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>An adjustment must be between -{most} and {most} points.</source>
        <translation>Un ajustement doit être compris entre -{most} et {most} points.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; use YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{text} is more than 100 years from today.</source>
        <translation>{text} est à plus de 100 ans d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder}: {exc}</source>
        <translation>Impossible d’écrire une sauvegarde dans {folder}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Il n’y a pas de sauvegarde à {path}.</translation>
    </message>
    <message>
        <source>{name} is not a Regulars database.</source>
        <translation>{name} n’est pas une base de données Regulars.</translation>
    </message>
    <message>
        <source>{name} is not a readable Regulars database ({exc}).</source>
        <translation>{name} n’est pas une base de données Regulars lisible ({exc}).</translation>
    </message>
    <message>
        <source>{name} is damaged: {result}</source>
        <translation>{name} est endommagé&#xa0;: {result}</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Regulars (schema {revision}). Update Regulars, then restore it.</source>
        <translation>{name} a été créé par une version plus récente de Regulars (schéma {revision}). Mettez Regulars à jour, puis restaurez-le.</translation>
    </message>
    <message>
        <source>The backup could not be copied in ({exc}); the database is unchanged.</source>
        <translation>La sauvegarde n’a pas pu être copiée ({exc})&#xa0;; la base de données est inchangée.</translation>
    </message>
    <message>
        <source>The backup could not be copied in ({exc}).</source>
        <translation>La sauvegarde n’a pas pu être copiée ({exc}).</translation>
    </message>
    <message>
        <source>Sharing a PostgreSQL server needs the psycopg driver, which is not installed. Install Regulars with its postgres extra: pip install &apos;regulars[postgres]&apos;.</source>
        <translation>Partager un serveur PostgreSQL demande le pilote psycopg, qui n’est pas installé. Installez Regulars avec son option postgres&#xa0;: pip install &apos;regulars[postgres]&apos;.</translation>
    </message>
    <message>
        <source>There is no backup at {dump}.</source>
        <translation>Il n’y a pas de sauvegarde à {dump}.</translation>
    </message>
    <message>
        <source>{name} is not a readable backup</source>
        <translation>{name} n’est pas une sauvegarde lisible</translation>
    </message>
    <message>
        <source>{name} is not a backup of a Regulars database.</source>
        <translation>{name} n’est pas une sauvegarde d’une base de données Regulars.</translation>
    </message>
    <message>
        <source>Backing up or restoring the shared PostgreSQL server needs {name}, which is not installed on this computer. Install the PostgreSQL client tools (Debian or Ubuntu: sudo apt install postgresql-client; macOS: brew install libpq), or run pg_dump on the server itself.</source>
        <translation>Sauvegarder ou restaurer le serveur PostgreSQL partagé demande {name}, qui n’est pas installé sur cet ordinateur. Installez les outils clients PostgreSQL (Debian ou Ubuntu&#xa0;: sudo apt install postgresql-client&#xa0;; macOS&#xa0;: brew install libpq), ou lancez pg_dump sur le serveur lui-même.</translation>
    </message>
    <message>
        <source>{failure}: {detail}</source>
        <translation>{failure}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{tool} failed</source>
        <translation>{tool} a échoué</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database is busy in another till and did not free up in time. Try again.</source>
        <translation>La base de données est occupée par une autre caisse et ne s’est pas libérée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and try again.</source>
        <translation>Le serveur de base de données est injoignable. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions.</source>
        <translation>Impossible d’écrire dans le dossier de données. Vérifiez ses droits.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (regulars backup restore latest).</source>
        <translation>Le fichier de base de données est endommagé. Restaurez la dernière sauvegarde (regulars backup restore latest).</translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Donnez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>That file is the shop&apos;s database ({target}); choose another name.</source>
        <translation>Ce fichier est la base de données de la boutique ({target})&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{target} is among the shop&apos;s backups; save it somewhere else.</source>
        <translation>{target} est parmi les sauvegardes de la boutique&#xa0;; enregistrez-le ailleurs.</translation>
    </message>
    <message>
        <source>{target} is inside the data folder ({root}), which holds the shop&apos;s database and backups; save it somewhere else.</source>
        <translation>{target} est dans le dossier de données ({root}), qui contient la base de données et les sauvegardes de la boutique&#xa0;; enregistrez-le ailleurs.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} est un dossier&#xa0;; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n’existe pas.</translation>
    </message>
    <message>
        <source>{parent} is not a folder.</source>
        <translation>{parent} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not written. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: {path} n’a pas été écrit. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>There is no permission to write {path}; choose another folder.</source>
        <translation>Pas le droit d’écrire {path}&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}.</source>
        <translation>{path} n’a pas pu être écrit&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>{path} is a database; an export may not replace it. Choose another name.</source>
        <translation>{path} est une base de données&#xa0;; un export ne peut pas la remplacer. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Stamp boxes go on the back of a stamp card, and this shop&apos;s loyalty rule is not one (or its first reward needs more than 20 stamps).</source>
        <translation>Les cases à tampons vont au dos d’une carte à tampons, et la règle de fidélité de cette boutique n’en est pas une (ou sa première récompense demande plus de 20 tampons).</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>{year} was not a leap year, so it had no 29 February.</source>
        <translation>{year} n’était pas bissextile&#xa0;: il n’y avait pas de 29 février.</translation>
    </message>
    <message>
        <source>{name} has no day {day}.</source>
        <translation>{name} n’a pas de jour {day}.</translation>
    </message>
    <message>
        <source>The year {year} is not a plausible birth year.</source>
        <translation>L’année {year} n’est pas une année de naissance plausible.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; use YYYY-MM-DD or MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;; utilisez AAAA-MM-JJ ou MM-JJ.</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Anniversaire aujourd’hui</translation>
    </message>
    <message>
        <source>Birthday tomorrow</source>
        <translation>Anniversaire demain</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Anniversaire dans %n jour</numerusform>
            <numerusform>Anniversaire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>That picture is too large (over 5 MB); save a smaller copy and choose it again.</source>
        <translation>Cette image est trop grande (plus de 5 Mo)&#xa0;; enregistrez une copie plus petite et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>That logo file is damaged or not a picture this app can read.</source>
        <translation>Ce fichier de logo est endommagé ou n’est pas une image que cette application sait lire.</translation>
    </message>
    <message>
        <source>This customer already has a card; reissue it if it was lost.</source>
        <translation>Ce client a déjà une carte&#xa0;; rééditez-la si elle a été perdue.</translation>
    </message>
    <message>
        <source>This customer has no active card to revoke.</source>
        <translation>Ce client n’a pas de carte active à révoquer.</translation>
    </message>
    <message>
        <source>That is not a Regulars card code.</source>
        <translation>Ce n’est pas un code de carte Regulars.</translation>
    </message>
    <message>
        <source>Unknown card: it was not issued by this shop.</source>
        <translation>Carte inconnue&#xa0;: elle n’a pas été émise par cette boutique.</translation>
    </message>
    <message>
        <source>This card was revoked on {revoked_at}. Nothing was recorded.</source>
        <translation>Cette carte a été révoquée le {revoked_at}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This card was replaced by a newer one on {revoked_at}.</source>
        <translation>Cette carte a été remplacée par une plus récente le {revoked_at}.</translation>
    </message>
    <message>
        <source>This card belonged to a customer whose data was erased.</source>
        <translation>Cette carte appartenait à un client dont les données ont été effacées.</translation>
    </message>
    <message>
        <source>{name}&apos;s card was replaced or revoked meanwhile; print the cards again.</source>
        <translation>La carte de {name} a été remplacée ou révoquée entre-temps&#xa0;; imprimez à nouveau les cartes.</translation>
    </message>
    <message>
        <source>{name} was given a card meanwhile; print the cards again.</source>
        <translation>{name} a reçu une carte entre-temps&#xa0;; imprimez à nouveau les cartes.</translation>
    </message>
    <message>
        <source>{name}&apos;s new card could not be recorded; print the cards again.</source>
        <translation>La nouvelle carte de {name} n’a pas pu être enregistrée&#xa0;; imprimez à nouveau les cartes.</translation>
    </message>
    <message>
        <source>There is no customer number {customer_id}.</source>
        <translation>Il n’y a pas de client numéro {customer_id}.</translation>
    </message>
    <message>
        <source>This customer already has a card; another till just issued it.</source>
        <translation>Ce client a déjà une carte&#xa0;; une autre caisse vient de l’émettre.</translation>
    </message>
    <message>
        <source>Could not create a unique card code; try again.</source>
        <translation>Impossible de créer un code de carte unique&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>“{text}” is not a colour written as #RRGGBB, such as #8B4513.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une couleur écrite #RRGGBB, comme #8B4513.</translation>
    </message>
    <message>
        <source>Write what the talking point is about.</source>
        <translation>Écrivez de quoi parle le sujet de conversation.</translation>
    </message>
    <message>
        <source>Write what the complaint is about.</source>
        <translation>Écrivez de quoi parle la réclamation.</translation>
    </message>
    <message>
        <source>Keep the talking point under {most} characters (this one has {count}).</source>
        <translation>Gardez le sujet de conversation sous {most} caractères (celui-ci en a {count}).</translation>
    </message>
    <message>
        <source>Keep the complaint under {most} characters (this one has {count}).</source>
        <translation>Gardez la réclamation sous {most} caractères (celle-ci en a {count}).</translation>
    </message>
    <message>
        <source>There is no talking point number {point_id}.</source>
        <translation>Il n’y a pas de sujet de conversation numéro {point_id}.</translation>
    </message>
    <message>
        <source>Talking point {point_id} was already ticked off.</source>
        <translation>Le sujet de conversation {point_id} a déjà été coché.</translation>
    </message>
    <message>
        <source>There is no complaint number {complaint_id}.</source>
        <translation>Il n’y a pas de réclamation numéro {complaint_id}.</translation>
    </message>
    <message>
        <source>Complaint {complaint_id} was already made right.</source>
        <translation>La réclamation {complaint_id} a déjà été réparée.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>«&#xa0;{email}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Unknown flag: {unknown}. Known: {known}.</source>
        <translation>Indicateur inconnu&#xa0;: {unknown}. Connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>This is {count} characters long; at most {most} fit.</source>
        <translation>Ceci fait {count} caractères&#xa0;; {most} au plus tiennent.</translation>
    </message>
    <message>
        <source>Contact channel must be email, sms or phone.</source>
        <translation>Le canal de contact doit être email, sms ou phone.</translation>
    </message>
    <message>
        <source>A name is needed, even just a first name.</source>
        <translation>Un nom est nécessaire, même juste un prénom.</translation>
    </message>
    <message>
        <source>The name is {count} characters long; at most {most} fit.</source>
        <translation>Le nom fait {count} caractères&#xa0;; {most} au plus tiennent.</translation>
    </message>
    <message>
        <source>A name cannot start with = + - or @.</source>
        <translation>Un nom ne peut pas commencer par = + - ou @.</translation>
    </message>
    <message>
        <source>This shop already has {own} customers of its own; a demo would mix made-up people in with them. Add --into-existing to do it anyway.</source>
        <translation>Cette boutique a déjà {own} clients à elle&#xa0;; une démo y mêlerait des personnes inventées. Ajoutez --into-existing pour le faire quand même.</translation>
    </message>
    <message>
        <source>The score goes from 0 to 10.</source>
        <translation>La note va de 0 à 10.</translation>
    </message>
    <message>
        <source>The comment is {count} characters; at most {most} fit.</source>
        <translation>Le commentaire fait {count} caractères&#xa0;; {most} au plus tiennent.</translation>
    </message>
    <message>
        <source>The columns were not recognised. Choose the format, or map the columns (name, phone, …).</source>
        <translation>Les colonnes n’ont pas été reconnues. Choisissez le format, ou associez les colonnes (nom, téléphone, …).</translation>
    </message>
    <message>
        <source>No name column was found; map one to “name”.</source>
        <translation>Aucune colonne de nom n’a été trouvée&#xa0;; associez-en une à «&#xa0;name&#xa0;».</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>same phone or e-mail as row {row}</source>
        <translation>même téléphone ou e-mail que la ligne {row}</translation>
    </message>
    <message>
        <source>the phone is customer {phone}&apos;s and the e-mail customer {email}&apos;s</source>
        <translation>le téléphone est celui du client {phone} et l&apos;e-mail celui du client {email}</translation>
    </message>
    <message>
        <source>same customer ({customer}) as row {row}</source>
        <translation>même client ({customer}) que la ligne {row}</translation>
    </message>
    <message>
        <source>already a customer (number {customer})</source>
        <translation>déjà client (numéro {customer})</translation>
    </message>
    <message>
        <source>customer {customer} was erased a moment ago</source>
        <translation>le client {customer} vient d&apos;être effacé</translation>
    </message>
    <message>
        <source>nothing new for customer {customer}</source>
        <translation>rien de nouveau pour le client {customer}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out.</source>
        <translation>
            <numerusform>%n ligne contient une erreur&#xa0;; rien n’a été importé. Corrigez-la, ou laissez-la de côté.</numerusform>
            <numerusform>%n lignes contiennent des erreurs&#xa0;; rien n’a été importé. Corrigez-les, ou laissez-les de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: with this row&apos;s text added, customer {id}&apos;s would be {count} characters long; at most {most} fit.</source>
        <translation>{field}&#xa0;: avec le texte de cette ligne, celui du client {id} ferait {count} caractères&#xa0;; {most} au plus tiennent.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; an import takes files up to {most} MB. Split it into smaller files.</source>
        <translation>{name} fait {size} Mo&#xa0;; un import prend des fichiers jusqu’à {most} Mo. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {strerror}.</source>
        <translation>Impossible de lire {name}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not UTF-8, but other lines are: the file mixes two encodings. Open it in a spreadsheet, fix that line and save it again as CSV UTF-8.</source>
        <translation>La ligne {line} de {name} n’est pas en UTF-8, mais d’autres lignes le sont&#xa0;: le fichier mélange deux encodages. Ouvrez-le dans un tableur, corrigez cette ligne et enregistrez-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not valid {upper} text, though the file says it is. Save it again as CSV UTF-8.</source>
        <translation>La ligne {line} de {name} n’est pas du texte {upper} valide, bien que le fichier l’annonce. Enregistrez-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The first line of {name} cannot be read as column names.</source>
        <translation>La première ligne de {name} ne peut pas être lue comme des noms de colonnes.</translation>
    </message>
    <message>
        <source>{name} holds more than {most} rows; an import takes at most {most}. Split it into smaller files.</source>
        <translation>{name} contient plus de {most} lignes&#xa0;; un import en prend au plus {most}. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell and does not close properly; this row was left out.</source>
        <translation>un guillemet (&quot;) ouvre une cellule et ne la ferme pas correctement&#xa0;; cette ligne a été laissée de côté.</translation>
    </message>
    <message>
        <source>a cell is over {size} KB; this row was left out.</source>
        <translation>une cellule dépasse {size} Ko&#xa0;; cette ligne a été laissée de côté.</translation>
    </message>
    <message>
        <source>this row cannot be read ({error}); it was left out.</source>
        <translation>cette ligne est illisible ({error})&#xa0;; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>The columns were not recognised as a Square, Shopify or generic visits file (a generic file has the columns customer and date). Choose the format.</source>
        <translation>Les colonnes n’ont pas été reconnues comme un fichier de visites Square, Shopify ou générique (un fichier générique a les colonnes customer et date). Choisissez le format.</translation>
    </message>
    <message>
        <source>This {fmt} file has no {absent} column.</source>
        <translation>Ce fichier {fmt} n’a pas de colonne {absent}.</translation>
    </message>
    <message>
        <source>amount “{value}” is not a sum of money.</source>
        <translation>le montant «&#xa0;{value}&#xa0;» n’est pas une somme d’argent.</translation>
    </message>
    <message>
        <source>the amount is negative (a refund), not a sale.</source>
        <translation>le montant est négatif (un remboursement), pas une vente.</translation>
    </message>
    <message>
        <source>the amount is over 1,000,000.</source>
        <translation>le montant dépasse 1 000 000.</translation>
    </message>
    <message>
        <source>date “{value}” is not YYYY-MM-DD or an ISO time.</source>
        <translation>la date «&#xa0;{value}&#xa0;» n’est ni AAAA-MM-JJ ni une heure ISO.</translation>
    </message>
    <message>
        <source>date “{value}” is out of range.</source>
        <translation>la date «&#xa0;{value}&#xa0;» est hors limites.</translation>
    </message>
    <message>
        <source>Row {value} of {name} cannot be read ({exc}).</source>
        <translation>La ligne {value} de {name} est illisible ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not valid {upper} text, though it says it is. Save it again as CSV UTF-8.</source>
        <translation>{name} n’est pas du texte {upper} valide, bien qu’il l’annonce. Enregistrez-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out with --skip-errors:</source>
        <translation>
            <numerusform>%n ligne contient une erreur&#xa0;; rien n’a été importé. Corrigez-la, ou laissez-la de côté avec --skip-errors&#xa0;:</numerusform>
            <numerusform>%n lignes contiennent des erreurs&#xa0;; rien n’a été importé. Corrigez-les, ou laissez-les de côté avec --skip-errors&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer “{shown}”; import the customers first, or add them.</source>
        <translation>pas de client «&#xa0;{shown}&#xa0;»&#xa0;; importez d’abord les clients, ou ajoutez-les.</translation>
    </message>
    <message>
        <source>Visits are imported from {join} files, not “{fmt}”.</source>
        <translation>Les visites s’importent depuis des fichiers {join}, pas «&#xa0;{fmt}&#xa0;».</translation>
    </message>
    <message>
        <source>sale {ref} is in the file twice.</source>
        <translation>la vente {ref} figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>line item quantity “{value}” is not a whole number.</source>
        <translation>la quantité de l’article «&#xa0;{value}&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>An item needs a name of 1 to 80 characters.</source>
        <translation>Un article a besoin d’un nom de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>“{name}” is already on the menu.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà à la carte.</translation>
    </message>
    <message>
        <source>There is no item number {item_id}.</source>
        <translation>Il n’y a pas d’article numéro {item_id}.</translation>
    </message>
    <message>
        <source>A season&apos;s days are dates.</source>
        <translation>Les jours d’une saison sont des dates.</translation>
    </message>
    <message>
        <source>“{value}” is not on the menu.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas à la carte.</translation>
    </message>
    <message>
        <source>Not an allergen: {unknown}. Known: {known}.</source>
        <translation>Pas un allergène&#xa0;: {unknown}. Connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>A price is between 0 and 100,000.00.</source>
        <translation>Un prix est compris entre 0 et 100 000,00.</translation>
    </message>
    <message>
        <source>The season ends ({end}) before it starts ({start}).</source>
        <translation>La saison finit ({end}) avant de commencer ({start}).</translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n tampon</numerusform>
            <numerusform>%n tampons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamps this time: the last ones were added {minutes} min ago (one earning per {cooldown} min).</source>
        <translation>Pas de tampons cette fois&#xa0;: les derniers ont été ajoutés il y a {minutes} min (un gain par {cooldown} min).</translation>
    </message>
    <message>
        <source>No points this time: the last ones were added {minutes} min ago (one earning per {cooldown} min).</source>
        <translation>Pas de points cette fois&#xa0;: les derniers ont été ajoutés il y a {minutes} min (un gain par {cooldown} min).</translation>
    </message>
    <message>
        <source>+{units}</source>
        <translation>+{units}</translation>
    </message>
    <message>
        <source>+{units} birthday bonus</source>
        <translation>+{units} de bonus d’anniversaire</translation>
    </message>
    <message>
        <source>No points for this visit.</source>
        <translation>Pas de points pour cette visite.</translation>
    </message>
    <message>
        <source>A reward needs a name of 1 to 80 characters.</source>
        <translation>Une récompense a besoin d’un nom de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>A reward must cost between 1 and {most} points or stamps.</source>
        <translation>Une récompense doit coûter entre 1 et {most} points ou tampons.</translation>
    </message>
    <message>
        <source>There is already a reward called “{name}”.</source>
        <translation>Il y a déjà une récompense appelée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no reward number {reward_id}.</source>
        <translation>Il n’y a pas de récompense numéro {reward_id}.</translation>
    </message>
    <message>
        <source>There is no active reward called “{value}”.</source>
        <translation>Il n’y a pas de récompense active appelée «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{name} needs {units}; this customer has {balance}.</source>
        <translation>{name} demande {units}&#xa0;; ce client a {balance}.</translation>
    </message>
    <message>
        <source>A manual adjustment needs a reason.</source>
        <translation>Un ajustement manuel a besoin d’un motif.</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Un ajustement de zéro ne change rien.</translation>
    </message>
    <message>
        <source>The balance is {current}; taking {value} would make it negative.</source>
        <translation>Le solde est de {current}&#xa0;; en retirer {value} le rendrait négatif.</translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>encore %n tampon avant&#xa0;: {reward}</numerusform>
            <numerusform>encore %n tampons avant&#xa0;: {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>encore %n point avant&#xa0;: {reward}</numerusform>
            <numerusform>encore %n points avant&#xa0;: {reward}</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write it like 12.50.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant&#xa0;; écrivez-le comme 12,50.</translation>
    </message>
    <message>
        <source>“{value}” is more than one visit can be: at most 1,000,000.00.</source>
        <translation>«&#xa0;{value}&#xa0;» dépasse ce qu’une visite peut valoir&#xa0;: au plus 1 000 000,00.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code: write the three letters, such as GBP, EUR, USD or CHF.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de devise&#xa0;: écrivez les trois lettres, comme GBP, EUR, USD ou CHF.</translation>
    </message>
    <message>
        <source>Phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{value}” has the wrong number of digits for a phone number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’a pas le bon nombre de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0 to 9).</source>
        <translation>Le code PIN doit compter 4 à 12 chiffres (0 à 9).</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Owner actions are locked for {minutes} min.</source>
        <translation>Trop de codes PIN erronés. Les actions du gérant sont bloquées pendant {minutes} min.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN (%n try/tries left).</source>
        <translation>
            <numerusform>Code PIN erroné (encore %n essai).</numerusform>
            <numerusform>Code PIN erroné (encore %n essais).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {minutes} min.</translation>
    </message>
    <message>
        <source>The shop and the till each need a name.</source>
        <translation>La boutique et la caisse ont chacune besoin d’un nom.</translation>
    </message>
    <message>
        <source>The name holds a hidden control character (U+{value}); type it again without it.</source>
        <translation>Le nom contient un caractère de contrôle caché (U+{value})&#xa0;; retapez-le sans.</translation>
    </message>
    <message>
        <source>A name is one line; it cannot hold a tab or a line break.</source>
        <translation>Un nom tient sur une ligne&#xa0;; il ne peut contenir ni tabulation ni saut de ligne.</translation>
    </message>
    <message>
        <source>The name is made only of invisible characters; type the name itself.</source>
        <translation>Le nom n’est fait que de caractères invisibles&#xa0;; tapez le nom lui-même.</translation>
    </message>
    <message>
        <source>There is no such reward given to undo.</source>
        <translation>Il n’y a pas de telle récompense remise à annuler.</translation>
    </message>
    <message>
        <source>{reason} was already given back.</source>
        <translation>{reason} a déjà été rendu.</translation>
    </message>
    <message>
        <source>Too late to undo {lower}: the owner can adjust the points instead.</source>
        <translation>Trop tard pour annuler {lower}&#xa0;: le gérant peut ajuster les points à la place.</translation>
    </message>
    <message>
        <source>The amount must be between 0 and 100,000.</source>
        <translation>Le montant doit être compris entre 0 et 100 000.</translation>
    </message>
    <message>
        <source>A quantity must be between 1 and 99.</source>
        <translation>Une quantité doit être comprise entre 1 et 99.</translation>
    </message>
    <message>
        <source>Unknown item number {value}.</source>
        <translation>Numéro d’article inconnu {value}.</translation>
    </message>
    <message>
        <source>No usual order yet: record a visit with items first.</source>
        <translation>Pas encore de commande habituelle&#xa0;: enregistrez d’abord une visite avec des articles.</translation>
    </message>
    <message>
        <source>There is no visit number {visit_id}.</source>
        <translation>Il n’y a pas de visite numéro {visit_id}.</translation>
    </message>
    <message>
        <source>Say why the visit is voided.</source>
        <translation>Dites pourquoi la visite est annulée.</translation>
    </message>
    <message>
        <source>Visit {visit_id} was already voided.</source>
        <translation>La visite {visit_id} a déjà été annulée.</translation>
    </message>
    <message>
        <source>Too late to undo: the visit was saved over {most} seconds ago. The owner can void it from the recent visits.</source>
        <translation>Trop tard pour annuler&#xa0;: la visite a été enregistrée il y a plus de {most} secondes. Le gérant peut l’annuler depuis les visites récentes.</translation>
    </message>
    <message>
        <source>A visit&apos;s reference must be 1 to {most} characters.</source>
        <translation>La référence d’une visite doit faire 1 à {most} caractères.</translation>
    </message>
    <message>
        <source>This reference was already used for a different visit. Nothing was recorded; use a new reference for a new visit.</source>
        <translation>Cette référence a déjà servi pour une autre visite. Rien n’a été enregistré&#xa0;; utilisez une nouvelle référence pour une nouvelle visite.</translation>
    </message>
    <message>
        <source>Already saved.</source>
        <translation>Déjà enregistré.</translation>
    </message>
    <message>
        <source>Could not reach the database server{where}. Check the network and try again.</source>
        <translation>Impossible de joindre le serveur de base de données{where}. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions or free disk space.</source>
        <translation>Impossible d’écrire dans le dossier de données. Vérifiez ses droits ou l’espace disque libre.</translation>
    </message>
    <message>
        <source>The database did not answer. Try again.</source>
        <translation>La base de données n’a pas répondu. Réessayez.</translation>
    </message>
    <message>
        <source>The database refused the change: {value}</source>
        <translation>La base de données a refusé la modification&#xa0;: {value}</translation>
    </message>
    <message>
        <source>The database could not be read. Try again.</source>
        <translation>La base de données n’a pas pu être lue. Réessayez.</translation>
    </message>
    <message>
        <source>Could not read {name}: {strerror}.</source>
        <translation>Impossible de lire {name}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Show between 1 and 104 weeks.</source>
        <translation>Affichez entre 1 et 104 semaines.</translation>
    </message>
    <message>
        <source>{first} has not begun yet.</source>
        <translation>{first} n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Could not write {name}: {strerror}.</source>
        <translation>Impossible d’écrire {name}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Export as {join}, not “{fmt}”.</source>
        <translation>Exportez en {join}, pas en «&#xa0;{fmt}&#xa0;».</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <source>Give at least one month.</source>
        <translation>Donnez au moins un mois.</translation>
    </message>
    <message>
        <source>“{region}” is not a country code such as GB, IE or FR.</source>
        <translation>«&#xa0;{region}&#xa0;» n’est pas un code de pays comme GB, IE ou FR.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone such as Europe/London.</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un fuseau horaire comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>La boutique a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Use an address like postgresql+psycopg://till@server/regulars.</source>
        <translation>Utilisez une adresse comme postgresql+psycopg://till@server/regulars.</translation>
    </message>
    <message>
        <source>Could not reach that database server: {problem}</source>
        <translation>Impossible de joindre ce serveur de base de données&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not save the server address: {strerror}.</source>
        <translation>Impossible d’enregistrer l’adresse du serveur&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Customers earn by {join}, not “{loyalty_mode}”.</source>
        <translation>Les clients gagnent par {join}, pas par «&#xa0;{loyalty_mode}&#xa0;».</translation>
    </message>
    <message>
        <source>“{region}” is not a country phone numbers know.</source>
        <translation>«&#xa0;{region}&#xa0;» n’est pas un pays connu des numéros de téléphone.</translation>
    </message>
    <message>
        <source>Customers earn between 1 and 100 stamps or points at a time.</source>
        <translation>Les clients gagnent entre 1 et 100 tampons ou points à la fois.</translation>
    </message>
    <message>
        <source>A reward costs between 1 and 10,000 stamps or points.</source>
        <translation>Une récompense coûte entre 1 et 10 000 tampons ou points.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>“{name}” is not on this till&apos;s list of staff (Shop → Settings → This till).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas sur la liste du personnel de cette caisse (Boutique → Réglages → Cette caisse).</translation>
    </message>
    <message>
        <source>Count a customer&apos;s value over 1 to {most} months.</source>
        <translation>Comptez la valeur d’un client sur 1 à {most} mois.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be from 0 % to {most} %.</source>
        <translation>Le taux d’actualisation mensuel doit aller de 0 % à {most} %.</translation>
    </message>
    <message>
        <source>“Slipping away” needs a chance above 0 % and below 100 %.</source>
        <translation>«&#xa0;En train de partir&#xa0;» demande une probabilité au-dessus de 0 % et sous 100 %.</translation>
    </message>
    <message>
        <source>The holdout must end after the as-of day and not later than today.</source>
        <translation>La période de contrôle doit finir après le jour de référence et au plus tard aujourd’hui.</translation>
    </message>
    <message>
        <source>The weeks to look ahead must be more than 0.</source>
        <translation>Les semaines à prévoir doivent être plus de 0.</translation>
    </message>
    <message>
        <source>The as-of day cannot be in the future.</source>
        <translation>Le jour de référence ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The lifetime-value horizon must be at least a month and the discount under 100 %.</source>
        <translation>L’horizon de la valeur client doit être d’au moins un mois et l’actualisation sous 100 %.</translation>
    </message>
    <message>
        <source>No customer had a visit on or before {as_of}: there is nothing to fit.</source>
        <translation>Aucun client n’a eu de visite le {as_of} ou avant&#xa0;: il n’y a rien à ajuster.</translation>
    </message>
    <message>
        <source>A till&apos;s name can be at most {most} characters.</source>
        <translation>Le nom d’une caisse peut faire au plus {most} caractères.</translation>
    </message>
    <message>
        <source>The scanner&apos;s typing speed must be between 5 and 200 ms per key.</source>
        <translation>La vitesse de frappe du lecteur doit être comprise entre 5 et 200 ms par touche.</translation>
    </message>
    <message>
        <source>The scanner ends a card with Enter, Tab or either, not “{scan_suffix}”.</source>
        <translation>Le lecteur termine une carte par Entrée, Tab ou l’un ou l’autre, pas par «&#xa0;{scan_suffix}&#xa0;».</translation>
    </message>
    <message>
        <source>Keep the list of staff short: at most {most} names.</source>
        <translation>Gardez la liste du personnel courte&#xa0;: au plus {most} noms.</translation>
    </message>
    <message>
        <source>The window speaks English, German or French, not “{language}”.</source>
        <translation>La fenêtre parle anglais, allemand ou français, pas «&#xa0;{language}&#xa0;».</translation>
    </message>
    <message>
        <source>The window&apos;s colours are “system”, “light” or “dark”, not “{theme}”.</source>
        <translation>Les couleurs de la fenêtre sont «&#xa0;system&#xa0;», «&#xa0;light&#xa0;» ou «&#xa0;dark&#xa0;», pas «&#xa0;{theme}&#xa0;».</translation>
    </message>
    <message>
        <source>This till&apos;s settings could not be saved: {value}.</source>
        <translation>Les réglages de cette caisse n’ont pas pu être enregistrés&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>This is their {count}th visit</source>
        <translation>C’est la {count}e visite</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n week(s) away</source>
        <translation>
            <numerusform>De retour après %n semaine d’absence</numerusform>
            <numerusform>De retour après %n semaines d’absence</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Expected vs actual visits</source>
        <translation>Visites attendues et réelles</translation>
    </message>
    <message>
        <source>the model could not be fitted to the visits before it</source>
        <translation>le modèle n’a pas pu être ajusté aux visites d’avant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réelles</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendues</translation>
    </message>
    <message>
        <source>repeat visits</source>
        <translation>visites répétées</translation>
    </message>
    <message>
        <source>week starting</source>
        <translation>semaine du</translation>
    </message>
    <message numerus="yes">
        <source>The model, fitted to the visits of the %n customer(s) seen up to {day}, predicted {expected} repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; newer customers are left out.</source>
        <translation>
            <numerusform>Le modèle, ajusté aux visites du %n client vu jusqu’au {day}, prévoyait {expected} visites répétées dans les {weeks} semaines suivantes&#xa0;; il y en a eu {actual}. Les visites d’un même jour comptent une fois&#xa0;; les clients plus récents sont laissés de côté.</numerusform>
            <numerusform>Le modèle, ajusté aux visites des %n clients vus jusqu’au {day}, prévoyait {expected} visites répétées dans les {weeks} semaines suivantes&#xa0;; il y en a eu {actual}. Les visites d’un même jour comptent une fois&#xa0;; les clients plus récents sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>it needs at least {n} customers seen before the holdout</source>
        <translation>il faut au moins {n} clients vus avant la période de contrôle</translation>
    </message>
    <message>
        <source>it needs visits from at least {weeks} weeks before the holdout</source>
        <translation>il faut des visites sur au moins {weeks} semaines avant la période de contrôle</translation>
    </message>
    <message>
        <source>it needs at least {n} customers who came back before the holdout</source>
        <translation>il faut au moins {n} clients revenus avant la période de contrôle</translation>
    </message>
    <message>
        <source>Not enough history yet: the model is checked on the last {weeks} weeks, and {reason}.</source>
        <translation>Pas encore assez d’historique&#xa0;: le modèle est vérifié sur les {weeks} dernières semaines, et {reason}.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>2–3 days</source>
        <translation>2–3 jours</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 jours</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 semaines</translation>
    </message>
    <message>
        <source>2 weeks – 1 month</source>
        <translation>2 semaines – 1 mois</translation>
    </message>
    <message>
        <source>1–2 months</source>
        <translation>1–2 mois</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Visites par semaine</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Same week last year</source>
        <translation>Même semaine l’an dernier</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>Weeks start on Monday; the week of {week} runs to {day}, and so does its twin a year before. Voided visits are left out.</source>
        <translation>Les semaines commencent le lundi&#xa0;; la semaine du {week} va jusqu’au {day}, tout comme sa jumelle un an plus tôt. Les visites annulées ne comptent pas.</translation>
    </message>
    <message>
        <source>Retention by month of first visit</source>
        <translation>Fidélisation par mois de première visite</translation>
    </message>
    <message>
        <source>% who came</source>
        <translation>% revenus</translation>
    </message>
    <message>
        <source>months after the first visit</source>
        <translation>mois après la première visite</translation>
    </message>
    <message>
        <source>Month 0 is the month of the first visit; month 1 the calendar month after, and so on.</source>
        <translation>Le mois 0 est celui de la première visite&#xa0;; le mois 1 le mois civil suivant, et ainsi de suite.</translation>
    </message>
    <message>
        <source>How often regulars come</source>
        <translation>À quelle fréquence viennent les habitués</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habitués</translation>
    </message>
    <message>
        <source>regulars</source>
        <translation>habitués</translation>
    </message>
    <message>
        <source>days between visits (median)</source>
        <translation>jours entre les visites (médiane)</translation>
    </message>
    <message>
        <source>A regular&apos;s rhythm is the median gap between their visits since {month} (at least {n} visits).</source>
        <translation>Le rythme d’un habitué est l’écart médian entre ses visites depuis {month} (au moins {n} visites).</translation>
    </message>
    <message>
        <source>NPS over time</source>
        <translation>NPS dans le temps</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>NPS: the share of 9s and 10s minus the share of 0s to 6s, in points.</source>
        <translation>NPS&#xa0;: la part des 9 et 10 moins la part des 0 à 6, en points.</translation>
    </message>
    <message>
        <source>Regulars by segment</source>
        <translation>Habitués par segment</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Everyone who came in the last 12 months, by recency, frequency and spend.</source>
        <translation>Tous ceux venus ces 12 derniers mois, par récence, fréquence et dépense.</translation>
    </message>
    <message>
        <source>{existing} is a file, not a folder. Choose a folder for the data with --data-dir.</source>
        <translation>{existing} est un fichier, pas un dossier. Choisissez un dossier pour les données avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be made: {existing} is not writable for you. Choose another folder with --data-dir.</source>
        <translation>Le dossier de données {folder} ne peut pas être créé&#xa0;: vous ne pouvez pas écrire dans {existing}. Choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} belongs to another user ({owner}). Run Regulars as that user, or choose your own folder with --data-dir.</source>
        <translation>Le dossier de données {folder} appartient à un autre utilisateur ({owner}). Lancez Regulars sous cet utilisateur, ou choisissez votre propre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>There is no space left for the data folder {folder}. Free some space and try again.</source>
        <translation>Il n’y a plus de place pour le dossier de données {folder}. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Allow writing to it, or choose another folder with --data-dir.</source>
        <translation>Le dossier de données {folder} est en lecture seule. Autorisez l’écriture, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {problem}.</source>
        <translation>Le dossier de données {folder} ne peut pas être utilisé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Monthly report · {month} · figures to {day}</source>
        <translation>Rapport mensuel · {month} · chiffres au {day}</translation>
    </message>
    <message>
        <source>Columns: {label}.</source>
        <translation>Colonnes&#xa0;: {label}.</translation>
    </message>
    <message>
        <source>Made by Regulars. Voided visits are left out; visits imported from the old till count.</source>
        <translation>Créé par Regulars. Les visites annulées sont exclues&#xa0;; les visites importées de l’ancienne caisse comptent.</translation>
    </message>
    <message>
        <source>New customers this month</source>
        <translation>Nouveaux clients ce mois-ci</translation>
    </message>
    <message>
        <source>NPS this month</source>
        <translation>NPS ce mois-ci</translation>
    </message>
    <message>
        <source>Answers this month</source>
        <translation>Réponses ce mois-ci</translation>
    </message>
    <message>
        <source>Regulars (3+ visits a year)</source>
        <translation>Habitués (3+ visites par an)</translation>
    </message>
    <message>
        <source>Surprises offered / given</source>
        <translation>Surprises proposées / offertes</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>il y a {n} jours</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>il y a {n} semaines</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>il y a {n} mois</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>il y a un an</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>il y a {n} ans</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Anniversaire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Birthday tomorrow</source>
        <translation>Anniversaire demain</translation>
    </message>
    <message>
        <source>Birthday in {n} days</source>
        <translation>Anniversaire dans {n} jours</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>tous les {n} jours</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>toutes les {n} semaines</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>tous les {n} mois</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèle</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasionnel</translation>
    </message>
    <message>
        <source>comes often, spends well and came recently</source>
        <translation>vient souvent, dépense bien et est venu récemment</translation>
    </message>
    <message>
        <source>comes often</source>
        <translation>vient souvent</translation>
    </message>
    <message>
        <source>came often, but not lately</source>
        <translation>venait souvent, mais plus ces derniers temps</translation>
    </message>
    <message>
        <source>stopped coming a long time ago</source>
        <translation>ne vient plus depuis longtemps</translation>
    </message>
    <message>
        <source>first came in the last 30 days</source>
        <translation>venu pour la première fois ces 30 derniers jours</translation>
    </message>
    <message>
        <source>comes now and then</source>
        <translation>vient de temps en temps</translation>
    </message>
    <message>
        <source>Added a customer</source>
        <translation>Client ajouté</translation>
    </message>
    <message>
        <source>Edited a customer</source>
        <translation>Client modifié</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>Client effacé</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data</source>
        <translation>Données d&apos;une personne exportées</translation>
    </message>
    <message>
        <source>Exported all customers</source>
        <translation>Tous les clients exportés</translation>
    </message>
    <message>
        <source>Voided a visit</source>
        <translation>Visite annulée</translation>
    </message>
    <message>
        <source>Undid a visit</source>
        <translation>Visite retirée</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>Points ajustés</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Récompense ajoutée</translation>
    </message>
    <message>
        <source>Offered a reward again</source>
        <translation>Récompense proposée à nouveau</translation>
    </message>
    <message>
        <source>Retired a reward</source>
        <translation>Récompense retirée</translation>
    </message>
    <message>
        <source>Gave a reward</source>
        <translation>Récompense offerte</translation>
    </message>
    <message>
        <source>Undid a reward</source>
        <translation>Récompense reprise</translation>
    </message>
    <message>
        <source>Added a menu item</source>
        <translation>Article ajouté</translation>
    </message>
    <message>
        <source>Renamed a menu item</source>
        <translation>Article renommé</translation>
    </message>
    <message>
        <source>Changed a price</source>
        <translation>Prix modifié</translation>
    </message>
    <message>
        <source>Put an item back on the menu</source>
        <translation>Article remis à la carte</translation>
    </message>
    <message>
        <source>Took an item off the menu</source>
        <translation>Article retiré de la carte</translation>
    </message>
    <message>
        <source>Issued a card</source>
        <translation>Carte émise</translation>
    </message>
    <message>
        <source>Replaced a card</source>
        <translation>Carte remplacée</translation>
    </message>
    <message>
        <source>Revoked a card</source>
        <translation>Carte révoquée</translation>
    </message>
    <message>
        <source>Chose a card logo</source>
        <translation>Logo de carte choisi</translation>
    </message>
    <message>
        <source>Removed the card logo</source>
        <translation>Logo de carte retiré</translation>
    </message>
    <message>
        <source>Contacted to win back</source>
        <translation>Contacté pour le reconquérir</translation>
    </message>
    <message>
        <source>Gave a surprise treat</source>
        <translation>Surprise offerte</translation>
    </message>
    <message>
        <source>Set the owner PIN</source>
        <translation>Code du gérant défini</translation>
    </message>
    <message>
        <source>Changed the owner PIN</source>
        <translation>Code du gérant modifié</translation>
    </message>
    <message>
        <source>Wrong owner PIN</source>
        <translation>Code du gérant erroné</translation>
    </message>
    <message>
        <source>Owner PIN locked</source>
        <translation>Code du gérant verrouillé</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Clients importés</translation>
    </message>
    <message>
        <source>Imported visits</source>
        <translation>Visites importées</translation>
    </message>
    <message>
        <source>Filled the demo bakery</source>
        <translation>Boulangerie de démo remplie</translation>
    </message>
    <message>
        <source>Changed the settings</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Staff at the counter</source>
        <translation>L&apos;équipe au comptoir</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Owner (command line)</source>
        <translation>Gérant (ligne de commande)</translation>
    </message>
    <message>
        <source>visit {n}</source>
        <translation>visite {n}</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>carte {n}</translation>
    </message>
    <message>
        <source>customer {n}</source>
        <translation>client {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>article {n}</translation>
    </message>
    <message>
        <source>reward {n}</source>
        <translation>récompense {n}</translation>
    </message>
    <message>
        <source>customers {numbers}</source>
        <translation>clients {numbers}</translation>
    </message>
    <message>
        <source>owner PIN</source>
        <translation>code du gérant</translation>
    </message>
</context>
</TS>
