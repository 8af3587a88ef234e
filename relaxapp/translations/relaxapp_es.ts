<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
    <message>
        <source>This is how the spoken guidance sounds. Breathe in slowly, and let it go.</source>
        <translation>Así suena la guía hablada. Inspira despacio, y suéltalo.</translation>
    </message>
    <message>
        <source>Slower pace: {pace}.</source>
        <translation>Ritmo más lento: {pace}.</translation>
    </message>
    <message>
        <source>Faster pace: {pace}.</source>
        <translation>Ritmo más rápido: {pace}.</translation>
    </message>
    <message>
        <source>&quot;Now&quot; is the cue to tense: it is said as the tense phase begins, so a tense text must not start with it (it is said first, as the lead-in, before the cue)</source>
        <translation>«Ahora» es la señal para tensar: se dice cuando empieza la fase de tensar, así que un texto de tensar no debe empezar con ella (se dice antes, como introducción, antes de la señal)</translation>
    </message>
    <message>
        <source>the lead-in (the name and the first sentence) is {words} words; keep it to about {most}, and put the rest after the first sentence</source>
        <translation>la introducción (el nombre y la primera frase) tiene {words} palabras; mantenla en unas {most} y pon el resto después de la primera frase</translation>
    </message>
    <message>
        <source>&quot;Now&quot; is the cue to tense in this session: say it only there (start this sentence another way)</source>
        <translation>«Ahora» es la señal para tensar en esta sesión: dila solo ahí (empieza esta frase de otra manera)</translation>
    </message>
    <message>
        <source>&quot;{before}&quot; is still being said when &quot;{line}&quot; is due ({seconds} s too long for its place, at the default voice and rate): the session would wait for it. Give it more room (a longer step or quiet before it) or fewer words</source>
        <translation>«{before}» todavía se está diciendo cuando toca «{line}» ({seconds} s demasiado larga para su sitio, con la voz y la velocidad por defecto): la sesión la esperaría. Dale más espacio (un paso más largo o silencio antes) o menos palabras</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>a chart&apos;s date tick</comment>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>the last 2 weeks</source>
        <translation>las últimas 2 semanas</translation>
    </message>
    <message>
        <source>the last 3 months</source>
        <translation>los últimos 3 meses</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>el último año</translation>
    </message>
    <message>
        <source>Over the last 2 weeks</source>
        <translation>En las últimas 2 semanas</translation>
    </message>
    <message>
        <source>Over the last 3 months</source>
        <translation>En los últimos 3 meses</translation>
    </message>
    <message>
        <source>Over the last year</source>
        <translation>En el último año</translation>
    </message>
    <message>
        <source>Your tension after your first rated session was {rating}. The trend shows once more sessions are rated.</source>
        <translation>Tu tensión después de tu primera sesión valorada fue {rating}. La tendencia se verá cuando valores más sesiones.</translation>
    </message>
    <message>
        <source>Your tension after sessions was {mean} on average ({ratings}, on one day). The trend shows once sessions on more days are rated.</source>
        <translation>Tu tensión después de las sesiones fue de {mean} de media ({ratings}, en un solo día). La tendencia se verá cuando valores sesiones en más días.</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>two weeks</source>
        <translation>dos semanas</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>averages of the first and the last {part}: {early} and {late}</source>
        <translation>medias del primer y del último periodo ({part}): {early} y {late}</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions stayed about the same: {first}, then {last} ({basis}).</source>
        <translation>{over}, tu tensión después de las sesiones se mantuvo más o menos igual: {first}, luego {last} ({basis}).</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions went down from {first} to {last} ({basis}).</source>
        <translation>{over}, tu tensión después de las sesiones bajó de {first} a {last} ({basis}).</translation>
    </message>
    <message>
        <source>{over}, your tension after sessions went up from {first} to {last} ({basis}).</source>
        <translation>{over}, tu tensión después de las sesiones subió de {first} a {last} ({basis}).</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <translation>Relajación muscular progresiva</translation>
    </message>
    <message>
        <source>Breathing and relaxation</source>
        <translation>Respiración y relajación</translation>
    </message>
    <message>
        <source>the id &quot;{id}&quot; is already used by {file}; this file is not loaded</source>
        <translation>el identificador «{id}» ya lo usa {file}; este archivo no se carga</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Twitching</source>
        <translation>Espasmos musculares</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Stiffness or aching</source>
        <translation>Rigidez o dolor</translation>
    </message>
    <message>
        <source>Tingling or light-headed during or just after breathing</source>
        <translation>Hormigueo o mareo durante o justo después de respirar</translation>
    </message>
    <message>
        <source>Short of air during breathing practice, settling within a minute of normal breathing</source>
        <translation>Falta de aire durante la práctica de respiración, que se calma en un minuto de respiración normal</translation>
    </message>
    <message>
        <source>Muscle weakness</source>
        <translation>Debilidad muscular</translation>
    </message>
    <message>
        <source>A muscle getting smaller</source>
        <translation>Un músculo que se hace más pequeño</translation>
    </message>
    <message>
        <source>Loss of coordination</source>
        <translation>Pérdida de coordinación</translation>
    </message>
    <message>
        <source>Numbness or tingling that lasts or keeps coming back</source>
        <translation>Entumecimiento u hormigueo que dura o que vuelve una y otra vez</translation>
    </message>
    <message>
        <source>Spasms mostly during sleep</source>
        <translation>Espasmos sobre todo durante el sueño</translation>
    </message>
    <message>
        <source>Spasms on one side of the body only</source>
        <translation>Espasmos solo en un lado del cuerpo</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness on one side of the body</source>
        <translation>Debilidad o entumecimiento repentino en un lado del cuerpo</translation>
    </message>
    <message>
        <source>Face drooping, or trouble speaking or swallowing</source>
        <translation>Cara caída, o dificultad para hablar o tragar</translation>
    </message>
    <message>
        <source>New chest pain or pressure, or breathlessness at rest that does not settle</source>
        <translation>Dolor o presión nuevos en el pecho, o falta de aire en reposo que no se calma</translation>
    </message>
    <message>
        <source>A sudden, severe headache</source>
        <translation>Un dolor de cabeza repentino e intenso</translation>
    </message>
    <message>
        <source>Sudden confusion, or sudden loss of vision or balance</source>
        <translation>Confusión repentina, o pérdida repentina de la vista o del equilibrio</translation>
    </message>
    <message>
        <source>Fainting, or a first seizure</source>
        <translation>Desmayo, o una primera convulsión</translation>
    </message>
    <message>
        <source>Weakness that spreads or gets worse over hours or days</source>
        <translation>Debilidad que se extiende o empeora en horas o días</translation>
    </message>
    <message>
        <source>Severe muscle pain with dark, cola-coloured urine</source>
        <translation>Dolor muscular intenso con orina oscura, del color de la cola</translation>
    </message>
    <message>
        <source>One calf swollen and painful (a possible blood clot)</source>
        <translation>Una pantorrilla hinchada y dolorida (un posible coágulo de sangre)</translation>
    </message>
    <message>
        <source>Call emergency services now (112 in Europe, 911 in North America, 999 in the UK, or your local emergency number). Signs like these can come from a stroke, a heart attack, a blood clot or another condition that needs treatment at once, where every minute counts. Do not wait to see whether it passes, and do not drive yourself.</source>
        <translation>Llama ahora a emergencias (112 en Europa, 911 en Norteamérica, 999 en el Reino Unido, o tu número de emergencias local). Signos como estos pueden deberse a un ictus, un infarto, un coágulo de sangre u otra afección que necesita tratamiento inmediato, en la que cada minuto cuenta. No esperes a ver si se pasa, y no conduzcas tú.</translation>
    </message>
    <message>
        <source>If you have thoughts of harming yourself, call a crisis line now: 988 in the US and Canada, 116 123 (Samaritans) in the UK and Ireland, or your local emergency number.</source>
        <translation>Si tienes pensamientos de hacerte daño, llama ahora a una línea de crisis: 988 en Estados Unidos y Canadá, 116 123 (Samaritans) en el Reino Unido e Irlanda, o tu número de emergencias local.</translation>
    </message>
    <message>
        <source>Please have this checked by a doctor. Symptoms like this can come from conditions other than anxiety, and an examination is the way to find out. This is not a diagnosis. Relaxation practice is fine meanwhile if it feels comfortable.</source>
        <translation>Por favor, haz que un médico lo revise. Síntomas como este pueden deberse a afecciones distintas de la ansiedad, y una exploración es la manera de saberlo. Esto no es un diagnóstico. Mientras tanto, practicar la relajación está bien si te resulta cómodo.</translation>
    </message>
    <message>
        <source>Tingling or light-headedness during or just after breathing practice usually means breathing more than the body needs (over-breathing); feeling short of air at a slow pace usually means the pace or the holds are longer than is comfortable for now. Pause and breathe normally for a minute. Next time take smaller, gentler breaths, set the pace a little faster, or leave the holds out. If numbness or tingling lasts, or comes back away from practice, have it checked by a doctor; breathlessness at rest that does not settle, or chest pain, needs emergency help.</source>
        <translation>El hormigueo o el mareo durante o justo después de la práctica de respiración suelen significar que respiras más de lo que el cuerpo necesita (hiperventilación); sentir falta de aire a un ritmo lento suele significar que el ritmo o las pausas son, por ahora, más largos de lo cómodo. Haz una pausa y respira con normalidad durante un minuto. La próxima vez, toma respiraciones más pequeñas y suaves, pon un ritmo algo más rápido, o quita las pausas. Si el entumecimiento o el hormigueo duran, o vuelven fuera de la práctica, haz que un médico lo revise; la falta de aire en reposo que no se calma, o el dolor en el pecho, necesitan ayuda de emergencia.</translation>
    </message>
    <message>
        <source>Besides breathing and relaxation, these may ease cramps and twitching: gentle exercise and stretching (the calf and hamstring stretch before bed), enough water, enough sleep, and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps, and potassium supplements can be dangerous with kidney disease or some blood-pressure medicines: ask a doctor before taking supplements. Some medicines cause cramps (diuretics, statins, some asthma and blood-pressure drugs): a pharmacist can tell you. Cramps that come often deserve a check by a doctor.</source>
        <translation>Además de la respiración y la relajación, estas cosas pueden aliviar los calambres y los espasmos: ejercicio suave y estiramientos (el estiramiento de pantorrillas e isquiotibiales antes de dormir), beber suficiente agua, dormir lo suficiente, y menos cafeína y alcohol. Es poco probable que el magnesio ayude con los calambres corrientes, y los suplementos de potasio pueden ser peligrosos con enfermedad renal o con algunos medicamentos para la tensión arterial: pregunta a un médico antes de tomar suplementos. Algunos medicamentos causan calambres (diuréticos, estatinas, algunos fármacos para el asma y la tensión arterial): en la farmacia te lo pueden decir. Los calambres que aparecen a menudo merecen que un médico los revise.</translation>
    </message>
    <message>
        <source>{day} you logged: {symptoms}.</source>
        <translation>{day} anotaste: {symptoms}.</translation>
    </message>
    <message>
        <source>You logged {symptoms} (marked {marks}). Symptoms like these deserve a check by a doctor, because conditions other than anxiety can cause them.</source>
        <translation>Anotaste {symptoms} (marcado con {marks}). Síntomas como estos merecen que un médico los revise, porque pueden deberse a afecciones distintas de la ansiedad.</translation>
    </message>
    <message>
        <source>If sudden one-sided weakness or numbness, a drooping face, trouble speaking or chest pain come again, call emergency services at once.</source>
        <translation>Si vuelven la debilidad o el entumecimiento repentino en un lado, la cara caída, la dificultad para hablar o el dolor en el pecho, llama enseguida a emergencias.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Eyes and upper cheeks</source>
        <translation>Ojos y parte alta de las mejillas</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Mandíbula</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Antebrazo derecho</translation>
    </message>
    <message>
        <source>Right upper arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Antebrazo izquierdo</translation>
    </message>
    <message>
        <source>Left upper arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Pantorrilla derecha</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
    <message>
        <source>Left calf</source>
        <translation>Pantorrilla izquierda</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source> (did you mean &quot;{key}&quot;?)</source>
        <translation> (¿querías decir «{key}»?)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>cadenas de texto</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>fases</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>zonas del cuerpo</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>debe estar entre {low} y {high} (hay {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds (got {value})</source>
        <translation>debe estar entre {low} y {high} segundos (hay {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes (got {value})</source>
        <translation>debe estar entre {low} y {high} minutos (hay {value})</translation>
    </message>
    <message>
        <source> (keys of your own must start with &quot;x-&quot;)</source>
        <translation> (las claves propias deben empezar por «x-»)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>obligatoria, pero falta</translation>
    </message>
    <message>
        <source>must be a whole number (got {value})</source>
        <translation>debe ser un número entero (hay {value})</translation>
    </message>
    <message>
        <source>must be a number (got {value})</source>
        <translation>debe ser un número (hay {value})</translation>
    </message>
    <message>
        <source>must be a string (got {value})</source>
        <translation>debe ser una cadena de texto (hay {value})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be {low}-{high} characters (got {count})</source>
        <translation>debe tener de {low} a {high} caracteres (tiene {count})</translation>
    </message>
    <message>
        <source>must be at most {high} characters (got {count})</source>
        <translation>debe tener como mucho {high} caracteres (tiene {count})</translation>
    </message>
    <message>
        <source>must be true or false (got {value})</source>
        <translation>debe ser true o false (hay {value})</translation>
    </message>
    <message>
        <source>must be a list of {things} (got {value})</source>
        <translation>debe ser una lista de {things} (hay {value})</translation>
    </message>
    <message>
        <source>must hold at least {low} {things} (got {count})</source>
        <translation>debe tener al menos {low} {things} (tiene {count})</translation>
    </message>
    <message>
        <source>must hold {low}-{high} {things} (got {count})</source>
        <translation>debe tener de {low} a {high} {things} (tiene {count})</translation>
    </message>
    <message>
        <source>must hold at most {high} {things} (got {count})</source>
        <translation>debe tener como mucho {high} {things} (tiene {count})</translation>
    </message>
    <message>
        <source>invalid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>omitido: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>file is {size} bytes; a session script may be at most 1 MiB</source>
        <translation>el archivo tiene {size} bytes; un guion de sesión puede tener como mucho 1 MiB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>no es texto UTF-8 (byte {byte} en la posición {offset})</translation>
    </message>
    <message>
        <source>the top level must be a JSON object (got {value})</source>
        <translation>el nivel superior debe ser un objeto JSON (hay {value})</translation>
    </message>
    <message>
        <source>must be the whole number {format} (got {value})</source>
        <translation>debe ser el número entero {format} (hay {value})</translation>
    </message>
    <message>
        <source>this script needs a newer RelaxApp (it is format {value}; this version reads format {format})</source>
        <translation>este guion necesita un RelaxApp más nuevo (es del formato {value}; esta versión lee el formato {format})</translation>
    </message>
    <message>
        <source>must be {format} (got {value})</source>
        <translation>debe ser {format} (hay {value})</translation>
    </message>
    <message>
        <source>must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit (got {value})</source>
        <translation>debe tener de 1 a 64 letras minúsculas, cifras o guiones, y empezar por una letra o una cifra (hay {value})</translation>
    </message>
    <message>
        <source>must be a language tag such as &quot;en&quot; or &quot;de-CH&quot; (got {value})</source>
        <translation>debe ser una etiqueta de idioma como «en» o «de-CH» (hay {value})</translation>
    </message>
    <message>
        <source>needs at least two breathing steps at different paces to choose from</source>
        <translation>necesita al menos dos pasos de respiración a ritmos distintos entre los que elegir</translation>
    </message>
    <message>
        <source>the session&apos;s planned length must be between 10 seconds and 3 hours (got {length})</source>
        <translation>la duración prevista de la sesión debe estar entre 10 segundos y 3 horas (hay {length})</translation>
    </message>
    <message>
        <source>each step must be an object (got {value})</source>
        <translation>cada paso debe ser un objeto (hay {value})</translation>
    </message>
    <message>
        <source>required, but missing (one of &quot;say&quot;, &quot;breathe&quot;, &quot;muscle&quot;)</source>
        <translation>obligatoria, pero falta (una de «say», «breathe», «muscle»)</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>debe ser uno de {choices} (hay {value})</translation>
    </message>
    <message>
        <source>must be &quot;resonance&quot; (got {value})</source>
        <translation>debe ser «resonance» (hay {value})</translation>
    </message>
    <message>
        <source>give either &quot;cycles&quot; or &quot;minutes&quot;, not both</source>
        <translation>indica «cycles» o «minutes», no los dos</translation>
    </message>
    <message>
        <source>needs &quot;cycles&quot; (how many breaths) or &quot;minutes&quot; (how long)</source>
        <translation>necesita «cycles» (cuántas respiraciones) o «minutes» (cuánto tiempo)</translation>
    </message>
    <message>
        <source>a cycle needs at least one inhale and one exhale</source>
        <translation>un ciclo necesita al menos una inhalación y una exhalación</translation>
    </message>
    <message>
        <source>an exhale cannot raise the fullness of the lungs (from {start} to {end})</source>
        <translation>una exhalación no puede aumentar el llenado de los pulmones (de {start} a {end})</translation>
    </message>
    <message>
        <source>an inhale cannot lower the fullness of the lungs (from {start} to {end})</source>
        <translation>una inhalación no puede reducir el llenado de los pulmones (de {start} a {end})</translation>
    </message>
    <message>
        <source>each phase must be an object (got {value})</source>
        <translation>cada fase debe ser un objeto (hay {value})</translation>
    </message>
    <message>
        <source>must be &quot;inhale&quot;, &quot;hold&quot; or &quot;exhale&quot; (got {value})</source>
        <translation>debe ser «inhale», «hold» o «exhale» (hay {value})</translation>
    </message>
    <message>
        <source>not allowed on a hold: a hold keeps the level the lungs are at</source>
        <translation>no se permite en una retención: una retención mantiene el nivel de los pulmones</translation>
    </message>
    <message>
        <source>a list must hold one length per round: {rounds} (got {count})</source>
        <translation>una lista debe tener una duración por ronda: {rounds} (tiene {count})</translation>
    </message>
    <message>
        <source>must be a region name (got {value})</source>
        <translation>debe ser el nombre de una zona del cuerpo (hay {value})</translation>
    </message>
    <message>
        <source>unknown region {name}</source>
        <translation>zona del cuerpo desconocida {name}</translation>
    </message>
    <message>
        <source>only allowed together with &quot;tense&quot; (a release-only step has no tension)</source>
        <translation>solo se permite junto con «tense» (un paso solo de soltar no tiene tensión)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>inhala</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantén</translation>
    </message>
    <message>
        <source>out</source>
        <translation>exhala</translation>
    </message>
    <message>
        <source>Ready for the next step: you did “{title}” on {days} days over {weeks} weeks, and your tension was {relief} points lower after it, on average.</source>
        <translation>Listo para el siguiente paso: hiciste «{title}» durante {days} días a lo largo de {weeks} semanas, y tu tensión fue {relief} puntos más baja después, de media.</translation>
    </message>
    <message>
        <source>The next of the first steps: each one builds on the last.</source>
        <translation>El siguiente de los primeros pasos: cada uno se apoya en el anterior.</translation>
    </message>
    <message>
        <source>For the evening: a calm way towards sleep.</source>
        <translation>Para la noche: una manera tranquila de ir hacia el sueño.</translation>
    </message>
    <message>
        <source>Your tension dropped most after this one: on average {relief} points less tense afterwards, over {sessions} sessions.</source>
        <translation>Tu tensión bajó más después de esta: de media {relief} puntos menos de tensión, en {sessions} sesiones.</translation>
    </message>
    <message>
        <source>Next on the path, and new to you.</source>
        <translation>Lo siguiente en el camino, y nuevo para ti.</translation>
    </message>
    <message>
        <source>The one you have practised most.</source>
        <translation>La que más has practicado.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>{weekday} at {time}</source>
        <translation>el {weekday} a las {time}</translation>
    </message>
    <message>
        <source>a translation has the id of its original, “{id}”</source>
        <translation>una traducción tiene el id de su original, «{id}»</translation>
    </message>
    <message>
        <source>a translation differs from its original only in its words; here it differs in more (the original: {file})</source>
        <translation>una traducción se diferencia de su original solo en las palabras; aquí se diferencia en más (el original: {file})</translation>
    </message>
    <message>
        <source>a translation in the “{folder}” folder is written in that language: its “language” is “{language}”</source>
        <translation>una traducción en la carpeta «{folder}» está escrita en ese idioma: su «language» es «{language}»</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muscle group(s)</source>
        <translation>
            <numerusform>%n grupo muscular</numerusform>
            <numerusform>%n grupos musculares</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>a date without its year</comment>
        <translation>{weekday}, {day} de {month}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal sign</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower</source>
        <translation>
            <numerusform>%n punto menos</numerusform>
            <numerusform>%n puntos menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher</source>
        <translation>
            <numerusform>%n punto más</numerusform>
            <numerusform>%n puntos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension now: {after} of 10.</source>
        <translation>Tensión ahora: {after} de 10.</translation>
    </message>
    <message>
        <source>{before} → {after}: {change}. Well done.</source>
        <translation>{before} → {after}: {change}. Bien hecho.</translation>
    </message>
    <message>
        <source>{before} → {after}: the same as before. That happens; the practice still counts.</source>
        <translation>{before} → {after}: igual que antes. Eso pasa; la práctica cuenta igualmente.</translation>
    </message>
    <message>
        <source>{before} → {after}: {change}. Tension sometimes rises as you begin to relax; that is known and not harmful.</source>
        <translation>{before} → {after}: {change}. A veces la tensión sube cuando empiezas a relajarte; es algo conocido y no es dañino.</translation>
    </message>
    <message>
        <source>Finished, with parts skipped.</source>
        <translation>Terminada, con partes saltadas.</translation>
    </message>
    <message>
        <source>Stopped early: that&apos;s fine.</source>
        <translation>Terminada antes: no pasa nada.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>you practised {done} of its {planned} min.</source>
        <translation>practicaste {done} de sus {planned} min.</translation>
    </message>
    <message>
        <source>{done} of practice.</source>
        <translation>{done} de práctica.</translation>
    </message>
    <message>
        <source>You rated your tension {rating} before.</source>
        <translation>Valoraste tu tensión con un {rating} antes.</translation>
    </message>
    <message>
        <source>the log is not open</source>
        <translation>el registro no está abierto</translation>
    </message>
    <message>
        <source>Saved. Tension {before} → {after}.</source>
        <translation>Guardado. Tensión {before} → {after}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Paseo</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Breathing away from the computer</source>
        <translation>Respiración sin el ordenador</translation>
    </message>
    <message>
        <source>Progressive relaxation away from the computer</source>
        <translation>Relajación progresiva sin el ordenador</translation>
    </message>
    <message>
        <source>Log practice</source>
        <translation>Anotar práctica</translation>
    </message>
    <message>
        <source>Practice done elsewhere counts too.</source>
        <translation>La práctica hecha fuera de la app también cuenta.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Tension before</source>
        <translation>Tensión antes</translation>
    </message>
    <message>
        <source>Tension after</source>
        <translation>Tensión después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Practice cannot be logged: the log could not be opened.</source>
        <translation>No se puede anotar la práctica: no se pudo abrir el registro.</translation>
    </message>
    <message>
        <source>Saved: {title}, {minutes} min, {weekday} {day}, {time}.</source>
        <translation>Guardado: {title}, {minutes} min, {weekday} {day}, {time}.</translation>
    </message>
    <message>
        <source>The last 2 weeks</source>
        <translation>Las últimas 2 semanas</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Todo lo anotado</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Del … al …</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Crear un informe</translation>
    </message>
    <message>
        <source>A short, dated summary of what you logged, to bring to a doctor or therapist. It is made on this computer and goes nowhere unless you take it.</source>
        <translation>Un resumen breve y fechado de lo que anotaste, para llevar a tu médico o terapeuta. Se crea en este ordenador y no va a ninguna parte a menos que tú lo lleves.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>{section} (private: only if you tick it)</source>
        <translation>{section} (privado: solo si lo marcas)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluye</translation>
    </message>
    <message>
        <source>Optional: printed on the report, never stored</source>
        <translation>Opcional: se imprime en el informe, nunca se guarda</translation>
    </message>
    <message>
        <source>Name on the report (optional, never stored)</source>
        <translation>Nombre en el informe (opcional, nunca se guarda)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation>Sesiones en el periodo</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from {period}.</source>
        <translation>
            <numerusform>%n sesión {period}.</numerusform>
            <numerusform>%n sesiones {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions were logged from {period}: the report would only say so.</source>
        <translation>No se anotó ninguna sesión {period}: el informe solo diría eso.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The log could not be read: {reason}</source>
        <translation>No se pudo leer el registro: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The report was not saved to {path}: {reason}.</source>
        <translation>El informe no se guardó en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Report saved: {name}, {pages}.</source>
        <translation>Informe guardado: {name}, {pages}.</translation>
    </message>
    <message>
        <source>Report sent to the printer: {pages}, {first} to {last}.</source>
        <translation>Informe enviado a la impresora: {pages}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>The report needs the log, which could not be opened.</source>
        <translation>El informe necesita el registro, que no se pudo abrir.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Soft sound at each phase change</source>
        <translation>Un sonido suave en cada cambio de fase</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Guía hablada</translation>
    </message>
    <message>
        <source>Count 3, 2, 1 before a session starts</source>
        <translation>Contar 3, 2, 1 antes de que empiece una sesión</translation>
    </message>
    <message>
        <source>A soft chime with each reminder</source>
        <translation>Un gong suave con cada recordatorio</translation>
    </message>
    <message>
        <source>Test sound and voice</source>
        <translation>Probar sonido y voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de las señales</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation>Sonido de fondo</translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation>Volumen del fondo</translation>
    </message>
    <message>
        <source>Look and pace</source>
        <translation>Aspecto y ritmo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Reduced motion (no growing shape)</source>
        <translation>Menos movimiento (sin forma que crece)</translation>
    </message>
    <message>
        <source> % of the written length</source>
        <translation> % de la duración escrita</translation>
    </message>
    <message>
        <source>Default breathing pace</source>
        <translation>Ritmo de respiración habitual</translation>
    </message>
    <message>
        <source>Breaths take this share of their written length</source>
        <translation>Las respiraciones duran esta parte de su duración escrita</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Como el sistema: {language}</translation>
    </message>
    <message>
        <source>RelaxApp speaks it from its next start.</source>
        <translation>RelaxApp lo usará desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Breaths start at</source>
        <translation>Las respiraciones empiezan en</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Session for the reminder</source>
        <translation>Sesión para el recordatorio</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Añadir recordatorio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Open RelaxApp at login, minimised, so reminders come</source>
        <translation>Abrir RelaxApp al iniciar sesión, minimizada, para que lleguen los recordatorios</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Heart-rate sensor…</source>
        <translation>Sensor de &amp;frecuencia cardiaca…</translation>
    </message>
    <message>
        <source>Heart-rate sensor: look for one, choose it, forget it</source>
        <translation>Sensor de frecuencia cardiaca: buscarlo, elegirlo, olvidarlo</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>RelaxApp cannot add itself to the login programs: {reason}.</source>
        <translation>RelaxApp no puede añadirse a los programas del inicio de sesión: {reason}.</translation>
    </message>
    <message>
        <source>RelaxApp cannot leave the login programs: {reason}.</source>
        <translation>RelaxApp no puede quitarse de los programas del inicio de sesión: {reason}.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;When to get help&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Call emergency services now&lt;/b&gt; (112 in Europe, 911 in North America, 999 in the UK, or
your local emergency number) for any of these. They can be signs of a stroke, a heart attack, a
blood clot or another condition that needs treatment at once, where every minute counts. Do not
wait to see whether it passes, and do not drive yourself:&lt;/p&gt;
&lt;ul&gt;{emergency}&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;{crisis}&lt;/b&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;See a doctor&lt;/b&gt; about these. They can come from conditions of the nerves or muscles other
than anxiety, and an examination is the way to find out:&lt;/p&gt;
&lt;ul&gt;{doctor}&lt;/ul&gt;
&lt;p&gt;RelaxApp is a practice tool, not a doctor: it does not diagnose anything, and nothing here
replaces a doctor&apos;s advice. Cramps that come often deserve a check too.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cuándo pedir ayuda&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Llama ahora a emergencias&lt;/b&gt; (112 en Europa, 911 en Norteamérica, 999 en el Reino Unido, o
tu número de emergencias local) ante cualquiera de estos signos. Pueden ser signos de un ictus, un
infarto, un coágulo de sangre u otra afección que necesita tratamiento inmediato, en la que cada
minuto cuenta. No esperes a ver si se pasa, y no conduzcas tú:&lt;/p&gt;
&lt;ul&gt;{emergency}&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;{crisis}&lt;/b&gt;&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Consulta a un médico&lt;/b&gt; por estos. Pueden deberse a afecciones de los nervios o de los
músculos distintas de la ansiedad, y una exploración es la manera de saberlo:&lt;/p&gt;
&lt;ul&gt;{doctor}&lt;/ul&gt;
&lt;p&gt;RelaxApp es una herramienta de práctica, no un médico: no diagnostica nada, y nada de lo que hay
aquí sustituye el consejo de un médico. Los calambres que aparecen a menudo también merecen una
revisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Why anxiety shows up in your muscles&lt;/h2&gt;
&lt;p&gt;When the mind senses a threat, the body gets ready to act: breathing speeds up and moves into
the chest, the heart beats faster, and muscles brace, most of all in the neck, shoulders, jaw and
back. When worry goes on for weeks, the bracing can become a habit you no longer notice, and it
can show up as stiffness, aching, clenched teeth, twitches or cramps.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Por qué la ansiedad aparece en los músculos&lt;/h2&gt;
&lt;p&gt;Cuando la mente percibe una amenaza, el cuerpo se prepara para actuar: la respiración se acelera
y sube al pecho, el corazón late más rápido, y los músculos se tensan, sobre todo en el cuello, los
hombros, la mandíbula y la espalda. Cuando la preocupación dura semanas, esa tensión puede
convertirse en un hábito que ya no notas, y puede aparecer como rigidez, dolor, dientes apretados,
espasmos o calambres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What slow breathing was found to do&lt;/h2&gt;
&lt;p&gt;Breathing is the one part of the body&apos;s alarm system you can steer directly. In the studies a
systematic review gathered, slow breathing (under ten breaths a minute) went with more heart
rate variability, and people reported more comfort and relaxation and less anxiety (Zaccaro et
al. 2018). The pace at which breathing
and heart rhythm swing together most, the resonance pace, differs from person to person: about
4.5 to 6.5 breaths a minute in adults (Shaffer &amp;amp; Meehan 2020). &lt;i&gt;Find your slow pace,
by feel&lt;/i&gt; lets you try five paces and keep the one that feels easiest: a pace chosen by feel,
not measured (the studies find the resonance pace from the heart rate, which RelaxApp does not
measure). In a laboratory study, a
breath out longer than the breath in felt more relaxing than the reverse (Van Diest et al. 2014).
In a month-long study of five minutes a day, cyclic sighing lifted mood more than mindfulness
meditation did and slowed breathing at rest; anxiety fell in every group of that study,
mindfulness included (Balban et al. 2023).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lo que se encontró que hace la respiración lenta&lt;/h2&gt;
&lt;p&gt;La respiración es la única parte del sistema de alarma del cuerpo que puedes dirigir
directamente. En los estudios que reunió una revisión sistemática, respirar despacio (menos de
diez respiraciones por minuto) fue acompañado de más variabilidad de la frecuencia cardiaca, y las
personas dijeron sentir más comodidad y relajación y menos ansiedad (Zaccaro et al. 2018). El
ritmo al que la respiración y el ritmo del corazón oscilan juntos al máximo, el ritmo de
resonancia, varía de una persona a otra: entre 4,5 y 6,5 respiraciones por minuto en adultos
(Shaffer &amp;amp; Meehan 2020). &lt;i&gt;Encuentra tu ritmo lento, por sensación&lt;/i&gt; te deja probar cinco
ritmos y quedarte con el que resulte más fácil: un ritmo elegido por sensación, no medido (los
estudios hallan el ritmo de resonancia a partir de la frecuencia cardiaca, que RelaxApp no mide).
En un estudio de laboratorio, una espiración más larga que la inspiración resultó más relajante
que al revés (Van Diest et al. 2014). En un estudio de un mes con cinco minutos al día, el suspiro
cíclico mejoró el ánimo más que la meditación de atención plena y hizo más lenta la respiración en
reposo; la ansiedad bajó en todos los grupos de ese estudio, también en el de atención plena
(Balban et al. 2023).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What progressive muscle relaxation is&lt;/h2&gt;
&lt;p&gt;Progressive muscle relaxation (PMR) works through the body one muscle group at a time: tense
for a few seconds, then let go for half a minute or more. Tensing on purpose makes the contrast
clear, so you learn what &quot;relaxed&quot; feels like in each place, and to notice tension early. It is a
skill that takes weeks of regular practice (Bernstein &amp;amp; Borkovec 1973). With practice you can
let go without tensing first (&quot;relaxation by recall&quot;), and then in everyday moments, in 20 to 30
seconds: applied relaxation (Öst 1987). For trouble sleeping, relaxation methods are among the
treatments a sleep-medicine guideline suggests for chronic insomnia (a conditional
recommendation: Edinger et al. 2021).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Qué es la relajación muscular progresiva&lt;/h2&gt;
&lt;p&gt;La relajación muscular progresiva (RMP) recorre el cuerpo un grupo muscular cada vez: tensar
unos segundos, y luego soltar durante medio minuto o más. Tensar a propósito hace claro el
contraste, así aprendes cómo se siente «relajado» en cada lugar, y a notar la tensión pronto. Es
una habilidad que requiere semanas de práctica regular (Bernstein &amp;amp; Borkovec 1973). Con la
práctica puedes soltar sin tensar antes («relajación por evocación»), y después en momentos
cotidianos, en 20 a 30 segundos: relajación aplicada (Öst 1987). Para los problemas de sueño, los
métodos de relajación están entre los tratamientos que sugiere una guía de medicina del sueño para
el insomnio crónico (una recomendación condicional: Edinger et al. 2021).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How much to practise, and when to move on&lt;/h2&gt;
&lt;p&gt;The manuals ask for two practice sessions a day of 15 to 20 minutes, at times when you will
not be disturbed (Bernstein &amp;amp; Borkovec 1973); applied relaxation, too, is practised at home
twice a day (Öst 1987). Stay with the 16 groups until they bring you a deep, reliable calm
before moving to 7 groups, then 4, then relaxing by recall. Today says
&quot;Ready for the next step&quot; when your own log shows it: practice on at least {ready_days} days over
{ready_span_days} days or more, with tension at least {helped} point lower after it, on
average.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cuánto practicar, y cuándo avanzar&lt;/h2&gt;
&lt;p&gt;Los manuales piden dos sesiones de práctica al día de 15 a 20 minutos, en momentos en que nadie
te moleste (Bernstein &amp;amp; Borkovec 1973); la relajación aplicada también se practica en casa dos
veces al día (Öst 1987). Quédate con los 16 grupos hasta que te den una calma profunda y fiable
antes de pasar a 7 grupos, luego a 4, y luego a relajarte por evocación. Hoy dice «Listo para el
siguiente paso» cuando tu propio registro lo muestra: práctica en al menos {ready_days} días a lo
largo de {ready_span_days} días o más, con la tensión al menos {helped} punto más baja después, de
media.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Practising safely&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Never practise while driving or using machinery: the sessions ask you to close your eyes and
let go.&lt;/li&gt;
&lt;li&gt;Breathing should stay easy. Tingling or light-headedness during or just after breathing
practice usually means breathing more than the body needs: pause, breathe normally, and next
time take smaller, gentler breaths or set the pace a little faster. Numbness or tingling that
lasts or keeps coming back is different: have it checked by a doctor.&lt;/li&gt;
&lt;li&gt;Skip or shorten breath holds (the &lt;i&gt;Breath holds&lt;/i&gt; choice before a session) if they make
you uncomfortable, or if you are pregnant or have a heart or lung condition.&lt;/li&gt;
&lt;li&gt;With epilepsy, keep every breath gentle and unforced: over-breathing can bring on a seizure
in some people. Stop and breathe normally if you feel light-headed.&lt;/li&gt;
&lt;li&gt;After eye surgery or with glaucoma, close the eyes gently in relaxation rather than squeezing
them. In later pregnancy, do not lie flat on your back, and leave out tensing the stomach.&lt;/li&gt;
&lt;li&gt;Holding the breath while tensing raises blood pressure for a moment. With high blood
pressure, a heart condition or in pregnancy, breathe normally while you tense.&lt;/li&gt;
&lt;li&gt;Tense muscles firmly but never to pain, and go gently with injured or cramp-prone areas. Never
point your toes or curl them down: that can set off a foot or calf cramp. Pull them up instead.&lt;/li&gt;
&lt;li&gt;Some people feel more tense or uneasy at first when they relax: in one study about a third of
people with chronic anxiety did during progressive relaxation (Heide &amp;amp; Borkovec 1983). It is
known and not harmful. It is fine to open your eyes, to stop, or to try a breathing session
instead; for many it eases with practice.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Practicar con seguridad&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;No practiques nunca mientras conduces o usas maquinaria: las sesiones te piden cerrar los ojos
y soltar.&lt;/li&gt;
&lt;li&gt;La respiración debe seguir siendo fácil. El hormigueo o el mareo durante o justo después de la
práctica de respiración suelen significar que respiras más de lo que el cuerpo necesita: haz una
pausa, respira con normalidad, y la próxima vez toma respiraciones más pequeñas y suaves o pon un
ritmo algo más rápido. El entumecimiento o el hormigueo que dura o vuelve una y otra vez es otra
cosa: haz que un médico lo revise.&lt;/li&gt;
&lt;li&gt;Quita o acorta las pausas de respiración (la opción &lt;i&gt;Pausas de respiración&lt;/i&gt; antes de una
sesión) si te resultan incómodas, o si estás embarazada o tienes una afección del corazón o de
los pulmones.&lt;/li&gt;
&lt;li&gt;Con epilepsia, mantén cada respiración suave y sin forzar: respirar de más puede provocar una
crisis en algunas personas. Para y respira con normalidad si te mareas.&lt;/li&gt;
&lt;li&gt;Después de una operación de ojos o con glaucoma, cierra los ojos con suavidad en la relajación
en lugar de apretarlos. En el embarazo avanzado, no te tumbes boca arriba, y no tenses el
abdomen.&lt;/li&gt;
&lt;li&gt;Aguantar la respiración mientras tensas sube la tensión arterial por un momento. Con tensión
arterial alta, una afección del corazón o durante el embarazo, respira con normalidad mientras
tensas.&lt;/li&gt;
&lt;li&gt;Tensa los músculos con firmeza pero nunca hasta el dolor, y ve con cuidado con las zonas
lesionadas o propensas a calambres. No estires nunca las puntas de los pies ni encojas los dedos
hacia abajo: eso puede provocar un calambre en el pie o la pantorrilla. Tira de ellos hacia arriba
en su lugar.&lt;/li&gt;
&lt;li&gt;Algunas personas se sienten al principio más tensas o inquietas al relajarse: en un estudio le
pasó a alrededor de un tercio de las personas con ansiedad crónica durante la relajación
progresiva (Heide &amp;amp; Borkovec 1983). Es algo conocido y no es dañino. Puedes abrir los ojos,
parar, o probar en su lugar una sesión de respiración; para muchas personas mejora con la
práctica.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What else helps&lt;/h2&gt;
&lt;p&gt;Breathing and relaxation are not the only things that ease muscle symptoms of anxiety. Gentle
regular exercise and stretching help; a calf and hamstring stretch before bed reduced night-time
leg cramps in a trial with older adults (Hallegraeff et al. 2012). So do enough water, enough
sleep, and less caffeine and alcohol. Magnesium is unlikely to help ordinary cramps (Allen &amp;amp;
Kirby 2012), and potassium supplements can be dangerous with kidney disease or some blood-pressure
medicines: ask a doctor before taking supplements. Some medicines cause cramps, among them
diuretics, statins and some asthma and blood-pressure drugs: a pharmacist can tell you whether
yours might.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Qué más ayuda&lt;/h2&gt;
&lt;p&gt;La respiración y la relajación no son lo único que alivia los síntomas musculares de la
ansiedad. Ayudan el ejercicio suave y regular y los estiramientos; un estiramiento de pantorrillas e
isquiotibiales antes de dormir redujo los calambres nocturnos en las piernas en un ensayo con
personas mayores (Hallegraeff et al. 2012). También beber suficiente agua, dormir lo suficiente, y
menos cafeína y alcohol. Es poco probable que el magnesio ayude con los calambres corrientes (Allen
&amp;amp; Kirby 2012), y los suplementos de potasio pueden ser peligrosos con enfermedad renal o con
algunos medicamentos para la tensión arterial: pregunta a un médico antes de tomar suplementos.
Algunos medicamentos causan calambres, entre ellos los diuréticos, las estatinas y algunos fármacos
para el asma y la tensión arterial: en la farmacia te pueden decir si los tuyos podrían
hacerlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sleep&lt;/h2&gt;
&lt;p&gt;Relaxation can help you wind down, and a sleep-medicine guideline suggests it for chronic
insomnia; the treatment it recommends most strongly is cognitive behavioural therapy for
insomnia (CBT-I), which a doctor or therapist can offer (Edinger et al. 2021). Its core habits
are simple to try:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Get up at the same time every day, weekends too, however the night went.&lt;/li&gt;
&lt;li&gt;Go to bed when you are sleepy, not before. If you lie awake for more than about 20
minutes, get up and do something quiet in dim light until you feel sleepy, then go back to bed
(stimulus control: Bootzin 1972).&lt;/li&gt;
&lt;li&gt;Keep the bed for sleep (and sex): not for work, worry or screens.&lt;/li&gt;
&lt;li&gt;No caffeine after early afternoon: a strong dose (400 mg, about four cups of coffee) taken
six hours before bed still cut sleep by more than an hour, measured at home (Drake et al.
2013).&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Sueño&lt;/h2&gt;
&lt;p&gt;La relajación puede ayudarte a calmarte, y una guía de medicina del sueño la sugiere para el
insomnio crónico; el tratamiento que más recomienda es la terapia cognitivo-conductual para el
insomnio (TCC-I), que puede ofrecer un médico o un terapeuta (Edinger et al. 2021). Sus hábitos
básicos son fáciles de probar:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Levántate a la misma hora cada día, también los fines de semana, haya ido como haya ido la
noche.&lt;/li&gt;
&lt;li&gt;Acuéstate cuando tengas sueño, no antes. Si estás despierto en la cama más de unos 20 minutos,
levántate y haz algo tranquilo con poca luz hasta que tengas sueño, y vuelve entonces a la cama
(control de estímulos: Bootzin 1972).&lt;/li&gt;
&lt;li&gt;Deja la cama para dormir (y para el sexo): no para trabajar, preocuparte o usar pantallas.&lt;/li&gt;
&lt;li&gt;Nada de cafeína después de primera hora de la tarde: una dosis fuerte (400 mg, unas cuatro tazas
de café) tomada seis horas antes de acostarse aún redujo el sueño en más de una hora, medido en
casa (Drake et al. 2013).&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Twitches and cramps&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Twitches&lt;/b&gt;, a small muscle flickering under the skin (often an eyelid, a calf or a thumb),
are common and usually harmless: tiredness, caffeine, stress and hard exercise bring them on. In
a study that followed 121 people with such twitches for years, none developed a disease of the
nerves (Blexrud et al. 1993). See a doctor if twitching comes with weakness, a muscle getting
smaller, or trouble swallowing or speaking.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;A cramp&lt;/b&gt; is a sudden, hard tightening that lasts seconds to minutes. Stretch the muscle
gently until it lets go (Allen &amp;amp; Kirby 2012): for the calf or the sole of the foot, pull your
toes up toward your shin, or stand and lean forward with the heel down; for the back of the
thigh, straighten the knee and lean forward from the hips; for the front of the thigh, bend the
knee and draw the foot toward your buttock. Then rub the muscle gently and walk a few steps.
Some medicines cause cramps, among them diuretics, statins and some asthma and blood-pressure
drugs: a pharmacist can tell you whether yours might. Cramps that come often, wake you night
after night, or come with weakness deserve a doctor&apos;s check; and a calf that is swollen, painful,
warm or red is not a cramp to stretch: it can be a blood clot, and needs a doctor the same
day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Espasmos y calambres&lt;/h2&gt;
&lt;p&gt;Los &lt;b&gt;espasmos&lt;/b&gt;, un pequeño temblor de un músculo bajo la piel (a menudo un párpado, una
pantorrilla o un pulgar), son frecuentes y normalmente inofensivos: el cansancio, la cafeína, el
estrés y el ejercicio intenso los provocan. En un estudio que siguió durante años a 121 personas
con estos espasmos, ninguna desarrolló una enfermedad de los nervios (Blexrud et al. 1993).
Consulta a un médico si los espasmos vienen con debilidad, con un músculo que se hace más pequeño,
o con dificultad para tragar o hablar.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Un calambre&lt;/b&gt; es una contracción repentina y fuerte que dura de segundos a minutos. Estira el
músculo con suavidad hasta que se suelte (Allen &amp;amp; Kirby 2012): para la pantorrilla o la planta
del pie, tira de los dedos hacia la espinilla, o ponte de pie e inclínate hacia delante con el
talón en el suelo; para la parte de atrás del muslo, estira la rodilla e inclínate hacia delante
desde la cadera; para la parte de delante del muslo, dobla la rodilla y lleva el pie hacia el
glúteo. Después frota el músculo con suavidad y camina unos pasos. Algunos medicamentos causan
calambres, entre ellos los diuréticos, las estatinas y algunos fármacos para el asma y la tensión
arterial: en la farmacia te pueden decir si los tuyos podrían hacerlo. Los calambres que aparecen a
menudo, que te despiertan noche tras noche, o que vienen con debilidad merecen que un médico los
revise; y una pantorrilla hinchada, dolorida, caliente o enrojecida no es un calambre que haya que
estirar: puede ser un coágulo de sangre, y necesita un médico el mismo día.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;
&lt;p&gt;For the claims on this page:&lt;/p&gt;
&lt;ul&gt;{general}&lt;/ul&gt;
&lt;p&gt;For each session:&lt;/p&gt;
&lt;ul&gt;{sessions}&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Fuentes&lt;/h2&gt;
&lt;p&gt;De lo que dice esta página:&lt;/p&gt;
&lt;ul&gt;{general}&lt;/ul&gt;
&lt;p&gt;De cada sesión:&lt;/p&gt;
&lt;ul&gt;{sessions}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About RelaxApp&lt;/h2&gt;
&lt;p&gt;RelaxApp {version}, free software under the GNU General Public License, version 3 or later
(GPL-3.0-or-later): you may use, study, share and change it. Your log stays on your computer.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Voices.&lt;/b&gt; The natural voice is Piper (GPL-3.0) with its US English &quot;joe&quot; voice: Joe&apos;s
recordings are released as CC0, and the voice model was fine-tuned from Piper&apos;s &quot;lessac&quot; voice,
whose training recordings were published for research use; if that matters for how you use
RelaxApp, choose the system voice in Settings. The system voice is eSpeak NG
(GPL-3.0); it is also the voice of every language with no natural voice added (see the
end of this page). The chimes and background sounds are made by RelaxApp&apos;s own script
(&lt;code&gt;scripts/make_sounds.py&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt and PySide6 (LGPL-3.0), pyqtgraph (MIT), sqlite-utils (Apache-2.0),
platformdirs (MIT) and jeepney (MIT).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Acerca de RelaxApp&lt;/h2&gt;
&lt;p&gt;RelaxApp {version}, software libre bajo la Licencia Pública General de GNU, versión 3 o
posterior (GPL-3.0-or-later): puedes usarlo, estudiarlo, compartirlo y cambiarlo. Tu registro se
queda en tu ordenador.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Voces.&lt;/b&gt; La voz natural es Piper (GPL-3.0) con su voz «joe» de inglés de EE. UU.: las
grabaciones de Joe se publican como CC0, y el modelo de voz se ajustó a partir de la voz «lessac»
de Piper, cuyas grabaciones de entrenamiento se publicaron para uso en investigación; si eso
importa para tu uso de RelaxApp, elige la voz del sistema en los Ajustes. La voz del sistema es
eSpeak NG (GPL-3.0); también es la voz de todos los idiomas sin una voz natural
añadida (mira el final de esta página). Los gongs y los
sonidos de fondo los hace un script propio de RelaxApp (&lt;code&gt;scripts/make_sounds.py&lt;/code&gt;).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Hecho con&lt;/b&gt; Qt y PySide6 (LGPL-3.0), pyqtgraph (MIT), sqlite-utils (Apache-2.0),
platformdirs (MIT) y jeepney (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Natural voices you added&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Voces naturales que has añadido&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Natural voices for other languages go in {folder}, each in a folder of its own as the Piper voices collection gives it: the model (.onnx), its settings (.onnx.json) and its MODEL_CARD. A session in the voice&apos;s language is spoken by it, and its terms are shown here.</source>
        <translation>Las voces naturales para otros idiomas van en {folder}, cada una en una carpeta propia, tal como las da la colección de voces de Piper: el modelo (.onnx), sus ajustes (.onnx.json) y su MODEL_CARD. Una sesión en el idioma de la voz se dice con ella, y sus condiciones se muestran aquí.</translation>
    </message>
    <message>
        <source>The licence file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo de licencia: {reason}</translation>
    </message>
    <message>
        <source>its licence:</source>
        <translation>su licencia:</translation>
    </message>
    <message>
        <source>None is installed.</source>
        <translation>No hay ninguna instalada.</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>No se usan:</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>sin fuente indicada</translation>
    </message>
    <message>
        <source>No sessions are loaded.</source>
        <translation>No hay sesiones cargadas.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>Acerca de estos ejercicios</translation>
    </message>
    <message>
        <source>Click a part of the body, or use the arrow keys on the map.</source>
        <translation>Haz clic en una parte del cuerpo, o usa las flechas en el mapa.</translation>
    </message>
    <message>
        <source>How tense now?</source>
        <translation>¿Cuánta tensión ahora?</translation>
    </message>
    <message>
        <source>Type a number (1 then 0 for 10), use the arrow keys, or click. 0 is fully relaxed.</source>
        <translation>Escribe un número (1 y luego 0 para 10), usa las flechas, o haz clic. 0 es totalmente relajado.</translation>
    </message>
    <message>
        <source>Change in tension</source>
        <translation>Cambio en la tensión</translation>
    </message>
    <message>
        <source>Which pace felt easiest?</source>
        <translation>¿Qué ritmo te resultó más fácil?</translation>
    </message>
    <message>
        <source>Smooth and comfortable, never short of air. Resonance breathing will start at the pace you choose.</source>
        <translation>Suave y cómodo, sin quedarte nunca sin aire. La respiración de resonancia empezará al ritmo que elijas.</translation>
    </message>
    <message>
        <source>Add &amp;details: where, symptoms, a note</source>
        <translation>Añadir &amp;detalles: dónde, síntomas, una nota</translation>
    </message>
    <message>
        <source>Add details: where you feel tension, symptoms, a note</source>
        <translation>Añadir detalles: dónde sientes tensión, síntomas, una nota</translation>
    </message>
    <message>
        <source>Where do you still feel tension?</source>
        <translation>¿Dónde sigues sintiendo tensión?</translation>
    </message>
    <message>
        <source>Tension in the chosen region</source>
        <translation>Tensión en la zona elegida</translation>
    </message>
    <message>
        <source>Anything you noticed?</source>
        <translation>¿Algo que hayas notado?</translation>
    </message>
    <message>
        <source>Common with tension</source>
        <translation>Frecuente con la tensión</translation>
    </message>
    <message>
        <source>Worth a doctor&apos;s check</source>
        <translation>Para que lo revise un médico</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation>Busca ayuda de urgencia ahora</translation>
    </message>
    <message>
        <source>Have this checked by a doctor</source>
        <translation>Haz que un médico lo revise</translation>
    </message>
    <message>
        <source>About tingling during breathing</source>
        <translation>Sobre el hormigueo al respirar</translation>
    </message>
    <message>
        <source>What else helps</source>
        <translation>Qué más ayuda</translation>
    </message>
    <message>
        <source>Read more: when to get help</source>
        <translation>Leer más: cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Make a report to bring</source>
        <translation>Crear un informe para llevar</translation>
    </message>
    <message>
        <source>How did it go? Anything that helped, or got in the way?</source>
        <translation>¿Cómo ha ido? ¿Algo que ayudó, o que estorbó?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Enter saves.</source>
        <translation>Intro guarda.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save how you feel</source>
        <translation>Guardar cómo te sientes</translation>
    </message>
    <message>
        <source>{source} sent no beat in this session.</source>
        <translation>{source} no envió ningún latido en esta sesión.</translation>
    </message>
    <message>
        <source>Your heart-rate sensor was not heard in this session. Is it worn, with its contacts moist, and not connected to a phone?</source>
        <translation>No se recibió nada de tu sensor de frecuencia cardiaca en esta sesión. ¿Lo llevas puesto, con los contactos húmedos, y sin conectar a un teléfono?</translation>
    </message>
    <message>
        <source>{source} sent too few beats to say what they did: about a minute of them is needed.</source>
        <translation>{source} envió muy pocos latidos para decir algo de ellos: hace falta alrededor de un minuto.</translation>
    </message>
    <message>
        <source>Your heart-rate sensor sent too few beats to say what they did: about a minute of them is needed.</source>
        <translation>Tu sensor de frecuencia cardiaca envió muy pocos latidos para decir algo de ellos: hace falta alrededor de un minuto.</translation>
    </message>
    <message>
        <source>Measured by your heart-rate sensor: {pace}. Keep it, or the pace that felt easiest.</source>
        <translation>Medido por tu sensor de frecuencia cardiaca: {pace}. Quédate con este ritmo o con el que te resultó más fácil.</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Intentar guardar otra vez</translation>
    </message>
    <message>
        <source>Kept as your breathing pace: {pace}.</source>
        <translation>Guardado como tu ritmo de respiración: {pace}.</translation>
    </message>
    <message>
        <source>{region}: how tense is it?</source>
        <translation>{region}: ¿cuánta tensión tiene?</translation>
    </message>
    <message>
        <source>Please call for help now.</source>
        <translation>Por favor, pide ayuda ahora.</translation>
    </message>
    <message>
        <source>Thank you for noting this: please read the advice below.</source>
        <translation>Gracias por anotarlo: por favor, lee el consejo de abajo.</translation>
    </message>
    <message>
        <source>Breathing: {pattern} s</source>
        <translation>Respiración: {pattern} s</translation>
    </message>
    <message>
        <source>Tense and release: {name}</source>
        <translation>Tensar y soltar: {name}</translation>
    </message>
    <message>
        <source>Spoken: {words}</source>
        <translation>Hablado: {words}</translation>
    </message>
    <message>
        <source>One breath</source>
        <translation>Una respiración</translation>
    </message>
    <message>
        <source>Add a hold (&amp;phase)</source>
        <translation>Añadir una pausa (&amp;fase)</translation>
    </message>
    <message>
        <source>Add a phase: a hold of 2 seconds</source>
        <translation>Añadir una fase: una pausa de 2 segundos</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <source>Minutes or breaths</source>
        <translation>Minutos o respiraciones</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Instruction shown during the breathing</source>
        <translation>Instrucción que se muestra durante la respiración</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Phase {number}</source>
        <translation>Fase {number}</translation>
    </message>
    <message>
        <source>Phase {number}: seconds</source>
        <translation>Fase {number}: segundos</translation>
    </message>
    <message>
        <source>label (optional)</source>
        <translation>etiqueta (opcional)</translation>
    </message>
    <message>
        <source>Phase {number}: label</source>
        <translation>Fase {number}: etiqueta</translation>
    </message>
    <message>
        <source>Remove phase {number}</source>
        <translation>Quitar la fase {number}</translation>
    </message>
    <message>
        <source>Move phase {number} earlier</source>
        <translation>Adelantar la fase {number}</translation>
    </message>
    <message>
        <source>{pace} · this step {length}</source>
        <translation>{pace} · este paso {length}</translation>
    </message>
    <message>
        <source>Regions: Space ticks one</source>
        <translation>Zonas: Espacio marca una</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Name of the muscle group</source>
        <translation>Nombre del grupo muscular</translation>
    </message>
    <message>
        <source>Release only (relaxation by recall: no tensing)</source>
        <translation>Solo soltar (relajación por evocación: sin tensar)</translation>
    </message>
    <message>
        <source>What to do to tense</source>
        <translation>Qué hacer para tensar</translation>
    </message>
    <message>
        <source>Tense for, seconds</source>
        <translation>Tensar, segundos</translation>
    </message>
    <message>
        <source>What to say to release</source>
        <translation>Qué decir para soltar</translation>
    </message>
    <message>
        <source>Release for, seconds</source>
        <translation>Soltar, segundos</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tensar</translation>
    </message>
    <message>
        <source>Tense for (s)</source>
        <translation>Tensar (s)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Release for (s)</source>
        <translation>Soltar (s)</translation>
    </message>
    <message>
        <source>Use the bundled &amp;words for these regions</source>
        <translation>Usar las &amp;palabras incluidas para estas zonas</translation>
    </message>
    <message>
        <source>Words to say</source>
        <translation>Palabras que decir</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Add a breathing step</source>
        <translation>Añadir un paso de respiración</translation>
    </message>
    <message>
        <source>Add a tense-and-release step</source>
        <translation>Añadir un paso de tensar y soltar</translation>
    </message>
    <message>
        <source>Add spoken words</source>
        <translation>Añadir palabras habladas</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back, asking first if there are unsaved changes</source>
        <translation>Atrás, preguntando antes si hay cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Steps: Alt+Up and Alt+Down move the chosen one</source>
        <translation>Pasos: Alt+Arriba y Alt+Abajo mueven el elegido</translation>
    </message>
    <message>
        <source>Add &amp;breathing</source>
        <translation>Añadir &amp;respiración</translation>
    </message>
    <message>
        <source>Add tense and re&amp;lease</source>
        <translation>Añadir tensar y &amp;soltar</translation>
    </message>
    <message>
        <source>Add &amp;spoken words</source>
        <translation>Añadir &amp;palabras habladas</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Problem with this step</source>
        <translation>Problema con este paso</translation>
    </message>
    <message>
        <source>Number corrected</source>
        <translation>Número corregido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Borrar esta sesión</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation>Quitar un paso</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Mover un paso</translation>
    </message>
    <message>
        <source>{length} in all</source>
        <translation>{length} en total</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Tu sesión</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Una sesión nueva</translation>
    </message>
    <message>
        <source>{heading} (not saved)</source>
        <translation>{heading} (sin guardar)</translation>
    </message>
    <message>
        <source>Not saved: {problem} ({path})</source>
        <translation>No guardado: {problem} ({path})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this session?</source>
        <translation>¿Guardar los cambios de esta sesión?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Tension before and after</source>
        <translation>Tensión antes y después</translation>
    </message>
    <message>
        <source>Relief by session</source>
        <translation>Alivio por sesión</translation>
    </message>
    <message>
        <source>Where tension is held</source>
        <translation>Dónde se guarda la tensión</translation>
    </message>
    <message>
        <source>Symptoms, dated</source>
        <translation>Síntomas, con fecha</translation>
    </message>
    <message>
        <source>Heart rate, measured by a sensor</source>
        <translation>Frecuencia cardiaca, medida por un sensor</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Self-reported by the user with a relaxation app. Not a diagnosis.</source>
        <translation>Anotado por la propia persona con una app de relajación. No es un diagnóstico.</translation>
    </message>
    <message>
        <source>Practice logged by hand</source>
        <translation>Práctica anotada a mano</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>a day of the month, in a list of them</comment>
        <translation>{day}</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <source>{days} {month} {year}</source>
        <comment>days of a month</comment>
        <translation>{days} de {month} de {year}</translation>
    </message>
    <message>
        <source>on {count} days from {day}; the latest {limit}: </source>
        <translation>en {count} días desde el {day}; los últimos {limit}: </translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>Mostrar {range}</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Your history starts with your first session</source>
        <translation>Tu historial empieza con tu primera sesión</translation>
    </message>
    <message>
        <source>Rate how tense you feel before and after each session. Within a week or two, this page shows whether your tension is going down, which sessions help you most, and where in the body you hold it.</source>
        <translation>Valora cuánta tensión sientes antes y después de cada sesión. En una o dos semanas, esta página muestra si tu tensión baja, qué sesiones te ayudan más, y en qué parte del cuerpo la guardas.</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Empezar una sesión</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Make a report…</source>
        <translation>Crear un informe…</translation>
    </message>
    <message>
        <source>Make a report for a doctor or therapist</source>
        <translation>Crear un informe para un médico o terapeuta</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Guardar los datos como CSV…</translation>
    </message>
    <message>
        <source>{sessions} · {time} practised · {days} with practice · current streak {current} (longest {when}: {longest})</source>
        <translation>{sessions} · {time} de práctica · {days} con práctica · racha actual {current} (la más larga {when}: {longest})</translation>
    </message>
    <message>
        <source>in {period}</source>
        <translation>en {period}</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>de siempre</translation>
    </message>
    <message>
        <source>No sessions in this range. Choose a longer range, or start a session: the last one was on {day}.</source>
        <translation>No hay sesiones en este periodo. Elige un periodo más largo, o empieza una sesión: la última fue el {day}.</translation>
    </message>
    <message>
        <source>One session so far. The trend lines appear as more sessions follow.</source>
        <translation>Una sesión hasta ahora. Las líneas de tendencia aparecen cuando siguen más sesiones.</translation>
    </message>
    <message>
        <source>These sessions have no tension ratings. Rate before and after a session to see whether your tension is going down.</source>
        <translation>Estas sesiones no tienen valoraciones de tensión. Valora antes y después de una sesión para ver si tu tensión baja.</translation>
    </message>
    <message>
        <source>No practice between {first} and {last}: the trend lines have a gap there. Welcome back.</source>
        <translation>Sin práctica entre el {first} y el {last}: las líneas de tendencia tienen un hueco ahí. Bienvenido de nuevo.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Guardar los datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Before {before} · After {after}</source>
        <translation>Antes {before} · Después {after}</translation>
    </message>
    <message>
        <source>Week of {week}: {mean} points lower on average ({sessions})</source>
        <translation>Semana del {week}: {mean} puntos menos de media ({sessions})</translation>
    </message>
    <message>
        <source>Week of {week}: before {mean} on average ({ratings})</source>
        <translation>Semana del {week}: antes {mean} de media ({ratings})</translation>
    </message>
    <message>
        <source>Week of {week}: after {mean} on average ({ratings})</source>
        <translation>Semana del {week}: después {mean} de media ({ratings})</translation>
    </message>
    <message>
        <source>Tension (0-10)</source>
        <translation>Tensión (0-10)</translation>
    </message>
    <message>
        <source>Before, 7-day average</source>
        <translation>Antes, media de 7 días</translation>
    </message>
    <message>
        <source>After, 7-day average</source>
        <translation>Después, media de 7 días</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Points lower after</source>
        <translation>Puntos menos después</translation>
    </message>
    <message>
        <source>Rise and fall with the breath (beats a minute)</source>
        <translation>Subida y bajada con la respiración (latidos por minuto)</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>No session in this range was measured with a heart-rate sensor.</source>
        <translation>Ninguna sesión de este periodo se midió con un sensor de frecuencia cardiaca.</translation>
    </message>
    <message>
        <source>What your heart-rate sensor measured</source>
        <translation>Lo que midió tu sensor de frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Slow breathing at your resonance pace makes this rise and fall largest (Lehrer, Vaschillo &amp; Vaschillo 2000). These are measurements, not a diagnosis.</source>
        <translation>Respirar despacio a tu ritmo de resonancia hace que esta subida y bajada sea la mayor (Lehrer, Vaschillo y Vaschillo 2000). Son mediciones, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Rose and fell by {swing} · heart rate {bpm} · RMSSD {rmssd} ms</source>
        <translation>Subió y bajó {swing} · frecuencia cardiaca {bpm} · RMSSD {rmssd} ms</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Cada sesión</translation>
    </message>
    <message>
        <source>Average relief by session</source>
        <translation>Alivio medio por sesión</translation>
    </message>
    <message>
        <source>Rate your tension before and after sessions to compare them.</source>
        <translation>Valora tu tensión antes y después de las sesiones para compararlas.</translation>
    </message>
    <message>
        <source>{title}: &lt;b&gt;{relief}&lt;/b&gt; points lower ({sessions})</source>
        <translation>{title}: &lt;b&gt;{relief}&lt;/b&gt; puntos menos ({sessions})</translation>
    </message>
    <message>
        <source>{title}: {relief} points ({sessions}; too few to rank, {needed} are needed)</source>
        <translation>{title}: {relief} puntos ({sessions}; demasiado pocas para ordenar, hacen falta {needed})</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos por día</translation>
    </message>
    <message>
        <source>Tension after (0-10)</source>
        <translation>Tensión después (0-10)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where you hold tension&lt;/b&gt; (average after sessions):</source>
        <translation>&lt;b&gt;Dónde guardas la tensión&lt;/b&gt; (media después de las sesiones):</translation>
    </message>
    <message>
        <source>No body areas rated in this range. After a session, mark where you still feel tension on the body map, and the places you hold it show here.</source>
        <translation>No se valoró ninguna zona del cuerpo en este periodo. Después de una sesión, marca en el mapa del cuerpo dónde sigues sintiendo tensión, y aquí aparecerán los lugares donde la guardas.</translation>
    </message>
    <message>
        <source>{region}: 7-day average</source>
        <translation>{region}: media de 7 días</translation>
    </message>
    <message>
        <source>Tension after, 7-day average</source>
        <translation>Tensión después, media de 7 días</translation>
    </message>
    <message>
        <source>Needs a doctor&apos;s look</source>
        <translation>Necesita que lo vea un médico</translation>
    </message>
    <message>
        <source>Emergency sign</source>
        <translation>Signo de emergencia</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message>
        <source>★ for a doctor&apos;s check, ▲ for an emergency sign</source>
        <translation>★ para que lo revise un médico, ▲ para un signo de emergencia</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Your history: tension, relief, practice</source>
        <translation>Tu historial: tensión, alivio, práctica</translation>
    </message>
    <message>
        <source>&amp;Log practice…</source>
        <translation>&amp;Anotar práctica…</translation>
    </message>
    <message>
        <source>Log practice done elsewhere</source>
        <translation>Anotar práctica hecha fuera de la app</translation>
    </message>
    <message>
        <source>About these e&amp;xercises</source>
        <translation>Acerca de estos e&amp;jercicios</translation>
    </message>
    <message>
        <source>Advice about a symptom you logged</source>
        <translation>Consejo sobre un síntoma que anotaste</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Cuándo pedir a&amp;yuda</translation>
    </message>
    <message>
        <source>I have &amp;read this</source>
        <translation>Ya lo he &amp;leído</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Suggested now</source>
        <translation>Sugerida ahora</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Todas las sesiones</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Anxious right &amp;now? 2 minutes</source>
        <translation>¿A&amp;nsiedad ahora? 2 minutos</translation>
    </message>
    <message>
        <source>Anxious right now: a two-minute session</source>
        <translation>Ansiedad ahora: una sesión de dos minutos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <source>Last rated session</source>
        <translation>Última sesión valorada</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>Configurar recordatorios</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>When to get help: emergency signs, and when to see a doctor</source>
        <translation>Cuándo pedir ayuda: signos de emergencia, y cuándo ir al médico</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>No sessions found</source>
        <translation>No se encontraron sesiones</translation>
    </message>
    <message>
        <source>The bundled sessions are missing. Reinstalling RelaxApp brings them back.</source>
        <translation>Faltan las sesiones incluidas. Si reinstalas RelaxApp, vuelven.</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Empezar: {title}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>No reminders are set. A daily reminder helps practice become a habit.</source>
        <translation>No hay recordatorios. Un recordatorio diario ayuda a convertir la práctica en un hábito.</translation>
    </message>
    <message>
        <source>Next reminder: {when}, {title}.</source>
        <translation>Próximo recordatorio: {when}, {title}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in your sessions folder could not be loaded: All sessions shows why.</source>
        <translation>
            <numerusform>%n archivo de tu carpeta de sesiones no se pudo cargar: Todas las sesiones muestra por qué.</numerusform>
            <numerusform>%n archivos de tu carpeta de sesiones no se pudieron cargar: Todas las sesiones muestra por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} tried</source>
        <translation>{done} de {total} probadas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Make a &amp;copy to edit</source>
        <translation>Hacer una &amp;copia para editar</translation>
    </message>
    <message>
        <source>New &amp;breathing session</source>
        <translation>Nueva sesión de &amp;respiración</translation>
    </message>
    <message>
        <source>New &amp;relaxation session</source>
        <translation>Nueva sesión de re&amp;lajación</translation>
    </message>
    <message>
        <source>Open my sessions &amp;folder</source>
        <translation>Abrir mi &amp;carpeta de sesiones</translation>
    </message>
    <message>
        <source>Start at the top if you are new: slow breathing first, then progressive relaxation, a skill learnt over weeks.</source>
        <translation>Empieza por arriba si eres nuevo: primero la respiración lenta, luego la relajación progresiva, una habilidad que se aprende en semanas.</translation>
    </message>
    <message>
        <source>No sessions found.</source>
        <translation>No se encontraron sesiones.</translation>
    </message>
    <message>
        <source>Files with problems</source>
        <translation>Archivos con problemas</translation>
    </message>
    <message>
        <source>These files in your sessions folder could not be loaded. Fix them and they appear here by themselves.</source>
        <translation>Estos archivos de tu carpeta de sesiones no se pudieron cargar. Corrígelos y aparecerán aquí solos.</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <source>Session player</source>
        <translation>Reproductor de la sesión</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phase countdown</source>
        <translation>Cuenta atrás de la fase</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Saltar paso</translation>
    </message>
    <message>
        <source>Skip this step (S)</source>
        <translation>Saltar este paso (S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Parar la sesión (Esc)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Paused · {time} left</source>
        <translation>En pausa · quedan {time}</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Take a moment before you move on.</source>
        <translation>Tómate un momento antes de seguir.</translation>
    </message>
    <message>
        <source>round {cycle} of {cycles}</source>
        <translation>ronda {cycle} de {cycles}</translation>
    </message>
    <message>
        <source>Group {group} of {groups}</source>
        <translation>Grupo {group} de {groups}</translation>
    </message>
    <message>
        <source>Breath {cycle} of {cycles}</source>
        <translation>Respiración {cycle} de {cycles}</translation>
    </message>
    <message>
        <source>Eyes-closed mode: follow the voice and the sounds. E shows the screen, Space pauses, Esc stops.</source>
        <translation>Modo ojos cerrados: sigue la voz y los sonidos. E muestra la pantalla, Espacio pausa, Esc para.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Space or Resume goes on from here. Esc stops; what you did is kept.</source>
        <translation>Espacio o Seguir continúa desde aquí. Esc para; lo que hiciste se guarda.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Como está escrito</translation>
    </message>
    <message>
        <source>Half as long</source>
        <translation>La mitad de largas</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Quitarlas</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>You can change it during the session with the arrow keys.</source>
        <translation>Puedes cambiarlo durante la sesión con las flechas.</translation>
    </message>
    <message>
        <source>Breath holds</source>
        <translation>Pausas de respiración</translation>
    </message>
    <message>
        <source>Breath holds: {choice}</source>
        <translation>Pausas de respiración: {choice}</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>¿Cuánta tensión sientes ahora mismo?</translation>
    </message>
    <message>
        <source>Optional. 0 is fully relaxed, 10 the most tense you can imagine.</source>
        <translation>Opcional. 0 es totalmente relajado, 10 la mayor tensión que puedas imaginar.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export this session to share it</source>
        <translation>Exportar esta sesión para compartirla</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>your own session</source>
        <translation>tu propia sesión</translation>
    </message>
    <message>
        <source>in {language}: not translated yet</source>
        <translation>en {language}: aún sin traducir</translation>
    </message>
    <message>
        <source>Edit this session</source>
        <translation>Editar esta sesión</translation>
    </message>
    <message>
        <source>Make a copy of this session to edit</source>
        <translation>Hacer una copia de esta sesión para editarla</translation>
    </message>
    <message numerus="yes">
        <source>Source(s): {sources}</source>
        <translation>
            <numerusform>Fuente: {sources}</numerusform>
            <numerusform>Fuentes: {sources}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muscle group(s), in this order:</source>
        <translation>
            <numerusform>%n grupo muscular, en este orden:</numerusform>
            <numerusform>%n grupos musculares, en este orden:</numerusform>
        </translation>
    </message>
    <message>
        <source>RelaxApp cannot open your log</source>
        <translation>RelaxApp no puede abrir tu registro</translation>
    </message>
    <message>
        <source>RelaxApp can set this file aside under a new name and start a fresh log. Nothing is deleted: the old file stays in the same folder.</source>
        <translation>RelaxApp puede apartar este archivo con un nombre nuevo y empezar un registro nuevo. No se borra nada: el archivo antiguo se queda en la misma carpeta.</translation>
    </message>
    <message>
        <source>Update RelaxApp to use it. You can also set it aside and start a fresh log; nothing is deleted.</source>
        <translation>Actualiza RelaxApp para usarlo. También puedes apartarlo y empezar un registro nuevo; no se borra nada.</translation>
    </message>
    <message>
        <source>Set it aside and start afresh</source>
        <translation>Apartarlo y empezar de nuevo</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Seguir sin guardar</translation>
    </message>
    <message>
        <source>A fresh log</source>
        <translation>Un registro nuevo</translation>
    </message>
    <message>
        <source>The old file is now {name}, in {folder}.</source>
        <translation>El archivo antiguo ahora es {name}, en {folder}.</translation>
    </message>
    <message>
        <source>RelaxApp cannot save</source>
        <translation>RelaxApp no puede guardar</translation>
    </message>
    <message>
        <source>{problem}. You can still practise: RelaxApp keeps what you do while it is open, and saves it if the log can be written later.</source>
        <translation>{problem}. Puedes practicar igualmente: RelaxApp guarda lo que haces mientras está abierta, y lo guarda en el registro si más tarde se puede escribir.</translation>
    </message>
    <message>
        <source>RelaxApp is still here</source>
        <translation>RelaxApp sigue aquí</translation>
    </message>
    <message>
        <source>Your reminders will come. Quit from this icon&apos;s menu.</source>
        <translation>Tus recordatorios seguirán llegando. Para salir, usa el menú de este icono.</translation>
    </message>
    <message>
        <source>Closing ends your reminders</source>
        <translation>Cerrar termina tus recordatorios</translation>
    </message>
    <message>
        <source>Reminders come only while RelaxApp is open. Keep it open, minimised, so they still come?</source>
        <translation>Los recordatorios solo llegan mientras RelaxApp está abierta. ¿La dejas abierta, minimizada, para que sigan llegando?</translation>
    </message>
    <message>
        <source>Keep open, minimised</source>
        <translation>Dejarla abierta, minimizada</translation>
    </message>
    <message>
        <source>Close, no reminders</source>
        <translation>Cerrar, sin recordatorios</translation>
    </message>
    <message>
        <source>Your practice is not being saved: the log could not be used.</source>
        <translation>Tu práctica no se está guardando: no se pudo usar el registro.</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}. RelaxApp keeps trying; what you practise is kept meanwhile.</source>
        <translation>Aún no se ha guardado: {problem}. RelaxApp sigue intentándolo; lo que practiques se conserva mientras tanto.</translation>
    </message>
    <message>
        <source>the log could not be opened</source>
        <translation>no se pudo abrir el registro</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>RelaxApp</source>
        <translation>RelaxApp</translation>
    </message>
    <message>
        <source>The history needs the log, which could not be opened.</source>
        <translation>El historial necesita el registro, que no se pudo abrir.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>S&amp;onido</translation>
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
        <source>&amp;Log practice done elsewhere…</source>
        <translation>A&amp;notar práctica hecha fuera…</translation>
    </message>
    <message>
        <source>&amp;Import a session file…</source>
        <translation>&amp;Importar un archivo de sesión…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Anxious right &amp;now: 2 minutes</source>
        <translation>¿Ansiedad &amp;ahora? 2 minutos</translation>
    </message>
    <message>
        <source>Make a &amp;report for a doctor…</source>
        <translation>Crear un in&amp;forme para el médico…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sound &amp;cues</source>
        <translation>&amp;Sonidos de guía</translation>
    </message>
    <message>
        <source>Spoken &amp;guidance</source>
        <translation>&amp;Guía hablada</translation>
    </message>
    <message>
        <source>&amp;Background sound</source>
        <translation>Sonido de &amp;fondo</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <translation>&amp;Menos movimiento</translation>
    </message>
    <message>
        <source>&amp;Eyes-closed mode (E in a session)</source>
        <translation>Modo &amp;ojos cerrados (E en una sesión)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;About these exercises</source>
        <translation>&amp;Acerca de estos ejercicios</translation>
    </message>
    <message>
        <source>Welcome to RelaxApp</source>
        <translation>Te damos la bienvenida a RelaxApp</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>RelaxApp helps when anxiety shows up in your muscles. It teaches two practices:</source>
        <translation>RelaxApp ayuda cuando la ansiedad aparece en tus músculos. Enseña dos prácticas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slow breathing&lt;/b&gt;: a few minutes of low, slow breaths, which many people find calming. Follow the circle as it grows and shrinks.</source>
        <translation>&lt;b&gt;Respiración lenta&lt;/b&gt;: unos minutos de respiraciones bajas y lentas, que a muchas personas les resultan calmantes. Sigue el círculo mientras crece y se encoge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progressive muscle relaxation&lt;/b&gt;: tense one group of muscles for a few seconds, then let go, and learn what relaxed feels like.</source>
        <translation>&lt;b&gt;Relajación muscular progresiva&lt;/b&gt;: tensa un grupo de músculos unos segundos, luego suelta, y aprende cómo se siente estar relajado.</translation>
    </message>
    <message>
        <source>Rate your tension before and after, and over the weeks the history shows whether it is going down. Everything stays on this computer.</source>
        <translation>Valora tu tensión antes y después, y con las semanas el historial muestra si baja. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>RelaxApp is not a doctor. Never practise while driving or using machinery. If relaxing makes you feel more tense at first, that is known and not harmful: open your eyes, stop, or try a breathing session instead.</source>
        <translation>RelaxApp no es un médico. No practiques nunca mientras conduces o usas maquinaria. Si al relajarte te sientes al principio más tenso, es algo conocido y no es dañino: abre los ojos, para, o prueba en su lugar una sesión de respiración.</translation>
    </message>
    <message>
        <source>Call emergency services at once (112, 911, 999 or your local number) for sudden weakness or numbness on one side, a drooping face, trouble speaking, chest pain, a sudden severe headache, or any of the other signs listed here:</source>
        <translation>Llama enseguida a emergencias (112, 911, 999 o tu número local) ante debilidad o entumecimiento repentino en un lado, una cara caída, dificultad para hablar, dolor en el pecho, un dolor de cabeza repentino e intenso, o cualquiera de los otros signos de esta lista:</translation>
    </message>
    <message>
        <source>When to get help: the emergency signs, and when to see a doctor</source>
        <translation>Cuándo pedir ayuda: los signos de emergencia, y cuándo ir al médico</translation>
    </message>
    <message>
        <source>Remind me to practise every day at</source>
        <translation>Recuérdame practicar cada día a las</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Echar un vistazo primero</translation>
    </message>
    <message>
        <source>Try 2 minutes of slow breathing</source>
        <translation>Probar 2 minutos de respiración lenta</translation>
    </message>
    <message>
        <source>RelaxApp reminder</source>
        <translation>Recordatorio de RelaxApp</translation>
    </message>
    <message>
        <source>Time for a few calm minutes</source>
        <translation>Hora de unos minutos de calma</translation>
    </message>
    <message>
        <source>{title}. Whenever you are ready.</source>
        <translation>{title}. Cuando estés listo.</translation>
    </message>
    <message>
        <source>Later (10 min)</source>
        <translation>Más tarde (10 min)</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>Recuérdamelo en 10 minutos</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Start the session now</source>
        <translation>Empezar la sesión ahora</translation>
    </message>
    <message>
        <source>Open RelaxApp</source>
        <translation>Abrir RelaxApp</translation>
    </message>
    <message>
        <source>Later (10 minutes)</source>
        <translation>Más tarde (10 minutos)</translation>
    </message>
    <message>
        <source>Quit RelaxApp</source>
        <translation>Salir de RelaxApp</translation>
    </message>
    <message>
        <source>RelaxApp · next reminder {day} {time}</source>
        <translation>RelaxApp · próximo recordatorio {day} {time}</translation>
    </message>
    <message>
        <source>Start now: {title}</source>
        <translation>Empezar ahora: {title}</translation>
    </message>
    <message>
        <source>“{title}” was deleted.</source>
        <translation>Se borró «{title}».</translation>
    </message>
    <message>
        <source>Saved in {folder}.</source>
        <translation>Guardado en {folder}.</translation>
    </message>
    <message>
        <source>Imported {name} as a copy, {file}.</source>
        <translation>Se importó {name} como copia: {file}.</translation>
    </message>
    <message>
        <source>Imported {name} as {file}.</source>
        <translation>Se importó {name} como {file}.</translation>
    </message>
    <message>
        <source>Not imported: {problem}</source>
        <translation>No se importó: {problem}</translation>
    </message>
    <message>
        <source>Not imported: {problem}; import it again to keep both, as a copy.</source>
        <translation>No se importó: {problem}; impórtala otra vez para conservar las dos, como copia.</translation>
    </message>
    <message>
        <source>A session with this id is yours already</source>
        <translation>Ya tienes una sesión con este identificador</translation>
    </message>
    <message>
        <source>You already have a session with the id “{id}”. Import {name} as a copy, with an id of its own? Yours stays as it is.</source>
        <translation>Ya tienes una sesión con el identificador «{id}». ¿Importar {name} como copia, con un identificador propio? La tuya queda como está.</translation>
    </message>
    <message>
        <source>Import a session file</source>
        <translation>Importar un archivo de sesión</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Archivos de sesión (*.json)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exportar la sesión</translation>
    </message>
    <message>
        <source>Not exported: {reason} ({path}).</source>
        <translation>No se exportó: {reason} ({path}).</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportada a {path}.</translation>
    </message>
    <message>
        <source>There is no session with the id “{id}”.</source>
        <translation>No hay ninguna sesión con el id «{id}».</translation>
    </message>
    <message>
        <source>Stop this session first (Esc) to open “{title}”.</source>
        <translation>Para primero esta sesión (Esc) para abrir «{title}».</translation>
    </message>
    <message>
        <source>Not saved yet: the log could not record this session as it ran. Your answers are kept while RelaxApp is open; it tries again by itself, and so does Save.</source>
        <translation>Aún no se ha guardado: el registro no pudo anotar esta sesión mientras se hacía. Tus respuestas se conservan mientras RelaxApp esté abierta; vuelve a intentarlo por sí sola, y también «Guardar».</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answers are kept while RelaxApp is open: it tries again by itself, Enter tries now, and Today offers it too.</source>
        <translation>No guardado: {problem}. Tus respuestas se guardan mientras RelaxApp está abierta: lo vuelve a intentar sola, Intro lo intenta ahora, y Hoy también lo ofrece.</translation>
    </message>
    <message>
        <source>Still not saved: {problem}</source>
        <translation>Aún sin guardar: {problem}</translation>
    </message>
    <message>
        <source>The most natural one installed</source>
        <translation>La más natural instalada</translation>
    </message>
    <message>
        <source>Natural (Piper, Joe)</source>
        <translation>Natural (Piper, Joe)</translation>
    </message>
    <message>
        <source>System (eSpeak NG)</source>
        <translation>Sistema (eSpeak NG)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Soft noise</source>
        <translation>Ruido suave</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <source>Low drone</source>
        <translation>Zumbido grave</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Spoken guidance is off; the chime is the sound cue.</source>
        <translation>La guía hablada está desactivada; el gong es la señal sonora.</translation>
    </message>
    <message>
        <source>Preparing the voice… The first time takes a few seconds.</source>
        <translation>Preparando la voz… La primera vez tarda unos segundos.</translation>
    </message>
    <message>
        <source>There is no log to back up.</source>
        <translation>No hay registro del que hacer copia.</translation>
    </message>
    <message>
        <source>Not backed up: {reason}.</source>
        <translation>No se hizo la copia: {reason}.</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>the body seen from the front</comment>
        <translation>Delante</translation>
    </message>
    <message>
        <source>RelaxApp report, {period}</source>
        <translation>Informe de RelaxApp, {period}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Tension and relaxation practice</source>
        <translation>Tensión y práctica de relajación</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Made by RelaxApp on {day}. What the user logged in RelaxApp, an app for paced breathing and progressive muscle relaxation. Tension is rated by the user from 0 (fully relaxed) to 10 (as tense as can be), before and after each session.</source>
        <translation>Hecho por RelaxApp el {day}. Lo que la persona anotó en RelaxApp, una app de respiración guiada y relajación muscular progresiva. La propia persona valora la tensión de 0 (totalmente relajada) a 10 (lo más tensa posible), antes y después de cada sesión.</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>No se anotó ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>Red-flag symptoms logged: none.</source>
        <translation>Signos de alarma anotados: ninguno.</translation>
    </message>
    <message>
        <source>Red-flag symptoms logged: {symptoms}.</source>
        <translation>Signos de alarma anotados: {symptoms}.</translation>
    </message>
    <message>
        <source>See Symptoms.</source>
        <translation>Ver Síntomas.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Time practised</source>
        <translation>Tiempo de práctica</translation>
    </message>
    <message>
        <source>Days with practice</source>
        <translation>Días con práctica</translation>
    </message>
    <message>
        <source>{done} of {days}</source>
        <translation>{done} de {days}</translation>
    </message>
    <message>
        <source>Longest run of days in a row in the period</source>
        <translation>Racha más larga de días seguidos en el periodo</translation>
    </message>
    <message>
        <source>Days in a row at the end of the period</source>
        <translation>Días seguidos al final del periodo</translation>
    </message>
    <message>
        <source>Kinds of session</source>
        <translation>Tipos de sesión</translation>
    </message>
    <message>
        <source>No tension ratings in this period.</source>
        <translation>No hay valoraciones de tensión en este periodo.</translation>
    </message>
    <message>
        <source>The ratings span {span}: the first and last two weeks are compared once they span {days} days or more.</source>
        <translation>Las valoraciones abarcan {span}: las dos primeras y las dos últimas semanas se comparan cuando abarcan {days} días o más.</translation>
    </message>
    <message>
        <source>Before sessions</source>
        <translation>Antes de las sesiones</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Después de las sesiones</translation>
    </message>
    <message>
        <source>Change over the period: mean tension (number of ratings)</source>
        <translation>Cambio en el periodo: tensión media (número de valoraciones)</translation>
    </message>
    <message>
        <source>First 2 weeks, {first}–{last}</source>
        <translation>Primeras 2 semanas, {first}–{last}</translation>
    </message>
    <message>
        <source>Last 2 weeks, {first}–{last}</source>
        <translation>Últimas 2 semanas, {first}–{last}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Within a session, tension after was {change} than before, on average over {sessions} rated both times.</source>
        <translation>Dentro de una sesión, la tensión después fue {change} que antes, de media en {sessions} valoradas las dos veces.</translation>
    </message>
    <message>
        <source>no different</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>{points} points lower</source>
        <translation>{points} puntos más baja</translation>
    </message>
    <message>
        <source>{points} points higher</source>
        <translation>{points} puntos más alta</translation>
    </message>
    <message>
        <source>No session was rated before and after 3 or more times in this period.</source>
        <translation>Ninguna sesión se valoró antes y después 3 o más veces en este periodo.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Valorada antes y después</translation>
    </message>
    <message>
        <source>Mean change, before to after</source>
        <translation>Cambio medio, de antes a después</translation>
    </message>
    <message>
        <source>Sessions rated before and after 3 or more times.</source>
        <translation>Sesiones valoradas antes y después 3 o más veces.</translation>
    </message>
    <message>
        <source>No body areas were rated in this period.</source>
        <translation>No se valoró ninguna zona del cuerpo en este periodo.</translation>
    </message>
    <message>
        <source>Average tension after sessions, by body area (0-10), most tense first.</source>
        <translation>Tensión media después de las sesiones, por zona del cuerpo (0-10), la más tensa primero.</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>No se anotó ningún síntoma en este periodo.</translation>
    </message>
    <message>
        <source>Red-flag symptoms</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <source>Other symptoms</source>
        <translation>Otros síntomas</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Times logged</source>
        <translation>Veces anotado</translation>
    </message>
    <message>
        <source>Dates logged</source>
        <translation>Fechas anotadas</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>media semanal</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>media diaria</translation>
    </message>
    <message>
        <source>Before ({every})</source>
        <translation>Antes ({every})</translation>
    </message>
    <message>
        <source>Before, 7-day mean</source>
        <translation>Antes, media de 7 días</translation>
    </message>
    <message>
        <source>After ({every})</source>
        <translation>Después ({every})</translation>
    </message>
    <message>
        <source>After, 7-day mean</source>
        <translation>Después, media de 7 días</translation>
    </message>
    <message>
        <source>Front (R on the left)</source>
        <translation>Delante (D a la izquierda)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>the body seen from behind</comment>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>0 relaxed</source>
        <translation>0 relajado</translation>
    </message>
    <message>
        <source>10 most tense</source>
        <translation>10 máxima tensión</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the body&apos;s own right side</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the body&apos;s own left side</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Colour key: from green-blue at 0, relaxed, to red-brown at 10, most tense</source>
        <translation>Clave de colores: de verde azulado en 0, relajado, a marrón rojizo en 10, máxima tensión</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation>Volver a {page}</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no tension at all</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{question} {value} of 10</source>
        <translation>{question} {value} de 10</translation>
    </message>
    <message>
        <source>Most</source>
        <comment>the most tension</comment>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>The breathing pattern</source>
        <translation>El patrón de respiración</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} respiraciones por minuto</translation>
    </message>
    <message>
        <source>As written: a session written at {written} breaths a minute runs at {runs}.</source>
        <translation>Como está escrito: una sesión escrita a {written} respiraciones por minuto va a {runs}.</translation>
    </message>
    <message>
        <source>Slower than written: a session written at {written} breaths a minute, without breath holds, runs at {runs}.</source>
        <translation>Más lento de lo escrito: una sesión escrita a {written} respiraciones por minuto, sin pausas de respiración, va a {runs}.</translation>
    </message>
    <message>
        <source>Faster than written: a session written at {written} breaths a minute, without breath holds, runs at {runs}.</source>
        <translation>Más rápido de lo escrito: una sesión escrita a {written} respiraciones por minuto, sin pausas de respiración, va a {runs}.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>Paced breathing and progressive muscle relaxation. With no command, opens the app.</source>
        <translation>Respiración guiada y relajación muscular progresiva. Sin ninguna orden, abre la app.</translation>
    </message>
    <message>
        <source>the folder for your log and your own sessions (default: ${variable} or the platform&apos;s data folder)</source>
        <translation>la carpeta de tu registro y tus propias sesiones (por defecto: ${variable} o la carpeta de datos del sistema)</translation>
    </message>
    <message>
        <source>open the app straight into session ID</source>
        <translation>abrir la app directamente en la sesión ID</translation>
    </message>
    <message>
        <source>open the window minimised (as at login, for the reminders)</source>
        <translation>abrir la ventana minimizada (como al iniciar sesión, para los recordatorios)</translation>
    </message>
    <message>
        <source>try the heart-rate views without a strap: a recording (one interval in ms a line) played back, or &apos;simulated&apos; for a heart that follows your breath</source>
        <translation>probar las vistas de frecuencia cardiaca sin banda de pecho: reproducir una grabación (un intervalo en ms por línea), o &apos;simulated&apos; para un corazón que sigue tu respiración</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>list the sessions: id, kind, planned minutes, title, bundled or user</source>
        <translation>listar las sesiones: id, tipo, minutos previstos, título, incluida o propia</translation>
    </message>
    <message>
        <source>check session scripts (files or folders)</source>
        <translation>comprobar archivos de sesión (archivos o carpetas)</translation>
    </message>
    <message>
        <source>record practice done away from the app</source>
        <translation>anotar práctica hecha fuera de la app</translation>
    </message>
    <message>
        <source>what you did, e.g. &apos;walk&apos;</source>
        <translation>lo que hiciste, p. ej. &apos;paseo&apos;</translation>
    </message>
    <message>
        <source>tension before, 0-10</source>
        <translation>tensión antes, 0-10</translation>
    </message>
    <message>
        <source>tension after, 0-10</source>
        <translation>tensión después, 0-10</translation>
    </message>
    <message>
        <source>ISO 8601 start time (default: now)</source>
        <translation>hora de inicio ISO 8601 (por defecto: ahora)</translation>
    </message>
    <message>
        <source>write the whole history</source>
        <translation>escribir todo el historial</translation>
    </message>
    <message>
        <source>write to FILE (default, or -: standard output)</source>
        <translation>escribir en ARCHIVO (por defecto, o -: salida estándar)</translation>
    </message>
    <message>
        <source>add the sessions of a JSON export (twice adds nothing)</source>
        <translation>añadir las sesiones de una exportación JSON (dos veces no añade nada)</translation>
    </message>
    <message>
        <source>add RelaxApp to the desktop&apos;s application menu (Linux), with quick actions for your favourite sessions</source>
        <translation>añadir RelaxApp al menú de aplicaciones del escritorio (Linux), con acciones rápidas para tus sesiones favoritas</translation>
    </message>
    <message>
        <source>make a PDF report of your practice, tension and symptoms, to bring to a doctor or therapist</source>
        <translation>crear un informe PDF de tu práctica, tensión y síntomas, para llevar a un médico o terapeuta</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que escribir</translation>
    </message>
    <message>
        <source>the last N days, today included (default: 91, the history&apos;s 3 months)</source>
        <translation>los últimos N días, hoy incluido (por defecto: 91, los 3 meses del historial)</translation>
    </message>
    <message>
        <source>the first day, YYYY-MM-DD (instead of --days)</source>
        <translation>el primer día, AAAA-MM-DD (en lugar de --days)</translation>
    </message>
    <message>
        <source>the last day, YYYY-MM-DD (default: today)</source>
        <translation>el último día, AAAA-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>include your notes (they are private: left out unless asked)</source>
        <translation>incluir tus notas (son privadas: solo si lo pides)</translation>
    </message>
    <message>
        <source>a name to print on it (never stored)</source>
        <translation>un nombre que imprimir en él (nunca se guarda)</translation>
    </message>
    <message>
        <source>the paper size (default: the one used where you live)</source>
        <translation>el tamaño del papel (por defecto: el que se usa donde vives)</translation>
    </message>
    <message>
        <source>a short summary of your practice</source>
        <translation>un breve resumen de tu práctica</translation>
    </message>
    <message>
        <source>only the last N days</source>
        <translation>solo los últimos N días</translation>
    </message>
    <message>
        <source>no X server is running on the display {display} (DISPLAY); start RelaxApp from a desktop session, or set DISPLAY to one that is running</source>
        <translation>no hay ningún servidor X en la pantalla {display} (DISPLAY); abre RelaxApp desde una sesión de escritorio, o pon en DISPLAY una que esté en marcha</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start RelaxApp from a desktop session</source>
        <translation>no hay pantalla donde abrir la ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY); abre RelaxApp desde una sesión de escritorio</translation>
    </message>
    <message>
        <source>the window cannot open: {reason} (scripts/setup installs what Qt needs)</source>
        <translation>la ventana no se puede abrir: {reason} (scripts/setup instala lo que Qt necesita)</translation>
    </message>
    <message>
        <source>cannot add RelaxApp to the menu: {reason}</source>
        <translation>no se puede añadir RelaxApp al menú: {reason}</translation>
    </message>
    <message>
        <source>Installed {entry} and the RelaxApp icon.</source>
        <translation>Instalados {entry} y el icono de RelaxApp.</translation>
    </message>
    <message>
        <source>cannot read the folder: {reason}</source>
        <translation>no se puede leer la carpeta: {reason}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>No session files found (a session file&apos;s name ends in .json): nothing was checked.</source>
        <translation>No se encontraron archivos de sesión (el nombre de un archivo de sesión termina en .json): no se comprobó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n archivo comprobado</numerusform>
            <numerusform>%n archivos comprobados</numerusform>
        </translation>
    </message>
    <message>
        <source>all valid</source>
        <translation>todos válidos</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>{checked}: {result} ({warnings} on the spoken guidance).</source>
        <translation>{checked}: {result} ({warnings} sobre la guía hablada).</translation>
    </message>
    <message>
        <source>{checked}: {result}.</source>
        <translation>{checked}: {result}.</translation>
    </message>
    <message>
        <source>, tension {before} -&gt; {after}</source>
        <translation>, tensión {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>Saved: {title}, {duration} on {when}{ratings} ({uid}).</source>
        <translation>Guardado: {title}, {duration} el {when}{ratings} ({uid}).</translation>
    </message>
    <message>
        <source>Exported {sessions} to {path}.</source>
        <translation>Exportadas {sessions} a {path}.</translation>
    </message>
    <message>
        <source>the disk is full; {path} was not written</source>
        <translation>el disco está lleno; no se escribió {path}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>give --days or --from, not both</source>
        <translation>indica --days o --from, no los dos</translation>
    </message>
    <message>
        <source>the report cannot be made: {reason} (scripts/setup installs what Qt needs)</source>
        <translation>no se puede hacer el informe: {reason} (scripts/setup instala lo que Qt necesita)</translation>
    </message>
    <message>
        <source>No sessions were logged from {period}; the report says so.</source>
        <translation>No se anotó ninguna sesión {period}; el informe lo dice.</translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}, {period}, {sessions}.</source>
        <translation>Escrito {path}: {pages}, {period}, {sessions}.</translation>
    </message>
    <message>
        <source>Imported {sessions} ({present} already in the log).</source>
        <translation>Importadas {sessions} ({present} ya estaban en el registro).</translation>
    </message>
    <message>
        <source>Imported {sessions}.</source>
        <translation>Importadas {sessions}.</translation>
    </message>
    <message numerus="yes">
        <source>the last %n days</source>
        <translation>
            <numerusform>el último %n día</numerusform>
            <numerusform>los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>all time</source>
        <translation>desde el principio</translation>
    </message>
    <message>
        <source>RelaxApp practice, {span}:</source>
        <translation>Práctica con RelaxApp, {span}:</translation>
    </message>
    <message>
        <source>No sessions yet. &apos;relaxapp&apos; starts one; &apos;relaxapp log&apos; records practice done elsewhere.</source>
        <translation>Aún no hay sesiones. &apos;relaxapp&apos; empieza una; &apos;relaxapp log&apos; anota la práctica hecha en otro sitio.</translation>
    </message>
    <message>
        <source>{value} on average ({count} rated)</source>
        <translation>{value} de media ({count} con valoración)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>{sessions} ({completed} completed)</source>
        <translation>{sessions} ({completed} completadas)</translation>
    </message>
    <message>
        <source>Time practised:</source>
        <translation>Tiempo practicado:</translation>
    </message>
    <message>
        <source>Tension before:</source>
        <translation>Tensión antes:</translation>
    </message>
    <message>
        <source>Tension after:</source>
        <translation>Tensión después:</translation>
    </message>
    <message>
        <source>{points} points lower after than before, on average ({sessions} rated both times)</source>
        <translation>{points} puntos más baja después que antes, de media ({sessions} valoradas las dos veces)</translation>
    </message>
    <message>
        <source>{points} points higher after than before, on average ({sessions} rated both times)</source>
        <translation>{points} puntos más alta después que antes, de media ({sessions} valoradas las dos veces)</translation>
    </message>
    <message>
        <source>Relief:</source>
        <translation>Alivio:</translation>
    </message>
    <message>
        <source>longest ever: {days}</source>
        <translation>la más larga: {days}</translation>
    </message>
    <message>
        <source>longest in {span}: {days}</source>
        <translation>la más larga en {span}: {days}</translation>
    </message>
    <message>
        <source>Current streak:</source>
        <translation>Racha actual:</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>its settings file is missing ({name})</source>
        <translation>falta su archivo de ajustes ({name})</translation>
    </message>
    <message>
        <source>is too large for a voice&apos;s settings</source>
        <translation>es demasiado grande para los ajustes de una voz</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {reason})</source>
        <translation>no es JSON válido (línea {line}: {reason})</translation>
    </message>
    <message>
        <source>does not say which language the voice speaks</source>
        <translation>no dice qué idioma habla la voz</translation>
    </message>
    <message>
        <source>no licence beside it (a MODEL_CARD or LICENSE file): a voice is used only with its terms</source>
        <translation>no tiene licencia al lado (un archivo MODEL_CARD o LICENSE): una voz solo se usa con sus condiciones</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); it was left as it is</source>
        <translation>{path} está dañado ({reason}); se dejó como estaba</translation>
    </message>
    <message>
        <source>it failed SQLite&apos;s check</source>
        <translation>no pasó la comprobación de SQLite</translation>
    </message>
    <message>
        <source>{path} is not a RelaxApp database (it is not an SQLite file); it was left as it is</source>
        <translation>{path} no es una base de datos de RelaxApp (no es un archivo SQLite); se dejó como estaba</translation>
    </message>
    <message>
        <source>the data folder {path} is a file, not a folder; nothing was saved</source>
        <translation>la carpeta de datos {path} es un archivo, no una carpeta; no se guardó nada</translation>
    </message>
    <message>
        <source>{path} is not a RelaxApp database ({reason}); it was left as it is</source>
        <translation>{path} no es una base de datos de RelaxApp ({reason}); se dejó como estaba</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of RelaxApp; update RelaxApp to open it (the file was left as it is)</source>
        <translation>{path} lo escribió una versión más nueva de RelaxApp; actualiza RelaxApp para abrirlo (el archivo se dejó como estaba)</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one of RelaxApp&apos;s; it was left as it is</source>
        <translation>{path} es una base de datos SQLite, pero no de RelaxApp; se dejó como estaba</translation>
    </message>
    <message>
        <source>the log refused this record ({reason}); nothing was saved</source>
        <translation>el registro rechazó esta entrada ({reason}); no se guardó nada</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; nothing was saved</source>
        <translation>el disco donde está {path} está lleno; no se guardó nada</translation>
    </message>
    <message>
        <source>cannot write to {path}: the folder or file is read-only or not accessible; nothing was saved</source>
        <translation>no se puede escribir en {path}: la carpeta o el archivo son de solo lectura o no están accesibles; no se guardó nada</translation>
    </message>
    <message>
        <source>{path} is busy in another program; nothing was saved, try again in a moment</source>
        <translation>{path} está en uso por otro programa; no se guardó nada, inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <source>cannot use {path}: part of its path is a file, not a folder</source>
        <translation>no se puede usar {path}: parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>no se puede usar {path}: {reason}</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message>
        <source>“{title}” goes to the trash; you can restore it from there.</source>
        <translation>«{title}» va a la papelera; puedes recuperarla desde allí.</translation>
    </message>
    <message>
        <source>No trash here</source>
        <translation>No hay papelera</translation>
    </message>
    <message>
        <source>This system has no trash for {folder}. Delete “{title}” for good?</source>
        <translation>Este sistema no tiene papelera para {folder}. ¿Borrar «{title}» para siempre?</translation>
    </message>
    <message>
        <source>Your sessions folder {folder} cannot be made: {reason}.</source>
        <translation>No se puede crear tu carpeta de sesiones {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Your sessions folder: {folder}</source>
        <translation>Tu carpeta de sesiones: {folder}</translation>
    </message>
    <message>
        <source>No file manager opened. Your sessions folder is {folder}</source>
        <translation>No se abrió ningún gestor de archivos. Tu carpeta de sesiones es {folder}</translation>
    </message>
    <message>
        <source>Your last session is not saved yet: the log did not take it. It is kept while RelaxApp is open.</source>
        <translation>Tu última sesión aún no se ha guardado: el registro no la aceptó. Se conserva mientras RelaxApp esté abierta.</translation>
    </message>
    <message>
        <source>Sound is off: audio is not available ({reason}).</source>
        <translation>El sonido está apagado: el audio no está disponible ({reason}).</translation>
    </message>
    <message>
        <source>Sound is silent: no audio output was found.</source>
        <translation>El sonido está en silencio: no se encontró ninguna salida de audio.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker could not start.</source>
        <translation>La guía hablada está en silencio: el proceso de voz no pudo arrancar.</translation>
    </message>
    <message>
        <source>The voice cannot be prepared: the disk is full where its files are kept ({folder}). Chimes still play; free some space to hear the voice.</source>
        <translation>No se puede preparar la voz: el disco donde se guardan sus archivos está lleno ({folder}). Los gongs siguen sonando; libera algo de espacio para oír la voz.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: no voice could be loaded ({reason}). See the README.</source>
        <translation>La guía hablada está en silencio: no se pudo cargar ninguna voz ({reason}). Consulta el README.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker speaks another version of its protocol ({version}, not {expected}). Reinstall RelaxApp.</source>
        <translation>La guía hablada está en silencio: el proceso de voz habla otra versión de su protocolo ({version}, no {expected}). Vuelve a instalar RelaxApp.</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker did not answer {count} times</source>
        <translation>La guía hablada está en silencio: el proceso de voz no respondió {count} veces</translation>
    </message>
    <message>
        <source>Spoken guidance is silent: the speech worker stopped {count} times</source>
        <translation>La guía hablada está en silencio: el proceso de voz se detuvo {count} veces</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>it is {kind}, not a file</source>
        <translation>es {kind}, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>a loop of symbolic links that leads nowhere</source>
        <translation>un bucle de enlaces simbólicos que no lleva a ninguna parte</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>nested more than {most} levels deep</source>
        <translation>anidado a más de {most} niveles</translation>
    </message>
    <message>
        <source>holds a lone surrogate (a \ud800-\udfff escape without its pair), which cannot be stored as text</source>
        <translation>contiene un sustituto suelto (un escape \ud800-\udfff sin su pareja), que no se puede guardar como texto</translation>
    </message>
    <message>
        <source>{number} is not a valid JSON number</source>
        <translation>{number} no es un número JSON válido</translation>
    </message>
    <message>
        <source>key &quot;{key}&quot; appears more than once</source>
        <translation>la clave «{key}» aparece más de una vez</translation>
    </message>
    <message>
        <source>this key holds a lone surrogate (a \ud800-\udfff escape without its pair), which cannot be stored as text</source>
        <translation>esta clave contiene un sustituto suelto (un escape \ud800-\udfff sin su pareja), que no se puede guardar como texto</translation>
    </message>
    <message>
        <source>Heart-rate sensor</source>
        <translation>Sensor de frecuencia cardiaca</translation>
    </message>
    <message>
        <source>A chest strap that sends its heart rate over Bluetooth (Polar, Garmin, Wahoo and others). Wear it, moisten its contacts, then look for it. Its readings stay on this computer.</source>
        <translation>Una banda de pecho que envía su frecuencia cardiaca por Bluetooth (Polar, Garmin, Wahoo y otras). Póntela, humedece sus contactos y luego búscala. Sus lecturas se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Sensors found</source>
        <translation>Sensores encontrados</translation>
    </message>
    <message>
        <source>&amp;Look for sensors</source>
        <translation>&amp;Buscar sensores</translation>
    </message>
    <message>
        <source>&amp;Use this one</source>
        <translation>&amp;Usar este</translation>
    </message>
    <message>
        <source>&amp;Forget the sensor</source>
        <translation>&amp;Olvidar el sensor</translation>
    </message>
    <message>
        <source>What the sensor is doing</source>
        <translation>Qué está haciendo el sensor</translation>
    </message>
    <message>
        <source>Heart rate now</source>
        <translation>Frecuencia cardiaca ahora</translation>
    </message>
    <message>
        <source>Looking for sensors…</source>
        <translation>Buscando sensores…</translation>
    </message>
    <message>
        <source>No sensor was found. Is it worn, with its contacts moist, and not connected to a phone?</source>
        <translation>No se encontró ningún sensor. ¿Lo llevas puesto, con los contactos húmedos, y sin conectar a un teléfono?</translation>
    </message>
    <message>
        <source>The sensor is forgotten.</source>
        <translation>El sensor está olvidado.</translation>
    </message>
    <message numerus="yes">
        <source>%n beat(s) a minute</source>
        <translation>
            <numerusform>%n latido por minuto</numerusform>
            <numerusform>%n latidos por minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>no skin contact</source>
        <translation>sin contacto con la piel</translation>
    </message>
    <message>
        <source>Your sensor: {name}</source>
        <translation>Tu sensor: {name}</translation>
    </message>
    <message>
        <source>No sensor is chosen.</source>
        <translation>No hay ningún sensor elegido.</translation>
    </message>
    <message>
        <source>Bluetooth cannot look for sensors: {reason}</source>
        <translation>Bluetooth no puede buscar sensores: {reason}</translation>
    </message>
    <message>
        <source>it is off or missing</source>
        <translation>está apagado o no existe</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <source>{name} does not offer a heart rate</source>
        <translation>{name} no ofrece frecuencia cardiaca</translation>
    </message>
    <message>
        <source>{name} does not send its heart rate</source>
        <translation>{name} no envía su frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Connected to {name}.</source>
        <translation>Conectado con {name}.</translation>
    </message>
    <message>
        <source>Lost {name}; trying again.</source>
        <translation>Se perdió {name}; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>{name} did not answer; trying again.</source>
        <translation>{name} no respondió; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Your heart beat {bpm} times a minute on average.</source>
        <translation>Tu corazón latió de media {bpm} veces por minuto.</translation>
    </message>
    <message>
        <source>It rose and fell with your breath by {swing} beats a minute.</source>
        <translation>Subió y bajó con tu respiración {swing} latidos por minuto.</translation>
    </message>
    <message>
        <source>Of the paces you breathed, your heart followed the breath most at {pace} breaths a minute (by its rise and fall: {by_swing}; by its slow rhythm: {by_lf}).</source>
        <translation>De los ritmos que respiraste, tu corazón siguió más a la respiración a {pace} respiraciones por minuto (por su subida y bajada: {by_swing}; por su ritmo lento: {by_lf}).</translation>
    </message>
    <message>
        <source>The sensor missed or added many beats, so these figures are rough.</source>
        <translation>El sensor perdió o añadió muchos latidos, así que estas cifras son aproximadas.</translation>
    </message>
    <message>
        <source>{source} stood in for a heart-rate sensor: {bpm} beats a minute on average</source>
        <translation>{source} hizo de sensor de frecuencia cardiaca: {bpm} latidos por minuto de media</translation>
    </message>
    <message>
        <source>, rising and falling with your breath by {swing} beats a minute</source>
        <translation>, subiendo y bajando con tu respiración {swing} latidos por minuto</translation>
    </message>
    <message>
        <source>, most at {pace} breaths a minute</source>
        <translation>, sobre todo a {pace} respiraciones por minuto</translation>
    </message>
    <message>
        <source>It is not your heart, so nothing of it is kept in your log.</source>
        <translation>No es tu corazón, así que no se guarda nada de ello en tu registro.</translation>
    </message>
    <message>
        <source>Heart rate, the last minute</source>
        <translation>Frecuencia cardiaca del último minuto</translation>
    </message>
    <message>
        <source>No beat heard</source>
        <translation>No llega ningún latido</translation>
    </message>
    <message>
        <source>the activity needs a name</source>
        <translation>la actividad necesita un nombre</translation>
    </message>
    <message>
        <source>the activity name holds a character that cannot be stored as text</source>
        <translation>el nombre de la actividad contiene un carácter que no se puede guardar como texto</translation>
    </message>
    <message>
        <source>the activity name is too long (at most {most} characters)</source>
        <translation>el nombre de la actividad es demasiado largo (como mucho {most} caracteres)</translation>
    </message>
    <message>
        <source>minutes must be more than 0 (at least one second) and at most 1440 (a day)</source>
        <translation>los minutos deben ser más de 0 (al menos un segundo) y como mucho 1440 (un día)</translation>
    </message>
    <message>
        <source>No session in this period was measured with a heart-rate sensor.</source>
        <translation>Ninguna sesión de este periodo se midió con un sensor de frecuencia cardiaca.</translation>
    </message>
    <message>
        <source>Sessions measured</source>
        <translation>Sesiones medidas</translation>
    </message>
    <message>
        <source>{sessions}, {first} to {last}</source>
        <translation>{sessions}, del {first} al {last}</translation>
    </message>
    <message>
        <source>Heart rate, mean of the sessions</source>
        <translation>Frecuencia cardiaca, media de las sesiones</translation>
    </message>
    <message>
        <source>{bpm} beats a minute</source>
        <translation>{bpm} latidos por minuto</translation>
    </message>
    <message>
        <source>Rise and fall with the breath, mean</source>
        <translation>Subida y bajada con la respiración, media</translation>
    </message>
    <message>
        <source>{swing} beats a minute ({sessions} with paced breathing)</source>
        <translation>{swing} latidos por minuto ({sessions} con respiración a ritmo marcado)</translation>
    </message>
    <message>
        <source>not measured (no paced breathing)</source>
        <translation>no medida (sin respiración a ritmo marcado)</translation>
    </message>
    <message>
        <source>Rise and fall, first and last 2 weeks</source>
        <translation>Subida y bajada, primeras y últimas 2 semanas</translation>
    </message>
    <message>
        <source>{early} beats a minute ({early_sessions}), then {late} ({late_sessions})</source>
        <translation>{early} latidos por minuto ({early_sessions}), luego {late} ({late_sessions})</translation>
    </message>
    <message>
        <source>Beat-to-beat variation (RMSSD), mean</source>
        <translation>Variación latido a latido (RMSSD), media</translation>
    </message>
    <message>
        <source>{rmssd} ms</source>
        <translation>{rmssd} ms</translation>
    </message>
    <message>
        <source>Resonance pace measured, latest</source>
        <translation>Ritmo de resonancia medido, el último</translation>
    </message>
    <message>
        <source>{pace} breaths a minute, {day}</source>
        <translation>{pace} respiraciones por minuto, {day}</translation>
    </message>
    <message>
        <source>Intervals corrected as artefacts, mean</source>
        <translation>Intervalos corregidos como artefactos, media</translation>
    </message>
    <message>
        <source>Beat-to-beat intervals from a chest strap, during the sessions, with missed and extra beats corrected. Rise and fall with the breath: the heart rate&apos;s peak to trough within each breath, while breathing at a set pace (respiratory sinus arrhythmia). RMSSD: the root mean square of successive differences between beats, over the whole session. Resonance pace: of the paces 6.5 to 4.5 breaths a minute, two minutes each, the one at which the heart rate followed the breath most (Lehrer, Vaschillo &amp; Vaschillo 2000).</source>
        <translation>Intervalos latido a latido de una banda de pecho, durante las sesiones, con los latidos perdidos y de más corregidos. Subida y bajada con la respiración: la diferencia entre el máximo y el mínimo de la frecuencia cardiaca en cada respiración, respirando a un ritmo marcado (arritmia sinusal respiratoria). RMSSD: la raíz cuadrada de la media de los cuadrados de las diferencias entre intervalos sucesivos, en toda la sesión. Ritmo de resonancia: de los ritmos de 6,5 a 4,5 respiraciones por minuto, dos minutos cada uno, aquel en el que la frecuencia cardiaca siguió más a la respiración (Lehrer, Vaschillo y Vaschillo 2000).</translation>
    </message>
    <message>
        <source>Rise and fall with the breath, each session (beats a minute)</source>
        <translation>Subida y bajada con la respiración, cada sesión (latidos por minuto)</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>{sessions} measured with a heart-rate sensor, from {first} to {last}.</source>
        <translation>{sessions} medidas con un sensor de frecuencia cardiaca, del {first} al {last}.</translation>
    </message>
    <message>
        <source>None of them had paced breathing, so the rise and fall with the breath was not measured.</source>
        <translation>Ninguna tuvo respiración a ritmo marcado, así que no se midió la subida y bajada con la respiración.</translation>
    </message>
    <message>
        <source>With your breath, your heart rate rose and fell by {swing} beats a minute on average ({sessions} with paced breathing).</source>
        <translation>Con tu respiración, tu frecuencia cardiaca subió y bajó {swing} latidos por minuto de media ({sessions} con respiración a ritmo marcado).</translation>
    </message>
    <message>
        <source>In the first two weeks: {early} ({early_sessions}); in the last two: {late} ({late_sessions}).</source>
        <translation>En las dos primeras semanas: {early} ({early_sessions}); en las dos últimas: {late} ({late_sessions}).</translation>
    </message>
    <message>
        <source>Average heart rate: {bpm} beats a minute. Beat-to-beat variation (RMSSD): {rmssd} ms.</source>
        <translation>Frecuencia cardiaca media: {bpm} latidos por minuto. Variación latido a latido (RMSSD): {rmssd} ms.</translation>
    </message>
    <message>
        <source>The resonance finder last measured {pace} breaths a minute, on {day}.</source>
        <translation>La búsqueda del ritmo de resonancia midió por última vez {pace} respiraciones por minuto, el {day}.</translation>
    </message>
    <message>
        <source>{path} is too large for a recording of heartbeats (over {mib} MiB)</source>
        <translation>{path} es demasiado grande para una grabación de latidos (más de {mib} MiB)</translation>
    </message>
    <message>
        <source>{path} is not a text file</source>
        <translation>{path} no es un archivo de texto</translation>
    </message>
    <message>
        <source>{path}, line {line}: not a number ({text})</source>
        <translation>{path}, línea {line}: no es un número ({text})</translation>
    </message>
    <message>
        <source>{path}, line {line}: give an interval in ms, or a time in seconds and an interval ({text})</source>
        <translation>{path}, línea {line}: indica un intervalo en ms, o un tiempo en segundos y un intervalo ({text})</translation>
    </message>
    <message>
        <source>{path}, line {line}: {ms} ms is not a heartbeat&apos;s interval (250-3000 ms)</source>
        <translation>{path}, línea {line}: {ms} ms no es un intervalo entre latidos (250-3000 ms)</translation>
    </message>
    <message>
        <source>{path} holds no heartbeat intervals</source>
        <translation>{path} no contiene intervalos entre latidos</translation>
    </message>
    <message>
        <source>The simulated heart</source>
        <translation>El corazón simulado</translation>
    </message>
    <message>
        <source>The recording {name}</source>
        <translation>La grabación {name}</translation>
    </message>
</context>
</TS>
