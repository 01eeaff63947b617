<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="44"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="51"/>
        <source>Write a reply… (Enter sends, Shift+Enter: new line)</source>
        <translation>Skriv et svar … (Enter sender, Shift+Enter: ny linje)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="53"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Skriv et svar … (Ctrl+Enter sender)</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../chathost/ui/banner.py" line="21"/>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="38"/>
        <source>You have been logged out. Log in again to continue.</source>
        <translation>Du er logget ut. Logg inn igjen for å fortsette.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="40"/>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="42"/>
        <source>Connecting to the server…</source>
        <translation>Kobler til serveren …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="44"/>
        <source>Connection to the server lost. Reconnecting…</source>
        <translation>Mistet forbindelsen til serveren. Kobler til igjen …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="47"/>
        <source>{0} message(s) will be sent as soon as the connection is back.</source>
        <translation>{0} melding(er) sendes så snart forbindelsen er tilbake.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/banner.py" line="50"/>
        <source>What you write now is sent when the connection is back.</source>
        <translation>Det du skriver nå, sendes når forbindelsen er tilbake.</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="100"/>
        <source>Time since you took this conversation</source>
        <translation>Tid siden du tok samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="107"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="110"/>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="111"/>
        <source>Insert a quick phrase into the reply</source>
        <translation>Sett inn en ferdig frase i svaret</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="115"/>
        <location filename="../chathost/ui/conversation_tab.py" line="239"/>
        <source>Close…</source>
        <translation>Lukk …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="117"/>
        <source>End the conversation or hand it back</source>
        <translation>Avslutt samtalen eller legg den tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="200"/>
        <source>A message was not sent. Right-click it to retry.</source>
        <translation>En melding ble ikke sendt. Høyreklikk på den for å prøve igjen.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="226"/>
        <source>The conversation has ended</source>
        <translation>Samtalen er avsluttet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="228"/>
        <source>Handed back to the queue</source>
        <translation>Lagt tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="230"/>
        <source>The visitor has left the page</source>
        <translation>Innskriveren har forlatt siden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="232"/>
        <source>The visitor is writing…</source>
        <translation>Innskriveren skriver …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="239"/>
        <source>Close tab</source>
        <translation>Lukk fanen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="300"/>
        <source>Retry sending</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="302"/>
        <source>Show all</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="303"/>
        <source>Copy text</source>
        <translation>Kopier tekst</translation>
    </message>
