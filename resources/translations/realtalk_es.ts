<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Previous decision</source>
        <translation>Decisión anterior</translation>
    </message>
    <message>
        <source>I &amp;agree to be recorded</source>
        <translation>&amp;Acepto que me graben</translation>
    </message>
    <message>
        <source>I &amp;decline</source>
        <translation>&amp;No acepto</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Participant {position} of {total}</source>
        <translation>Participante {position} de {total}</translation>
    </message>
    <message>
        <source>{name}, please read this and decide.</source>
        <translation>{name}, lea esto con calma, por favor, y decida.</translation>
    </message>
</context>
<context>
    <name>ConsentRound</name>
    <message>
        <source>Thank you, {name}.</source>
        <translation>Gracias, {name}.</translation>
    </message>
    <message>
        <source>{name} declined: their microphone will not be recorded.</source>
        <translation>{name} no ha aceptado: su micrófono no se grabará.</translation>
    </message>
</context>
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
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the collection</source>
        <translation>Registrarse en la colección</translation>
    </message>
    <message>
        <source>only for a self-hosted collection</source>
        <translation>solo para una colección con servidor propio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your collection&apos;s administrator gives you the address and code.</source>
        <translation>La persona que administra su colección le da la dirección y el código.</translation>
    </message>
    <message>
        <source>Collection address</source>
        <translation>Dirección de la colección</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Archivos PEM (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that RealTalk did not expect. Nothing was deleted. Try again; if it happens again, send the log file to your support contact.</source>
        <translation>Ha pasado algo que RealTalk no esperaba. No se ha borrado nada. Vuelva a intentarlo; si vuelve a pasar, envíe el archivo de registro a su contacto de asistencia.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
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
    <name>GroupPage</name>
    <message>
        <source>Decide together: who may read what you share?</source>
        <translation>Decidan en grupo: ¿quién puede leer lo que comparten?</translation>
    </message>
    <message>
        <source>Share the turns nobody was named for (we all agree)</source>
        <translation>Compartir los turnos sin persona asignada (lo acordamos en grupo)</translation>
    </message>
    <message>
        <source>&amp;See what will leave this room</source>
        <translation>&amp;Ver lo que saldrá de esta sala</translation>
    </message>
    <message>
        <source>&amp;Back to the names</source>
        <translation>Volver a los &amp;nombres</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>New conversation guide</source>
        <translation>Nueva guía de conversación</translation>
    </message>
    <message>
        <source>Guide title</source>
        <translation>Título de la guía</translation>
    </message>
    <message>
        <source>Opening words</source>
        <translation>Palabras de apertura</translation>
    </message>
    <message>
        <source>Prompts, one per line</source>
        <translation>Preguntas, una por línea</translation>
    </message>
    <message>
        <source>Closing words</source>
        <translation>Palabras de cierre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Opening</source>
        <translation>&amp;Apertura</translation>
    </message>
    <message>
        <source>&amp;Prompts (one per line)</source>
        <translation>&amp;Preguntas (una por línea)</translation>
    </message>
    <message>
        <source>C&amp;losing</source>
        <translation>&amp;Cierre</translation>
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
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation>Mostrar todas las conversaciones</translation>
    </message>
    <message>
        <source>S&amp;teward</source>
        <translation>&amp;Custodia</translation>
    </message>
    <message>
        <source>Enrol with the collection, see the outbox and sync</source>
        <translation>Registrarse en la colección, ver la bandeja de salida y sincronizar</translation>
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
    <message>
        <source>Recording in progress</source>
        <translation>Grabación en curso</translation>
    </message>
    <message>
        <source>A conversation is being recorded. Stop the recording and quit?

Everything recorded so far is kept, ready for review.</source>
        <translation>Se está grabando una conversación. ¿Detener la grabación y salir?

Todo lo grabado hasta ahora se guarda, listo para revisarlo.</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Pass the laptop around. Who is reviewing now?</source>
        <translation>Vayan pasando el portátil. ¿Quién revisa ahora?</translation>
    </message>
    <message>
        <source>&amp;Everyone has reviewed: decide together</source>
        <translation>&amp;Todas las personas han revisado: decidan en grupo</translation>
    </message>
    <message>
        <source>&amp;Close the review for now</source>
        <translation>&amp;Cerrar la revisión por ahora</translation>
    </message>
    <message>
        <source>{name} (approved)</source>
        <translation>{name} (ha aceptado)</translation>
    </message>
    <message>
        <source>{name} (declined)</source>
        <translation>{name} (no ha aceptado)</translation>
    </message>
    <message>
        <source>{name} (not yet decided)</source>
        <translation>{name} (aún no ha decidido)</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <source>◀ P&amp;revious turn</source>
        <translation>◀ Turno an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next turn ▶</source>
        <translation>Turno &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>I &amp;approve sharing my words</source>
        <translation>&amp;Acepto que se compartan mis palabras</translation>
    </message>
    <message>
        <source>I &amp;decline: my words stay in this room</source>
        <translation>&amp;No acepto: mis palabras se quedan en esta sala</translation>
    </message>
    <message>
        <source>Done, &amp;back to the names</source>
        <translation>Listo, &amp;volver a los nombres</translation>
    </message>
    <message>
        <source>{name}, these are your words. Listen, correct, remove what you regret, then decide whether they may leave this room.</source>
        <translation>{name}, estas son sus palabras. Escúchelas, corríjalas, quite lo que prefiera no haber dicho y luego decida si pueden salir de esta sala.</translation>
    </message>
    <message>
        <source>You approved sharing your words.</source>
        <translation>Ha aceptado que se compartan sus palabras.</translation>
    </message>
    <message>
        <source>You declined: none of your words will leave this room.</source>
        <translation>No ha aceptado: ninguna de sus palabras saldrá de esta sala.</translation>
    </message>
    <message>
        <source>You have not decided yet.</source>
        <translation>Todavía no ha decidido.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mic channel</source>
        <translation>Canal del micrófono</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Persona facilitadora</translation>
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
    <name>PromptCard</name>
    <message>
        <source>Current prompt</source>
        <translation>Pregunta actual</translation>
    </message>
    <message>
        <source>&amp;Previous prompt</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next prompt</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>{position} of {total}</source>
        <translation>{position} de {total}</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <source>Recording state</source>
        <translation>Estado de la grabación</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Transcripción en directo</translation>
    </message>
    <message>
        <source>&amp;Highlight (H)</source>
        <translation>Destacar (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Pause (P)</source>
        <translation>&amp;Pausar (P)</translation>
    </message>
    <message>
        <source>&amp;Off the record (O)</source>
        <translation>Sin grabar (&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;transcript (T)</source>
        <translation>Mostrar &amp;transcripción (T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sin identificar</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Grabando</translation>
    </message>
    <message>
        <source>Paused: nothing is being recorded</source>
        <translation>En pausa: no se está grabando nada</translation>
    </message>
    <message>
        <source>OFF THE RECORD: nothing said now is kept</source>
        <translation>SIN GRABAR: no se guarda nada de lo que se diga ahora</translation>
    </message>
    <message>
        <source>Resume (&amp;P)</source>
        <translation>Reanudar (&amp;P)</translation>
    </message>
    <message>
        <source>Stopping: saving the last seconds…</source>
        <translation>Deteniendo: guardando los últimos segundos…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Interrupted recordings</source>
        <translation>Grabaciones interrumpidas</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) need finishing: they stopped before they were done, for example because the computer shut down, or their transcript could not keep up. RealTalk can recover what was saved, which is everything up to the last few seconds, and transcribe it.</source>
        <translation>
            <numerusform>%n grabación necesita terminarse: se detuvo antes de acabar, por ejemplo porque el ordenador se apagó, o su transcripción no pudo seguir el ritmo. RealTalk puede recuperar lo guardado, que es todo salvo los últimos segundos, y transcribirlo.</numerusform>
            <numerusform>%n grabaciones necesitan terminarse: se detuvieron antes de acabar, por ejemplo porque el ordenador se apagó, o su transcripción no pudo seguir el ritmo. RealTalk puede recuperar lo guardado, que es todo salvo los últimos segundos, y transcribirlo.</numerusform>
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
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Opening the transcript…</source>
        <translation>Abriendo la transcripción…</translation>
    </message>
    <message>
        <source>This conversation could not be opened.</source>
        <translation>No se ha podido abrir esta conversación.</translation>
    </message>
    <message>
        <source>Export the shared version</source>
        <translation>Exportar la versión compartida</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Text for NVivo, MAXQDA or ATLAS.ti</source>
        <translation>Texto para NVivo, MAXQDA o ATLAS.ti</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Subtítulos WebVTT</translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation>Subtítulos SRT</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>End the file&apos;s name with one of: {endings}.</source>
        <translation>Termine el nombre del archivo con una de estas extensiones: {endings}.</translation>
    </message>
    <message>
        <source>Exported to {name}</source>
        <translation>Exportado a {name}</translation>
    </message>
</context>
<context>
    <name>RowState</name>
    <message>
        <source>not sent yet</source>
        <translation>aún sin enviar</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>cambiada desde el envío</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation>el envío falló</translation>
    </message>
    <message>
        <source>withdrawal waiting</source>
        <translation>retirada pendiente</translation>
    </message>
    <message>
        <source>withdrawal failed</source>
        <translation>la retirada falló</translation>
    </message>
</context>
<context>
    <name>SeatCheckRow</name>
    <message>
        <source>Check {name}</source>
        <translation>Probar el sonido de {name}</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin probar</translation>
    </message>
    <message>
        <source>Sound check of {name}</source>
        <translation>Prueba de sonido de {name}</translation>
    </message>
    <message>
        <source>Listening: {name}, please say your name.</source>
        <translation>Escuchando: {name}, diga su nombre, por favor.</translation>
    </message>
    <message>
        <source>Check {name} again</source>
        <translation>Volver a probar el sonido de {name}</translation>
    </message>
    <message>
        <source>Swap {name} and {other}</source>
        <translation>Intercambiar los micrófonos de {name} y {other}</translation>
    </message>
    <message>
        <source>OK: {name}&apos;s microphone hears them best.</source>
        <translation>Bien: el micrófono de {name} es el que mejor recoge su voz.</translation>
    </message>
    <message>
        <source>{name} is heard best on {other}&apos;s microphone: the cables are probably swapped.</source>
        <translation>La voz de {name} se oye mejor en el micrófono de {other}: seguramente los cables están intercambiados.</translation>
    </message>
    <message>
        <source>{name} is heard best on input {input}, which no seat uses.</source>
        <translation>La voz de {name} se oye mejor en la entrada {input}, que no usa ningún puesto.</translation>
    </message>
    <message>
        <source>Too loud (clipping): turn this microphone&apos;s gain down.</source>
        <translation>Demasiado alto (satura): baje la ganancia de este micrófono.</translation>
    </message>
    <message>
        <source>Too quiet: move the microphone closer or turn the gain up.</source>
        <translation>Demasiado bajo: acerque el micrófono o suba la ganancia.</translation>
    </message>
</context>
<context>
    <name>SeatMeter</name>
    <message>
        <source>Level of {seat}</source>
        <translation>Nivel de {seat}</translation>
    </message>
    <message>
        <source>Warning for {seat}</source>
        <translation>Aviso para {seat}</translation>
    </message>
    <message>
        <source>Clipping: turn the gain down</source>
        <translation>Satura: baje la ganancia</translation>
    </message>
    <message>
        <source>Silent: is the mic on?</source>
        <translation>En silencio: ¿está encendido el micrófono?</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Some saved guides could not be read: {files}</source>
        <translation>No se han podido leer algunas guías guardadas: {files}</translation>
    </message>
    <message>
        <source>The recording stopped by itself ({reason}). Everything recorded until then is saved.</source>
        <translation>La grabación se detuvo sola ({reason}). Todo lo grabado hasta ese momento está guardado.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
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
        <source>Days the raw recording is kept after its approved version synced</source>
        <translation>Días que se conserva la grabación original después de sincronizar su versión aprobada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
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
        <source>After that the recording is erased for good; the approved transcript stays, here and in the collection.</source>
        <translation>Después, la grabación se borra para siempre; la transcripción aprobada se queda, aquí y en la colección.</translation>
    </message>
    <message>
        <source>&amp;Keep recordings after sync:</source>
        <translation>Conser&amp;var las grabaciones tras sincronizar:</translation>
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
    <name>SetupPage</name>
    <message>
        <source>Local only (not shared)</source>
        <translation>Solo en este ordenador (no se comparte)</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Conversation guide</source>
        <translation>Guía de conversación</translation>
    </message>
    <message>
        <source>&amp;New guide…</source>
        <translation>Guía &amp;nueva…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Lab circle, spring</source>
        <translation>Por ejemplo: Círculo del laboratorio, primavera</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Dispositivo de entrada de audio</translation>
    </message>
    <message>
        <source>Re&amp;fresh devices</source>
        <translation>&amp;Actualizar dispositivos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Añadir &amp;participante</translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation>&amp;Quitar participante</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Continue to consent</source>
        <translation>Continuar al &amp;consentimiento</translation>
    </message>
    <message>
        <source>Co&amp;llection</source>
        <translation>Co&amp;lección</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>Participants (the names they choose)</source>
        <translation>Participantes (los nombres que elijan)</translation>
    </message>
    <message>
        <source>Collection at {host}</source>
        <translation>Colección en {host}</translation>
    </message>
    <message>
        <source>{name} ({channels} channels)</source>
        <translation>{name} ({channels} canales)</translation>
    </message>
    <message>
        <source>Connect a microphone or audio interface.</source>
        <translation>Conecte un micrófono o una interfaz de audio.</translation>
    </message>
    <message>
        <source>Choose a conversation guide.</source>
        <translation>Elija una guía de conversación.</translation>
    </message>
</context>
<context>
    <name>SoundCheckPage</name>
    <message>
        <source>Sound check</source>
        <translation>Prueba de sonido</translation>
    </message>
    <message>
        <source>Press Check beside each person, then ask them to say their name. RealTalk confirms that their own microphone hears them best.</source>
        <translation>Pulse «Probar el sonido» junto a cada persona y pídale que diga su nombre. RealTalk comprueba que su propio micrófono es el que mejor recoge su voz.</translation>
    </message>
    <message>
        <source>Start without a complete sound check</source>
        <translation>Empezar sin completar la prueba de sonido</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Empezar a grabar</translation>
    </message>
    <message>
        <source>Microphones swapped: {name} is now on input {input}. Check again.</source>
        <translation>Micrófonos intercambiados: {name} está ahora en la entrada {input}. Vuelva a probar el sonido.</translation>
    </message>
</context>
<context>
    <name>StewardView</name>
    <message>
        <source>Enrol…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Not enrolled with a collection yet: choose Enrol… and type the code your collection&apos;s administrator gave you.</source>
        <translation>Este ordenador aún no está registrado en ninguna colección: elija Registrar… y escriba el código que le dio la persona que administra su colección.</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Colección: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The sync did not run.</source>
        <translation>La sincronización no se ha hecho.</translation>
    </message>
    <message>
        <source>Sent %1, unchanged %2, withdrawals sent %3, failed %4.</source>
        <translation>Enviadas: %1; sin cambios: %2; retiradas enviadas: %3; fallidas: %4.</translation>
    </message>
    <message>
        <source>Audio erased: %1.</source>
        <translation>Audio borrado: %1.</translation>
    </message>
</context>
<context>
    <name>SuggestionKind</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What will leave this room</source>
        <translation>Lo que saldrá de esta sala</translation>
    </message>
    <message>
        <source>We &amp;agree: this may leave the room</source>
        <translation>&amp;Estamos de acuerdo: esto puede salir de la sala</translation>
    </message>
    <message>
        <source>&amp;Export the shared version…</source>
        <translation>E&amp;xportar la versión compartida…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Close the review</source>
        <translation>&amp;Cerrar la revisión</translation>
    </message>
    <message>
        <source>This conversation was set up as local only: it stays on this computer and is never sent to a collection. What follows is what an export of the shared version holds.</source>
        <translation>Esta conversación se preparó como solo local: se queda en este ordenador y nunca se envía a una colección. Lo que sigue es lo que contiene una exportación de la versión compartida.</translation>
    </message>
    <message>
        <source>{n} turns will be shared; {m} will be withheld.</source>
        <translation>Turnos que se compartirán: {n}; turnos que no saldrán de aquí: {m}.</translation>
    </message>
    <message>
        <source>Declined (none of their words leave): {names}</source>
        <translation>No han aceptado (no sale ninguna de sus palabras): {names}</translation>
    </message>
    <message>
        <source>Turns nobody was named for, withheld: {n}</source>
        <translation>Turnos sin persona asignada, que no saldrán de aquí: {n}</translation>
    </message>
    <message>
        <source>Corrected turns: {n}</source>
        <translation>Turnos corregidos: {n}</translation>
    </message>
    <message>
        <source>Removed words ({n}): {text}</source>
        <translation>Palabras quitadas ({n}): {text}</translation>
    </message>
    <message>
        <source>Who may read it: {level}</source>
        <translation>Quién puede leerlo: {level}</translation>
    </message>
    <message>
        <source>Still to decide before you can agree: {names}</source>
        <translation>Aún tienen que decidir antes de que puedan ponerse de acuerdo: {names}</translation>
    </message>
    <message>
        <source>Agreed and saved. You can close the review.</source>
        <translation>Acordado y guardado. Ya puede cerrar la revisión.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>TranscriptList</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Aún no se sabe</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <source>Text of this turn</source>
        <translation>Texto de este turno</translation>
    </message>
    <message>
        <source>&amp;Play this turn</source>
        <translation>&amp;Escuchar este turno</translation>
    </message>
    <message>
        <source>&amp;Save my correction</source>
        <translation>&amp;Guardar mi corrección</translation>
    </message>
    <message>
        <source>&amp;Redact the selected words</source>
        <translation>&amp;Quitar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Redact this &amp;whole turn</source>
        <translation>Quitar este tu&amp;rno entero</translation>
    </message>
    <message>
        <source>&amp;Undo my redactions here</source>
        <translation>&amp;Deshacer lo que quité aquí</translation>
    </message>
    <message>
        <source>These words may identify someone. Redact them or leave them:</source>
        <translation>Estas palabras podrían identificar a alguien. Quítelas o déjelas como están:</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Palabras que se sugiere quitar</translation>
    </message>
    <message>
        <source>Redact this suggestion</source>
        <translation>Quitar estas palabras</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <source>Nobody is named for this turn. Who said it?</source>
        <translation>Este turno no tiene a nadie asignado. ¿Quién lo dijo?</translation>
    </message>
    <message>
        <source>Who said this turn</source>
        <translation>Quién dijo este turno</translation>
    </message>
    <message>
        <source>&amp;It was them</source>
        <translation>&amp;Fue esta persona</translation>
    </message>
    <message>
        <source>Pick one of your turns on the left.</source>
        <translation>Elija uno de sus turnos a la izquierda.</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Aún no se sabe</translation>
    </message>
</context>
<context>
    <name>TurnPlayer</name>
    <message>
        <source>No sound output was found, so turns cannot be played. Read the text instead, or connect speakers and open the review again.</source>
        <translation>No se ha encontrado ninguna salida de sonido, así que no se pueden escuchar los turnos. Lea el texto, o conecte unos altavoces y vuelva a abrir la revisión.</translation>
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
<context>
    <name>Visibility</name>
    <message>
        <source>Stewards only: the few people who look after the collection. Nobody else reads it.</source>
        <translation>Solo el equipo de custodia: las pocas personas que cuidan la colección. Nadie más la lee.</translation>
    </message>
    <message>
        <source>The sensemaking team too: they read conversations to find themes and report them back.</source>
        <translation>También el equipo de análisis: lee las conversaciones para encontrar temas comunes y luego los comparte.</translation>
    </message>
    <message>
        <source>The whole community (the department, lab or centre) may read the shared version.</source>
        <translation>Toda la comunidad (el departamento, el laboratorio o el centro) puede leer la versión compartida.</translation>
    </message>
</context>
</TS>
