<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComplaintsModel</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationCues</name>
    <message numerus="yes">
        <source>%n more to raise from %1</source>
        <translation>
            <numerusform>%n more to raise from %1</numerusform>
            <numerusform>%n more to raise from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>noted %n days ago</source>
        <translation>
            <numerusform>noted %n day ago</numerusform>
            <numerusform>noted %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with errors.</source>
        <translation>
            <numerusform>… and %n more row with errors.</numerusform>
            <numerusform>… and %n more rows with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenComplaints</name>
    <message numerus="yes">
        <source>OPEN COMPLAINTS (%n)</source>
        <translation>
            <numerusform>OPEN COMPLAINTS (%n)</numerusform>
            <numerusform>OPEN COMPLAINTS (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerGate</name>
    <message numerus="yes">
        <source>Too many wrong PINs: owner actions are locked for %n more minute(s). Counter work carries on as usual.</source>
        <translation>
            <numerusform>Too many wrong PINs: owner actions are locked for %n more minute. Counter work carries on as usual.</numerusform>
            <numerusform>Too many wrong PINs: owner actions are locked for %n more minutes. Counter work carries on as usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s)</source>
        <translation>
            <numerusform>%n more stamp</numerusform>
            <numerusform>%n more stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s)</source>
        <translation>
            <numerusform>%n more point</numerusform>
            <numerusform>%n more points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n stamp</numerusform>
            <numerusform>%n stamps</numerusform>
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
    <message numerus="yes">
        <source>%n contacted lately, off the win-back list.</source>
        <translation>
            <numerusform>%n contacted lately, off the win-back list.</numerusform>
            <numerusform>%n contacted lately, off the win-back list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>%n more stamp to a {reward}</numerusform>
            <numerusform>%n more stamps to a {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>%n more point to a {reward}</numerusform>
            <numerusform>%n more points to a {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {out}.</source>
        <translation>
            <numerusform>Wrote %n card to {out}.</numerusform>
            <numerusform>Wrote %n cards to {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS {score} from %n answer(s)</source>
        <translation>
            <numerusform>NPS {score} from %n answer</numerusform>
            <numerusform>NPS {score} from %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s) ago</source>
        <translation>
            <numerusform>last %n day ago</numerusform>
            <numerusform>last %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n visit(s) to {out}.</source>
        <translation>
            <numerusform>Wrote %n visit to {out}.</numerusform>
            <numerusform>Wrote %n visits to {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to {out}.</source>
        <translation>
            <numerusform>Wrote %n customer to {out}.</numerusform>
            <numerusform>Wrote %n customers to {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n customer(s) written.</source>
        <translation>
            <numerusform>Imported: %n customer written.</numerusform>
            <numerusform>Imported: %n customers written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n visit(s) written.</source>
        <translation>
            <numerusform>Imported: %n visit written.</numerusform>
            <numerusform>Imported: %n visits written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n customer(s) inactive for over {months} months.</source>
        <translation>
            <numerusform>Erased %n customer inactive for over {months} months.</numerusform>
            <numerusform>Erased %n customers inactive for over {months} months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{visits} visit(s) in the last 13 weeks.</source>
        <translation>
            <numerusform>{visits} visit in the last 13 weeks.</numerusform>
            <numerusform>{visits} visits in the last 13 weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer lifetime value as of {day} ({customers} customer(s) fitted, fitted {when} UTC)</source>
        <translation>
            <numerusform>Customer lifetime value as of {day} ({customers} customer fitted, fitted {when} UTC)</numerusform>
            <numerusform>Customer lifetime value as of {day} ({customers} customers fitted, fitted {when} UTC)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at {discount} a month; expected visits in the next {weeks} weeks.</source>
        <translation>
            <numerusform>CLV over %n month at {discount} a month; expected visits in the next {weeks} weeks.</numerusform>
            <numerusform>CLV over %n months at {discount} a month; expected visits in the next {weeks} weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to add</source>
        <translation>
            <numerusform>%n visit to add</numerusform>
            <numerusform>%n visits to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) without a customer skipped</source>
        <translation>
            <numerusform>%n sale without a customer skipped</numerusform>
            <numerusform>%n sales without a customer skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of refunds or other events, not sales: skipped.</source>
        <translation>
            <numerusform>%n row of refunds or other events, not sales: skipped.</numerusform>
            <numerusform>%n rows of refunds or other events, not sales: skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with errors.</source>
        <translation>
            <numerusform>… and %n more row with errors.</numerusform>
            <numerusform>… and %n more rows with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msg</name>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out.</source>
        <translation>
            <numerusform>%n row has an error; nothing was imported. Fix it, or leave it out.</numerusform>
            <numerusform>%n rows have errors; nothing was imported. Fix them, or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported. Fix them, or leave them out with --skip-errors:</source>
        <translation>
            <numerusform>%n row has an error; nothing was imported. Fix it, or leave it out with --skip-errors:</numerusform>
            <numerusform>%n rows have errors; nothing was imported. Fix them, or leave them out with --skip-errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s)</source>
        <translation>
            <numerusform>%n stamp</numerusform>
            <numerusform>%n stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more stamp(s) to a {reward}</source>
        <translation>
            <numerusform>%n more stamp to a {reward}</numerusform>
            <numerusform>%n more stamps to a {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more point(s) to a {reward}</source>
        <translation>
            <numerusform>%n more point to a {reward}</numerusform>
            <numerusform>%n more points to a {reward}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN (%n try/tries left).</source>
        <translation>
            <numerusform>Wrong PIN (%n try left).</numerusform>
            <numerusform>Wrong PIN (%n tries left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back after %n week(s) away</source>
        <translation>
            <numerusform>Back after %n week away</numerusform>
            <numerusform>Back after %n weeks away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model, fitted to the visits of the %n customer(s) seen up to {day}, predicted {expected} repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; newer customers are left out.</source>
        <translation>
            <numerusform>The model, fitted to the visits of the %n customer seen up to {day}, predicted {expected} repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; newer customers are left out.</numerusform>
            <numerusform>The model, fitted to the visits of the %n customers seen up to {day}, predicted {expected} repeat visits in the {weeks} weeks after; they made {actual}. Visits on one day count once; newer customers are left out.</numerusform>
        </translation>
    </message>
</context>
</TS>
