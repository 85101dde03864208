<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ConversationStatus</name>
    <message>
        <source>recording</source>
        <translation>grabando</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizada</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Found in transcript</source>
        <translation>Encontrado en la transcripción</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete “%1” for good?

Its recording and transcript are erased: the key that unlocks its audio is destroyed, so nobody can bring it back, not even from a backup of this computer. This cannot be undone.</source>
        <translation>¿Borrar «%1» para siempre?

Se borran su grabación y su transcripción: la clave que abre su audio se destruye, así que nadie podrá recuperarla, ni siquiera desde una copia de seguridad de este ordenador. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Borrar conversación</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RealTalk Recorder</source>
        <translation>Le damos la bienvenida a RealTalk Recorder</translation>
    </message>
    <message>
        <source>Create your store</source>
        <translation>Cree su almacén</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>Recovery passphrase again</source>
        <translation>Frase de recuperación otra vez</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Crear almacén</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your conversations stay on this computer</source>
        <translation>Sus conversaciones se quedan en este ordenador</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Frase de recuperación:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>RealTalk keeps every recording and transcript locked (encrypted) in a store on this computer. Choose a recovery passphrase to lock it. Where this computer has a secure keyring, RealTalk also keeps the key there, so you will not be asked every day.

You need the recovery passphrase if the keyring loses the key or on a computer without one. Nobody can reset it for you: without it the conversations cannot be opened. Write it down and keep it somewhere safe. A few words that belong together are easy to remember.</source>
        <translation>RealTalk guarda cada grabación y cada transcripción bajo llave (cifradas) en un almacén de este ordenador. Elija una frase de recuperación para cerrarlo. Si este ordenador tiene un llavero seguro, RealTalk guarda también la clave allí, y no se la pedirá cada día.

Necesitará la frase de recuperación si el llavero pierde la clave o en un ordenador sin llavero. Nadie puede restablecerla: sin ella, las conversaciones no se pueden abrir. Anótela y guárdela en un lugar seguro. Unas palabras que vayan juntas se recuerdan con facilidad.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a recovery passphrase of at least %n characters; a few words are easiest to remember.</source>
        <translation>
            <numerusform>Elija una frase de recuperación de al menos %n carácter; unas palabras se recuerdan mejor.</numerusform>
            <numerusform>Elija una frase de recuperación de al menos %n caracteres; unas palabras se recuerdan mejor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search every transcript</source>
        <translation>Buscar en todas las transcripciones</translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation>Buscar en las transcripciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Borrar conversación</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Recover conversation</source>
        <translation>Recuperar conversación</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) mention what you searched for.</source>
        <translation>
            <numerusform>%n conversación menciona lo que buscó.</numerusform>
            <numerusform>%n conversaciones mencionan lo que buscó.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet. Start a new session to record one.</source>
        <translation>Todavía no hay conversaciones. Empiece una sesión nueva para grabar una.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s).</source>
        <translation>
            <numerusform>%n conversación.</numerusform>
            <numerusform>%n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing conversations is not in this version yet.</source>
        <translation>Esta versión todavía no permite revisar conversaciones.</translation>
    </message>
    <message>
        <source>This version cannot recover interrupted recordings yet. The recording stays here and nothing is deleted.</source>
        <translation>Esta versión todavía no puede recuperar grabaciones interrumpidas. La grabación se queda aquí y no se borra nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RealTalk Recorder</source>
        <translation>RealTalk Recorder</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Set up and record a circle</source>
        <translation>Preparar y grabar un círculo</translation>
    </message>
    <message>
        <source>Recording sessions is not in this version yet.</source>
        <translation>Esta versión todavía no permite grabar sesiones.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation>Mostrar todas las conversaciones</translation>
    </message>
    <message>
        <source>&amp;Search transcripts</source>
        <translation>B&amp;uscar en las transcripciones</translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation>Buscar en todas las transcripciones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Model, language, text size</source>
        <translation>Modelo, idioma, tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close RealTalk</source>
        <translation>Cerrar RealTalk</translation>
    </message>
    <message>
        <source>&amp;About RealTalk Recorder</source>
        <translation>&amp;Acerca de RealTalk Recorder</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Acciones principales</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) recovered.</source>
        <translation>
            <numerusform>%n grabación recuperada.</numerusform>
            <numerusform>%n grabaciones recuperadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>About RealTalk Recorder</source>
        <translation>Acerca de RealTalk Recorder</translation>
    </message>
    <message>
        <source>RealTalk Recorder %1

