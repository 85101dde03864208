<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConversationStatus</name>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete “%1” for good?

Its recording and transcript are erased: the key that unlocks its audio is destroyed, so nobody can bring it back, not even from a backup of this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RealTalk Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RealTalk keeps every recording and transcript locked (encrypted) in a store on this computer. Choose a recovery passphrase to lock it. Where this computer has a secure keyring, RealTalk also keeps the key there, so you will not be asked every day.

You need the recovery passphrase if the keyring loses the key or on a computer without one. Nobody can reset it for you: without it the conversations cannot be opened. Write it down and keep it somewhere safe. A few words that belong together are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a recovery passphrase of at least %n characters; a few words are easiest to remember.</source>
        <translation>
            <numerusform>Choose a recovery passphrase of at least %n character; a few words are easiest to remember.</numerusform>
            <numerusform>Choose a recovery passphrase of at least %n characters; a few words are easiest to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search every transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) mention what you searched for.</source>
        <translation>
            <numerusform>%n conversation mentions what you searched for.</numerusform>
            <numerusform>%n conversations mention what you searched for.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet. Start a new session to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s).</source>
        <translation>
            <numerusform>%n conversation.</numerusform>
            <numerusform>%n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing conversations is not in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot recover interrupted recordings yet. The recording stays here and nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RealTalk Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up and record a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording sessions is not in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, language, text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close RealTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RealTalk Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) recovered.</source>
        <translation>
            <numerusform>%n recording recovered.</numerusform>
            <numerusform>%n recordings recovered.</numerusform>
        </translation>
    </message>
    <message>
        <source>About RealTalk Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RealTalk Recorder %1

Records, transcribes and reviews small-group conversations on this computer, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Interrupted recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) stopped before they were finished, for example because the computer shut down. RealTalk can recover what was saved, which is everything up to the last few seconds.</source>
        <translation>
            <numerusform>%n recording stopped before it was finished, for example because the computer shut down. RealTalk can recover what was saved, which is everything up to the last few seconds.</numerusform>
            <numerusform>%n recordings stopped before they were finished, for example because the computer shut down. RealTalk can recover what was saved, which is everything up to the last few seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) stopped before they were finished. This version of RealTalk cannot recover them yet; they stay in the library, marked interrupted, and nothing is deleted.</source>
        <translation>
            <numerusform>%n recording stopped before it was finished. This version of RealTalk cannot recover it yet; it stays in the library, marked interrupted, and nothing is deleted.</numerusform>
            <numerusform>%n recordings stopped before they were finished. This version of RealTalk cannot recover them yet; they stay in the library, marked interrupted, and nothing is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing models is not in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor for transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (graphics card when it works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics card (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of a Whisper model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock RealTalk Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations are locked. Type your recovery passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the store. Check for typing mistakes and capital letters, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
