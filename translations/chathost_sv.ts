<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AcuteSteps</name>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="81"/>
        <source>Acute danger — emergency steps</source>
        <translation>Akut fara – steg vid nödläge</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="82"/>
        <source>Hide the steps</source>
        <translation>Dölj stegen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="83"/>
        <source>The flag stays; the steps can be shown again.</source>
        <translation>Markeringen ligger kvar. Du kan visa stegen igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="116"/>
        <source>This service&apos;s guideline pack has no emergency numbers. Call your supervisor now.</source>
        <translation>Riktlinjerna för den här tjänsten innehåller inga nödnummer. Ring din handledare nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="130"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="131"/>
        <source>Copy {0}</source>
        <translation>Kopiera {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="133"/>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="134"/>
        <source>Insert {0} into the reply</source>
        <translation>Infoga {0} i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="153"/>
        <source>The flag could not be set: {0} Call your supervisor now.</source>
        <translation>Markeringen kunde inte göras: {0} Ring din handledare nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="157"/>
        <source>Sending the alert to the supervisors… Follow the steps now.</source>
        <translation>Larmet skickas till handledarna… Följ stegen nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="162"/>
        <source>Not sent yet: no connection to the server. The alert goes out as soon as the console is back online. Follow the steps now.</source>
        <translation>Inte skickat än: ingen anslutning till servern. Larmet skickas så snart konsolen är ansluten igen. Följ stegen nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="168"/>
        <source>{0} has answered and is coming.</source>
        <translation>{0} har svarat och är på väg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="174"/>
        <source>Supervisors alerted at {0}. Follow the steps now.</source>
        <translation>Handledarna larmades kl. {0}. Följ stegen nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="179"/>
        <source>Follow the steps now.</source>
        <translation>Följ stegen nu.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="57"/>
        <source>Block {0}?</source>
        <translation>Vill du blockera {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="60"/>
        <source>Blocking ends the conversation now and stops new chats from this visitor&apos;s browser for a day. Only the reason is kept, nothing about the person. Your supervisor can lift the block.</source>
        <translation>Blockering avslutar samtalet direkt och stoppar nya chattar från den här stödsökandes webbläsare i ett dygn. Bara orsaken sparas, ingenting om personen. Din handledare kan häva blockeringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="66"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="69"/>
        <source>Block and end</source>
        <translation>Blockera och avsluta</translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="19"/>
        <source>Abusive or hateful language</source>
        <translation>Kränkande eller hatiskt språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="20"/>
        <source>Sexual harassment</source>
        <translation>Sexuella trakasserier</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="21"/>
        <source>Threats against the host</source>
        <translation>Hot mot stödpersonen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="22"/>
        <source>Spam or trolling</source>
        <translation>Spam eller trollande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="23"/>
        <source>Other misuse of the chat</source>
        <translation>Annat missbruk av chatten</translation>
    </message>
</context>
<context>
    <name>BreakBanner</name>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="47"/>
        <source>Break reminder</source>
        <translation>Påminnelse om paus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="48"/>
        <source>Remind me later</source>
        <translation>Påminn mig senare</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="49"/>
        <source>Hide this reminder for 30 minutes</source>
        <translation>Dölj påminnelsen i 30 minuter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="85"/>
        <source>You have been in conversations for {0} without a break. Consider a short pause when you can: pause your shift, and new visitors go to your colleagues.</source>
        <translation>Du har varit i samtal i {0} utan paus. Ta gärna en kort paus när du kan: pausa ditt pass, så går nya stödsökande till dina kollegor.</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="111"/>
        <source>How serious is it?</source>
        <translation>Hur allvarligt är det?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="118"/>
        <source>Risk level:</source>
        <translation>Risknivå:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="119"/>
        <source>Risk level for this conversation</source>
        <translation>Risknivå för det här samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="122"/>
        <source>Use the acute-danger action…</source>
        <translation>Använd ”Akut fara”…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="123"/>
        <source>Use the acute-danger action</source>
        <translation>Använd ”Akut fara”</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="129"/>
        <source>Not set</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="130"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="131"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="132"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="133"/>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="165"/>
        <source>The checklist suggests: nothing answered yet</source>
        <translation>Checklistan föreslår: inget besvarat än</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="168"/>
        <source>The checklist suggests: {0}</source>
        <translation>Checklistan föreslår: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="173"/>
        <source>Acute risk: consider the acute-danger action</source>
        <translation>Akut risk: överväg att använda ”Akut fara”</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="175"/>
        <source>High risk: consider the acute-danger action</source>
        <translation>Hög risk: överväg att använda ”Akut fara”</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="179"/>
        <source>Emergency numbers: {0}</source>
        <translation>Nödnummer: {0}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Private message</source>
        <translation>Privat meddelande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="78"/>
        <source>Write privately… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv privat… (Enter skickar, Skift+Enter: ny rad)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="80"/>
        <source>Write privately… (Ctrl+Enter sends)</source>
        <translation>Skriv privat… (Ctrl+Enter skickar)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="82"/>
        <source>Write to the visitor… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv till den stödsökande… (Enter skickar, Skift+Enter: ny rad)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="84"/>
        <source>Write to the visitor… (Ctrl+Enter sends)</source>
        <translation>Skriv till den stödsökande… (Ctrl+Enter skickar)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="86"/>
        <source>Write a reply… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv ett svar… (Enter skickar, Skift+Enter: ny rad)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="88"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Skriv ett svar… (Ctrl+Enter skickar)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../chathost/ui/banner.py" line="31"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="42"/>
        <source>You have been logged out. Log in again to continue.</source>
        <translation>Du har loggats ut. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="44"/>
        <source>Not connected.</source>
        <translation>Inte ansluten.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="46"/>
        <source>Connecting to the server…</source>
        <translation>Ansluter till servern…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="50"/>
        <source>Connection to the server lost. Reconnecting… {0} message(s) will be sent as soon as the connection is back.</source>
        <translation>Anslutningen till servern bröts. Ansluter igen… {0} meddelande(n) skickas så snart anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="55"/>
        <source>Connection to the server lost. Reconnecting… What you write now is sent when the connection is back.</source>
        <translation>Anslutningen till servern bröts. Ansluter igen… Det du skriver nu skickas när anslutningen är tillbaka.</translation>
    </message>
</context>
<context>
    <name>ConversationSupport</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="116"/>
        <source>(no note)</source>
        <translation>(ingen anteckning)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="118"/>
        <source>Referred from {0}. Note from the previous host: {1}</source>
        <translation>Hänvisad från {0}. Anteckning från förra stödpersonen: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="125"/>
        <source>Note from {0}: {1}</source>
        <translation>Anteckning från {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="131"/>
        <source>Handed back to the queue earlier. Handover note: {0}</source>
        <translation>Lades tillbaka i kön tidigare. Överlämningsanteckning: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="185"/>
        <source>Flag acute danger?</source>
        <translation>Vill du markera akut fara?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="187"/>
        <source>Supervisors are alerted at once, at top priority, and the emergency steps open beside the conversation. Use it when a life may be in danger now.</source>
        <translation>Handledarna larmas direkt, med högsta prioritet, och stegen vid nödläge öppnas bredvid samtalet. Använd det när ett liv kan vara i fara just nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="191"/>
        <source>Flag acute danger</source>
        <translation>Markera akut fara</translation>
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
        <translation>Tid sedan du tog samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="55"/>
        <source>Private channel</source>
        <translation>Privat kanal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="58"/>
        <source>Write privately to the supervisors; the visitor never sees it</source>
        <translation>Skriv privat till handledarna – den stödsökande ser det aldrig</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="202"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="203"/>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="204"/>
        <source>Insert a quick phrase into the reply</source>
        <translation>Infoga en färdig fras i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="205"/>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close…</source>
        <translation>Stäng…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="206"/>
        <source>End the conversation or hand it back</source>
        <translation>Avsluta samtalet eller lägg tillbaka det i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="274"/>
        <source>A message was not sent. Right-click it to retry.</source>
        <translation>Ett meddelande skickades inte. Högerklicka på det för att försöka igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="308"/>
        <source>The conversation has ended</source>
        <translation>Samtalet har avslutats</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="311"/>
        <source>Referred to {0}</source>
        <translation>Hänvisad till {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="314"/>
        <source>Handed back to the queue</source>
        <translation>Tillbakalagd i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="317"/>
        <source>Now with {0}</source>
        <translation>Nu hos {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="319"/>
        <source>The visitor has left the page</source>
        <translation>Den stödsökande har lämnat sidan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="336"/>
        <source>The visitor is writing…</source>
        <translation>Den stödsökande skriver…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="339"/>
        <source>{0} is writing to the visitor…</source>
        <translation>{0} skriver till den stödsökande…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="342"/>
        <source>{0} are writing to the visitor…</source>
        <translation>{0} skriver till den stödsökande…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="87"/>
        <source>Join openly to write to the visitor</source>
        <translation>Delta öppet för att skriva till den stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="89"/>
        <source>You are reading along: write to your colleagues in the private box</source>
        <translation>Du läser med: skriv till dina kollegor i den privata rutan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close tab</source>
        <translation>Stäng fliken</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="99"/>
        <source>Time since the host took this conversation</source>
        <translation>Tid sedan stödpersonen tog samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="123"/>
        <source>{0} has joined — the visitor sees a supervisor.</source>
        <translation>{0} deltar öppet – den stödsökande ser att en handledare är med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="127"/>
        <source>{0} is reading along.</source>
        <translation>{0} läser med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="54"/>
        <source>Retry sending</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="59"/>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="63"/>
        <source>Copy text</source>
        <translation>Kopiera text</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="72"/>
        <source>Open conversations</source>
        <translation>Öppna samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="199"/>
        <source>{0} — joined</source>
        <translation>{0} – deltar öppet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="201"/>
        <source>{0} — reading along</source>
        <translation>{0} – läser med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="203"/>
        <source>{0} — closed</source>
        <translation>{0} – stängt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="205"/>
        <source>⚠ {0} — acute</source>
        <translation>⚠ {0} – akut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="207"/>
        <source>⚠ {0} — high risk</source>
        <translation>⚠ {0} – hög risk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="313"/>
        <source>Close the conversation with {0}?</source>
        <translation>Vill du stänga samtalet med {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="315"/>
        <source>The conversation with {0} is still open. Closing the tab does not end it. What do you want to do?</source>
        <translation>Samtalet med {0} är fortfarande öppet. Det avslutas inte när du stänger fliken. Vad vill du göra?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="321"/>
        <source>End the conversation</source>
        <translation>Avsluta samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="326"/>
        <source>Hand back to the queue</source>
        <translation>Lägg tillbaka i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="329"/>
        <source>Keep it open</source>
        <translation>Låt det vara öppet</translation>
    </message>
</context>
<context>
    <name>DebriefPrompt</name>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="58"/>
        <source>Debrief</source>
        <translation>Avlastningssamtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="59"/>
        <source>Ask for a debrief</source>
        <translation>Be om avlastningssamtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="60"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="90"/>
        <source>Your shift has ended. Thank you for today. Would you like a debrief talk with a supervisor?</source>
        <translation>Ditt pass är slut. Tack för i dag. Vill du ha ett avlastningssamtal med en handledare?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="94"/>
        <source>Would you like a debrief talk with a supervisor? A supervisor of your services is told, and contacts you.</source>
        <translation>Vill du ha ett avlastningssamtal med en handledare? En handledare för dina tjänster får veta det och hör av sig till dig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="149"/>
        <source>A supervisor</source>
        <translation>En handledare</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="150"/>
        <source>{0} will take your debrief.</source>
        <translation>{0} tar avlastningssamtalet med dig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="152"/>
        <source>A supervisor has been asked. They will contact you.</source>
        <translation>En handledare har fått veta det och hör av sig till dig.</translation>
    </message>
</context>
<context>
    <name>DismissedRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="227"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="228"/>
        <source>Reopen {0}</source>
        <translation>Öppna {0} igen</translation>
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
        <translation>{0} tim {1:02d} min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../chathost/ui/errors.py" line="13"/>
        <source>Wrong username or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="14"/>
        <source>This account is disabled. Ask your supervisor or administrator.</source>
        <translation>Kontot är inaktiverat. Fråga din handledare eller administratör.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="17"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Din session har avslutats. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="18"/>
        <source>Cannot reach the server. Check the address and the network; the console keeps trying.</source>
        <translation>Det går inte att nå servern. Kontrollera adressen och nätverket. Konsolen fortsätter att försöka.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="22"/>
        <source>The server&apos;s certificate is not trusted. Do not continue: call your administrator (the centre&apos;s CA file may be missing).</source>
        <translation>Serverns certifikat är inte betrott. Fortsätt inte: ring din administratör (centrets CA-fil kan saknas).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="27"/>
        <source>This console does not match the server&apos;s version. Ask your administrator to update the console.</source>
        <translation>Konsolen passar inte ihop med serverns version. Be din administratör att uppdatera konsolen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="32"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="33"/>
        <location filename="../chathost/ui/errors.py" line="54"/>
        <source>You may not do that.</source>
        <translation>Det har du inte behörighet till.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="34"/>
        <source>The server refused the request.</source>
        <translation>Servern nekade begäran.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="35"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Servern fick ett problem. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="39"/>
        <source>Start your shift first.</source>
        <translation>Starta ditt pass först.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="40"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Ditt pass är pausat. Återuppta det för att ta samtal.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="43"/>
        <source>You already hold as many conversations as this service allows.</source>
        <translation>Du har redan så många samtal som den här tjänsten tillåter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="46"/>
        <source>Nobody is waiting.</source>
        <translation>Ingen väntar.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="47"/>
        <source>That visitor is no longer waiting: someone else took the conversation.</source>
        <translation>Den stödsökande väntar inte längre: någon annan har tagit samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="50"/>
        <source>This conversation has ended.</source>
        <translation>Det här samtalet har avslutats.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="51"/>
        <source>You still hold open conversations. End them or hand them back first.</source>
        <translation>Du har fortfarande öppna samtal. Avsluta dem eller lägg tillbaka dem i kön först.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="55"/>
        <source>The message is too long. Split it into shorter messages.</source>
        <translation>Meddelandet är för långt. Dela upp det i kortare meddelanden.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="58"/>
        <source>Too many messages at once. Wait a moment.</source>
        <translation>För många meddelanden på en gång. Vänta en stund.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="59"/>
        <source>The server could not save that. Try again in a moment.</source>
        <translation>Servern kunde inte spara det. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="62"/>
        <source>That conversation no longer exists.</source>
        <translation>Samtalet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="65"/>
        <source>Something went wrong. Try again; if it keeps happening, call your supervisor.</source>
        <translation>Något gick fel. Försök igen. Om det fortsätter att hända, ring din handledare.</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="92"/>
        <location filename="../chathost/ui/escalation_bar.py" line="172"/>
        <source>Ask for supervision</source>
        <translation>Be om handledning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="93"/>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Acute danger…</source>
        <translation>Akut fara…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="94"/>
        <source>Refer…</source>
        <translation>Hänvisa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="96"/>
        <source>Transfer…</source>
        <translation>Överför…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="97"/>
        <source>Transfer to a colleague</source>
        <translation>Överför till en kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="99"/>
        <source>Transfer to a colleague… ({0})</source>
        <translation>Överför till en kollega… ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="101"/>
        <source>Block…</source>
        <translation>Blockera…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Show emergency steps</source>
        <translation>Visa stegen vid nödläge</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="170"/>
        <source>Asking for a supervisor…</source>
        <translation>Ber om handledare…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="175"/>
        <source>Cancel the request</source>
        <translation>Avbryt begäran</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="178"/>
        <source>Supervisor coming</source>
        <translation>Handledare på väg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="181"/>
        <source>{0} is coming (answered at {1}).</source>
        <translation>{0} är på väg (svarade kl. {1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="190"/>
        <source>No supervisor of this service is on shift. The request stays open; use your centre&apos;s back-up plan (phone your supervisor).</source>
        <translation>Ingen handledare för den här tjänsten är på pass. Begäran ligger kvar. Följ centrets reservplan (ring din handledare).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="195"/>
        <source>Waiting for a supervisor… nobody has answered yet; alerted {0} times.</source>
        <translation>Väntar på handledare… Ingen har svarat än. Larmat {0} gånger.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="197"/>
        <source>Waiting for a supervisor… Supervisors on shift alerted: {0}.</source>
        <translation>Väntar på handledare… Handledare på pass som har larmats: {0}.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="238"/>
        <source>Alias</source>
        <translation>Stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="239"/>
        <source>Host</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="240"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="241"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="242"/>
        <source>Since visitor wrote</source>
        <translation>Sedan den stödsökande skrev</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="243"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="244"/>
        <source>Escalation</source>
        <translation>Larm</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="245"/>
        <source>Supervisors</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="249"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="250"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="251"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="252"/>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="255"/>
        <source>ACUTE DANGER</source>
        <translation>AKUT FARA</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="256"/>
        <source>Asks for help</source>
        <translation>Ber om hjälp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="257"/>
        <source>Help on the way</source>
        <translation>Hjälp på väg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="260"/>
        <source>Enter or double-click: read along in this conversation</source>
        <translation>Enter eller dubbelklick: läs med i det här samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="344"/>
        <source>Sort by this column (urgent conversations always stay on top)</source>
        <translation>Sortera efter den här kolumnen (brådskande samtal ligger alltid överst)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="411"/>
        <source>{0} (joined)</source>
        <translation>{0} (deltar öppet)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="412"/>
        <source>{0} (reading along)</source>
        <translation>{0} (läser med)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="221"/>
        <location filename="../chathost/ui/floor_view.py" line="222"/>
        <source>Conversations on the floor</source>
        <translation>Pågående samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="225"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortera efter:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="226"/>
        <source>Sort the conversations by</source>
        <translation>Sortera samtalen efter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="227"/>
        <source>Sort order</source>
        <translation>Sorteringsordning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="228"/>
        <source>Urgent conversations always stay on top.</source>
        <translation>Brådskande samtal ligger alltid överst.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="239"/>
        <location filename="../chathost/ui/floor_view.py" line="240"/>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="274"/>
        <source>Acute danger: {0}</source>
        <translation>Akut fara: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="276"/>
        <source>Asking for help: {0}</source>
        <translation>Ber om hjälp: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="281"/>
        <source>1 conversation, {0} waiting in the queues</source>
        <translation>1 samtal, {0} väntar i köerna</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="283"/>
        <source>{0} conversations, {1} waiting in the queues</source>
        <translation>{0} samtal, {1} väntar i köerna</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Longest first</source>
        <translation>Längst först</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Shortest first</source>
        <translation>Kortast först</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>Z to A</source>
        <translation>Ö till A</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>A to Z</source>
        <translation>A till Ö</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Highest first</source>
        <translation>Högst först</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Lowest first</source>
        <translation>Lägst först</translation>
    </message>
</context>
<context>
    <name>GuidelineCard</name>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="150"/>
        <source>Show or hide this guideline</source>
        <translation>Visa eller dölj den här riktlinjen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Pin</source>
        <translation>Fäst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Pin {0}</source>
        <translation>Fäst {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="151"/>
        <source>Dismiss</source>
        <translation>Lägg undan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="152"/>
        <source>Dismiss {0}</source>
        <translation>Lägg undan {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="153"/>
        <source>Back because the risk grew</source>
        <translation>Tillbaka eftersom risken har ökat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="154"/>
        <source>Where to get help</source>
        <translation>Var man kan få hjälp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="155"/>
        <source>Phrases you can use</source>
        <translation>Fraser du kan använda</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="185"/>
        <source>For information</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="186"/>
        <source>Good to know</source>
        <translation>Bra att veta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="187"/>
        <source>Important</source>
        <translation>Viktigt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="188"/>
        <source>Serious</source>
        <translation>Allvarligt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="189"/>
        <source>Very serious</source>
        <translation>Mycket allvarligt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="190"/>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Unpin</source>
        <translation>Lossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Unpin {0}</source>
        <translation>Lossa {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="215"/>
        <source>“{0}”</source>
        <translation>”{0}”</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="216"/>
        <source>Appeared because the visitor wrote: {0}</source>
        <translation>Visas eftersom den stödsökande skrev: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="218"/>
        <source>Pinned by you</source>
        <translation>Fäst av dig</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Expanded</source>
        <translation>Utfälld</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Collapsed</source>
        <translation>Hopfälld</translation>
    </message>
</context>
<context>
    <name>GuidelinePanel</name>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="325"/>
        <source>New guidance above</source>
        <translation>Ny riktlinje ovanför</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="95"/>
        <source>No guidelines for this service yet</source>
        <translation>Inga riktlinjer för den här tjänsten än</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="96"/>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="100"/>
        <source>No card so far. Cards appear when the visitor&apos;s words match the guidelines; no card does not mean no risk. If you are unsure, ask.</source>
        <translation>Inga kort än så länge. Kort visas när den stödsökandes ord stämmer med riktlinjerna; inga kort betyder inte att det inte finns någon risk. Är du osäker, fråga.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="104"/>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="105"/>
        <source>Guidelines</source>
        <translation>Riktlinjer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="298"/>
        <source>Dismissed ({0})</source>
        <translation>Undanlagda ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="327"/>
        <source>↑ New guidance above: {0}</source>
        <translation>↑ Ny riktlinje ovanför: {0}</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="43"/>
        <source>Hand {0} back to the queue</source>
        <translation>Lägg tillbaka {0} i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="46"/>
        <source>{0} waits at the front of the queue for the next host. Your note goes with the conversation; the visitor never sees it.</source>
        <translation>{0} väntar först i kön på nästa stödperson. Din anteckning följer med samtalet. Den stödsökande ser den aldrig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="50"/>
        <source>Hand back</source>
        <translation>Lägg tillbaka</translation>
    </message>
</context>
<context>
    <name>HandoverField</name>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="57"/>
        <source>Handover &amp;note for the next host (optional):</source>
        <translation>Överlämnings&amp;anteckning till nästa stödperson (valfritt):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="58"/>
        <source>Handover note</source>
        <translation>Överlämningsanteckning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="60"/>
        <source>What the next host should know. No names or contact details.</source>
        <translation>Det nästa stödperson behöver veta. Inga namn eller kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="62"/>
        <source>Add my notes</source>
        <translation>Lägg till mina anteckningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="65"/>
        <source>Copy your private notes on this conversation into the handover note. Read and edit them here: the next host sees exactly what is in this box.</source>
        <translation>Kopiera dina privata anteckningar om det här samtalet till överlämningsanteckningen. Läs och redigera dem här: nästa stödperson ser exakt det som står i den här rutan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="88"/>
        <source>{0} of {1} characters — too long: shorten it to send it.</source>
        <translation>{0} av {1} tecken – för långt: korta ner texten för att kunna skicka den.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="90"/>
        <source>{0} of {1} characters</source>
        <translation>{0} av {1} tecken</translation>
    </message>
</context>
<context>
    <name>HelpCalls</name>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="84"/>
        <source>Calls for help</source>
        <translation>Rop på hjälp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="136"/>
        <source>Calls for help ({0})</source>
        <translation>Rop på hjälp ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../chathost/ui/help_calls.py" line="156"/>
        <source>%n more below: scroll down</source>
        <translation>
            <numerusform>%n till längre ner: skrolla ner</numerusform>
            <numerusform>%n till längre ner: skrolla ner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="190"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>AKUT FARA: {0} med {1} ({2}), sedan kl. {3}. {4} är på väg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="193"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}.</source>
        <translation>AKUT FARA: {0} med {1} ({2}), sedan kl. {3}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="198"/>
        <source>{0} asks for help with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>{0} ber om handledning med {1} ({2}), sedan kl. {3}. {4} är på väg.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="200"/>
        <source>{0} asks for help with {1} ({2}), since {3}.</source>
        <translation>{0} ber om handledning med {1} ({2}), sedan kl. {3}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="233"/>
        <source>I&apos;m coming</source>
        <translation>Jag kommer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="235"/>
        <source>Answer the call from {0}</source>
        <translation>Svara på ropet från {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost is locked</source>
        <translation>ChatHost är låst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="180"/>
        <source>Conversations and notes are hidden. Enter your password to continue.</source>
        <translation>Samtal och anteckningar är dolda. Ange ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="143"/>
        <source>What is waiting</source>
        <translation>Det här väntar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="144"/>
        <location filename="../chathost/ui/lock_screen.py" line="145"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="146"/>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="148"/>
        <source>Someone else&apos;s turn at this workstation: log out, then they log in.</source>
        <translation>Ska någon annan använda den här datorn? Logga ut, så kan de logga in.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost was started again</source>
        <translation>ChatHost har startats om</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="178"/>
        <source>You are still logged in. Enter your password to carry on where you left off.</source>
        <translation>Du är fortfarande inloggad. Ange ditt lösenord för att fortsätta där du slutade.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="184"/>
        <source>Logged in: {0} ({1})</source>
        <translation>Inloggad: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="193"/>
        <source>No conversations open</source>
        <translation>Inga öppna samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="195"/>
        <source>1 conversation open</source>
        <translation>1 öppet samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="197"/>
        <source>{0} conversations open</source>
        <translation>{0} öppna samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="201"/>
        <source>1 new message</source>
        <translation>1 nytt meddelande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="203"/>
        <source>{0} new messages</source>
        <translation>{0} nya meddelanden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="206"/>
        <source>nobody waiting in the queue</source>
        <translation>ingen väntar i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="208"/>
        <source>1 visitor waiting in the queue</source>
        <translation>1 stödsökande väntar i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="210"/>
        <source>{0} visitors waiting in the queue</source>
        <translation>{0} stödsökande väntar i kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="222"/>
        <source>ACUTE DANGER: a host needs a supervisor now. Unlock to answer.</source>
        <translation>AKUT FARA: en stödperson behöver en handledare nu. Lås upp för att svara.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="224"/>
        <source>A host is asking for help. Unlock to answer.</source>
        <translation>En stödperson ber om hjälp. Lås upp för att svara.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="226"/>
        <source>{0} hosts are asking for help. Unlock to answer.</source>
        <translation>{0} stödpersoner ber om hjälp. Lås upp för att svara.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="247"/>
        <source>Connected to the server.</source>
        <translation>Ansluten till servern.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="249"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Ingen anslutning till servern. Ansluter igen…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="242"/>
        <source>The connection is back. Enter your password to unlock.</source>
        <translation>Anslutningen är tillbaka. Ange ditt lösenord för att låsa upp.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="265"/>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="285"/>
        <source>Wrong password. Try again.</source>
        <translation>Fel lösenord. Försök igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="293"/>
        <source>Your password cannot be checked now: the server cannot be reached. The conversations stay hidden. Try again when the connection is back.</source>
        <translation>Ditt lösenord kan inte kontrolleras nu eftersom servern inte går att nå. Samtalen förblir dolda. Försök igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="301"/>
        <source>Your session has ended. Log in again.</source>
        <translation>Din session har avslutats. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="318"/>
        <source>Too many attempts. Wait {0} seconds, then try again.</source>
        <translation>För många försök. Vänta {0} sekunder och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="326"/>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="329"/>
        <source>The console is locked. Unlock it to quit, or log out.</source>
        <translation>Konsolen är låst. Lås upp den för att avsluta, eller logga ut.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="108"/>
        <source>ChatHost — log in</source>
        <translation>ChatHost – logga in</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="109"/>
        <source>Log in to your centre</source>
        <translation>Logga in hos ditt center</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="112"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="119"/>
        <source>Only if your centre gave you one</source>
        <translation>Bara om ditt center har gett dig en</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
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
        <translation>Centrets CA-fil</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="122"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="131"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certifikat (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Ange serverns adress, som börjar med https://</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="152"/>
        <source>Enter your username and password.</source>
        <translation>Ange ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chathost/ui/main_window.py" line="158"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsol</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="161"/>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="160"/>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="163"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="164"/>
        <source>Take next visitor</source>
        <translation>Ta nästa stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="166"/>
        <location filename="../chathost/ui/main_window.py" line="168"/>
        <source>Floor</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="169"/>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="261"/>
        <source>No open conversations.

Start your shift to take visitors.</source>
        <translation>Inga öppna samtal.

Starta ditt pass för att ta emot stödsökande.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="264"/>
        <source>No open conversations.

Take a visitor from the queue on the left (Ctrl+T takes the one who has waited longest).</source>
        <translation>Inga öppna samtal.

Ta en stödsökande från kön till vänster (Ctrl+T tar den som har väntat längst).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="275"/>
        <source>{0} unread</source>
        <translation>{0} olästa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="277"/>
        <source>{0} waiting</source>
        <translation>{0} väntar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="342"/>
        <source>Your private notes of this shift will be deleted.</source>
        <translation>Dina privata anteckningar från det här passet kommer att raderas.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="356"/>
        <source>You still have {0} open conversation(s). If you log out, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortfarande öppna samtal ({0}). Om du loggar ut läggs de tillbaka i kön efter några minuter. Lägg tillbaka dem eller avsluta dem först om du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="361"/>
        <source>Your private notes of this shift will be deleted. Log out anyway?</source>
        <translation>Dina privata anteckningar från det här passet kommer att raderas. Vill du logga ut ändå?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="365"/>
        <source>Log out?</source>
        <translation>Vill du logga ut?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="370"/>
        <source>Log out anyway</source>
        <translation>Logga ut ändå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="373"/>
        <location filename="../chathost/ui/main_window.py" line="421"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="404"/>
        <source>You still have open conversations. If you quit, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortfarande öppna samtal. Om du avslutar läggs de tillbaka i kön efter några minuter. Lägg tillbaka dem eller avsluta dem först om du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="409"/>
        <source>Your private notes of this shift will be deleted. Quit anyway?</source>
        <translation>Dina privata anteckningar från det här passet kommer att raderas. Vill du avsluta ändå?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="413"/>
        <source>Quit ChatHost?</source>
        <translation>Vill du avsluta ChatHost?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="418"/>
        <source>Quit anyway</source>
        <translation>Avsluta ändå</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="328"/>
        <source>Show more ({0} more characters)</source>
        <translation>Visa mer ({0} tecken till)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="332"/>
        <source>sending…</source>
        <translation>skickar…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="333"/>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="334"/>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="335"/>
        <source>not sent — retry</source>
        <translation>inte skickat – försök igen</translation>
    </message>
</context>
<context>
    <name>NotesBanner</name>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="43"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="44"/>
        <source>Open them</source>
        <translation>Öppna dem</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="45"/>
        <source>Delete them…</source>
        <translation>Radera dem…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="54"/>
        <source>Notes are switched off on this computer; everything else works. Ask whoever installed ChatHost to set up the system keyring ({0}).</source>
        <translation>Anteckningar är avstängda på den här datorn. Allt annat fungerar. Be den som installerade ChatHost att ställa in systemets nyckelring ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="60"/>
        <source>Your notes cannot be kept right now; everything else works. If this keeps happening, tell whoever installed ChatHost ({0}).</source>
        <translation>Dina anteckningar kan inte sparas just nu. Allt annat fungerar. Om det fortsätter, säg till den som installerade ChatHost ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="66"/>
        <source>Your notes could not be saved: {0}. What you wrote stays on screen; ChatHost keeps trying.</source>
        <translation>Dina anteckningar kunde inte sparas: {0}. Det du skrev finns kvar på skärmen. ChatHost fortsätter att försöka.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="72"/>
        <source>Notes from this shift (started {0}) were kept when ChatHost closed unexpectedly. Open them to carry on, or delete them.</source>
        <translation>Anteckningar från det här passet (startade kl. {0}) sparades när ChatHost stängdes oväntat. Öppna dem för att fortsätta, eller radera dem.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="108"/>
        <source>Delete the kept notes?</source>
        <translation>Vill du radera de sparade anteckningarna?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="110"/>
        <source>The notes kept from this shift are deleted for good, and you start with empty notes. Open them instead if you still need them.</source>
        <translation>De sparade anteckningarna från det här passet raderas för gott, och du börjar med tomma anteckningar. Öppna dem i stället om du fortfarande behöver dem.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="114"/>
        <source>Delete them</source>
        <translation>Radera dem</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="115"/>
        <source>Keep them</source>
        <translation>Behåll dem</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="65"/>
        <source>My private notes</source>
        <translation>Mina privata anteckningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="66"/>
        <source>Private notes</source>
        <translation>Privata anteckningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="71"/>
        <source>Private notes: only on this computer, encrypted, deleted when your shift ends. The visitor never sees them.</source>
        <translation>Privata anteckningar: bara på den här datorn, krypterade och raderade när ditt pass slutar. Den stödsökande ser dem aldrig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="106"/>
        <source>Not saved: {0}</source>
        <translation>Inte sparat: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="109"/>
        <source>Saved automatically as you type.</source>
        <translation>Sparas automatiskt medan du skriver.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="110"/>
        <source>Opening your notes…</source>
        <translation>Öppnar dina anteckningar…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="111"/>
        <source>Start your shift to keep notes.</source>
        <translation>Starta ditt pass för att skriva anteckningar.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="113"/>
        <source>Notes kept from earlier in this shift: open or delete them at the top of the window.</source>
        <translation>Anteckningar från tidigare under passet har sparats: öppna eller radera dem högst upp i fönstret.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="117"/>
        <source>Notes are switched off on this computer (see the top of the window).</source>
        <translation>Anteckningar är avstängda på den här datorn (se högst upp i fönstret).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="119"/>
        <source>Notes cannot be kept right now (see the top of the window).</source>
        <translation>Anteckningar kan inte sparas just nu (se högst upp i fönstret).</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../chathost/ui/notifier.py" line="39"/>
        <location filename="../chathost/ui/notifier.py" line="54"/>
        <source>A new visitor is waiting in {0}.</source>
        <translation>En ny stödsökande väntar i {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="41"/>
        <source>ACUTE DANGER: {0} flagged {1} ({2}).</source>
        <translation>AKUT FARA: {0} har markerat {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="45"/>
        <source>{0} asks for supervision with {1} ({2}).</source>
        <translation>{0} ber om handledning med {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="49"/>
        <source>{0} has been waiting a long time in {1}.</source>
        <translation>{0} har väntat länge i {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="50"/>
        <source>New message from {0} ({1}).</source>
        <translation>Nytt meddelande från {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="56"/>
        <source>ACUTE DANGER: {0} flagged a conversation ({1}).</source>
        <translation>AKUT FARA: {0} har markerat ett samtal ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="60"/>
        <source>{0} asks for supervision ({1}).</source>
        <translation>{0} ber om handledning ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="62"/>
        <source>A visitor has been waiting a long time in {0}.</source>
        <translation>En stödsökande har väntat länge i {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="63"/>
        <source>New message in a conversation ({0}).</source>
        <translation>Nytt meddelande i ett samtal ({0}).</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="103"/>
        <source>Transfer offer</source>
        <translation>Erbjudande om överföring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="104"/>
        <source>Accept</source>
        <translation>Ta emot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="105"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="109"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} erbjuder dig ett samtal: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="119"/>
        <source>Note: {0}</source>
        <translation>Överlämningsanteckning: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="129"/>
        <source>Answer within {0}</source>
        <translation>Svara inom {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="131"/>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="163"/>
        <source>You already hold as many conversations as this service allows. Finish one first, or decline.</source>
        <translation>Du har redan så många samtal som den här tjänsten tillåter. Avsluta ett först, eller avböj.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="167"/>
        <source>You can accept only while your shift is on and not paused.</source>
        <translation>Du kan bara ta emot medan du är på pass och inte har paus.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="169"/>
        <source>This offer is no longer open. The conversation stays where it is.</source>
        <translation>Erbjudandet gäller inte längre. Samtalet stannar där det är.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="171"/>
        <source>This conversation has ended meanwhile.</source>
        <translation>Samtalet har avslutats under tiden.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="114"/>
        <source>The offer of {0} ran out of time. It stays with {1}.</source>
        <translation>Tiden för erbjudandet om {0} gick ut. Samtalet stannar hos {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="117"/>
        <source>{1} withdrew the offer of {0}.</source>
        <translation>{1} drog tillbaka erbjudandet om {0}.</translation>
    </message>
</context>
<context>
    <name>PhraseRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="204"/>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="205"/>
        <source>Insert the phrase: {0}</source>
        <translation>Infoga frasen: {0}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Longest wait</source>
        <translation>Längsta väntetid</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="86"/>
        <location filename="../chathost/ui/queue_panel.py" line="88"/>
        <source>Waiting visitors</source>
        <translation>Väntande stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Visitor</source>
        <translation>Stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="89"/>
        <source>Take next</source>
        <translation>Ta nästa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="90"/>
        <source>Take the visitor who has waited longest</source>
        <translation>Ta den stödsökande som har väntat längst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="91"/>
        <source>Take selected</source>
        <translation>Ta markerad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="109"/>
        <source>{0} — {1} of {2} open, {3} waiting</source>
        <translation>{0} – {1} av {2} öppna, {3} väntar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="125"/>
        <source>Double-click to take this conversation</source>
        <translation>Dubbelklicka för att ta samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="130"/>
        <source>{0} (referred)</source>
        <translation>{0} (hänvisad)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="131"/>
        <source>From {0}: {1}</source>
        <translation>Från {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="133"/>
        <source>(no note)</source>
        <translation>(ingen anteckning)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="136"/>
        <source>{0} (handed back)</source>
        <translation>{0} (tillbakalagd)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="137"/>
        <source>Handed back: {0}</source>
        <translation>Tillbakalagd: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="169"/>
        <source>Has waited a long time</source>
        <translation>Har väntat länge</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="178"/>
        <source>Start your shift to take conversations.</source>
        <translation>Starta ditt pass för att ta samtal.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="180"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Ditt pass är pausat. Återuppta det för att ta samtal.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="182"/>
        <source>You hold as many conversations as you may. Finish one first.</source>
        <translation>Du har så många samtal som du får ha. Avsluta ett först.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="184"/>
        <source>Nobody is waiting right now.</source>
        <translation>Ingen väntar just nu.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="71"/>
        <source>Refer {0} to another service</source>
        <translation>Hänvisa {0} till en annan tjänst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="74"/>
        <source>The visitor is told, in their language, that they are being transferred, and waits in the other service&apos;s queue. Your note goes with the conversation to the next host. You leave the conversation.</source>
        <translation>Den stödsökande får veta på sitt eget språk att samtalet kopplas vidare, och väntar i den andra tjänstens kö. Din anteckning följer med samtalet till nästa stödperson. Du lämnar samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="79"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="86"/>
        <source>{0} (closed now)</source>
        <translation>{0} (stängd nu)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="88"/>
        <source>{0} (queue full)</source>
        <translation>{0} (kön är full)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="82"/>
        <source>Refer</source>
        <translation>Hänvisa</translation>
    </message>
</context>
<context>
    <name>ResourceRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="162"/>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="163"/>
        <source>Insert {0} into the reply</source>
        <translation>Infoga {0} i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="165"/>
        <source>Copy the number of {0}</source>
        <translation>Kopiera numret till {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="27"/>
        <source>Risk: low</source>
        <translation>Risk: låg</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="28"/>
        <source>Risk: medium</source>
        <translation>Risk: medel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="29"/>
        <source>Risk: HIGH</source>
        <translation>Risk: HÖG</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="30"/>
        <source>Risk: ACUTE</source>
        <translation>Risk: AKUT</translation>
    </message>
</context>
<context>
    <name>Scratchpad</name>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="28"/>
        <location filename="../chathost/ui/scratchpad.py" line="41"/>
        <source>My shift notes</source>
        <translation>Mina anteckningar för passet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="42"/>
        <source>Show or hide your notes for this shift</source>
        <translation>Visa eller dölj dina anteckningar för passet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../chathost/ui/settings.py" line="128"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="129"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="135"/>
        <source>Play a sound for new visitors and messages</source>
        <translation>Spela upp ett ljud för nya stödsökande och meddelanden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="137"/>
        <source>Your centre has chosen sound for every alert.</source>
        <translation>Ditt center har valt ljud för alla larm.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="139"/>
        <source>Enter sends, Shift+Enter makes a new line</source>
        <translation>Enter skickar, Skift+Enter ger ny rad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="140"/>
        <source>Enter makes a new line, Ctrl+Enter sends</source>
        <translation>Enter ger ny rad, Ctrl+Enter skickar</translation>
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
        <translation>Ljud</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="145"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="146"/>
        <source>Enter key</source>
        <translation>Enter-tangenten</translation>
    </message>
</context>
<context>
    <name>ShiftBar</name>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="74"/>
        <source>Shift time</source>
        <translation>Passtid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="75"/>
        <source>Start shift</source>
        <translation>Starta pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="76"/>
        <source>No new conversations while paused</source>
        <translation>Inga nya samtal under pausen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="77"/>
        <source>End shift</source>
        <translation>Avsluta pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="78"/>
        <source>Ask for a debrief…</source>
        <translation>Be om avlastningssamtal…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="80"/>
        <source>A talk with a supervisor about a conversation or the shift</source>
        <translation>Ett samtal med en handledare om ett samtal eller om passet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="93"/>
        <source>Off shift</source>
        <translation>Inte på pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="94"/>
        <source>On shift</source>
        <translation>På pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="95"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="135"/>
        <source>End your shift?</source>
        <translation>Vill du avsluta ditt pass?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="137"/>
        <source>You still have {0} open conversation(s). Hand them back to the queue so another host can continue, or end them, before your shift ends.</source>
        <translation>Du har fortfarande öppna samtal ({0}). Lägg tillbaka dem i kön så att en annan stödperson kan fortsätta, eller avsluta dem, innan ditt pass tar slut.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="143"/>
        <source>Hand back and end shift</source>
        <translation>Lägg tillbaka och avsluta pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="148"/>
        <source>End them and end shift</source>
        <translation>Avsluta samtalen och passet</translation>
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
        <translation>Kollegor</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="112"/>
        <source>Show who asked</source>
        <translation>Visa vem som har bett om det</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="115"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="116"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="117"/>
        <source>Shift</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="118"/>
        <source>Holding</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="119"/>
        <source>Busy for</source>
        <translation>Utan paus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="120"/>
        <source>Console</source>
        <translation>Konsol</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="121"/>
        <source>Debrief</source>
        <translation>Avlastning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="124"/>
        <source>Colleagues on the shift</source>
        <translation>Kollegor på passet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="126"/>
        <source>On shift</source>
        <translation>På pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="127"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="128"/>
        <source>Off shift</source>
        <translation>Inte på pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Host</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="192"/>
        <source>{0} asked for a debrief</source>
        <translation>{0} har bett om avlastningssamtal</translation>
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
        <translation>Ansluten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="223"/>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="255"/>
        <source>Taken by {0}</source>
        <translation>Tas av {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="270"/>
        <source>Asked at {0}</source>
        <translation>Begärt kl. {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="272"/>
        <source>Asked for a debrief</source>
        <translation>Har bett om avlastningssamtal</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="301"/>
        <source>Take the debrief request</source>
        <translation>Ta avlastningssamtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="304"/>
        <source>Take the debrief request of {0}</source>
        <translation>Ta avlastningssamtalet med {0}</translation>
    </message>
</context>
<context>
    <name>SupervisionBar</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="132"/>
        <source>Join openly</source>
        <translation>Delta öppet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="134"/>
        <source>The visitor is told a supervisor has joined, and you can write to them</source>
        <translation>Den stödsökande får veta att en handledare är med, och du kan skriva till den stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="136"/>
        <source>Read along only</source>
        <translation>Bara läs med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="137"/>
        <source>Stop writing to the visitor; keep reading along</source>
        <translation>Sluta skriva till den stödsökande, men fortsätt läsa med</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="138"/>
        <source>Take over…</source>
        <translation>Ta över…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="139"/>
        <source>Become the host of this conversation</source>
        <translation>Bli stödperson i det här samtalet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="140"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="141"/>
        <source>Stop following this conversation and close it</source>
        <translation>Sluta följa det här samtalet och stäng fliken</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="162"/>
        <source>You stay to learn: reading along — the visitor does not see you.</source>
        <translation>Du stannar för att lära dig: du läser med – den stödsökande ser dig inte.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="164"/>
        <source>You have joined openly — the visitor sees a supervisor.</source>
        <translation>Du deltar öppet – den stödsökande ser att en handledare är med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="166"/>
        <source>You are reading along — the visitor does not see you.</source>
        <translation>Du läser med – den stödsökande ser dig inte.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="72"/>
        <location filename="../chathost/ui/supervision_bar.py" line="84"/>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="73"/>
        <source>Take over this conversation from {0}?</source>
        <translation>Vill du ta över samtalet från {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="76"/>
        <source>You become the host. The visitor is told that another person from the service is now answering.</source>
        <translation>Du blir stödperson. Den stödsökande får veta att en annan person från tjänsten svarar nu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="81"/>
        <source>Release {0}: the conversation leaves their console</source>
        <translation>Släpp {0}: samtalet försvinner från stödpersonens konsol</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="83"/>
        <source>Let {0} stay and read along to learn</source>
        <translation>Låt {0} stanna och läsa med för att lära sig</translation>
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
        <translation>Automatiskt meddelande till den stödsökande</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="27"/>
        <source>Private · {0}</source>
        <translation>Privat · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="31"/>
        <source>Supervisor · {0}</source>
        <translation>Handledare · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="40"/>
        <source>{0} is reading along.</source>
        <translation>{0} läser med.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="41"/>
        <source>{0} joined the conversation openly.</source>
        <translation>{0} gick öppet in i samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="44"/>
        <source>{0} left the conversation.</source>
        <translation>{0} lämnade samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="45"/>
        <source>{0} took over the conversation.</source>
        <translation>{0} tog över samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="48"/>
        <source>{0} took over; the earlier host stays to learn.</source>
        <translation>{0} tog över. Den förra stödpersonen stannar för att lära sig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="51"/>
        <source>The conversation was transferred to {0}.</source>
        <translation>Samtalet överfördes till {0}.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="368"/>
        <source>Conversation transcript</source>
        <translation>Samtalet</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="124"/>
        <source>&amp;Note for your colleague (optional):</source>
        <translation>&amp;Anteckning till din kollega (valfritt):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="145"/>
        <source>Transfer {0} to a colleague</source>
        <translation>Överför {0} till en kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="148"/>
        <source>{0} stays with you until your colleague accepts: keep answering meanwhile. The offer runs out after 2 minutes. When your colleague accepts, the visitor is told that another person from the service continues the conversation, and your note goes to your colleague.</source>
        <translation>{0} stannar hos dig tills din kollega tar emot samtalet, så fortsätt svara under tiden. Erbjudandet går ut efter 2 minuter. När din kollega tar emot får den stödsökande veta att en annan person från tjänsten fortsätter samtalet, och din anteckning går till din kollega.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="154"/>
        <source>Colleagues who work on {0}:</source>
        <translation>Kollegor i {0}:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="155"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="158"/>
        <source>Nobody can take it right now. You can keep it, refer it to another service, or ask for supervision.</source>
        <translation>Ingen kan ta samtalet just nu. Du kan behålla det, hänvisa det till en annan tjänst eller be om handledning.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Can take it now</source>
        <translation>Kan ta det nu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="189"/>
        <source>{0} — holds {1} of {2}</source>
        <translation>{0} – har {1} av {2}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Not available now</source>
        <translation>Inte tillgänglig nu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="164"/>
        <source>Offer the transfer</source>
        <translation>Erbjud överföring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="194"/>
        <source>Holds 1 conversation now; at most {0}.</source>
        <translation>Har 1 samtal nu, högst {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="196"/>
        <source>Holds {0} conversations now; at most {1}.</source>
        <translation>Har {0} samtal nu, högst {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="207"/>
        <source>{0} — off shift</source>
        <translation>{0} – inte på pass</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="209"/>
        <source>{0} — paused</source>
        <translation>{0} – pausad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="211"/>
        <source>{0} — not connected</source>
        <translation>{0} – inte ansluten</translation>
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
        <translation>En kollega erbjuder dig ett samtal ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="277"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} erbjuder dig ett samtal: {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="316"/>
        <source>Transfer</source>
        <translation>Överföring</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="317"/>
        <source>Cancel the transfer</source>
        <translation>Avbryt överföringen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="318"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="319"/>
        <source>Hide this line</source>
        <translation>Dölj den här raden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="347"/>
        <source>{0} cannot take it right now (off shift, paused or not connected). The conversation is still yours.</source>
        <translation>{0} kan inte ta samtalet just nu (inte på pass, pausad eller inte ansluten). Samtalet är fortfarande ditt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="352"/>
        <source>{0} already holds as many conversations as this service allows. The conversation is still yours.</source>
        <translation>{0} har redan så många samtal som den här tjänsten tillåter. Samtalet är fortfarande ditt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="356"/>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>En överföring av det här samtalet väntar redan på svar.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="358"/>
        <source>This conversation is no longer open.</source>
        <translation>Det här samtalet är inte längre öppet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="359"/>
        <source>The transfer was not offered: {0}</source>
        <translation>Överföringen erbjöds inte: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="385"/>
        <source>Waiting for {0} to accept… ({1})</source>
        <translation>Väntar på att {0} ska ta emot… ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="387"/>
        <source>{0} offered this conversation to {1}. Waiting for an answer… ({2})</source>
        <translation>{0} har erbjudit samtalet till {1}. Väntar på svar… ({2})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="408"/>
        <source>{0} transferred this conversation to you.</source>
        <translation>{0} överförde samtalet till dig.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="410"/>
        <source>{0} accepted the transfer. The conversation continues with them.</source>
        <translation>{0} tog emot överföringen och fortsätter samtalet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="412"/>
        <source>{0} declined the transfer. The conversation is still yours.</source>
        <translation>{0} avböjde överföringen. Samtalet är fortfarande ditt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="414"/>
        <source>{0} declined the transfer.</source>
        <translation>{0} avböjde överföringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="416"/>
        <source>{0} did not answer in time. The conversation is still yours.</source>
        <translation>{0} svarade inte i tid. Samtalet är fortfarande ditt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="418"/>
        <source>{0} did not answer in time.</source>
        <translation>{0} svarade inte i tid.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="420"/>
        <source>The transfer to {0} was cancelled. The conversation is still yours.</source>
        <translation>Överföringen till {0} avbröts. Samtalet är fortfarande ditt.</translation>
    </message>
</context>
<context>
    <name>WhisperBox</name>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="71"/>
        <source>Private — only the host and supervisors see this</source>
        <translation>Privat – bara stödpersonen och handledarna ser detta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="72"/>
        <source>Send privately</source>
        <translation>Skicka privat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="73"/>
        <location filename="../chathost/ui/whisper_box.py" line="74"/>
        <source>Only the host and supervisors see it</source>
        <translation>Bara stödpersonen och handledarna ser det</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="115"/>
        <source>Not sent — your text is kept. {0}</source>
        <translation>Inte skickat – din text finns kvar. {0}</translation>
    </message>
</context>
<context>
    <name>WipeReceipt</name>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="25"/>
        <source>Your notes may not have been deleted completely. Tell your supervisor, or run “chathost wipe” on this computer.</source>
        <translation>Dina anteckningar kanske inte har raderats helt. Säg till din handledare, eller kör ”chathost wipe” på den här datorn.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="33"/>
        <source>Your notes were deleted in {0} s.</source>
        <translation>Dina anteckningar raderades på {0} s.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="38"/>
        <source>Your notes were deleted.</source>
        <translation>Dina anteckningar raderades.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="40"/>
        <source>1 note</source>
        <translation>1 anteckning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="42"/>
        <source>{0} notes</source>
        <translation>{0} anteckningar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="45"/>
        <source>1 file deleted</source>
        <translation>1 fil raderad</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="47"/>
        <source>{0} files deleted</source>
        <translation>{0} filer raderade</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="50"/>
        <source>The key was removed from the keyring.</source>
        <translation>Nyckeln togs bort från nyckelringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="52"/>
        <source>The key could NOT be removed from the keyring.</source>
        <translation>Nyckeln kunde INTE tas bort från nyckelringen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="66"/>
        <source>Notes deleted</source>
        <translation>Anteckningarna är raderade</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="67"/>
        <source>Notes not fully deleted</source>
        <translation>Anteckningarna är inte helt raderade</translation>
    </message>
</context>
<context>
    <name>Wrapup</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="30"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="31"/>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="32"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="33"/>
        <source>Suicidal thoughts</source>
        <translation>Självmordstankar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="34"/>
        <source>Self-harm</source>
        <translation>Självskada</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="35"/>
        <source>Violence or abuse</source>
        <translation>Våld eller övergrepp</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="36"/>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="37"/>
        <source>Bullying</source>
        <translation>Mobbning</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="38"/>
        <source>Loneliness</source>
        <translation>Ensamhet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="39"/>
        <source>Family and relationships</source>
        <translation>Familj och relationer</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="40"/>
        <source>School or work</source>
        <translation>Skola eller arbete</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="41"/>
        <source>Identity and sexuality</source>
        <translation>Identitet och sexualitet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="42"/>
        <source>Other</source>
        <translation>Annat</translation>
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
        <translation>Över 25</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="48"/>
        <source>Don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="49"/>
        <source>Girl / woman</source>
        <translation>Tjej / kvinna</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="50"/>
        <source>Boy / man</source>
        <translation>Kille / man</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="51"/>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
</context>
<context>
    <name>WrapupForm</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="141"/>
        <source>Wrap-up: anonymous statistics</source>
        <translation>Avslutningsformulär: anonym statistik</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="144"/>
        <source>Nothing here identifies the visitor. The risk level and any referral are recorded for you.</source>
        <translation>Inget här kan identifiera den stödsökande. Risknivå och eventuell hänvisning registreras automatiskt.</translation>
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
        <translation>Inga namn, platser eller kontaktuppgifter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="165"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="166"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="207"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="209"/>
        <source>Saved. Thank you.</source>
        <translation>Sparat. Tack.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="211"/>
        <source>Not saved: {0} Try again.</source>
        <translation>Inte sparat: {0} Försök igen.</translation>
    </message>
</context>
</TS>
