<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="39"/>
        <source>Write a reply…</source>
        <translation>Kirjoita vastaus…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="40"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="73"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="148"/>
        <source>The conversation has ended</source>
        <translation>Keskustelu on päättynyt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="150"/>
        <source>The visitor has left the page</source>
        <translation>Yhteydenottaja on poistunut sivulta</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="152"/>
        <source>The visitor is writing…</source>
        <translation>Yhteydenottaja kirjoittaa…</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="288"/>
        <source>Show more ({0} more characters)</source>
        <translation>Näytä lisää ({0} merkkiä lisää)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="292"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="293"/>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="294"/>
        <source>read</source>
        <translation>luettu</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="295"/>
        <source>not sent — retry</source>
        <translation>ei lähetetty – yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="313"/>
        <source>Conversation transcript</source>
        <translation>Keskustelu</translation>
    </message>
</context>
</TS>
