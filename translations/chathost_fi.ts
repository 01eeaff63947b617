<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
