<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AcuteSteps</name>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="81"/>
        <source>Acute danger — emergency steps</source>
        <translation>Välitön vaara – hätätilanteen toimintaohjeet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="82"/>
        <source>Hide the steps</source>
        <translation>Piilota toimintaohjeet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="83"/>
        <source>The flag stays; the steps can be shown again.</source>
        <translation>Välittömän vaaran merkintä säilyy. Toimintaohjeet saa näkyviin uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="116"/>
        <source>This service&apos;s guideline pack has no emergency numbers. Call your supervisor now.</source>
        <translation>Tämän palvelun ohjepaketissa ei ole hätänumeroita. Soita heti vuorovastaavalle.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="130"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="131"/>
        <source>Copy {0}</source>
        <translation>Kopioi {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="133"/>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="134"/>
        <source>Insert {0} into the reply</source>
        <translation>Lisää {0} vastaukseen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="153"/>
        <source>The flag could not be set: {0} Call your supervisor now.</source>
        <translation>Merkintää ei voitu tehdä: {0} Soita vuorovastaavalle nyt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="157"/>
        <source>Sending the alert to the supervisors… Follow the steps now.</source>
        <translation>Hälytystä lähetetään vuorovastaaville… Toimi ohjeiden mukaan nyt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="162"/>
        <source>Not sent yet: no connection to the server. The alert goes out as soon as the console is back online. Follow the steps now.</source>
        <translation>Hälytystä ei ole vielä lähetetty, koska yhteys palvelimeen puuttuu. Hälytys lähtee heti, kun konsoli on taas verkossa. Toimi nyt ohjeiden mukaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="168"/>
        <source>{0} has answered and is coming.</source>
        <translation>{0} vastasi ja on tulossa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="174"/>
        <source>Supervisors alerted at {0}. Follow the steps now.</source>
        <translation>Vuorovastaavat hälytettiin klo {0}. Toimi nyt ohjeiden mukaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/acute_steps.py" line="179"/>
        <source>Follow the steps now.</source>
        <translation>Toimi nyt ohjeiden mukaan.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="57"/>
        <source>Block {0}?</source>
        <translation>Estetäänkö yhteydenottaja {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="60"/>
        <source>Blocking ends the conversation now and stops new chats from this visitor&apos;s browser for a day. Only the reason is kept, nothing about the person. Your supervisor can lift the block.</source>
        <translation>Estäminen lopettaa keskustelun heti, eikä tämän yhteydenottajan selaimesta voi aloittaa uusia keskusteluja vuorokauteen. Vain syy tallennetaan, ei mitään henkilöstä. Vuorovastaava voi poistaa eston.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="66"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="69"/>
        <source>Block and end</source>
        <translation>Estä ja lopeta</translation>
    </message>
</context>
<context>
    <name>BlockReason</name>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="19"/>
        <source>Abusive or hateful language</source>
        <translation>Loukkaava tai vihamielinen kielenkäyttö</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="20"/>
        <source>Sexual harassment</source>
        <translation>Seksuaalinen häirintä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="21"/>
        <source>Threats against the host</source>
        <translation>Päivystäjän uhkailu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="22"/>
        <source>Spam or trolling</source>
        <translation>Roskaviestit tai trollaus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/block_dialog.py" line="23"/>
        <source>Other misuse of the chat</source>
        <translation>Muu chatin väärinkäyttö</translation>
    </message>
</context>
<context>
    <name>BreakBanner</name>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="47"/>
        <source>Break reminder</source>
        <translation>Taukomuistutus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="48"/>
        <source>Remind me later</source>
        <translation>Muistuta myöhemmin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="49"/>
        <source>Hide this reminder for 30 minutes</source>
        <translation>Piilota muistutus 30 minuutiksi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/break_banner.py" line="85"/>
        <source>You have been in conversations for {0} without a break. Consider a short pause when you can: pause your shift, and new visitors go to your colleagues.</source>
        <translation>Olet ollut keskusteluissa {0} ilman taukoa. Voisit pitää lyhyen tauon, kun ehdit: laita vuoro tauolle, niin uudet yhteydenottajat menevät kollegoillesi.</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="111"/>
        <source>How serious is it?</source>
        <translation>Kuinka vakavasta on kyse?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="112"/>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="118"/>
        <source>Risk level:</source>
        <translation>Riskitaso:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="119"/>
        <source>Risk level for this conversation</source>
        <translation>Tämän keskustelun riskitaso</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="122"/>
        <source>Use the acute-danger action…</source>
        <translation>Käytä Välitön vaara -toimintoa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="123"/>
        <source>Use the acute-danger action</source>
        <translation>Käytä Välitön vaara -toimintoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="129"/>
        <source>Not set</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="130"/>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="131"/>
        <source>Medium</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="132"/>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="133"/>
        <source>Acute</source>
        <translation>Akuutti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="165"/>
        <source>The checklist suggests: nothing answered yet</source>
        <translation>Tarkistuslistan ehdotus: ei vielä vastauksia</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="168"/>
        <source>The checklist suggests: {0}</source>
        <translation>Tarkistuslistan ehdotus: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="173"/>
        <source>Acute risk: consider the acute-danger action</source>
        <translation>Akuutti riski: harkitse Välitön vaara -toimintoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="175"/>
        <source>High risk: consider the acute-danger action</source>
        <translation>Korkea riski: harkitse Välitön vaara -toimintoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_checklist.py" line="179"/>
        <source>Emergency numbers: {0}</source>
        <translation>Hätänumerot: {0}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="41"/>
        <source>Private message</source>
        <translation>Yksityinen viesti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="78"/>
        <source>Write privately… (Enter sends, Shift+Enter: new line)</source>
        <translation>Kirjoita yksityisesti… (Enter lähettää, Vaihto+Enter: uusi rivi)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="80"/>
        <source>Write privately… (Ctrl+Enter sends)</source>
        <translation>Kirjoita yksityisesti… (Ctrl+Enter lähettää)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="82"/>
        <source>Write to the visitor… (Enter sends, Shift+Enter: new line)</source>
        <translation>Kirjoita yhteydenottajalle… (Enter lähettää, Vaihto+Enter: uusi rivi)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="84"/>
        <source>Write to the visitor… (Ctrl+Enter sends)</source>
        <translation>Kirjoita yhteydenottajalle… (Ctrl+Enter lähettää)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="86"/>
        <source>Write a reply… (Enter sends, Shift+Enter: new line)</source>
        <translation>Kirjoita vastaus… (Enter lähettää, Vaihto+Enter: uusi rivi)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/composer.py" line="88"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Kirjoita vastaus… (Ctrl+Enter lähettää)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../chathost/ui/banner.py" line="31"/>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="42"/>
        <source>You have been logged out. Log in again to continue.</source>
        <translation>Sinut on kirjattu ulos. Kirjaudu uudelleen sisään jatkaaksesi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="44"/>
        <source>Not connected.</source>
        <translation>Ei yhteyttä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="46"/>
        <source>Connecting to the server…</source>
        <translation>Yhdistetään palvelimeen…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="50"/>
        <source>Connection to the server lost. Reconnecting… {0} message(s) will be sent as soon as the connection is back.</source>
        <translation>Yhteys palvelimeen katkesi. Yhdistetään uudelleen… Lähettämättömiä viestejä: {0}. Ne lähetetään heti, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="55"/>
        <source>Connection to the server lost. Reconnecting… What you write now is sent when the connection is back.</source>
        <translation>Yhteys palvelimeen katkesi. Yhdistetään uudelleen… Nyt kirjoittamasi viestit lähetetään, kun yhteys palaa.</translation>
    </message>
</context>
<context>
    <name>ConversationSupport</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="116"/>
        <source>(no note)</source>
        <translation>(ei siirtomuistiinpanoa)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="118"/>
        <source>Referred from {0}. Note from the previous host: {1}</source>
        <translation>Ohjattu palvelusta {0}. Edellisen päivystäjän siirtomuistiinpano: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="125"/>
        <source>Note from {0}: {1}</source>
        <translation>Muistiinpano henkilöltä {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="131"/>
        <source>Handed back to the queue earlier. Handover note: {0}</source>
        <translation>Palautettu aiemmin jonoon. Siirtomuistiinpano: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="185"/>
        <source>Flag acute danger?</source>
        <translation>Merkitäänkö välitön vaara?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="187"/>
        <source>Supervisors are alerted at once, at top priority, and the emergency steps open beside the conversation. Use it when a life may be in danger now.</source>
        <translation>Vuorovastaavat hälytetään heti kiireellisimpänä, ja hätätilanteen toimintaohjeet avautuvat keskustelun viereen. Käytä tätä, kun jonkun henki voi olla vaarassa juuri nyt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="191"/>
        <source>Flag acute danger</source>
        <translation>Merkitse välitön vaara</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="192"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="103"/>
        <location filename="../chathost/ui/conversation_tab.py" line="207"/>
        <source>Time since you took this conversation</source>
        <translation>Aika siitä, kun otit tämän keskustelun</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="55"/>
        <source>Private channel</source>
        <translation>Yksityinen kanava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="58"/>
        <source>Write privately to the supervisors; the visitor never sees it</source>
        <translation>Kirjoita yksityisesti vuorovastaaville – yhteydenottaja ei näe sitä koskaan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="202"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="203"/>
        <source>Phrases</source>
        <translation>Fraasit</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="204"/>
        <source>Insert a quick phrase into the reply</source>
        <translation>Lisää valmis fraasi vastaukseen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="205"/>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close…</source>
        <translation>Sulje…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="206"/>
        <source>End the conversation or hand it back</source>
        <translation>Lopeta keskustelu tai palauta se jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="274"/>
        <source>A message was not sent. Right-click it to retry.</source>
        <translation>Viestiä ei lähetetty. Yritä uudelleen napsauttamalla sitä hiiren kakkospainikkeella.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="308"/>
        <source>The conversation has ended</source>
        <translation>Keskustelu on päättynyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="311"/>
        <source>Referred to {0}</source>
        <translation>Ohjattu palveluun {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="314"/>
        <source>Handed back to the queue</source>
        <translation>Palautettu jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="317"/>
        <source>Now with {0}</source>
        <translation>Nyt hoitaa: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="319"/>
        <source>The visitor has left the page</source>
        <translation>Yhteydenottaja on poistunut sivulta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="336"/>
        <source>The visitor is writing…</source>
        <translation>Yhteydenottaja kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="339"/>
        <source>{0} is writing to the visitor…</source>
        <translation>{0} kirjoittaa yhteydenottajalle…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="342"/>
        <source>{0} are writing to the visitor…</source>
        <translation>{0} kirjoittavat yhteydenottajalle…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="87"/>
        <source>Join openly to write to the visitor</source>
        <translation>Liity avoimesti, niin voit kirjoittaa yhteydenottajalle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="89"/>
        <source>You are reading along: write to your colleagues in the private box</source>
        <translation>Seuraat keskustelua: kirjoita kollegoillesi yksityiseen kenttään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="327"/>
        <source>Close tab</source>
        <translation>Sulje välilehti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="99"/>
        <source>Time since the host took this conversation</source>
        <translation>Aika siitä, kun päivystäjä otti tämän keskustelun</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="123"/>
        <source>{0} has joined — the visitor sees a supervisor.</source>
        <translation>{0} liittyi avoimesti – yhteydenottaja näkee, että vuorovastaava on mukana.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_supervision.py" line="127"/>
        <source>{0} is reading along.</source>
        <translation>{0} seuraa keskustelua.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="54"/>
        <source>Retry sending</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="59"/>
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_actions.py" line="63"/>
        <source>Copy text</source>
        <translation>Kopioi teksti</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="72"/>
        <source>Open conversations</source>
        <translation>Avoimet keskustelut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="199"/>
        <source>{0} — joined</source>
        <translation>{0} – liittynyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="201"/>
        <source>{0} — reading along</source>
        <translation>{0} – seuraamassa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="203"/>
        <source>{0} — closed</source>
        <translation>{0} – suljettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="205"/>
        <source>⚠ {0} — acute</source>
        <translation>⚠ {0} – akuutti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="207"/>
        <source>⚠ {0} — high risk</source>
        <translation>⚠ {0} – korkea riski</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="313"/>
        <source>Close the conversation with {0}?</source>
        <translation>Suljetaanko keskustelu yhteydenottajan {0} kanssa?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="315"/>
        <source>The conversation with {0} is still open. Closing the tab does not end it. What do you want to do?</source>
        <translation>Keskustelu yhteydenottajan {0} kanssa on vielä auki. Välilehden sulkeminen ei lopeta sitä. Mitä haluat tehdä?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="321"/>
        <source>End the conversation</source>
        <translation>Lopeta keskustelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="326"/>
        <source>Hand back to the queue</source>
        <translation>Palauta jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="329"/>
        <source>Keep it open</source>
        <translation>Pidä auki</translation>
    </message>
</context>
<context>
    <name>DebriefPrompt</name>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="58"/>
        <source>Debrief</source>
        <translation>Purkukeskustelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="59"/>
        <source>Ask for a debrief</source>
        <translation>Pyydä purkukeskustelua</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="60"/>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="90"/>
        <source>Your shift has ended. Thank you for today. Would you like a debrief talk with a supervisor?</source>
        <translation>Vuorosi on päättynyt. Kiitos tästä päivästä. Haluatko purkukeskustelun vuorovastaavan kanssa?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="94"/>
        <source>Would you like a debrief talk with a supervisor? A supervisor of your services is told, and contacts you.</source>
        <translation>Haluatko purkukeskustelun vuorovastaavan kanssa? Palvelujesi vuorovastaava saa tiedon ja ottaa sinuun yhteyttä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="149"/>
        <source>A supervisor</source>
        <translation>Vuorovastaava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="150"/>
        <source>{0} will take your debrief.</source>
        <translation>{0} pitää purkukeskustelun kanssasi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/debrief_prompt.py" line="152"/>
        <source>A supervisor has been asked. They will contact you.</source>
        <translation>Vuorovastaavalle on ilmoitettu. Hän ottaa sinuun yhteyttä.</translation>
    </message>
</context>
<context>
    <name>DismissedRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="227"/>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="228"/>
        <source>Reopen {0}</source>
        <translation>Avaa uudelleen: {0}</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="11"/>
        <source>under 1 min</source>
        <translation>alle 1 min</translation>
    </message>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="13"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../chathost/ui/timefmt.py" line="14"/>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../chathost/ui/errors.py" line="13"/>
        <source>Wrong username or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="14"/>
        <source>This account is disabled. Ask your supervisor or administrator.</source>
        <translation>Tämä tili on poistettu käytöstä. Ota yhteyttä vuorovastaavaan tai ylläpitäjään.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="17"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Istuntosi on päättynyt. Kirjaudu uudelleen sisään.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="18"/>
        <source>Cannot reach the server. Check the address and the network; the console keeps trying.</source>
        <translation>Palvelimeen ei saada yhteyttä. Tarkista osoite ja verkkoyhteys. Konsoli yrittää edelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="22"/>
        <source>The server&apos;s certificate is not trusted. Do not continue: call your administrator (the centre&apos;s CA file may be missing).</source>
        <translation>Palvelimen varmenteeseen ei luoteta. Älä jatka: soita ylläpitäjälle (keskuksen CA-tiedosto voi puuttua).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="27"/>
        <source>This console does not match the server&apos;s version. Ask your administrator to update the console.</source>
        <translation>Tämä konsoli ei sovi yhteen palvelimen version kanssa. Pyydä ylläpitäjää päivittämään konsoli.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="32"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Liian monta yritystä. Odota minuutti ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="33"/>
        <location filename="../chathost/ui/errors.py" line="54"/>
        <source>You may not do that.</source>
        <translation>Sinulla ei ole oikeutta tähän.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="34"/>
        <source>The server refused the request.</source>
        <translation>Palvelin hylkäsi pyynnön.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="35"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Palvelimella oli ongelma. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="39"/>
        <source>Start your shift first.</source>
        <translation>Aloita ensin vuoro.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="40"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vuorosi on tauolla. Jatka vuoroa, niin voit ottaa keskusteluja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="43"/>
        <source>You already hold as many conversations as this service allows.</source>
        <translation>Sinulla on jo niin monta keskustelua kuin tässä palvelussa on sallittu.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="46"/>
        <source>Nobody is waiting.</source>
        <translation>Kukaan ei odota.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="47"/>
        <source>That visitor is no longer waiting: someone else took the conversation.</source>
        <translation>Yhteydenottaja ei enää odota: joku muu otti keskustelun.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="50"/>
        <source>This conversation has ended.</source>
        <translation>Tämä keskustelu on päättynyt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="51"/>
        <source>You still hold open conversations. End them or hand them back first.</source>
        <translation>Sinulla on vielä avoimia keskusteluja. Lopeta ne tai palauta ne ensin jonoon.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="55"/>
        <source>The message is too long. Split it into shorter messages.</source>
        <translation>Viesti on liian pitkä. Jaa se useampaan viestiin.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="58"/>
        <source>Too many messages at once. Wait a moment.</source>
        <translation>Liian monta viestiä kerralla. Odota hetki.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="59"/>
        <source>The server could not save that. Try again in a moment.</source>
        <translation>Palvelin ei pystynyt tallentamaan tätä. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="62"/>
        <source>That conversation no longer exists.</source>
        <translation>Keskustelua ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/errors.py" line="65"/>
        <source>Something went wrong. Try again; if it keeps happening, call your supervisor.</source>
        <translation>Jokin meni vikaan. Yritä uudelleen. Jos ongelma toistuu, soita vuorovastaavalle.</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="92"/>
        <location filename="../chathost/ui/escalation_bar.py" line="172"/>
        <source>Ask for supervision</source>
        <translation>Pyydä ohjausta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="93"/>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Acute danger…</source>
        <translation>Välitön vaara…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="94"/>
        <source>Refer…</source>
        <translation>Ohjaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="96"/>
        <source>Transfer…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="97"/>
        <source>Transfer to a colleague</source>
        <translation>Siirrä kollegalle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="99"/>
        <source>Transfer to a colleague… ({0})</source>
        <translation>Siirrä kollegalle… ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="101"/>
        <source>Block…</source>
        <translation>Estä…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="165"/>
        <source>Show emergency steps</source>
        <translation>Näytä hätätilanteen toimintaohjeet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="170"/>
        <source>Asking for a supervisor…</source>
        <translation>Pyydetään vuorovastaavaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="175"/>
        <source>Cancel the request</source>
        <translation>Peru pyyntö</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="178"/>
        <source>Supervisor coming</source>
        <translation>Vuorovastaava tulossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="181"/>
        <source>{0} is coming (answered at {1}).</source>
        <translation>{0} on tulossa (vastasi klo {1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="190"/>
        <source>No supervisor of this service is on shift. The request stays open; use your centre&apos;s back-up plan (phone your supervisor).</source>
        <translation>Yksikään tämän palvelun vuorovastaava ei ole nyt vuorossa. Pyyntö pysyy voimassa. Toimi keskuksesi varasuunnitelman mukaan (soita vuorovastaavalle).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="195"/>
        <source>Waiting for a supervisor… nobody has answered yet; alerted {0} times.</source>
        <translation>Odotetaan vuorovastaavaa… Kukaan ei ole vielä vastannut. Hälytetty {0} kertaa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/escalation_bar.py" line="197"/>
        <source>Waiting for a supervisor… Supervisors on shift alerted: {0}.</source>
        <translation>Odotetaan vuorovastaavaa… Hälytetyt vuorossa olevat vuorovastaavat: {0}.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="238"/>
        <source>Alias</source>
        <translation>Yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="239"/>
        <source>Host</source>
        <translation>Päivystäjä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="240"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="241"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="242"/>
        <source>Since visitor wrote</source>
        <translation>Yhteydenottajan viestistä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="243"/>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="244"/>
        <source>Escalation</source>
        <translation>Avunpyyntö</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="245"/>
        <source>Supervisors</source>
        <translation>Vuorovastaavat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="249"/>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="250"/>
        <source>Medium</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="251"/>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="252"/>
        <source>Acute</source>
        <translation>Akuutti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="255"/>
        <source>ACUTE DANGER</source>
        <translation>VÄLITÖN VAARA</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="256"/>
        <source>Asks for help</source>
        <translation>Pyytää apua</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="257"/>
        <source>Help on the way</source>
        <translation>Apu on tulossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="260"/>
        <source>Enter or double-click: read along in this conversation</source>
        <translation>Enter tai kaksoisnapsautus: seuraa tätä keskustelua</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="344"/>
        <source>Sort by this column (urgent conversations always stay on top)</source>
        <translation>Lajittele tämän sarakkeen mukaan (kiireelliset keskustelut pysyvät aina ylimpänä)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="411"/>
        <source>{0} (joined)</source>
        <translation>{0} (liittynyt)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="412"/>
        <source>{0} (reading along)</source>
        <translation>{0} (seuraamassa)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="221"/>
        <location filename="../chathost/ui/floor_view.py" line="222"/>
        <source>Conversations on the floor</source>
        <translation>Käynnissä olevat keskustelut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="225"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Järjestä:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="226"/>
        <source>Sort the conversations by</source>
        <translation>Keskustelujen järjestys</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="227"/>
        <source>Sort order</source>
        <translation>Järjestyksen suunta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="228"/>
        <source>Urgent conversations always stay on top.</source>
        <translation>Kiireelliset keskustelut pysyvät aina ylimpänä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="239"/>
        <location filename="../chathost/ui/floor_view.py" line="240"/>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="274"/>
        <source>Acute danger: {0}</source>
        <translation>Välitön vaara: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="276"/>
        <source>Asking for help: {0}</source>
        <translation>Pyytää apua: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="281"/>
        <source>1 conversation, {0} waiting in the queues</source>
        <translation>Keskusteluja: 1, jonoissa odottaa: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="283"/>
        <source>{0} conversations, {1} waiting in the queues</source>
        <translation>Keskusteluja: {0}, jonoissa odottaa: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Longest first</source>
        <translation>Pisin ensin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="319"/>
        <source>Shortest first</source>
        <translation>Lyhyin ensin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>Z to A</source>
        <translation>Ö–A</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="320"/>
        <source>A to Z</source>
        <translation>A–Ö</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Highest first</source>
        <translation>Korkein ensin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_view.py" line="324"/>
        <source>Lowest first</source>
        <translation>Matalin ensin</translation>
    </message>
</context>
<context>
    <name>GuidelineCard</name>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="150"/>
        <source>Show or hide this guideline</source>
        <translation>Näytä tai piilota tämä ohje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Pin</source>
        <translation>Kiinnitä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Pin {0}</source>
        <translation>Kiinnitä {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="151"/>
        <source>Dismiss</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="152"/>
        <source>Dismiss {0}</source>
        <translation>Ohita {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="153"/>
        <source>Back because the risk grew</source>
        <translation>Palasi esiin, koska riski kasvoi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="154"/>
        <source>Where to get help</source>
        <translation>Mistä saa apua</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="155"/>
        <source>Phrases you can use</source>
        <translation>Fraaseja, joita voit käyttää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="185"/>
        <source>For information</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="186"/>
        <source>Good to know</source>
        <translation>Hyvä tietää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="187"/>
        <source>Important</source>
        <translation>Tärkeä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="188"/>
        <source>Serious</source>
        <translation>Vakava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="189"/>
        <source>Very serious</source>
        <translation>Erittäin vakava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="190"/>
        <source>Acute</source>
        <translation>Akuutti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="200"/>
        <source>Unpin</source>
        <translation>Irrota</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="202"/>
        <source>Unpin {0}</source>
        <translation>Irrota {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="215"/>
        <source>“{0}”</source>
        <translation>”{0}”</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="216"/>
        <source>Appeared because the visitor wrote: {0}</source>
        <translation>Näkyy, koska yhteydenottaja kirjoitti: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="218"/>
        <source>Pinned by you</source>
        <translation>Kiinnitit tämän itse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Expanded</source>
        <translation>Laajennettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_card.py" line="244"/>
        <source>Collapsed</source>
        <translation>Supistettu</translation>
    </message>
</context>
<context>
    <name>GuidelinePanel</name>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="325"/>
        <source>New guidance above</source>
        <translation>Uusi ohje yläpuolella</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="95"/>
        <source>No guidelines for this service yet</source>
        <translation>Tälle palvelulle ei ole vielä ohjeita</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="96"/>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="100"/>
        <source>No card so far. Cards appear when the visitor&apos;s words match the guidelines; no card does not mean no risk. If you are unsure, ask.</source>
        <translation>Ei kortteja toistaiseksi. Kortti tulee näkyviin, kun yhteydenottajan sanat vastaavat ohjeita; se, ettei korttia näy, ei tarkoita, ettei vaaraa ole. Jos olet epävarma, kysy.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="104"/>
        <source>Always</source>
        <translation>Aina esillä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="105"/>
        <source>Guidelines</source>
        <translation>Toimintaohjeet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="298"/>
        <source>Dismissed ({0})</source>
        <translation>Ohitetut ({0})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_panel.py" line="327"/>
        <source>↑ New guidance above: {0}</source>
        <translation>↑ Uusi ohje yläpuolella: {0}</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="43"/>
        <source>Hand {0} back to the queue</source>
        <translation>Palauta yhteydenottaja {0} jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="46"/>
        <source>{0} waits at the front of the queue for the next host. Your note goes with the conversation; the visitor never sees it.</source>
        <translation>Yhteydenottaja {0} odottaa jonon kärjessä seuraavaa päivystäjää. Siirtomuistiinpanosi kulkee keskustelun mukana, eikä yhteydenottaja näe sitä koskaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handback_dialog.py" line="50"/>
        <source>Hand back</source>
        <translation>Palauta jonoon</translation>
    </message>
</context>
<context>
    <name>HandoverField</name>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="57"/>
        <source>Handover &amp;note for the next host (optional):</source>
        <translation>Siirto&amp;muistiinpano seuraavalle päivystäjälle (vapaaehtoinen):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="58"/>
        <source>Handover note</source>
        <translation>Siirtomuistiinpano</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="60"/>
        <source>What the next host should know. No names or contact details.</source>
        <translation>Mitä seuraavan päivystäjän on hyvä tietää. Ei nimiä eikä yhteystietoja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="62"/>
        <source>Add my notes</source>
        <translation>Lisää muistiinpanoni</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="65"/>
        <source>Copy your private notes on this conversation into the handover note. Read and edit them here: the next host sees exactly what is in this box.</source>
        <translation>Kopioi tätä keskustelua koskevat yksityiset muistiinpanosi siirtomuistiinpanoon. Lue ja muokkaa niitä tässä: seuraava päivystäjä näkee täsmälleen sen, mitä tässä kentässä lukee.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="88"/>
        <source>{0} of {1} characters — too long: shorten it to send it.</source>
        <translation>{0}/{1} merkkiä — liian pitkä: lyhennä tekstiä, niin voit lähettää sen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/handover_field.py" line="90"/>
        <source>{0} of {1} characters</source>
        <translation>{0}/{1} merkkiä</translation>
    </message>
</context>
<context>
    <name>HelpCalls</name>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="84"/>
        <source>Calls for help</source>
        <translation>Avunpyynnöt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="136"/>
        <source>Calls for help ({0})</source>
        <translation>Avunpyynnöt ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../chathost/ui/help_calls.py" line="156"/>
        <source>%n more below: scroll down</source>
        <translation>
            <numerusform>%n lisää alempana: vieritä alas</numerusform>
            <numerusform>%n lisää alempana: vieritä alas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="190"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>VÄLITÖN VAARA: {0}, keskustelu {1} ({2}), klo {3} alkaen. {4} on tulossa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="193"/>
        <source>ACUTE DANGER: {0} with {1} ({2}), since {3}.</source>
        <translation>VÄLITÖN VAARA: {0}, keskustelu {1} ({2}), klo {3} alkaen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="198"/>
        <source>{0} asks for help with {1} ({2}), since {3}. {4} is on the way.</source>
        <translation>{0} pyytää ohjausta keskusteluun {1} ({2}), klo {3} alkaen. {4} on tulossa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="200"/>
        <source>{0} asks for help with {1} ({2}), since {3}.</source>
        <translation>{0} pyytää ohjausta keskusteluun {1} ({2}), klo {3} alkaen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="233"/>
        <source>I&apos;m coming</source>
        <translation>Tulen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/help_calls.py" line="235"/>
        <source>Answer the call from {0}</source>
        <translation>Vastaa pyyntöön: {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost is locked</source>
        <translation>ChatHost on lukittu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="180"/>
        <source>Conversations and notes are hidden. Enter your password to continue.</source>
        <translation>Keskustelut ja muistiinpanot on piilotettu. Jatka antamalla salasanasi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="143"/>
        <source>What is waiting</source>
        <translation>Odottavat asiat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="144"/>
        <location filename="../chathost/ui/lock_screen.py" line="145"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="146"/>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="148"/>
        <source>Someone else&apos;s turn at this workstation: log out, then they log in.</source>
        <translation>Onko jonkun muun vuoro tällä työpisteellä? Kirjaudu ulos, niin hän voi kirjautua sisään.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="175"/>
        <source>ChatHost was started again</source>
        <translation>ChatHost käynnistettiin uudelleen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="178"/>
        <source>You are still logged in. Enter your password to carry on where you left off.</source>
        <translation>Olet yhä kirjautuneena. Jatka siitä, mihin jäit, antamalla salasanasi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="184"/>
        <source>Logged in: {0} ({1})</source>
        <translation>Kirjautuneena: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="193"/>
        <source>No conversations open</source>
        <translation>Ei avoimia keskusteluja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="195"/>
        <source>1 conversation open</source>
        <translation>1 keskustelu auki</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="197"/>
        <source>{0} conversations open</source>
        <translation>{0} keskustelua auki</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="201"/>
        <source>1 new message</source>
        <translation>1 uusi viesti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="203"/>
        <source>{0} new messages</source>
        <translation>{0} uutta viestiä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="206"/>
        <source>nobody waiting in the queue</source>
        <translation>jonossa ei odota ketään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="208"/>
        <source>1 visitor waiting in the queue</source>
        <translation>1 yhteydenottaja odottaa jonossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="210"/>
        <source>{0} visitors waiting in the queue</source>
        <translation>{0} yhteydenottajaa odottaa jonossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="222"/>
        <source>ACUTE DANGER: a host needs a supervisor now. Unlock to answer.</source>
        <translation>VÄLITÖN VAARA: päivystäjä tarvitsee vuorovastaavaa nyt. Avaa lukitus, niin voit vastata.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="224"/>
        <source>A host is asking for help. Unlock to answer.</source>
        <translation>Päivystäjä pyytää apua. Avaa lukitus, niin voit vastata.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="226"/>
        <source>{0} hosts are asking for help. Unlock to answer.</source>
        <translation>{0} päivystäjää pyytää apua. Avaa lukitus, niin voit vastata.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="247"/>
        <source>Connected to the server.</source>
        <translation>Yhteys palvelimeen toimii.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="249"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Ei yhteyttä palvelimeen. Yhdistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="242"/>
        <source>The connection is back. Enter your password to unlock.</source>
        <translation>Yhteys palasi. Avaa lukitus antamalla salasanasi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="265"/>
        <source>Enter your password.</source>
        <translation>Anna salasanasi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="285"/>
        <source>Wrong password. Try again.</source>
        <translation>Väärä salasana. Yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="293"/>
        <source>Your password cannot be checked now: the server cannot be reached. The conversations stay hidden. Try again when the connection is back.</source>
        <translation>Salasanaa ei voi tarkistaa nyt, koska palvelimeen ei saada yhteyttä. Keskustelut pysyvät piilossa. Yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="301"/>
        <source>Your session has ended. Log in again.</source>
        <translation>Istuntosi on päättynyt. Kirjaudu uudelleen sisään.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="318"/>
        <source>Too many attempts. Wait {0} seconds, then try again.</source>
        <translation>Liian monta yritystä. Odota {0} s ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="326"/>
        <source>You can try again now.</source>
        <translation>Voit nyt yrittää uudelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="329"/>
        <source>The console is locked. Unlock it to quit, or log out.</source>
        <translation>Konsoli on lukittu. Avaa lukitus, jos haluat sulkea ohjelman, tai kirjaudu ulos.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/lock_screen.py" line="338"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="108"/>
        <source>ChatHost — log in</source>
        <translation>ChatHost – kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="109"/>
        <source>Log in to your centre</source>
        <translation>Kirjaudu keskuksesi palvelimelle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="112"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="119"/>
        <source>Only if your centre gave you one</source>
        <translation>Vain jos keskuksesi on antanut sellaisen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="111"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="114"/>
        <location filename="../chathost/ui/login_dialog.py" line="121"/>
        <location filename="../chathost/ui/login_dialog.py" line="131"/>
        <source>Centre CA file</source>
        <translation>Keskuksen CA-tiedosto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="122"/>
        <source>Quit</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="131"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Varmenteet (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Anna palvelimen osoite. Sen alussa pitää olla https://</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="152"/>
        <source>Enter your username and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="127"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chathost/ui/main_window.py" line="158"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsoli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="161"/>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="160"/>
        <source>Lock now</source>
        <translation>Lukitse nyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="163"/>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="164"/>
        <source>Take next visitor</source>
        <translation>Ota seuraava yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="166"/>
        <location filename="../chathost/ui/main_window.py" line="168"/>
        <source>Floor</source>
        <translation>Tilannekuva</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="169"/>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="261"/>
        <source>No open conversations.

Start your shift to take visitors.</source>
        <translation>Ei avoimia keskusteluja.

Aloita vuoro, niin voit ottaa yhteydenottajia vastaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="264"/>
        <source>No open conversations.

Take a visitor from the queue on the left (Ctrl+T takes the one who has waited longest).</source>
        <translation>Ei avoimia keskusteluja.

Ota yhteydenottaja vasemmalla olevasta jonosta (Ctrl+T ottaa pisimpään odottaneen).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="275"/>
        <source>{0} unread</source>
        <translation>{0} lukematta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="277"/>
        <source>{0} waiting</source>
        <translation>{0} odottaa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="342"/>
        <source>Your private notes of this shift will be deleted.</source>
        <translation>Tämän vuoron yksityiset muistiinpanosi poistetaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="361"/>
        <source>Your private notes of this shift will be deleted. Log out anyway?</source>
        <translation>Tämän vuoron yksityiset muistiinpanosi poistetaan. Haluatko silti kirjautua ulos?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="365"/>
        <source>Log out?</source>
        <translation>Kirjaudutaanko ulos?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="356"/>
        <source>You still have {0} open conversation(s). If you log out, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Sinulla on vielä avoimia keskusteluja: {0}. Jos kirjaudut ulos, ne palautetaan jonoon muutaman minuutin kuluttua. Palauta tai lopeta ne ensin, jos voit.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="370"/>
        <source>Log out anyway</source>
        <translation>Kirjaudu ulos silti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="373"/>
        <location filename="../chathost/ui/main_window.py" line="421"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="409"/>
        <source>Your private notes of this shift will be deleted. Quit anyway?</source>
        <translation>Tämän vuoron yksityiset muistiinpanosi poistetaan. Haluatko silti sulkea ohjelman?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="413"/>
        <source>Quit ChatHost?</source>
        <translation>Suljetaanko ChatHost?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="404"/>
        <source>You still have open conversations. If you quit, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Sinulla on vielä avoimia keskusteluja. Jos suljet ohjelman, ne palautetaan jonoon muutaman minuutin kuluttua. Palauta tai lopeta ne ensin, jos voit.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="418"/>
        <source>Quit anyway</source>
        <translation>Sulje silti</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="328"/>
        <source>Show more ({0} more characters)</source>
        <translation>Näytä lisää ({0} merkkiä lisää)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="332"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="333"/>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="334"/>
        <source>read</source>
        <translation>luettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="335"/>
        <source>not sent — retry</source>
        <translation>ei lähetetty – yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>NotesBanner</name>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="43"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="44"/>
        <source>Open them</source>
        <translation>Avaa ne</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="45"/>
        <source>Delete them…</source>
        <translation>Poista ne…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="54"/>
        <source>Notes are switched off on this computer; everything else works. Ask whoever installed ChatHost to set up the system keyring ({0}).</source>
        <translation>Muistiinpanot eivät ole käytössä tällä tietokoneella. Kaikki muu toimii. Pyydä ChatHostin asentajaa ottamaan käyttöön järjestelmän avainnippu ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="60"/>
        <source>Your notes cannot be kept right now; everything else works. If this keeps happening, tell whoever installed ChatHost ({0}).</source>
        <translation>Muistiinpanojasi ei voi säilyttää juuri nyt. Kaikki muu toimii. Jos tämä toistuu, kerro siitä ChatHostin asentajalle ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="66"/>
        <source>Your notes could not be saved: {0}. What you wrote stays on screen; ChatHost keeps trying.</source>
        <translation>Muistiinpanojasi ei voitu tallentaa: {0}. Kirjoittamasi teksti pysyy näytöllä. ChatHost yrittää edelleen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="72"/>
        <source>Notes from this shift (started {0}) were kept when ChatHost closed unexpectedly. Open them to carry on, or delete them.</source>
        <translation>Tämän vuoron muistiinpanot (vuoro alkoi klo {0}) säilyivät, kun ChatHost sulkeutui odottamatta. Avaa ne ja jatka, tai poista ne.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="108"/>
        <source>Delete the kept notes?</source>
        <translation>Poistetaanko säilyneet muistiinpanot?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="110"/>
        <source>The notes kept from this shift are deleted for good, and you start with empty notes. Open them instead if you still need them.</source>
        <translation>Tämän vuoron säilyneet muistiinpanot poistetaan pysyvästi, ja aloitat tyhjin muistiinpanoin. Avaa ne mieluummin, jos tarvitset niitä vielä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="114"/>
        <source>Delete them</source>
        <translation>Poista ne</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_banner.py" line="115"/>
        <source>Keep them</source>
        <translation>Säilytä ne</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="65"/>
        <source>My private notes</source>
        <translation>Yksityiset muistiinpanoni</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="66"/>
        <source>Private notes</source>
        <translation>Yksityiset muistiinpanot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="71"/>
        <source>Private notes: only on this computer, encrypted, deleted when your shift ends. The visitor never sees them.</source>
        <translation>Yksityiset muistiinpanot: vain tällä tietokoneella, salattuina, ja ne poistetaan, kun vuorosi päättyy. Yhteydenottaja ei näe niitä koskaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="106"/>
        <source>Not saved: {0}</source>
        <translation>Ei tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="109"/>
        <source>Saved automatically as you type.</source>
        <translation>Tallentuu automaattisesti, kun kirjoitat.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="110"/>
        <source>Opening your notes…</source>
        <translation>Avataan muistiinpanojasi…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="111"/>
        <source>Start your shift to keep notes.</source>
        <translation>Aloita vuoro, niin voit kirjoittaa muistiinpanoja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="113"/>
        <source>Notes kept from earlier in this shift: open or delete them at the top of the window.</source>
        <translation>Tämän vuoron aiemmat muistiinpanot on säilytetty: avaa tai poista ne ikkunan yläreunasta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="117"/>
        <source>Notes are switched off on this computer (see the top of the window).</source>
        <translation>Muistiinpanot eivät ole käytössä tällä tietokoneella (katso ikkunan yläreuna).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notes_panel.py" line="119"/>
        <source>Notes cannot be kept right now (see the top of the window).</source>
        <translation>Muistiinpanoja ei voi säilyttää juuri nyt (katso ikkunan yläreuna).</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../chathost/ui/notifier.py" line="39"/>
        <location filename="../chathost/ui/notifier.py" line="54"/>
        <source>A new visitor is waiting in {0}.</source>
        <translation>Uusi yhteydenottaja odottaa palvelussa {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="41"/>
        <source>ACUTE DANGER: {0} flagged {1} ({2}).</source>
        <translation>VÄLITÖN VAARA: {0} merkitsi keskustelun {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="45"/>
        <source>{0} asks for supervision with {1} ({2}).</source>
        <translation>{0} pyytää ohjausta keskusteluun {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="49"/>
        <source>{0} has been waiting a long time in {1}.</source>
        <translation>{0} on odottanut pitkään palvelussa {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="50"/>
        <source>New message from {0} ({1}).</source>
        <translation>Uusi viesti: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="56"/>
        <source>ACUTE DANGER: {0} flagged a conversation ({1}).</source>
        <translation>VÄLITÖN VAARA: {0} merkitsi keskustelun ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="60"/>
        <source>{0} asks for supervision ({1}).</source>
        <translation>{0} pyytää ohjausta ({1}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="62"/>
        <source>A visitor has been waiting a long time in {0}.</source>
        <translation>Yhteydenottaja on odottanut pitkään palvelussa {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="63"/>
        <source>New message in a conversation ({0}).</source>
        <translation>Uusi viesti keskustelussa ({0}).</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="103"/>
        <source>Transfer offer</source>
        <translation>Siirtotarjous</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="104"/>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="105"/>
        <source>Decline</source>
        <translation>Kieltäydy</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="109"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} tarjoaa sinulle keskustelun: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="119"/>
        <source>Note: {0}</source>
        <translation>Siirtomuistiinpano: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="129"/>
        <source>Answer within {0}</source>
        <translation>Vastausaikaa jäljellä: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="131"/>
        <source>Time is up</source>
        <translation>Aika loppui</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="163"/>
        <source>You already hold as many conversations as this service allows. Finish one first, or decline.</source>
        <translation>Sinulla on jo niin monta keskustelua kuin tässä palvelussa on sallittu. Lopeta ensin yksi tai kieltäydy.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="167"/>
        <source>You can accept only while your shift is on and not paused.</source>
        <translation>Voit hyväksyä vain, kun olet vuorossa etkä tauolla.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="169"/>
        <source>This offer is no longer open. The conversation stays where it is.</source>
        <translation>Tarjous ei ole enää voimassa. Keskustelu pysyy siellä, missä se on.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="171"/>
        <source>This conversation has ended meanwhile.</source>
        <translation>Keskustelu on sillä välin päättynyt.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="114"/>
        <source>The offer of {0} ran out of time. It stays with {1}.</source>
        <translation>Tarjous keskustelusta {0} raukesi. Keskustelu jää kollegalle {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="117"/>
        <source>{1} withdrew the offer of {0}.</source>
        <translation>{1} perui tarjouksen keskustelusta {0}.</translation>
    </message>
</context>
<context>
    <name>PhraseRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="204"/>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="205"/>
        <source>Insert the phrase: {0}</source>
        <translation>Lisää fraasi: {0}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/floor_model.py" line="435"/>
        <source>Longest wait</source>
        <translation>Pisin odotus</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="86"/>
        <location filename="../chathost/ui/queue_panel.py" line="88"/>
        <source>Waiting visitors</source>
        <translation>Odottavat yhteydenottajat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Visitor</source>
        <translation>Yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="87"/>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="89"/>
        <source>Take next</source>
        <translation>Ota seuraava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="90"/>
        <source>Take the visitor who has waited longest</source>
        <translation>Ota pisimpään odottanut yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="91"/>
        <source>Take selected</source>
        <translation>Ota valittu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="109"/>
        <source>{0} — {1} of {2} open, {3} waiting</source>
        <translation>{0} – avoinna {1}/{2}, odottaa {3}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="125"/>
        <source>Double-click to take this conversation</source>
        <translation>Ota tämä keskustelu kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="130"/>
        <source>{0} (referred)</source>
        <translation>{0} (ohjattu)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="131"/>
        <source>From {0}: {1}</source>
        <translation>Palvelusta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="133"/>
        <source>(no note)</source>
        <translation>(ei siirtomuistiinpanoa)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="136"/>
        <source>{0} (handed back)</source>
        <translation>{0} (palautettu)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="137"/>
        <source>Handed back: {0}</source>
        <translation>Palautettu: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="169"/>
        <source>Has waited a long time</source>
        <translation>On odottanut pitkään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="178"/>
        <source>Start your shift to take conversations.</source>
        <translation>Aloita vuoro, niin voit ottaa keskusteluja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="180"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vuorosi on tauolla. Jatka vuoroa, niin voit ottaa keskusteluja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="182"/>
        <source>You hold as many conversations as you may. Finish one first.</source>
        <translation>Sinulla on jo enimmäismäärä keskusteluja. Lopeta ensin yksi niistä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="184"/>
        <source>Nobody is waiting right now.</source>
        <translation>Kukaan ei odota juuri nyt.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="71"/>
        <source>Refer {0} to another service</source>
        <translation>Ohjaa yhteydenottaja {0} toiseen palveluun</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="74"/>
        <source>The visitor is told, in their language, that they are being transferred, and waits in the other service&apos;s queue. Your note goes with the conversation to the next host. You leave the conversation.</source>
        <translation>Yhteydenottajalle kerrotaan hänen omalla kielellään, että hänet siirretään, ja hän jää odottamaan toisen palvelun jonoon. Viestisi siirtyy keskustelun mukana seuraavalle päivystäjälle. Sinä poistut keskustelusta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="79"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="86"/>
        <source>{0} (closed now)</source>
        <translation>{0} (nyt suljettu)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="88"/>
        <source>{0} (queue full)</source>
        <translation>{0} (jono täynnä)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/refer_dialog.py" line="82"/>
        <source>Refer</source>
        <translation>Ohjaa</translation>
    </message>
</context>
<context>
    <name>ResourceRow</name>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="162"/>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="163"/>
        <source>Insert {0} into the reply</source>
        <translation>Lisää {0} vastaukseen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="165"/>
        <source>Copy the number of {0}</source>
        <translation>Kopioi numero: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/guideline_widgets.py" line="182"/>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="27"/>
        <source>Risk: low</source>
        <translation>Riski: matala</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="28"/>
        <source>Risk: medium</source>
        <translation>Riski: kohtalainen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="29"/>
        <source>Risk: HIGH</source>
        <translation>Riski: KORKEA</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_support.py" line="30"/>
        <source>Risk: ACUTE</source>
        <translation>Riski: AKUUTTI</translation>
    </message>
</context>
<context>
    <name>Scratchpad</name>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="28"/>
        <location filename="../chathost/ui/scratchpad.py" line="41"/>
        <source>My shift notes</source>
        <translation>Vuoroni muistiinpanot</translation>
    </message>
    <message>
        <location filename="../chathost/ui/scratchpad.py" line="42"/>
        <source>Show or hide your notes for this shift</source>
        <translation>Näytä tai piilota tämän vuoron muistiinpanosi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../chathost/ui/settings.py" line="128"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="129"/>
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="132"/>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="135"/>
        <source>Play a sound for new visitors and messages</source>
        <translation>Toista ääni uusista yhteydenottajista ja viesteistä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="137"/>
        <source>Your centre has chosen sound for every alert.</source>
        <translation>Keskuksesi on valinnut äänen kaikkiin hälytyksiin.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="139"/>
        <source>Enter sends, Shift+Enter makes a new line</source>
        <translation>Enter lähettää, Vaihto+Enter tekee uuden rivin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="140"/>
        <source>Enter makes a new line, Ctrl+Enter sends</source>
        <translation>Enter tekee uuden rivin, Ctrl+Enter lähettää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="142"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="143"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="144"/>
        <source>Sound</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="145"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="146"/>
        <source>Enter key</source>
        <translation>Enter-näppäin</translation>
    </message>
</context>
<context>
    <name>ShiftBar</name>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="74"/>
        <source>Shift time</source>
        <translation>Vuoron kesto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="75"/>
        <source>Start shift</source>
        <translation>Aloita vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="76"/>
        <source>No new conversations while paused</source>
        <translation>Ei uusia keskusteluja tauon aikana</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="77"/>
        <source>End shift</source>
        <translation>Lopeta vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="78"/>
        <source>Ask for a debrief…</source>
        <translation>Pyydä purkukeskustelua…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="80"/>
        <source>A talk with a supervisor about a conversation or the shift</source>
        <translation>Käy jokin keskustelu tai koko vuoro läpi vuorovastaavan kanssa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="93"/>
        <source>Off shift</source>
        <translation>Ei vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="94"/>
        <source>On shift</source>
        <translation>Vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="95"/>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="104"/>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="135"/>
        <source>End your shift?</source>
        <translation>Lopetetaanko vuoro?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="137"/>
        <source>You still have {0} open conversation(s). Hand them back to the queue so another host can continue, or end them, before your shift ends.</source>
        <translation>Sinulla on vielä avoimia keskusteluja: {0}. Palauta ne jonoon, jotta toinen päivystäjä voi jatkaa, tai lopeta ne ennen kuin vuorosi päättyy.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="143"/>
        <source>Hand back and end shift</source>
        <translation>Palauta ja lopeta vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="148"/>
        <source>End them and end shift</source>
        <translation>Lopeta keskustelut ja vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="151"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>StaffOverview</name>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="111"/>
        <source>Colleagues</source>
        <translation>Kollegat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="112"/>
        <source>Show who asked</source>
        <translation>Näytä, kuka pyysi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="115"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="116"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="117"/>
        <source>Shift</source>
        <translation>Vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="118"/>
        <source>Holding</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="119"/>
        <source>Busy for</source>
        <translation>Ilman taukoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="120"/>
        <source>Console</source>
        <translation>Konsoli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="121"/>
        <source>Debrief</source>
        <translation>Purkukeskustelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="124"/>
        <source>Colleagues on the shift</source>
        <translation>Vuoron kollegat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="126"/>
        <source>On shift</source>
        <translation>Vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="127"/>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="128"/>
        <source>Off shift</source>
        <translation>Ei vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Host</source>
        <translation>Päivystäjä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="130"/>
        <source>Supervisor</source>
        <translation>Vuorovastaava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="192"/>
        <source>{0} asked for a debrief</source>
        <translation>Purkukeskustelua pyytänyt: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="206"/>
        <location filename="../chathost/ui/staff_overview.py" line="220"/>
        <source>{0} of {1}, at capacity</source>
        <translation>{0}/{1}, täynnä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="220"/>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="223"/>
        <source>Connected</source>
        <translation>Yhteydessä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="223"/>
        <source>Not connected</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="255"/>
        <source>Taken by {0}</source>
        <translation>Hoitaa: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="270"/>
        <source>Asked at {0}</source>
        <translation>Pyydetty klo {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="272"/>
        <source>Asked for a debrief</source>
        <translation>Pyysi purkukeskustelua</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="301"/>
        <source>Take the debrief request</source>
        <translation>Ota pyyntö vastaan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/staff_overview.py" line="304"/>
        <source>Take the debrief request of {0}</source>
        <translation>Ota vastaan purkupyyntö: {0}</translation>
    </message>
</context>
<context>
    <name>SupervisionBar</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="132"/>
        <source>Join openly</source>
        <translation>Liity avoimesti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="134"/>
        <source>The visitor is told a supervisor has joined, and you can write to them</source>
        <translation>Yhteydenottajalle kerrotaan, että vuorovastaava on liittynyt mukaan, ja voit kirjoittaa hänelle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="136"/>
        <source>Read along only</source>
        <translation>Vain seuraa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="137"/>
        <source>Stop writing to the visitor; keep reading along</source>
        <translation>Lopeta kirjoittaminen yhteydenottajalle, mutta jatka keskustelun seuraamista</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="138"/>
        <source>Take over…</source>
        <translation>Ota keskustelu hoitaaksesi…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="139"/>
        <source>Become the host of this conversation</source>
        <translation>Ryhdy tämän keskustelun päivystäjäksi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="140"/>
        <source>Leave</source>
        <translation>Poistu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="141"/>
        <source>Stop following this conversation and close it</source>
        <translation>Lopeta tämän keskustelun seuraaminen ja sulje välilehti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="162"/>
        <source>You stay to learn: reading along — the visitor does not see you.</source>
        <translation>Olet mukana oppimassa: seuraat keskustelua – yhteydenottaja ei näe sinua.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="164"/>
        <source>You have joined openly — the visitor sees a supervisor.</source>
        <translation>Olet liittynyt avoimesti – yhteydenottaja näkee, että vuorovastaava on mukana.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="166"/>
        <source>You are reading along — the visitor does not see you.</source>
        <translation>Seuraat keskustelua – yhteydenottaja ei näe sinua.</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="72"/>
        <location filename="../chathost/ui/supervision_bar.py" line="84"/>
        <source>Take over</source>
        <translation>Ota keskustelu hoitaaksesi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="73"/>
        <source>Take over this conversation from {0}?</source>
        <translation>Otatko keskustelun hoitaaksesi päivystäjältä {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="76"/>
        <source>You become the host. The visitor is told that another person from the service is now answering.</source>
        <translation>Sinusta tulee keskustelun päivystäjä. Yhteydenottajalle kerrotaan, että nyt vastaa joku toinen palvelusta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="81"/>
        <source>Release {0}: the conversation leaves their console</source>
        <translation>Vapauta {0}: keskustelu poistuu hänen konsoliltaan</translation>
    </message>
    <message>
        <location filename="../chathost/ui/supervision_bar.py" line="83"/>
        <source>Let {0} stay and read along to learn</source>
        <translation>{0} saa jäädä seuraamaan ja oppimaan</translation>
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
        <translation>Automaattinen viesti yhteydenottajalle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="27"/>
        <source>Private · {0}</source>
        <translation>Yksityinen · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="31"/>
        <source>Supervisor · {0}</source>
        <translation>Vuorovastaava · {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="40"/>
        <source>{0} is reading along.</source>
        <translation>{0} seuraa keskustelua.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="41"/>
        <source>{0} joined the conversation openly.</source>
        <translation>{0} liittyi keskusteluun avoimesti.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="44"/>
        <source>{0} left the conversation.</source>
        <translation>{0} poistui keskustelusta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="45"/>
        <source>{0} took over the conversation.</source>
        <translation>{0} otti keskustelun hoitaakseen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="48"/>
        <source>{0} took over; the earlier host stays to learn.</source>
        <translation>{0} otti keskustelun hoitaakseen. Aiempi päivystäjä jää seuraamaan ja oppimaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript_notices.py" line="51"/>
        <source>The conversation was transferred to {0}.</source>
        <translation>Keskustelu siirrettiin kollegalle {0}.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript_view.py" line="368"/>
        <source>Conversation transcript</source>
        <translation>Keskustelu</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="124"/>
        <source>&amp;Note for your colleague (optional):</source>
        <translation>Siirto&amp;muistiinpano kollegallesi (vapaaehtoinen):</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="145"/>
        <source>Transfer {0} to a colleague</source>
        <translation>Siirrä yhteydenottaja {0} kollegalle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="148"/>
        <source>{0} stays with you until your colleague accepts: keep answering meanwhile. The offer runs out after 2 minutes. When your colleague accepts, the visitor is told that another person from the service continues the conversation, and your note goes to your colleague.</source>
        <translation>Yhteydenottaja {0} pysyy sinulla, kunnes kollegasi hyväksyy siirron, joten jatka vastaamista sillä välin. Tarjous raukeaa 2 minuutin kuluttua. Kun kollegasi hyväksyy siirron, yhteydenottajalle kerrotaan, että keskustelua jatkaa joku toinen palvelusta, ja siirtomuistiinpanosi menee kollegallesi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="154"/>
        <source>Colleagues who work on {0}:</source>
        <translation>Palvelun {0} kollegat:</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="155"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="158"/>
        <source>Nobody can take it right now. You can keep it, refer it to another service, or ask for supervision.</source>
        <translation>Kukaan ei voi ottaa keskustelua juuri nyt. Voit jatkaa sitä itse, ohjata sen toiseen palveluun tai pyytää ohjausta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Can take it now</source>
        <translation>Voi ottaa nyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="189"/>
        <source>{0} — holds {1} of {2}</source>
        <translation>{0} – keskusteluja {1}/{2}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="185"/>
        <source>Not available now</source>
        <translation>Ei käytettävissä nyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="164"/>
        <source>Offer the transfer</source>
        <translation>Tarjoa siirtoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="194"/>
        <source>Holds 1 conversation now; at most {0}.</source>
        <translation>Keskusteluja nyt: 1, enintään {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="196"/>
        <source>Holds {0} conversations now; at most {1}.</source>
        <translation>Keskusteluja nyt: {0}, enintään {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="207"/>
        <source>{0} — off shift</source>
        <translation>{0} – ei vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="209"/>
        <source>{0} — paused</source>
        <translation>{0} – tauolla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="211"/>
        <source>{0} — not connected</source>
        <translation>{0} – ei yhteyttä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="212"/>
        <source>{0} — at capacity ({1} of {2})</source>
        <translation>{0} – täynnä ({1}/{2})</translation>
    </message>
</context>
<context>
    <name>TransferOffers</name>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="275"/>
        <source>A colleague offers you a conversation ({0}).</source>
        <translation>Kollega tarjoaa sinulle keskustelun ({0}).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_offers.py" line="277"/>
        <source>{0} offers you a conversation: {1} ({2}).</source>
        <translation>{0} tarjoaa sinulle keskustelun: {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>TransferStatus</name>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="316"/>
        <source>Transfer</source>
        <translation>Siirto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="317"/>
        <source>Cancel the transfer</source>
        <translation>Peru siirto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="318"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="319"/>
        <source>Hide this line</source>
        <translation>Piilota tämä rivi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="347"/>
        <source>{0} cannot take it right now (off shift, paused or not connected). The conversation is still yours.</source>
        <translation>{0} ei voi ottaa keskustelua juuri nyt (ei vuorossa, tauolla tai ei yhteyttä). Keskustelu on edelleen sinulla.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="352"/>
        <source>{0} already holds as many conversations as this service allows. The conversation is still yours.</source>
        <translation>Kollegalla {0} on jo niin monta keskustelua kuin tässä palvelussa on sallittu. Keskustelu on edelleen sinulla.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="356"/>
        <source>A transfer of this conversation is already waiting for an answer.</source>
        <translation>Tämän keskustelun siirto odottaa jo vastausta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="358"/>
        <source>This conversation is no longer open.</source>
        <translation>Tämä keskustelu ei ole enää auki.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="359"/>
        <source>The transfer was not offered: {0}</source>
        <translation>Siirtoa ei tarjottu: {0}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="385"/>
        <source>Waiting for {0} to accept… ({1})</source>
        <translation>Odotetaan, että {0} hyväksyy… ({1})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="387"/>
        <source>{0} offered this conversation to {1}. Waiting for an answer… ({2})</source>
        <translation>{0} tarjosi tätä keskustelua kollegalle {1}. Odotetaan vastausta… ({2})</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="408"/>
        <source>{0} transferred this conversation to you.</source>
        <translation>{0} siirsi tämän keskustelun sinulle.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="410"/>
        <source>{0} accepted the transfer. The conversation continues with them.</source>
        <translation>{0} hyväksyi siirron ja jatkaa keskustelua.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="412"/>
        <source>{0} declined the transfer. The conversation is still yours.</source>
        <translation>{0} kieltäytyi siirrosta. Keskustelu on edelleen sinulla.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="414"/>
        <source>{0} declined the transfer.</source>
        <translation>{0} kieltäytyi siirrosta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="416"/>
        <source>{0} did not answer in time. The conversation is still yours.</source>
        <translation>{0} ei vastannut ajoissa. Keskustelu on edelleen sinulla.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="418"/>
        <source>{0} did not answer in time.</source>
        <translation>{0} ei vastannut ajoissa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transfer_dialog.py" line="420"/>
        <source>The transfer to {0} was cancelled. The conversation is still yours.</source>
        <translation>Siirto kollegalle {0} peruttiin. Keskustelu on edelleen sinulla.</translation>
    </message>
</context>
<context>
    <name>WhisperBox</name>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="71"/>
        <source>Private — only the host and supervisors see this</source>
        <translation>Yksityinen – vain päivystäjä ja vuorovastaavat näkevät tämän</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="72"/>
        <source>Send privately</source>
        <translation>Lähetä yksityisesti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="73"/>
        <location filename="../chathost/ui/whisper_box.py" line="74"/>
        <source>Only the host and supervisors see it</source>
        <translation>Vain päivystäjä ja vuorovastaavat näkevät sen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/whisper_box.py" line="115"/>
        <source>Not sent — your text is kept. {0}</source>
        <translation>Ei lähetetty – tekstisi on tallessa. {0}</translation>
    </message>
</context>
<context>
    <name>WipeReceipt</name>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="25"/>
        <source>Your notes may not have been deleted completely. Tell your supervisor, or run “chathost wipe” on this computer.</source>
        <translation>Muistiinpanojasi ei ehkä poistettu kokonaan. Kerro vuorovastaavalle tai suorita tällä tietokoneella komento ”chathost wipe”.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="33"/>
        <source>Your notes were deleted in {0} s.</source>
        <translation>Muistiinpanosi poistettiin ({0} s).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="38"/>
        <source>Your notes were deleted.</source>
        <translation>Muistiinpanosi poistettiin.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="40"/>
        <source>1 note</source>
        <translation>1 muistiinpano</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="42"/>
        <source>{0} notes</source>
        <translation>{0} muistiinpanoa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="45"/>
        <source>1 file deleted</source>
        <translation>1 tiedosto poistettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="47"/>
        <source>{0} files deleted</source>
        <translation>{0} tiedostoa poistettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="50"/>
        <source>The key was removed from the keyring.</source>
        <translation>Avain poistettiin avainnipusta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="52"/>
        <source>The key could NOT be removed from the keyring.</source>
        <translation>Avainta EI voitu poistaa avainnipusta.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="66"/>
        <source>Notes deleted</source>
        <translation>Muistiinpanot poistettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wipe_receipt.py" line="67"/>
        <source>Notes not fully deleted</source>
        <translation>Muistiinpanoja ei poistettu kokonaan</translation>
    </message>
</context>
<context>
    <name>Wrapup</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="30"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="31"/>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="32"/>
        <source>Gender</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="33"/>
        <source>Suicidal thoughts</source>
        <translation>Itsemurha-ajatukset</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="34"/>
        <source>Self-harm</source>
        <translation>Itsensä vahingoittaminen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="35"/>
        <source>Violence or abuse</source>
        <translation>Väkivalta tai kaltoinkohtelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="36"/>
        <source>Mental health</source>
        <translation>Mielenterveys</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="37"/>
        <source>Bullying</source>
        <translation>Kiusaaminen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="38"/>
        <source>Loneliness</source>
        <translation>Yksinäisyys</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="39"/>
        <source>Family and relationships</source>
        <translation>Perhe ja ihmissuhteet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="40"/>
        <source>School or work</source>
        <translation>Koulu tai työ</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="41"/>
        <source>Identity and sexuality</source>
        <translation>Identiteetti ja seksuaalisuus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="42"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="43"/>
        <source>Under 13</source>
        <translation>Alle 13</translation>
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
        <translation>Yli 25</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="48"/>
        <source>Don&apos;t know</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="49"/>
        <source>Girl / woman</source>
        <translation>Tyttö / nainen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="50"/>
        <source>Boy / man</source>
        <translation>Poika / mies</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="51"/>
        <source>Non-binary</source>
        <translation>Muunsukupuolinen</translation>
    </message>
</context>
<context>
    <name>WrapupForm</name>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="141"/>
        <source>Wrap-up: anonymous statistics</source>
        <translation>Tilastolomake: anonyymi tilastointi</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="144"/>
        <source>Nothing here identifies the visitor. The risk level and any referral are recorded for you.</source>
        <translation>Mikään tässä ei tunnista yhteydenottajaa. Riskitaso ja mahdollinen ohjaus tallennetaan automaattisesti.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="154"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="162"/>
        <location filename="../chathost/ui/wrapup_form.py" line="163"/>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="164"/>
        <source>No names, places or contact details.</source>
        <translation>Ei nimiä, paikkoja eikä yhteystietoja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="165"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="166"/>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="207"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="209"/>
        <source>Saved. Thank you.</source>
        <translation>Tallennettu. Kiitos.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/wrapup_form.py" line="211"/>
        <source>Not saved: {0} Try again.</source>
        <translation>Ei tallennettu: {0} Yritä uudelleen.</translation>
    </message>
</context>
</TS>
