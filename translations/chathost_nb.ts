<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Composer</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="39"/>
        <source>Write a reply…</source>
        <translation>Skriv et svar …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="40"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="73"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="148"/>
        <source>The conversation has ended</source>
        <translation>Samtalen er avsluttet</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="150"/>
        <source>The visitor has left the page</source>
        <translation>Innskriveren har forlatt siden</translation>
    </message>
    <message>
        <location filename="../chathost/ui/conversation_tab.py" line="152"/>
        <source>The visitor is writing…</source>
        <translation>Innskriveren skriver …</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="288"/>
        <source>Show more ({0} more characters)</source>
        <translation>Vis mer ({0} tegn til)</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="292"/>
        <source>sending…</source>
        <translation>sender …</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="293"/>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="294"/>
        <source>read</source>
        <translation>lest</translation>
    </message>
    <message>
        <location filename="../chathost/ui/transcript.py" line="295"/>
        <source>not sent — retry</source>
        <translation>ikke sendt – prøv igjen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../chathost/ui/transcript.py" line="313"/>
        <source>Conversation transcript</source>
        <translation>Samtalen</translation>
    </message>
</context>
</TS>