Records, transcribes and reviews small-group conversations on this computer, encrypted.</source>
        <translation>RealTalk Recorder %1

Graba, transcribe y revisa conversaciones en grupos pequeños en este ordenador, cifradas.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Interrupted recordings</source>
        <translation>Grabaciones interrumpidas</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) stopped before they were finished, for example because the computer shut down. RealTalk can recover what was saved, which is everything up to the last few seconds.</source>
        <translation>
            <numerusform>%n grabación se detuvo antes de terminar, por ejemplo porque el ordenador se apagó. RealTalk puede recuperar lo guardado, que es todo salvo los últimos segundos.</numerusform>
            <numerusform>%n grabaciones se detuvieron antes de terminar, por ejemplo porque el ordenador se apagó. RealTalk puede recuperar lo guardado, que es todo salvo los últimos segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) stopped before they were finished. This version of RealTalk cannot recover them yet; they stay in the library, marked interrupted, and nothing is deleted.</source>
        <translation>
            <numerusform>%n grabación se detuvo antes de terminar. Esta versión de RealTalk todavía no puede recuperarla; se queda en la biblioteca, marcada como interrumpida, y no se borra nada.</numerusform>
            <numerusform>%n grabaciones se detuvieron antes de terminar. Esta versión de RealTalk todavía no puede recuperarlas; se quedan en la biblioteca, marcadas como interrumpidas, y no se borra nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Recuperar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Modelo de transcripción</translation>
    </message>
    <message>
        <source>&amp;Import a model folder…</source>
        <translation>&amp;Importar una carpeta de modelo…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importar una carpeta de modelo</translation>
    </message>
    <message>
        <source>Importing models is not in this version yet.</source>
        <translation>Esta versión todavía no permite importar modelos.</translation>
    </message>
    <message>
        <source>Processor for transcription</source>
        <translation>Procesador para transcribir</translation>
    </message>
    <message>
        <source>Default conversation guide</source>
        <translation>Guía de conversación predeterminada</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Tamaño del texto en porcentaje</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Processor:</source>
        <translation>&amp;Procesador:</translation>
    </message>
    <message>
        <source>Default &amp;guide:</source>
        <translation>&amp;Guía predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>El idioma nuevo se verá al reiniciar la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Automatic (graphics card when it works)</source>
        <translation>Automático (tarjeta gráfica si funciona)</translation>
    </message>
    <message>
        <source>Graphics card (GPU)</source>
        <translation>Tarjeta gráfica (GPU)</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Procesador (CPU)</translation>
    </message>
    <message>
        <source>Choose the folder of a Whisper model</source>
        <translation>Elija la carpeta de un modelo Whisper</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock RealTalk Recorder</source>
        <translation>Desbloquear RealTalk Recorder</translation>
    </message>
    <message>
        <source>Unlock your store</source>
        <translation>Desbloquee su almacén</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your conversations are locked. Type your recovery passphrase to open them.</source>
        <translation>Sus conversaciones están bajo llave. Escriba su frase de recuperación para abrirlas.</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Frase de recuperación:</translation>
    </message>
    <message>
        <source>Type your recovery passphrase first.</source>
        <translation>Escriba primero su frase de recuperación.</translation>
    </message>
    <message>
        <source>That passphrase does not open the store. Check for typing mistakes and capital letters, then try again.</source>
        <translation>Esa frase no abre el almacén. Revise si hay errores de escritura o mayúsculas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
</TS>