</context>
<context>
    <name>ConversationTabs</name>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="43"/>
        <source>Open conversations</source>
        <translation>Åpne samtaler</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="122"/>
        <source>{0} — closed</source>
        <translation>{0} – lukket</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="175"/>
        <source>Close the conversation with {0}?</source>
        <translation>Vil du lukke samtalen med {0}?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="177"/>
        <source>The conversation with {0} is still open. Closing the tab does not end it. What do you want to do?</source>
        <translation>Samtalen med {0} er fortsatt åpen. Den avsluttes ikke selv om du lukker fanen. Hva vil du gjøre?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="181"/>
        <source>End the conversation</source>
        <translation>Avslutt samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="182"/>
        <source>Hand back to the queue</source>
        <translation>Legg tilbake i køen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tabs.py" line="183"/>
        <source>Keep it open</source>
        <translation>La den være åpen</translation>
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
        <translation>Denne kontoen er deaktivert. Spør vaktleder eller administrator.</translation>
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
        <translation>Noe gikk galt. Prøv igjen. Hvis det skjer igjen, ring vaktleder.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="53"/>
        <source>ChatHost — log in</source>
        <translation>ChatHost – logg inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="55"/>
        <source>Log in to your centre</source>
        <translation>Logg inn hos senteret ditt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="61"/>
        <location filename="../chathost/ui/login_dialog.py" line="74"/>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="64"/>
        <location filename="../chathost/ui/login_dialog.py" line="75"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="66"/>
        <source>Only if your centre gave you one</source>
        <translation>Bare hvis senteret har gitt deg en</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="73"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="76"/>
        <location filename="../chathost/ui/login_dialog.py" line="102"/>
        <source>Centre CA file</source>
        <translation>Senterets CA-fil</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="84"/>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="87"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="102"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sertifikater (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="120"/>
        <source>Enter the server address, starting with https://</source>
        <translation>Skriv inn serveradressen, som begynner med https://</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="123"/>
        <source>Enter your username and password.</source>
        <translation>Skriv inn brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/login_dialog.py" line="149"/>
        <source>Logging in…</source>
        <translation>Logger inn …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chathost/ui/main_window.py" line="100"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsoll</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="101"/>
        <source>Settings…</source>
        <translation>Innstillinger …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="104"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="106"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="113"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="114"/>
        <source>Take next visitor</source>
        <translation>Ta neste innskriver</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="129"/>
        <source>No open conversations.

Start your shift to take visitors.</source>
        <translation>Ingen åpne samtaler.

Start vakten for å ta imot innskrivere.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="132"/>
        <source>No open conversations.

Take a visitor from the queue on the left (Ctrl+T takes the one who has waited longest).</source>
        <translation>Ingen åpne samtaler.

Ta en innskriver fra køen til venstre (Ctrl+T tar den som har ventet lengst).</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="143"/>
        <source>{0} unread</source>
        <translation>{0} ulest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="145"/>
        <source>{0} waiting</source>
        <translation>{0} venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="185"/>
        <source>Log out?</source>
        <translation>Vil du logge ut?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="187"/>
        <source>You still have {0} open conversation(s). If you log out, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortsatt åpne samtaler ({0}). Hvis du logger ut, legges de tilbake i køen etter noen minutter. Legg dem tilbake eller avslutt dem først hvis du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="191"/>
        <source>Log out anyway</source>
        <translation>Logg ut likevel</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="192"/>
        <location filename="../chathost/ui/main_window.py" line="221"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="214"/>
        <source>Quit ChatHost?</source>
        <translation>Vil du avslutte ChatHost?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="216"/>
        <source>You still have open conversations. If you quit, they are handed back to the queue after a few minutes. Hand them back or end them first if you can.</source>
        <translation>Du har fortsatt åpne samtaler. Hvis du avslutter, legges de tilbake i køen etter noen minutter. Legg dem tilbake eller avslutt dem først hvis du kan.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/main_window.py" line="220"/>
        <source>Quit anyway</source>
        <translation>Avslutt likevel</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="294"/>
        <source>Show more ({0} more characters)</source>
        <translation>Vis mer ({0} tegn til)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="298"/>
        <source>sending…</source>
        <translation>sender …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="299"/>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="300"/>
        <source>read</source>
        <translation>lest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="301"/>
        <source>not sent — retry</source>
        <translation>ikke sendt – prøv igjen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../chathost/ui/notifier.py" line="33"/>
        <source>A new visitor is waiting in {0}.</source>
        <translation>En ny innskriver venter i {0}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="35"/>
        <source>{0} has been waiting a long time in {1}.</source>
        <translation>{0} har ventet lenge i {1}.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/notifier.py" line="36"/>
        <source>New message from {0} ({1}).</source>
        <translation>Ny melding fra {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="48"/>
        <location filename="../chathost/ui/queue_panel.py" line="58"/>
        <source>Waiting visitors</source>
        <translation>Ventende innskrivere</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Visitor</source>
        <translation>Innskriver</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="55"/>
        <source>Waiting</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="64"/>
        <source>Take next</source>
        <translation>Ta neste</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="65"/>
        <source>Take the visitor who has waited longest</source>
        <translation>Ta innskriveren som har ventet lengst</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="66"/>
        <source>Take selected</source>
        <translation>Ta valgt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="101"/>
        <source>{0} — {1} of {2} open, {3} waiting</source>
        <translation>{0} – {1} av {2} åpne, {3} venter</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="117"/>
        <source>Double-click to take this conversation</source>
        <translation>Dobbeltklikk for å ta denne samtalen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="143"/>
        <source>Start your shift to take conversations.</source>
        <translation>Start vakten for å ta samtaler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="145"/>
        <source>Your shift is paused. Resume it to take conversations.</source>
        <translation>Vakten din er satt på pause. Fortsett vakten for å ta samtaler.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="147"/>
        <source>You hold as many conversations as you may. Finish one first.</source>
        <translation>Du har så mange samtaler du kan ha. Avslutt én først.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/queue_panel.py" line="149"/>
        <source>Nobody is waiting right now.</source>
        <translation>Ingen venter akkurat nå.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../chathost/ui/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="60"/>
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="64"/>
        <source>Play a sound for new visitors and messages</source>
        <translation>Spill av lyd ved nye innskrivere og meldinger</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="71"/>
        <source>Enter sends, Shift+Enter makes a new line</source>
        <translation>Enter sender, Shift+Enter gir ny linje</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="72"/>
        <source>Enter makes a new line, Ctrl+Enter sends</source>
        <translation>Enter gir ny linje, Ctrl+Enter sender</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="74"/>
        <source>A new language is used from the next start.</source>
        <translation>Nytt språk tas i bruk neste gang du starter programmet.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="77"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="78"/>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="79"/>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../chathost/ui/settings.py" line="80"/>
        <source>Enter key</source>
        <translation>Enter-tasten</translation>
    </message>
</context>
<context>
    <name>ShiftBar</name>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="39"/>
        <source>Shift time</source>
        <translation>Vakttid</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="40"/>
        <source>Start shift</source>
        <translation>Start vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="41"/>
        <location filename="../chathost/ui/shift_bar.py" line="82"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="42"/>
        <source>No new conversations while paused</source>
        <translation>Ingen nye samtaler under pausen</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="43"/>
        <source>End shift</source>
        <translation>Avslutt vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="71"/>
        <source>Off shift</source>
        <translation>Ikke på vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="72"/>
        <source>On shift</source>
        <translation>På vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="73"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="82"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="112"/>
        <source>End your shift?</source>
        <translation>Vil du avslutte vakten?</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="114"/>
        <source>You still have {0} open conversation(s). Hand them back to the queue so another host can continue, or end them, before your shift ends.</source>
        <translation>Du har fortsatt åpne samtaler ({0}). Legg dem tilbake i køen så en annen chattevert kan fortsette, eller avslutt dem, før vakten slutter.</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="118"/>
        <source>Hand back and end shift</source>
        <translation>Legg tilbake og avslutt vakt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="119"/>
        <source>End them and end shift</source>
        <translation>Avslutt samtalene og vakten</translation>
    </message>
    <message>
        <location filename="../chathost/ui/shift_bar.py" line="120"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="319"/>
        <source>Conversation transcript</source>
        <translation>Samtalen</translation>
    </message>
</context>
</TS>
