<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="44"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="51"/>
        <source>Write a reply… (Enter sends, Shift+Enter: new line)</source>
        <translation>Kirjoita vastaus… (Enter lähettää, Vaihto+Enter: uusi rivi)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="53"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Kirjoita vastaus… (Ctrl+Enter lähettää)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../chathost/ui/banner.py" line="21"/>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="38"/>
        <source>You have been logged out. Log in again to continue.</source>
        <translation>Sinut on kirjattu ulos. Kirjaudu uudelleen sisään jatkaaksesi.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="40"/>
        <source>Not connected.</source>
        <translation>Ei yhteyttä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="42"/>
        <source>Connecting to the server…</source>
        <translation>Yhdistetään palvelimeen…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="44"/>
        <source>Connection to the server lost. Reconnecting…</source>
        <translation>Yhteys palvelimeen katkesi. Yhdistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="47"/>
        <source>{0} message(s) will be sent as soon as the connection is back.</source>
        <translation>Lähettämättömiä viestejä: {0}. Ne lähetetään heti, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="50"/>
        <source>What you write now is sent when the connection is back.</source>
        <translation>Nyt kirjoittamasi viestit lähetetään, kun yhteys palaa.</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="100"/>
        <source>Time since you took this conversation</source>
        <translation>Aika siitä, kun otit tämän keskustelun</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="107"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="110"/>
        <source>Phrases</source>
        <translation>Fraasit</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="111"/>
        <source>Insert a quick phrase into the reply</source>
        <translation>Lisää valmis fraasi vastaukseen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="115"/>
        <location filename="../chathost/ui/conversation_tab.py" line="239"/>
        <source>Close…</source>
        <translation>Sulje…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="117"/>
        <source>End the conversation or hand it back</source>
        <translation>Lopeta keskustelu tai palauta se jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="200"/>
        <source>A message was not sent. Right-click it to retry.</source>
        <translation>Viestiä ei lähetetty. Yritä uudelleen napsauttamalla sitä hiiren kakkospainikkeella.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="226"/>
        <source>The conversation has ended</source>
        <translation>Keskustelu on päättynyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="228"/>
        <source>Handed back to the queue</source>
        <translation>Palautettu jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="230"/>
        <source>The visitor has left the page</source>
        <translation>Yhteydenottaja on poistunut sivulta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="232"/>
        <source>The visitor is writing…</source>
        <translation>Yhteydenottaja kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="239"/>
        <source>Close tab</source>
        <translation>Sulje välilehti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="300"/>
        <source>Retry sending</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="302"/>
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="303"/>
        <source>Copy text</source>
        <translation>Kopioi teksti</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="43"/>
        <source>Open conversations</source>
        <translation>Avoimet keskustelut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="122"/>
        <source>{0} — closed</source>
        <translation>{0} – suljettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="175"/>
        <source>Close the conversation with {0}?</source>
        <translation>Suljetaanko keskustelu yhteydenottajan {0} kanssa?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="177"/>
        <source>The conversation with {0} is still open. Closing the tab does not end it. What do you want to do?</source>
        <translation>Keskustelu yhteydenottajan {0} kanssa on vielä auki. Välilehden sulkeminen ei lopeta sitä. Mitä haluat tehdä?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="181"/>
        <source>End the conversation</source>
        <translation>Lopeta keskustelu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="182"/>
        <source>Hand back to the queue</source>
        <translation>Palauta jonoon</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="183"/>
        <source>Keep it open</source>
        <translation>Pidä auki</translation>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="53"/>
        <source>ChatHost — log in</source>
        <translation>ChatHost – kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="55"/>
        <source>Log in to your centre</source>
        <translation>Kirjaudu keskuksesi palvelimelle</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="61"/>
        <location filename="../chathost/ui/login_dialog.py" line="74"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="64"/>
        <location filename="../chathost/ui/login_dialog.py" line="75"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="66"/>
        <source>Only if your centre gave you one</source>
        <translation>Vain jos keskuksesi on antanut sellaisen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="73"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="76"/>
        <location filename="../chathost/ui/login_dialog.py" line="102"/>
        <source>Centre CA file</source>
        <translation>Keskuksen CA-tiedosto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="84"/>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="87"/>
        <source>Quit</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="102"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Varmenteet (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="120"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Anna palvelimen osoite. Sen alussa pitää olla https://</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="123"/>
        <source>Enter your username and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chathost/ui/main_window.py" line="100"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsoli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="101"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="104"/>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="106"/>
        <source>Quit</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="113"/>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="114"/>
        <source>Take next visitor</source>
        <translation>Ota seuraava yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="129"/>
        <source>No open conversations.

Start your shift to take visitors.</source>
        <translation>Ei avoimia keskusteluja.

Aloita vuoro, niin voit ottaa yhteydenottajia vastaan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="132"/>
        <source>No open conversations.

Take a visitor from the queue on the left (Ctrl+T takes the one who has waited longest).</source>
        <translation>Ei avoimia keskusteluja.

Ota yhteydenottaja vasemmalla olevasta jonosta (Ctrl+T ottaa pisimpään odottaneen).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="143"/>
        <source>{0} unread</source>
        <translation>{0} lukematta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="145"/>
        <source>{0} waiting</source>
        <translation>{0} odottaa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="185"/>
        <source>Log out?</source>
        <translation>Kirjaudutaanko ulos?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="187"/>
        <source>You still have {0} open conversation(s). If you log out, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Sinulla on vielä avoimia keskusteluja: {0}. Jos kirjaudut ulos, ne palautetaan jonoon muutaman minuutin kuluttua. Palauta tai lopeta ne ensin, jos voit.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="191"/>
        <source>Log out anyway</source>
        <translation>Kirjaudu ulos silti</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="192"/>
        <location filename="../chathost/ui/main_window.py" line="221"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="214"/>
        <source>Quit ChatHost?</source>
        <translation>Suljetaanko ChatHost?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="216"/>
        <source>You still have open conversations. If you quit, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Sinulla on vielä avoimia keskusteluja. Jos suljet ohjelman, ne palautetaan jonoon muutaman minuutin kuluttua. Palauta tai lopeta ne ensin, jos voit.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="220"/>
        <source>Quit anyway</source>
        <translation>Sulje silti</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="294"/>
        <source>Show more ({0} more characters)</source>
        <translation>Näytä lisää ({0} merkkiä lisää)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="298"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="299"/>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="300"/>
        <source>read</source>
        <translation>luettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="301"/>
        <source>not sent — retry</source>
        <translation>ei lähetetty – yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../chathost/ui/notifier.py" line="33"/>
        <source>A new visitor is waiting in {0}.</source>
        <translation>Uusi yhteydenottaja odottaa palvelussa {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="35"/>
        <source>{0} has been waiting a long time in {1}.</source>
        <translation>{0} on odottanut pitkään palvelussa {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="36"/>
        <source>New message from {0} ({1}).</source>
        <translation>Uusi viesti: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="48"/>
        <location filename="../chathost/ui/queue_panel.py" line="58"/>
        <source>Waiting visitors</source>
        <translation>Odottavat yhteydenottajat</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Visitor</source>
        <translation>Yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="64"/>
        <source>Take next</source>
        <translation>Ota seuraava</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="65"/>
        <source>Take the visitor who has waited longest</source>
        <translation>Ota pisimpään odottanut yhteydenottaja</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="66"/>
        <source>Take selected</source>
        <translation>Ota valittu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="101"/>
        <source>{0} — {1} of {2} open, {3} waiting</source>
        <translation>{0} – avoinna {1}/{2}, odottaa {3}</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="117"/>
        <source>Double-click to take this conversation</source>
        <translation>Ota tämä keskustelu kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="143"/>
        <source>Start your shift to take conversations.</source>
        <translation>Aloita vuoro, niin voit ottaa keskusteluja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="145"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vuorosi on tauolla. Jatka vuoroa, niin voit ottaa keskusteluja.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="147"/>
        <source>You hold as many conversations as you may. Finish one first.</source>
        <translation>Sinulla on jo enimmäismäärä keskusteluja. Lopeta ensin yksi niistä.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="149"/>
        <source>Nobody is waiting right now.</source>
        <translation>Kukaan ei odota juuri nyt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../chathost/ui/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="60"/>
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="64"/>
        <source>Play a sound for new visitors and messages</source>
        <translation>Toista ääni uusista yhteydenottajista ja viesteistä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="71"/>
        <source>Enter sends, Shift+Enter makes a new line</source>
        <translation>Enter lähettää, Vaihto+Enter tekee uuden rivin</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="72"/>
        <source>Enter makes a new line, Ctrl+Enter sends</source>
        <translation>Enter tekee uuden rivin, Ctrl+Enter lähettää</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="74"/>
        <source>A new language is used from the next start.</source>
        <translation>Uusi kieli otetaan käyttöön, kun käynnistät ohjelman seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="77"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="78"/>
        <source>Sound</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="79"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="80"/>
        <source>Enter key</source>
        <translation>Enter-näppäin</translation>
    </message>
</context>
<context>
    <name>ShiftBar</name>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="39"/>
        <source>Shift time</source>
        <translation>Vuoron kesto</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="40"/>
        <source>Start shift</source>
        <translation>Aloita vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="41"/>
        <location filename="../chathost/ui/shift_bar.py" line="82"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="42"/>
        <source>No new conversations while paused</source>
        <translation>Ei uusia keskusteluja tauon aikana</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="43"/>
        <source>End shift</source>
        <translation>Lopeta vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="71"/>
        <source>Off shift</source>
        <translation>Ei vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="72"/>
        <source>On shift</source>
        <translation>Vuorossa</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="73"/>
        <source>Paused</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="82"/>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="112"/>
        <source>End your shift?</source>
        <translation>Lopetetaanko vuoro?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="114"/>
        <source>You still have {0} open conversation(s). Hand them back to the queue so another host can continue, or end them, before your shift ends.</source>
        <translation>Sinulla on vielä avoimia keskusteluja: {0}. Palauta ne jonoon, jotta toinen päivystäjä voi jatkaa, tai lopeta ne ennen kuin vuorosi päättyy.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="118"/>
        <source>Hand back and end shift</source>
        <translation>Palauta ja lopeta vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="119"/>
        <source>End them and end shift</source>
        <translation>Lopeta keskustelut ja vuoro</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="120"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="319"/>
        <source>Conversation transcript</source>
        <translation>Keskustelu</translation>
    </message>
</context>
</TS>
