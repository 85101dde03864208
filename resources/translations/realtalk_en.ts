<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;agree to be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {position} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please read this and decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRound</name>
    <message>
        <source>Thank you, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declined: their microphone will not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a self-hosted collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collection&apos;s administrator gives you the address and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that RealTalk did not expect. Nothing was deleted. Try again; if it happens again, send the log file to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
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
    <name>GroupPage</name>
    <message>
        <source>Decide together: who may read what you share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the turns nobody was named for (we all agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;See what will leave this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>New conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losing</source>
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
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with the collection, see the outbox and sync</source>
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
    <message>
        <source>Recording in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation is being recorded. Stop the recording and quit?

Everything recorded so far is kept, ready for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Pass the laptop around. Who is reviewing now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone has reviewed: decide together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the review for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not yet decided)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <source>◀ P&amp;revious turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next turn ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;approve sharing my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;decline: my words stay in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, &amp;back to the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, these are your words. Listen, correct, remove what you regret, then decide whether they may leave this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved sharing your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined: none of your words will leave this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
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
    <name>PromptCard</name>
    <message>
        <source>Current prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <source>Recording state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off the record (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;transcript (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nothing is being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF THE RECORD: nothing said now is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: saving the last seconds…</source>
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
        <source>%n recording(s) need finishing: they stopped before they were done, for example because the computer shut down, or their transcript could not keep up. RealTalk can recover what was saved, which is everything up to the last few seconds, and transcribe it.</source>
        <translation>
            <numerusform>%n recording needs finishing: it stopped before it was done, for example because the computer shut down, or its transcript could not keep up. RealTalk can recover what was saved, which is everything up to the last few seconds, and transcribe it.</numerusform>
            <numerusform>%n recordings need finishing: they stopped before they were done, for example because the computer shut down, or their transcript could not keep up. RealTalk can recover what was saved, which is everything up to the last few seconds, and transcribe it.</numerusform>
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
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shared version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for NVivo, MAXQDA or ATLAS.ti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the file&apos;s name with one of: {endings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowState</name>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatCheckRow</name>
    <message>
        <source>Check {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound check of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening: {name}, please say your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {name} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {name} and {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {name}&apos;s microphone hears them best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is heard best on {other}&apos;s microphone: the cables are probably swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is heard best on input {input}, which no seat uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too loud (clipping): turn this microphone&apos;s gain down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too quiet: move the microphone closer or turn the gain up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatMeter</name>
    <message>
        <source>Level of {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning for {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping: turn the gain down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent: is the mic on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Some saved guides could not be read: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording stopped by itself ({reason}). Everything recorded until then is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
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
        <source>Days the raw recording is kept after its approved version synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
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
        <source>After that the recording is erased for good; the approved transcript stays, here and in the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep recordings after sync:</source>
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
    <name>SetupPage</name>
    <message>
        <source>Local only (not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Lab circle, spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (the names they choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection at {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({channels} channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a microphone or audio interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundCheckPage</name>
    <message>
        <source>Sound check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Check beside each person, then ask them to say their name. RealTalk confirms that their own microphone hears them best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without a complete sound check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphones swapped: {name} is now on input {input}. Check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StewardView</name>
    <message>
        <source>Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled with a collection yet: choose Enrol… and type the code your collection&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, unchanged %2, withdrawals sent %3, failed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio erased: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionKind</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What will leave this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;agree: this may leave the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the shared version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was set up as local only: it stays on this computer and is never sent to a collection. What follows is what an export of the shared version holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} turns will be shared; {m} will be withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined (none of their words leave): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns nobody was named for, withheld: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected turns: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed words ({n}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read it: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to decide before you can agree: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed and saved. You can close the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptList</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <source>Text of this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact this &amp;whole turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my redactions here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words may identify someone. Redact them or leave them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is named for this turn. Who said it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;It was them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of your turns on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnPlayer</name>
    <message>
        <source>No sound output was found, so turns cannot be played. Read the text instead, or connect speakers and open the review again.</source>
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
<context>
    <name>Visibility</name>
    <message>
        <source>Stewards only: the few people who look after the collection. Nobody else reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensemaking team too: they read conversations to find themes and report them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole community (the department, lab or centre) may read the shared version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
