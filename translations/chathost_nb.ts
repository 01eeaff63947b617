<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AcuteSteps</name>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="81"/>
        <source>Acute danger — emergency steps</source>
        <translation>Akutt fare – steg ved nødsituasjon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="82"/>
        <source>Hide the steps</source>
        <translation>Skjul stegene</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="83"/>
        <source>The flag stays; the steps can be shown again.</source>
        <translation>Markeringen blir stående. Du kan vise stegene igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="116"/>
        <source>This service&apos;s guideline pack has no emergency numbers. Call your supervisor now.</source>
        <translation>Retningslinjepakken for denne tjenesten har ingen nødnumre. Ring veilederen din nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="130"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="131"/>
        <source>Copy {0}</source>
        <translation>Kopier {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="133"/>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="134"/>
        <source>Insert {0} into the reply</source>
        <translation>Sett inn {0} i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="153"/>
        <source>The flag could not be set: {0} Call your supervisor now.</source>
        <translation>Markeringen kunne ikke settes: {0} Ring veilederen din nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="157"/>
        <source>Sending the alert to the supervisors… Follow the steps now.</source>
        <translation>Sender varselet til veilederne … Følg stegene nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="162"/>
        <source>Not sent yet: no connection to the server. The alert goes out as soon as the console is back online. Follow the steps now.</source>
        <translation>Ikke sendt ennå: ingen forbindelse til serveren. Varselet sendes så snart konsollen er tilkoblet igjen. Følg stegene nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="168"/>
        <source>{0} has answered and is coming.</source>
        <translation>{0} har svart og kommer.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="174"/>
        <source>Supervisors alerted at {0}. Follow the steps now.</source>
        <translation>Veilederne ble varslet kl. {0}. Følg stegene nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="179"/>
        <source>Follow the steps now.</source>
        <translation>Følg stegene nå.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="57"/>
        <source>Block {0}?</source>
        <translation>Vil du blokkere {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="60"/>
        <source>Blocking ends the conversation now and stops new chats from this visitor&apos;s browser for a day. Only the reason is kept, nothing about the person. Your supervisor can lift the block.</source>
        <translation>Blokkering avslutter samtalen nå og stopper nye chatter fra nettleseren til denne innskriveren i ett døgn. Bare årsaken lagres, ingenting om personen. Veilederen din kan oppheve blokkeringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="66"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="69"/>
        <source>Block and end</source>
        <translation>Blokker og avslutt</translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="19"/>
        <source>Abusive or hateful language</source>
        <translation>Krenkende eller hatefullt språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="20"/>
        <source>Sexual harassment</source>
        <translation>Seksuell trakassering</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="21"/>
        <source>Threats against the host</source>
        <translation>Trusler mot chatteverten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="22"/>
        <source>Spam or trolling</source>
        <translation>Spam eller trolling</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="23"/>
        <source>Other misuse of the chat</source>
        <translation>Annet misbruk av chatten</translation>
    </message>
</context>
<context>
    <name>BreakBanner</name>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="47"/>
        <source>Break reminder</source>
        <translation>Påminnelse om pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="48"/>
        <source>Remind me later</source>
        <translation>Minn meg på det senere</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="49"/>
        <source>Hide this reminder for 30 minutes</source>
        <translation>Skjul påminnelsen i 30 minutter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="85"/>
        <source>You have been in conversations for {0} without a break. Consider a short pause when you can: pause your shift, and new visitors go to your colleagues.</source>
        <translation>Du har vært i samtaler i {0} uten pause. Ta gjerne en kort pause når du kan: sett vakten på pause, så går nye innskrivere til kollegene dine.</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="111"/>
        <source>How serious is it?</source>
        <translation>Hvor alvorlig er det?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Not asked</source>
        <translation>Ikke spurt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="118"/>
        <source>Risk level:</source>
        <translation>Risikonivå:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="119"/>
        <source>Risk level for this conversation</source>
        <translation>Risikonivå for denne samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="122"/>
        <source>Use the acute-danger action…</source>
        <translation>Bruk «Akutt fare» …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="123"/>
        <source>Use the acute-danger action</source>
        <translation>Bruk «Akutt fare»</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="129"/>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="130"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="131"/>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="132"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="133"/>
        <source>Acute</source>
        <translation>Akutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="165"/>
        <source>The checklist suggests: nothing answered yet</source>
        <translation>Sjekklisten foreslår: ingenting er besvart ennå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="168"/>
        <source>The checklist suggests: {0}</source>
        <translation>Sjekklisten foreslår: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="173"/>
        <source>Acute risk: consider the acute-danger action</source>
        <translation>Akutt risiko: vurder å bruke «Akutt fare»</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="175"/>
        <source>High risk: consider the acute-danger action</source>
        <translation>Høy risiko: vurder å bruke «Akutt fare»</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="179"/>
        <source>Emergency numbers: {0}</source>
        <translation>Nødnumre: {0}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Private message</source>
        <translation>Privat melding</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="78"/>
        <source>Write privately… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv privat … (Enter sender, Shift+Enter: ny linje)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="80"/>
        <source>Write privately… (Ctrl+Enter sends)</source>
        <translation>Skriv privat … (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="82"/>
        <source>Write to the visitor… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv til innskriveren … (Enter sender, Shift+Enter: ny linje)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="84"/>
        <source>Write to the visitor… (Ctrl+Enter sends)</source>
        <translation>Skriv til innskriveren … (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="86"/>
        <source>Write a reply… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv et svar … (Enter sender, Shift+Enter: ny linje)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="88"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Skriv et svar … (Ctrl+Enter sender)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../chathost/ui/banner.py" line="31"/>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="42"/>
        <source>You have been logged out. Log in again to continue.</source>
        <translation>Du er logget ut. Logg inn igjen for å fortsette.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="44"/>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="46"/>
        <source>Connecting to the server…</source>
        <translation>Kobler til serveren …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="50"/>
        <source>Connection to the server lost. Reconnecting… {0} message(s) will be sent as soon as the connection is back.</source>
        <translation>Mistet forbindelsen til serveren. Kobler til igjen … {0} melding(er) sendes så snart forbindelsen er tilbake.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="55"/>
        <source>Connection to the server lost. Reconnecting… What you write now is sent when the connection is back.</source>
        <translation>Mistet forbindelsen til serveren. Kobler til igjen … Det du skriver nå, sendes når forbindelsen er tilbake.</translation>
    </message>
</context>
<context>
    <name>ConversationSupport</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="116"/>
        <source>(no note)</source>
        <translation>(ikke noe notat)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="118"/>
        <source>Referred from {0}. Note from the previous host: {1}</source>
        <translation>Henvist fra {0}. Notat fra forrige chattevert: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="125"/>
        <source>Note from {0}: {1}</source>
        <translation>Notat fra {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="131"/>
        <source>Handed back to the queue earlier. Handover note: {0}</source>
        <translation>Lagt tilbake i køen tidligere. Overleveringsnotat: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="185"/>
        <source>Flag acute danger?</source>
        <translation>Vil du markere akutt fare?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="187"/>
        <source>Supervisors are alerted at once, at top priority, and the emergency steps open beside the conversation. Use it when a life may be in danger now.</source>
        <translation>Veilederne varsles med en gang, med høyeste prioritet, og stegene ved nødsituasjon åpnes ved siden av samtalen. Bruk dette når et liv kan være i fare nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="191"/>
        <source>Flag acute danger</source>
        <translation>Marker akutt fare</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="192"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="103"/>
        <location filename="../chathost/ui/conversation_tab.py" line="207"/>
        <source>Time since you took this conversation</source>
        <translation>Tid siden du tok samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="55"/>
        <source>Private channel</source>
        <translation>Privat kanal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="58"/>
        <source>Write privately to the supervisors; the visitor never sees it</source>
        <translation>Skriv privat til veilederne – innskriveren ser det aldri</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="202"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="203"/>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="204"/>
        <source>Insert a quick phrase into the reply</source>
        <translation>Sett inn en ferdig frase i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="205"/>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close…</source>
        <translation>Lukk …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="206"/>
        <source>End the conversation or hand it back</source>
        <translation>Avslutt samtalen eller legg den tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="274"/>
        <source>A message was not sent. Right-click it to retry.</source>
        <translation>En melding ble ikke sendt. Høyreklikk på den for å prøve igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="308"/>
        <source>The conversation has ended</source>
        <translation>Samtalen er avsluttet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="311"/>
        <source>Referred to {0}</source>
        <translation>Henvist til {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="314"/>
        <source>Handed back to the queue</source>
        <translation>Lagt tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="317"/>
        <source>Now with {0}</source>
        <translation>Nå hos {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="319"/>
        <source>The visitor has left the page</source>
        <translation>Innskriveren har forlatt siden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="336"/>
        <source>The visitor is writing…</source>
        <translation>Innskriveren skriver …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="339"/>
        <source>{0} is writing to the visitor…</source>
        <translation>{0} skriver til innskriveren …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="342"/>
        <source>{0} are writing to the visitor…</source>
        <translation>{0} skriver til innskriveren …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="87"/>
        <source>Join openly to write to the visitor</source>
        <translation>Bli med åpent for å skrive til innskriveren</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="89"/>
        <source>You are reading along: write to your colleagues in the private box</source>
        <translation>Du leser med: skriv til kollegene dine i den private boksen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close tab</source>
        <translation>Lukk fanen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="99"/>
        <source>Time since the host took this conversation</source>
        <translation>Tid siden chatteverten tok samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="123"/>
        <source>{0} has joined — the visitor sees a supervisor.</source>
        <translation>{0} er med åpent – innskriveren ser at en veileder er til stede.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="127"/>
        <source>{0} is reading along.</source>
        <translation>{0} leser med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="54"/>
        <source>Retry sending</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="59"/>
        <source>Show all</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="63"/>
        <source>Copy text</source>
        <translation>Kopier tekst</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="72"/>
        <source>Open conversations</source>
        <translation>Åpne samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="199"/>
        <source>{0} — joined</source>
        <translation>{0} – deltar åpent</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="201"/>
        <source>{0} — reading along</source>
        <translation>{0} – leser med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="203"/>
        <source>{0} — closed</source>
        <translation>{0} – lukket</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="205"/>
        <source>⚠ {0} — acute</source>
        <translation>⚠ {0} – akutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="207"/>
        <source>⚠ {0} — high risk</source>
        <translation>⚠ {0} – høy risiko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="313"/>
        <source>Close the conversation with {0}?</source>
        <translation>Vil du lukke samtalen med {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="315"/>
        <source>The conversation with {0} is still open. Closing the tab does not end it. What do you want to do?</source>
        <translation>Samtalen med {0} er fortsatt åpen. Den avsluttes ikke selv om du lukker fanen. Hva vil du gjøre?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="321"/>
        <source>End the conversation</source>
        <translation>Avslutt samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="326"/>
        <source>Hand back to the queue</source>
        <translation>Legg tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="329"/>
        <source>Keep it open</source>
        <translation>La den være åpen</translation>
    </message>
</context>
<context>
    <name>DebriefPrompt</name>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="58"/>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="59"/>
        <source>Ask for a debrief</source>
        <translation>Be om debrief</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="60"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="90"/>
        <source>Your shift has ended. Thank you for today. Would you like a debrief talk with a supervisor?</source>
        <translation>Vakten din er over. Takk for i dag. Vil du ha en debriefsamtale med en veileder?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="94"/>
        <source>Would you like a debrief talk with a supervisor? A supervisor of your services is told, and contacts you.</source>
        <translation>Vil du ha en debriefsamtale med en veileder? En veileder for tjenestene dine får beskjed og tar kontakt med deg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="149"/>
        <source>A supervisor</source>
        <translation>En veileder</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="150"/>
        <source>{0} will take your debrief.</source>
        <translation>{0} tar debriefen med deg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="152"/>
        <source>A supervisor has been asked. They will contact you.</source>
        <translation>En veileder har fått beskjed og tar kontakt med deg.</translation>
    </message>
</context>
<context>
    <name>DismissedRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="227"/>
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="228"/>
        <source>Reopen {0}</source>
        <translation>Åpne {0} igjen</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="11"/>
        <source>under 1 min</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="13"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="14"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} t {1:02d} min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../chathost/ui/errors.py" line="13"/>
        <source>Wrong username or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="14"/>
        <source>This account is disabled. Ask your supervisor or administrator.</source>
        <translation>Denne kontoen er deaktivert. Spør veileder eller administrator.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="17"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Økten din er avsluttet. Logg inn igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="18"/>
        <source>Cannot reach the server. Check the address and the network; the console keeps trying.</source>
        <translation>Får ikke kontakt med serveren. Sjekk adressen og nettverket. Konsollen fortsetter å prøve.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="22"/>
        <source>The server&apos;s certificate is not trusted. Do not continue: call your administrator (the centre&apos;s CA file may be missing).</source>
        <translation>Serverens sertifikat er ikke klarert. Ikke fortsett: ring administratoren (senterets CA-fil kan mangle).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="27"/>
        <source>This console does not match the server&apos;s version. Ask your administrator to update the console.</source>
        <translation>Denne konsollen passer ikke med serverens versjon. Be administratoren om å oppdatere konsollen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="32"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>For mange forsøk. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="33"/>
        <location filename="../chathost/ui/errors.py" line="54"/>
        <source>You may not do that.</source>
        <translation>Det har du ikke tilgang til.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="34"/>
        <source>The server refused the request.</source>
        <translation>Serveren avviste forespørselen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="35"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Det oppstod et problem på serveren. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="39"/>
        <source>Start your shift first.</source>
        <translation>Start vakten først.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="40"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vakten din er satt på pause. Fortsett vakten for å ta samtaler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="43"/>
        <source>You already hold as many conversations as this service allows.</source>
        <translation>Du har allerede så mange samtaler som denne tjenesten tillater.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="46"/>
        <source>Nobody is waiting.</source>
        <translation>Ingen venter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="47"/>
        <source>That visitor is no longer waiting: someone else took the conversation.</source>
        <translation>Innskriveren venter ikke lenger: noen andre har tatt samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="50"/>
        <source>This conversation has ended.</source>
        <translation>Denne samtalen er avsluttet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="51"/>
        <source>You still hold open conversations. End them or hand them back first.</source>
        <translation>Du har fortsatt åpne samtaler. Avslutt dem eller legg dem tilbake i køen først.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="55"/>
        <source>The message is too long. Split it into shorter messages.</source>
        <translation>Meldingen er for lang. Del den opp i flere meldinger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="58"/>
        <source>Too many messages at once. Wait a moment.</source>
        <translation>For mange meldinger på en gang. Vent litt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="59"/>
        <source>The server could not save that. Try again in a moment.</source>
        <translation>Serveren fikk ikke lagret dette. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="62"/>
        <source>That conversation no longer exists.</source>
        <translation>Samtalen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="65"/>
        <source>Something went wrong. Try again; if it keeps happening, call your supervisor.</source>
        <translation>Noe gikk galt. Prøv igjen. Hvis det skjer igjen, ring veileder.</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="92"/>
        <location filename="../chathost/ui/escalation_bar.py" line="172"/>
        <source>Ask for supervision</source>
        <translation>Be om veiledning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="93"/>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Acute danger…</source>
        <translation>Akutt fare …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="94"/>
        <source>Refer…</source>
        <translation>Henvis …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="96"/>
        <source>Transfer…</source>
        <translation>Overfør …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="97"/>
        <source>Transfer to a colleague</source>
        <translation>Overfør til en kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="99"/>
        <source>Transfer to a colleague… ({0})</source>
        <translation>Overfør til en kollega … ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="101"/>
        <source>Block…</source>
        <translation>Blokker …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Show emergency steps</source>
        <translation>Vis stegene ved nødsituasjon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="170"/>
        <source>Asking for a supervisor…</source>
        <translation>Ber om veileder …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="175"/>
        <source>Cancel the request</source>
        <translation>Avbryt forespørselen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="178"/>
        <source>Supervisor coming</source>
        <translation>Veileder kommer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="181"/>
        <source>{0} is coming (answered at {1}).</source>
        <translation>{0} kommer (svarte kl. {1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="190"/>
        <source>No supervisor of this service is on shift. The request stays open; use your centre&apos;s back-up plan (phone your supervisor).</source>
        <translation>Ingen veileder for denne tjenesten er på vakt. Forespørselen står åpen. Bruk reserveplanen til senteret (ring veilederen din).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="195"/>
        <source>Waiting for a supervisor… nobody has answered yet; alerted {0} times.</source>
        <translation>Venter på veileder … Ingen har svart ennå. Varslet {0} ganger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="197"/>
        <source>Waiting for a supervisor… Supervisors on shift alerted: {0}.</source>
        <translation>Venter på veileder … Veiledere på vakt som er varslet: {0}.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="238"/>
        <source>Alias</source>
        <translation>Innskriver</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="239"/>
        <source>Host</source>
        <translation>Chattevert</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="240"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="241"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="242"/>
        <source>Since visitor wrote</source>
        <translation>Siden innskriveren skrev</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="243"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="244"/>
        <source>Escalation</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="245"/>
        <source>Supervisors</source>
        <translation>Veiledere</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="249"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="250"/>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="251"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="252"/>
        <source>Acute</source>
        <translation>Akutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="255"/>
        <source>ACUTE DANGER</source>
        <translation>AKUTT FARE</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="256"/>
        <source>Asks for help</source>
        <translation>Ber om hjelp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="257"/>
        <source>Help on the way</source>
        <translation>Hjelp er på vei</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="260"/>
        <source>Enter or double-click: read along in this conversation</source>
        <translation>Enter eller dobbeltklikk: les med i denne samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="344"/>
        <source>Sort by this column (urgent conversations always stay on top)</source>
        <translation>Sorter etter denne kolonnen (samtaler som haster, står alltid øverst)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="411"/>
        <source>{0} (joined)</source>
        <translation>{0} (deltar åpent)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="412"/>
        <source>{0} (reading along)</source>
        <translation>{0} (leser med)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="221"/>
        <location filename="../chathost/ui/floor_view.py" line="222"/>
        <source>Conversations on the floor</source>
        <translation>Pågående samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="225"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sorter etter:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="226"/>
        <source>Sort the conversations by</source>
        <translation>Sorter samtalene etter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="227"/>
        <source>Sort order</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="228"/>
        <source>Urgent conversations always stay on top.</source>
        <translation>Samtaler som haster, står alltid øverst.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="239"/>
        <location filename="../chathost/ui/floor_view.py" line="240"/>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="274"/>
        <source>Acute danger: {0}</source>
        <translation>Akutt fare: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="276"/>
        <source>Asking for help: {0}</source>
        <translation>Ber om hjelp: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="281"/>
        <source>1 conversation, {0} waiting in the queues</source>
        <translation>1 samtale, {0} venter i køene</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="283"/>
        <source>{0} conversations, {1} waiting in the queues</source>
        <translation>{0} samtaler, {1} venter i køene</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Longest first</source>
        <translation>Lengst først</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Shortest first</source>
        <translation>Kortest først</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>Z to A</source>
        <translation>Å til A</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>A to Z</source>
        <translation>A til Å</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Highest first</source>
        <translation>Høyest først</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Lowest first</source>
        <translation>Lavest først</translation>
    </message>
</context>
<context>
    <name>GuidelineCard</name>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="150"/>
        <source>Show or hide this guideline</source>
        <translation>Vis eller skjul denne retningslinjen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Pin</source>
        <translation>Fest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Pin {0}</source>
        <translation>Fest {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="151"/>
        <source>Dismiss</source>
        <translation>Legg bort</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="152"/>
        <source>Dismiss {0}</source>
        <translation>Legg bort {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="153"/>
        <source>Back because the risk grew</source>
        <translation>Tilbake fordi risikoen økte</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="154"/>
        <source>Where to get help</source>
        <translation>Hvor man kan få hjelp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="155"/>
        <source>Phrases you can use</source>
        <translation>Fraser du kan bruke</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="185"/>
        <source>For information</source>
        <translation>Til informasjon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="186"/>
        <source>Good to know</source>
        <translation>Greit å vite</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="187"/>
        <source>Important</source>
        <translation>Viktig</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="188"/>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="189"/>
        <source>Very serious</source>
        <translation>Svært alvorlig</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="190"/>
        <source>Acute</source>
        <translation>Akutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Unpin</source>
        <translation>Løsne</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Unpin {0}</source>
        <translation>Løsne {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="215"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="216"/>
        <source>Appeared because the visitor wrote: {0}</source>
        <translation>Vises fordi innskriveren skrev: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="218"/>
        <source>Pinned by you</source>
        <translation>Festet av deg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Expanded</source>
        <translation>Utvidet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Collapsed</source>
        <translation>Slått sammen</translation>
    </message>
</context>
<context>
    <name>GuidelinePanel</name>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="325"/>
        <source>New guidance above</source>
        <translation>Ny retningslinje ovenfor</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="95"/>
        <source>No guidelines for this service yet</source>
        <translation>Ingen retningslinjer for denne tjenesten ennå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="96"/>
        <source>Needs attention</source>
        <translation>Trenger oppmerksomhet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="100"/>
        <source>No card so far. Cards appear when the visitor&apos;s words match the guidelines; no card does not mean no risk. If you are unsure, ask.</source>
        <translation>Ingen kort så langt. Kort vises når innskriverens ord passer med retningslinjene; ingen kort betyr ikke at det ikke er fare. Er du usikker, så spør.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="104"/>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="105"/>
        <source>Guidelines</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="298"/>
        <source>Dismissed ({0})</source>
        <translation>Lagt bort ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="327"/>
        <source>↑ New guidance above: {0}</source>
        <translation>↑ Ny retningslinje ovenfor: {0}</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="43"/>
        <source>Hand {0} back to the queue</source>
        <translation>Legg {0} tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="46"/>
        <source>{0} waits at the front of the queue for the next host. Your note goes with the conversation; the visitor never sees it.</source>
        <translation>{0} venter først i køen på neste chattevert. Notatet ditt følger samtalen. Innskriveren ser det aldri.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="50"/>
        <source>Hand back</source>
        <translation>Legg tilbake</translation>
    </message>
</context>
<context>
    <name>HandoverField</name>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="57"/>
        <source>Handover &amp;note for the next host (optional):</source>
        <translation>Overleverings&amp;notat til neste chattevert (valgfritt):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="58"/>
        <source>Handover note</source>
        <translation>Overleveringsnotat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="60"/>
        <source>What the next host should know. No names or contact details.</source>
        <translation>Hva neste chattevert bør vite. Ingen navn eller kontaktopplysninger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="62"/>
        <source>Add my notes</source>
        <translation>Legg til notatene mine</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="65"/>
        <source>Copy your private notes on this conversation into the handover note. Read and edit them here: the next host sees exactly what is in this box.</source>
        <translation>Kopier de private notatene dine om denne samtalen inn i overleveringsnotatet. Les og rediger dem her: neste chattevert ser nøyaktig det som står i denne boksen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="88"/>
        <source>{0} of {1} characters — too long: shorten it to send it.</source>
        <translation>{0} av {1} tegn – for langt: kort det ned for å kunne sende det.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="90"/>
        <source>{0} of {1} characters</source>
        <translation>{0} av {1} tegn</translation>
    </message>
</context>
<context>
    <name>HelpCalls</name>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="84"/>
        <source>Calls for help</source>
        <translation>Rop om hjelp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="136"/>
        <source>Calls for help ({0})</source>
        <translation>Rop om hjelp ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../chathost/ui/help_calls.py" line="156"/>
        <source>%n more below: scroll down</source>
        <translation>
            <numerusform>%n til nedenfor: rull ned</numerusform>
            <numerusform>%n til nedenfor: rull ned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="190"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>AKUTT FARE: {0} med {1} ({2}), siden kl. {3}. {4} er på vei.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="193"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}.</source>
        <translation>AKUTT FARE: {0} med {1} ({2}), siden kl. {3}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="198"/>
        <source>{0} asks for help with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>{0} ber om veiledning med {1} ({2}), siden kl. {3}. {4} er på vei.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="200"/>
        <source>{0} asks for help with {1} ({2}), since {3}.</source>
        <translation>{0} ber om veiledning med {1} ({2}), siden kl. {3}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="233"/>
        <source>I&apos;m coming</source>
        <translation>Jeg kommer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="235"/>
        <source>Answer the call from {0}</source>
        <translation>Svar {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost is locked</source>
        <translation>ChatHost er låst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="180"/>
        <source>Conversations and notes are hidden. Enter your password to continue.</source>
        <translation>Samtaler og notater er skjult. Skriv inn passordet ditt for å fortsette.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="143"/>
        <source>What is waiting</source>
        <translation>Hva som venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="144"/>
        <location filename="../chathost/ui/lock_screen.py" line="145"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="146"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="148"/>
        <source>Someone else&apos;s turn at this workstation: log out, then they log in.</source>
        <translation>Skal noen andre bruke denne arbeidsstasjonen? Logg ut, så kan de logge inn.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost was started again</source>
        <translation>ChatHost ble startet på nytt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="178"/>
        <source>You are still logged in. Enter your password to carry on where you left off.</source>
        <translation>Du er fortsatt logget inn. Skriv inn passordet ditt for å fortsette der du slapp.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="184"/>
        <source>Logged in: {0} ({1})</source>
        <translation>Logget inn: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="193"/>
        <source>No conversations open</source>
        <translation>Ingen åpne samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="195"/>
        <source>1 conversation open</source>
        <translation>1 åpen samtale</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="197"/>
        <source>{0} conversations open</source>
        <translation>{0} åpne samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="201"/>
        <source>1 new message</source>
        <translation>1 ny melding</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="203"/>
        <source>{0} new messages</source>
        <translation>{0} nye meldinger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="206"/>
        <source>nobody waiting in the queue</source>
        <translation>ingen venter i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="208"/>
        <source>1 visitor waiting in the queue</source>
        <translation>1 innskriver venter i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="210"/>
        <source>{0} visitors waiting in the queue</source>
        <translation>{0} innskrivere venter i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="222"/>
        <source>ACUTE DANGER: a host needs a supervisor now. Unlock to answer.</source>
        <translation>AKUTT FARE: en chattevert trenger veileder nå. Lås opp for å svare.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="224"/>
        <source>A host is asking for help. Unlock to answer.</source>
        <translation>En chattevert ber om hjelp. Lås opp for å svare.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="226"/>
        <source>{0} hosts are asking for help. Unlock to answer.</source>
        <translation>{0} chatteverter ber om hjelp. Lås opp for å svare.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="247"/>
        <source>Connected to the server.</source>
        <translation>Tilkoblet serveren.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="249"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Ingen forbindelse til serveren. Kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="242"/>
        <source>The connection is back. Enter your password to unlock.</source>
        <translation>Forbindelsen er tilbake. Skriv inn passordet ditt for å låse opp.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="265"/>
        <source>Enter your password.</source>
        <translation>Skriv inn passordet ditt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="285"/>
        <source>Wrong password. Try again.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="293"/>
        <source>Your password cannot be checked now: the server cannot be reached. The conversations stay hidden. Try again when the connection is back.</source>
        <translation>Passordet kan ikke sjekkes nå fordi serveren ikke svarer. Samtalene forblir skjult. Prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="301"/>
        <source>Your session has ended. Log in again.</source>
        <translation>Økten din er avsluttet. Logg inn igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="318"/>
        <source>Too many attempts. Wait {0} seconds, then try again.</source>
        <translation>For mange forsøk. Vent {0} s, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="326"/>
        <source>You can try again now.</source>
        <translation>Du kan prøve igjen nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="329"/>
        <source>The console is locked. Unlock it to quit, or log out.</source>
        <translation>Konsollen er låst. Lås den opp for å avslutte, eller logg ut.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="108"/>
        <source>ChatHost — log in</source>
        <translation>ChatHost – logg inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="109"/>
        <source>Log in to your centre</source>
        <translation>Logg inn hos senteret ditt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="112"/>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="119"/>
        <source>Only if your centre gave you one</source>
        <translation>Bare hvis senteret har gitt deg en</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="111"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="114"/>
        <location filename="../chathost/ui/login_dialog.py" line="121"/>
        <location filename="../chathost/ui/login_dialog.py" line="131"/>
        <source>Centre CA file</source>
        <translation>Senterets CA-fil</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="122"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="131"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sertifikater (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Skriv inn serveradressen, som begynner med https://</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="152"/>
        <source>Enter your username and password.</source>
        <translation>Skriv inn brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Logging in…</source>
        <translation>Logger inn …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chathost/ui/main_window.py" line="158"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsoll</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Innstillinger …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="161"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="160"/>
        <source>Lock now</source>
        <translation>Lås nå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="163"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="164"/>
        <source>Take next visitor</source>
        <translation>Ta neste innskriver</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="166"/>
        <location filename="../chathost/ui/main_window.py" line="168"/>
        <source>Floor</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="169"/>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="261"/>
        <source>No open conversations.

Start your shift to take visitors.</source>
        <translation>Ingen åpne samtaler.

Start vakten for å ta imot innskrivere.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="264"/>
        <source>No open conversations.

Take a visitor from the queue on the left (Ctrl+T takes the one who has waited longest).</source>
        <translation>Ingen åpne samtaler.

Ta en innskriver fra køen til venstre (Ctrl+T tar den som har ventet lengst).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="275"/>
        <source>{0} unread</source>
        <translation>{0} ulest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="277"/>
        <source>{0} waiting</source>
        <translation>{0} venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="342"/>
        <source>Your private notes of this shift will be deleted.</source>
        <translation>De private notatene dine fra denne vakten blir slettet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="361"/>
        <source>Your private notes of this shift will be deleted. Log out anyway?</source>
        <translation>De private notatene dine fra denne vakten blir slettet. Vil du logge ut likevel?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="365"/>
        <source>Log out?</source>
        <translation>Vil du logge ut?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="356"/>
        <source>You still have {0} open conversation(s). If you log out, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortsatt åpne samtaler ({0}). Hvis du logger ut, legges de tilbake i køen etter noen minutter. Legg dem tilbake eller avslutt dem først hvis du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="370"/>
        <source>Log out anyway</source>
        <translation>Logg ut likevel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="373"/>
        <location filename="../chathost/ui/main_window.py" line="421"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="409"/>
        <source>Your private notes of this shift will be deleted. Quit anyway?</source>
        <translation>De private notatene dine fra denne vakten blir slettet. Vil du avslutte likevel?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="413"/>
        <source>Quit ChatHost?</source>
        <translation>Vil du avslutte ChatHost?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="404"/>
        <source>You still have open conversations. If you quit, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortsatt åpne samtaler. Hvis du avslutter, legges de tilbake i køen etter noen minutter. Legg dem tilbake eller avslutt dem først hvis du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="418"/>
        <source>Quit anyway</source>
        <translation>Avslutt likevel</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="328"/>
        <source>Show more ({0} more characters)</source>
        <translation>Vis mer ({0} tegn til)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="332"/>
        <source>sending…</source>
        <translation>sender …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="333"/>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="334"/>
        <source>read</source>
        <translation>lest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="335"/>
        <source>not sent — retry</source>
        <translation>ikke sendt – prøv igjen</translation>
    </message>
</context>
<context>
    <name>NotesBanner</name>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="43"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="44"/>
        <source>Open them</source>
        <translation>Åpne dem</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="45"/>
        <source>Delete them…</source>
        <translation>Slett dem …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="54"/>
        <source>Notes are switched off on this computer; everything else works. Ask whoever installed ChatHost to set up the system keyring ({0}).</source>
        <translation>Notater er slått av på denne datamaskinen. Alt annet fungerer. Be den som installerte ChatHost, om å sette opp systemets nøkkelring ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="60"/>
        <source>Your notes cannot be kept right now; everything else works. If this keeps happening, tell whoever installed ChatHost ({0}).</source>
        <translation>Notatene dine kan ikke lagres akkurat nå. Alt annet fungerer. Hvis dette fortsetter, si fra til den som installerte ChatHost ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="66"/>
        <source>Your notes could not be saved: {0}. What you wrote stays on screen; ChatHost keeps trying.</source>
        <translation>Notatene dine ble ikke lagret: {0}. Det du skrev, blir stående på skjermen. ChatHost fortsetter å prøve.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="72"/>
        <source>Notes from this shift (started {0}) were kept when ChatHost closed unexpectedly. Open them to carry on, or delete them.</source>
        <translation>Notater fra denne vakten (startet kl. {0}) ble tatt vare på da ChatHost ble lukket uventet. Åpne dem for å fortsette, eller slett dem.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="108"/>
        <source>Delete the kept notes?</source>
        <translation>Vil du slette notatene som ble tatt vare på?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="110"/>
        <source>The notes kept from this shift are deleted for good, and you start with empty notes. Open them instead if you still need them.</source>
        <translation>Notatene fra denne vakten slettes for godt, og du begynner med tomme notater. Åpne dem heller hvis du fortsatt trenger dem.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="114"/>
        <source>Delete them</source>
        <translation>Slett dem</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="115"/>
        <source>Keep them</source>
        <translation>Behold dem</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="65"/>
        <source>My private notes</source>
        <translation>Mine private notater</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="66"/>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="71"/>
        <source>Private notes: only on this computer, encrypted, deleted when your shift ends. The visitor never sees them.</source>
        <translation>Private notater: bare på denne datamaskinen, kryptert, og slettet når vakten din slutter. Innskriveren ser dem aldri.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="106"/>
        <source>Not saved: {0}</source>
        <translation>Ikke lagret: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="109"/>
        <source>Saved automatically as you type.</source>
        <translation>Lagres automatisk mens du skriver.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="110"/>
        <source>Opening your notes…</source>
        <translation>Åpner notatene dine …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="111"/>
        <source>Start your shift to keep notes.</source>
        <translation>Start vakten for å skrive notater.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="113"/>
        <source>Notes kept from earlier in this shift: open or delete them at the top of the window.</source>
        <translation>Notater fra tidligere i denne vakten er tatt vare på: åpne eller slett dem øverst i vinduet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="117"/>
        <source>Notes are switched off on this computer (see the top of the window).</source>
        <translation>Notater er slått av på denne datamaskinen (se øverst i vinduet).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="119"/>
        <source>Notes cannot be kept right now (see the top of the window).</source>
        <translation>Notater kan ikke lagres akkurat nå (se øverst i vinduet).</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../chathost/ui/notifier.py" line="39"/>
        <location filename="../chathost/ui/notifier.py" line="54"/>
        <source>A new visitor is waiting in {0}.</source>
        <translation>En ny innskriver venter i {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="41"/>
        <source>ACUTE DANGER: {0} flagged {1} ({2}).</source>
        <translation>AKUTT FARE: {0} har markert {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="45"/>
        <source>{0} asks for supervision with {1} ({2}).</source>
        <translation>{0} ber om veiledning med {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="49"/>
        <source>{0} has been waiting a long time in {1}.</source>
        <translation>{0} har ventet lenge i {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="50"/>
        <source>New message from {0} ({1}).</source>
        <translation>Ny melding fra {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="56"/>
        <source>ACUTE DANGER: {0} flagged a conversation ({1}).</source>
        <translation>AKUTT FARE: {0} har markert en samtale ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="60"/>
        <source>{0} asks for supervision ({1}).</source>
        <translation>{0} ber om veiledning ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="62"/>
        <source>A visitor has been waiting a long time in {0}.</source>
        <translation>En innskriver har ventet lenge i {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="63"/>
        <source>New message in a conversation ({0}).</source>
        <translation>Ny melding i en samtale ({0}).</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="103"/>
        <source>Transfer offer</source>
        <translation>Tilbud om overføring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="104"/>
        <source>Accept</source>
        <translation>Ta imot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="105"/>
        <source>Decline</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="109"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} tilbyr deg en samtale: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="119"/>
        <source>Note: {0}</source>
        <translation>Overleveringsnotat: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="129"/>
        <source>Answer within {0}</source>
        <translation>Tid igjen til å svare: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="131"/>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="163"/>
        <source>You already hold as many conversations as this service allows. Finish one first, or decline.</source>
        <translation>Du har allerede så mange samtaler som denne tjenesten tillater. Avslutt én først, eller avslå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="167"/>
        <source>You can accept only while your shift is on and not paused.</source>
        <translation>Du kan bare ta imot mens du er på vakt og ikke har pause.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="169"/>
        <source>This offer is no longer open. The conversation stays where it is.</source>
        <translation>Tilbudet gjelder ikke lenger. Samtalen blir der den er.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="171"/>
        <source>This conversation has ended meanwhile.</source>
        <translation>Samtalen er avsluttet i mellomtiden.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="114"/>
        <source>The offer of {0} ran out of time. It stays with {1}.</source>
        <translation>Tilbudet om {0} gikk ut på tid. Samtalen blir hos {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="117"/>
        <source>{1} withdrew the offer of {0}.</source>
        <translation>{1} trakk tilbake tilbudet om {0}.</translation>
    </message>
</context>
<context>
    <name>PhraseRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="204"/>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="205"/>
        <source>Insert the phrase: {0}</source>
        <translation>Sett inn frasen: {0}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Longest wait</source>
        <translation>Lengste ventetid</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="86"/>
        <location filename="../chathost/ui/queue_panel.py" line="88"/>
        <source>Waiting visitors</source>
        <translation>Ventende innskrivere</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Visitor</source>
        <translation>Innskriver</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Waiting</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="89"/>
        <source>Take next</source>
        <translation>Ta neste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="90"/>
        <source>Take the visitor who has waited longest</source>
        <translation>Ta innskriveren som har ventet lengst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="91"/>
        <source>Take selected</source>
        <translation>Ta valgt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="109"/>
        <source>{0} — {1} of {2} open, {3} waiting</source>
        <translation>{0} – {1} av {2} åpne, {3} venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="125"/>
        <source>Double-click to take this conversation</source>
        <translation>Dobbeltklikk for å ta denne samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="130"/>
        <source>{0} (referred)</source>
        <translation>{0} (henvist)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="131"/>
        <source>From {0}: {1}</source>
        <translation>Fra {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="133"/>
        <source>(no note)</source>
        <translation>(ikke noe notat)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="136"/>
        <source>{0} (handed back)</source>
        <translation>{0} (lagt tilbake)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="137"/>
        <source>Handed back: {0}</source>
        <translation>Lagt tilbake: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="169"/>
        <source>Has waited a long time</source>
        <translation>Har ventet lenge</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="178"/>
        <source>Start your shift to take conversations.</source>
        <translation>Start vakten for å ta samtaler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="180"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vakten din er satt på pause. Fortsett vakten for å ta samtaler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="182"/>
        <source>You hold as many conversations as you may. Finish one first.</source>
        <translation>Du har så mange samtaler du kan ha. Avslutt én først.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="184"/>
        <source>Nobody is waiting right now.</source>
        <translation>Ingen venter akkurat nå.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="71"/>
        <source>Refer {0} to another service</source>
        <translation>Henvis {0} til en annen tjeneste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="74"/>
        <source>The visitor is told, in their language, that they are being transferred, and waits in the other service&apos;s queue. Your note goes with the conversation to the next host. You leave the conversation.</source>
        <translation>Innskriveren får beskjed på sitt eget språk om at samtalen overføres, og venter i køen til den andre tjenesten. Notatet ditt følger samtalen til neste chattevert. Du forlater samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="79"/>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="86"/>
        <source>{0} (closed now)</source>
        <translation>{0} (stengt nå)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="88"/>
        <source>{0} (queue full)</source>
        <translation>{0} (full kø)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="82"/>
        <source>Refer</source>
        <translation>Henvis</translation>
    </message>
</context>
<context>
    <name>ResourceRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="162"/>
        <source>Insert</source>
        <translation>Sett inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="163"/>
        <source>Insert {0} into the reply</source>
        <translation>Sett inn {0} i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="165"/>
        <source>Copy the number of {0}</source>
        <translation>Kopier nummeret til {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="27"/>
        <source>Risk: low</source>
        <translation>Risiko: lav</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="28"/>
        <source>Risk: medium</source>
        <translation>Risiko: middels</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="29"/>
        <source>Risk: HIGH</source>
        <translation>Risiko: HØY</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="30"/>
        <source>Risk: ACUTE</source>
        <translation>Risiko: AKUTT</translation>
    </message>
</context>
<context>
    <name>Scratchpad</name>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="28"/>
        <location filename="../chathost/ui/scratchpad.py" line="41"/>
        <source>My shift notes</source>
        <translation>Mine vaktnotater</translation>
    </message>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="42"/>
        <source>Show or hide your notes for this shift</source>
        <translation>Vis eller skjul notatene dine for denne vakten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../chathost/ui/settings.py" line="128"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="129"/>
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>High contrast</source>
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="135"/>
        <source>Play a sound for new visitors and messages</source>
        <translation>Spill av lyd ved nye innskrivere og meldinger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="137"/>
        <source>Your centre has chosen sound for every alert.</source>
        <translation>Senteret ditt har valgt lyd for alle varsler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="139"/>
        <source>Enter sends, Shift+Enter makes a new line</source>
        <translation>Enter sender, Shift+Enter gir ny linje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="140"/>
        <source>Enter makes a new line, Ctrl+Enter sends</source>
        <translation>Enter gir ny linje, Ctrl+Enter sender</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="142"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="143"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="144"/>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="145"/>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="146"/>
        <source>Enter key</source>
        <translation>Enter-tasten</translation>
    </message>
</context>
<context>
    <name>ShiftBar</name>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="74"/>
        <source>Shift time</source>
        <translation>Vakttid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="75"/>
        <source>Start shift</source>
        <translation>Start vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="76"/>
        <source>No new conversations while paused</source>
        <translation>Ingen nye samtaler under pausen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="77"/>
        <source>End shift</source>
        <translation>Avslutt vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="78"/>
        <source>Ask for a debrief…</source>
        <translation>Be om debrief …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="80"/>
        <source>A talk with a supervisor about a conversation or the shift</source>
        <translation>En prat med en veileder om en samtale eller om vakten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="93"/>
        <source>Off shift</source>
        <translation>Ikke på vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="94"/>
        <source>On shift</source>
        <translation>På vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="95"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="135"/>
        <source>End your shift?</source>
        <translation>Vil du avslutte vakten?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="137"/>
        <source>You still have {0} open conversation(s). Hand them back to the queue so another host can continue, or end them, before your shift ends.</source>
        <translation>Du har fortsatt åpne samtaler ({0}). Legg dem tilbake i køen så en annen chattevert kan fortsette, eller avslutt dem, før vakten slutter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="143"/>
        <source>Hand back and end shift</source>
        <translation>Legg tilbake og avslutt vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="148"/>
        <source>End them and end shift</source>
        <translation>Avslutt samtalene og vakten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="151"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StaffOverview</name>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="111"/>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="112"/>
        <source>Show who asked</source>
        <translation>Vis hvem som har bedt om det</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="115"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="116"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="117"/>
        <source>Shift</source>
        <translation>Vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="118"/>
        <source>Holding</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="119"/>
        <source>Busy for</source>
        <translation>Uten pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="120"/>
        <source>Console</source>
        <translation>Konsoll</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="121"/>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="124"/>
        <source>Colleagues on the shift</source>
        <translation>Kollegene på vakten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="126"/>
        <source>On shift</source>
        <translation>På vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="127"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="128"/>
        <source>Off shift</source>
        <translation>Ikke på vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Host</source>
        <translation>Chattevert</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Supervisor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="192"/>
        <source>{0} asked for a debrief</source>
        <translation>{0} har bedt om debrief</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="206"/>
        <location filename="../chathost/ui/staff_overview.py" line="220"/>
        <source>{0} of {1}, at capacity</source>
        <translation>{0} av {1}, fullt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="220"/>
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="223"/>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="223"/>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="255"/>
        <source>Taken by {0}</source>
        <translation>Tas av {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="270"/>
        <source>Asked at {0}</source>
        <translation>Bedt om kl. {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="272"/>
        <source>Asked for a debrief</source>
        <translation>Har bedt om debrief</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="301"/>
        <source>Take the debrief request</source>
        <translation>Ta debriefen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="304"/>
        <source>Take the debrief request of {0}</source>
        <translation>Ta debriefen med {0}</translation>
    </message>
</context>
<context>
    <name>SupervisionBar</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="132"/>
        <source>Join openly</source>
        <translation>Bli med åpent</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="134"/>
        <source>The visitor is told a supervisor has joined, and you can write to them</source>
        <translation>Innskriveren får beskjed om at en veileder er med, og du kan skrive til innskriveren</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="136"/>
        <source>Read along only</source>
        <translation>Bare les med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="137"/>
        <source>Stop writing to the visitor; keep reading along</source>
        <translation>Slutt å skrive til innskriveren, men fortsett å lese med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="138"/>
        <source>Take over…</source>
        <translation>Ta over …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="139"/>
        <source>Become the host of this conversation</source>
        <translation>Bli chattevert for denne samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="140"/>
        <source>Leave</source>
        <translation>Forlat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="141"/>
        <source>Stop following this conversation and close it</source>
        <translation>Slutt å følge denne samtalen og lukk fanen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="162"/>
        <source>You stay to learn: reading along — the visitor does not see you.</source>
        <translation>Du blir med for å lære: du leser med – innskriveren ser deg ikke.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="164"/>
        <source>You have joined openly — the visitor sees a supervisor.</source>
        <translation>Du er med åpent – innskriveren ser at en veileder er til stede.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="166"/>
        <source>You are reading along — the visitor does not see you.</source>
        <translation>Du leser med – innskriveren ser deg ikke.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="72"/>
        <location filename="../chathost/ui/supervision_bar.py" line="84"/>
        <source>Take over</source>
        <translation>Ta over</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="73"/>
        <source>Take over this conversation from {0}?</source>
        <translation>Vil du ta over samtalen fra {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="76"/>
        <source>You become the host. The visitor is told that another person from the service is now answering.</source>
        <translation>Du blir chattevert. Innskriveren får beskjed om at en annen person fra tjenesten svarer nå.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="81"/>
        <source>Release {0}: the conversation leaves their console</source>
        <translation>Frigjør {0}: samtalen forsvinner fra konsollen til chatteverten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="83"/>
        <source>Let {0} stay and read along to learn</source>
        <translation>La {0} bli og lese med for å lære</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="144"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="24"/>
        <source>Automatic message to the visitor</source>
        <translation>Automatisk melding til innskriveren</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="27"/>
        <source>Private · {0}</source>
        <translation>Privat · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="31"/>
        <source>Supervisor · {0}</source>
        <translation>Veileder · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="40"/>
        <source>{0} is reading along.</source>
        <translation>{0} leser med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="41"/>
        <source>{0} joined the conversation openly.</source>
        <translation>{0} ble med åpent i samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="44"/>
        <source>{0} left the conversation.</source>
        <translation>{0} forlot samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="45"/>
        <source>{0} took over the conversation.</source>
        <translation>{0} tok over samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="48"/>
        <source>{0} took over; the earlier host stays to learn.</source>
        <translation>{0} tok over. Den forrige chatteverten blir med for å lære.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="51"/>
        <source>The conversation was transferred to {0}.</source>
        <translation>Samtalen ble overført til {0}.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="368"/>
        <source>Conversation transcript</source>
        <translation>Samtalen</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="124"/>
        <source>&amp;Note for your colleague (optional):</source>
        <translation>Overleverings&amp;notat til kollegaen din (valgfritt):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="145"/>
        <source>Transfer {0} to a colleague</source>
        <translation>Overfør {0} til en kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="148"/>
        <source>{0} stays with you until your colleague accepts: keep answering meanwhile. The offer runs out after 2 minutes. When your colleague accepts, the visitor is told that another person from the service continues the conversation, and your note goes to your colleague.</source>
        <translation>{0} blir hos deg til kollegaen din tar imot samtalen, så fortsett å svare så lenge. Tilbudet går ut etter 2 minutter. Når kollegaen din tar imot, får innskriveren beskjed om at en annen person fra tjenesten fortsetter samtalen, og notatet ditt går til kollegaen din.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="154"/>
        <source>Colleagues who work on {0}:</source>
        <translation>Kolleger i {0}:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="155"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="158"/>
        <source>Nobody can take it right now. You can keep it, refer it to another service, or ask for supervision.</source>
        <translation>Ingen kan ta samtalen akkurat nå. Du kan beholde den, henvise den til en annen tjeneste eller be om veiledning.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Can take it now</source>
        <translation>Kan ta den nå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="189"/>
        <source>{0} — holds {1} of {2}</source>
        <translation>{0} – har {1} av {2}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Not available now</source>
        <translation>Ikke tilgjengelig nå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="164"/>
        <source>Offer the transfer</source>
        <translation>Tilby overføring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="194"/>
        <source>Holds 1 conversation now; at most {0}.</source>
        <translation>Har 1 samtale nå, høyst {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="196"/>
        <source>Holds {0} conversations now; at most {1}.</source>
        <translation>Har {0} samtaler nå, høyst {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="207"/>
        <source>{0} — off shift</source>
        <translation>{0} – ikke på vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="209"/>
        <source>{0} — paused</source>
        <translation>{0} – på pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="211"/>
        <source>{0} — not connected</source>
        <translation>{0} – ikke tilkoblet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="212"/>
        <source>{0} — at capacity ({1} of {2})</source>
        <translation>{0} – fullt ({1} av {2})</translation>
    </message>
</context>
<context>
    <name>TransferOffers</name>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="275"/>
        <source>A colleague offers you a conversation ({0}).</source>
        <translation>En kollega tilbyr deg en samtale ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="277"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} tilbyr deg en samtale: {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="316"/>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="317"/>
        <source>Cancel the transfer</source>
        <translation>Avbryt overføringen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="318"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="319"/>
        <source>Hide this line</source>
        <translation>Skjul denne linjen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="347"/>
        <source>{0} cannot take it right now (off shift, paused or not connected). The conversation is still yours.</source>
        <translation>{0} kan ikke ta samtalen akkurat nå (ikke på vakt, på pause eller ikke tilkoblet). Samtalen er fortsatt din.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="352"/>
        <source>{0} already holds as many conversations as this service allows. The conversation is still yours.</source>
        <translation>{0} har allerede så mange samtaler som denne tjenesten tillater. Samtalen er fortsatt din.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="356"/>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>En overføring av denne samtalen venter allerede på svar.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="358"/>
        <source>This conversation is no longer open.</source>
        <translation>Denne samtalen er ikke lenger åpen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="359"/>
        <source>The transfer was not offered: {0}</source>
        <translation>Overføringen ble ikke tilbudt: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="385"/>
        <source>Waiting for {0} to accept… ({1})</source>
        <translation>Venter på at {0} tar imot … ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="387"/>
        <source>{0} offered this conversation to {1}. Waiting for an answer… ({2})</source>
        <translation>{0} har tilbudt samtalen til {1}. Venter på svar … ({2})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="408"/>
        <source>{0} transferred this conversation to you.</source>
        <translation>{0} overførte samtalen til deg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="410"/>
        <source>{0} accepted the transfer. The conversation continues with them.</source>
        <translation>{0} tok imot overføringen og fortsetter samtalen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="412"/>
        <source>{0} declined the transfer. The conversation is still yours.</source>
        <translation>{0} avslo overføringen. Samtalen er fortsatt din.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="414"/>
        <source>{0} declined the transfer.</source>
        <translation>{0} avslo overføringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="416"/>
        <source>{0} did not answer in time. The conversation is still yours.</source>
        <translation>{0} svarte ikke i tide. Samtalen er fortsatt din.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="418"/>
        <source>{0} did not answer in time.</source>
        <translation>{0} svarte ikke i tide.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="420"/>
        <source>The transfer to {0} was cancelled. The conversation is still yours.</source>
        <translation>Overføringen til {0} ble avbrutt. Samtalen er fortsatt din.</translation>
    </message>
</context>
<context>
    <name>WhisperBox</name>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="71"/>
        <source>Private — only the host and supervisors see this</source>
        <translation>Privat – bare chatteverten og veilederne ser dette</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="72"/>
        <source>Send privately</source>
        <translation>Send privat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="73"/>
        <location filename="../chathost/ui/whisper_box.py" line="74"/>
        <source>Only the host and supervisors see it</source>
        <translation>Bare chatteverten og veilederne ser det</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="115"/>
        <source>Not sent — your text is kept. {0}</source>
        <translation>Ikke sendt – teksten din er tatt vare på. {0}</translation>
    </message>
</context>
<context>
    <name>WipeReceipt</name>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="25"/>
        <source>Your notes may not have been deleted completely. Tell your supervisor, or run “chathost wipe” on this computer.</source>
        <translation>Notatene dine er kanskje ikke helt slettet. Si fra til veilederen din, eller kjør «chathost wipe» på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="33"/>
        <source>Your notes were deleted in {0} s.</source>
        <translation>Notatene dine ble slettet på {0} s.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="38"/>
        <source>Your notes were deleted.</source>
        <translation>Notatene dine ble slettet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="40"/>
        <source>1 note</source>
        <translation>1 notat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="42"/>
        <source>{0} notes</source>
        <translation>{0} notater</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="45"/>
        <source>1 file deleted</source>
        <translation>1 fil slettet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="47"/>
        <source>{0} files deleted</source>
        <translation>{0} filer slettet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="50"/>
        <source>The key was removed from the keyring.</source>
        <translation>Nøkkelen er fjernet fra nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="52"/>
        <source>The key could NOT be removed from the keyring.</source>
        <translation>Nøkkelen kunne IKKE fjernes fra nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="66"/>
        <source>Notes deleted</source>
        <translation>Notatene er slettet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="67"/>
        <source>Notes not fully deleted</source>
        <translation>Notatene er ikke helt slettet</translation>
    </message>
</context>
<context>
    <name>Wrapup</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="30"/>
        <source>Topics</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="31"/>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="32"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="33"/>
        <source>Suicidal thoughts</source>
        <translation>Selvmordstanker</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="34"/>
        <source>Self-harm</source>
        <translation>Selvskading</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="35"/>
        <source>Violence or abuse</source>
        <translation>Vold eller overgrep</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="36"/>
        <source>Mental health</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="37"/>
        <source>Bullying</source>
        <translation>Mobbing</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="38"/>
        <source>Loneliness</source>
        <translation>Ensomhet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="39"/>
        <source>Family and relationships</source>
        <translation>Familie og relasjoner</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="40"/>
        <source>School or work</source>
        <translation>Skole eller jobb</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="41"/>
        <source>Identity and sexuality</source>
        <translation>Identitet og seksualitet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="42"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="43"/>
        <source>Under 13</source>
        <translation>Under 13</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="44"/>
        <source>13–15</source>
        <translation>13–15</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="45"/>
        <source>16–19</source>
        <translation>16–19</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="46"/>
        <source>20–25</source>
        <translation>20–25</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="47"/>
        <source>Over 25</source>
        <translation>Over 25</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="48"/>
        <source>Don&apos;t know</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="49"/>
        <source>Girl / woman</source>
        <translation>Jente / kvinne</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="50"/>
        <source>Boy / man</source>
        <translation>Gutt / mann</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="51"/>
        <source>Non-binary</source>
        <translation>Ikke-binær</translation>
    </message>
</context>
<context>
    <name>WrapupForm</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="141"/>
        <source>Wrap-up: anonymous statistics</source>
        <translation>Avslutningsskjema: anonym statistikk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="144"/>
        <source>Nothing here identifies the visitor. The risk level and any referral are recorded for you.</source>
        <translation>Ingenting her kan identifisere innskriveren. Risikonivå og eventuell henvisning registreres automatisk.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="154"/>
        <source>—</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="162"/>
        <location filename="../chathost/ui/wrapup_form.py" line="163"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="164"/>
        <source>No names, places or contact details.</source>
        <translation>Ingen navn, steder eller kontaktopplysninger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="165"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="166"/>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="207"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="209"/>
        <source>Saved. Thank you.</source>
        <translation>Lagret. Takk.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="211"/>
        <source>Not saved: {0} Try again.</source>
        <translation>Ikke lagret: {0} Prøv igjen.</translation>
    </message>
</context>
</TS>
